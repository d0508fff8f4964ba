import { Box, Text } from 'ink';
import type { AppState } from '../../core/app-state.js';
import { computeStats } from '../../core/progress.js';
import { localize } from '../../core/text.js';
import { truncate } from '../../core/wrap.js';
import { color } from '../theme.js';

export function StatsScreen({ state, width }: { state: AppState; width: number }) {
	const stats = computeStats(state.bank, state.progress);
	const nameWidth = Math.max(12, width - 38);
	const rate = stats.answersGiven ? Math.round((100 * stats.answersCorrect) / stats.answersGiven) : 0;
	return (
		<Box flexDirection="column">
			<Text bold>{`${'Chapter'.padEnd(nameWidth)}  Pages  Answered  Right  Best`}</Text>
			{state.bank.chapters.map((chapter, i) => {
				const s = stats.chapters[i];
				if (!s) return null;
				const best = s.bestScore ? `${Math.round((100 * s.bestScore.correct) / s.bestScore.total)}%` : '-';
				return (
					<Text key={chapter.id}>
						{truncate(`${chapter.order}. ${localize(chapter.title)}`, nameWidth).padEnd(nameWidth)}
						{`  ${`${s.pagesRead}/${s.pagesTotal}`.padStart(5)}  ${`${s.answered}/${s.questionsTotal}`.padStart(8)}  ${String(s.correct).padStart(5)}  ${best.padStart(4)}`}
					</Text>
				);
			})}
			<Text> </Text>
			<Text>
				{`${stats.answersGiven} answers given, ${rate}% right; ${stats.questionsSeen} of ${stats.questionsTotal} questions seen.`}
			</Text>
			<Text color={stats.mistakesToReview ? color('warn') : color('good')}>
				{stats.mistakesToReview ? `${stats.mistakesToReview} question(s) to review: choose "Review mistakes" on the home screen.` : 'Nothing to review.'}
			</Text>
		</Box>
	);
}
