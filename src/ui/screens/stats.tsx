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
	// "Right" counts questions whose latest answer is right; "Best" is the best quiz score.
	const walks = state.bank.chapters.flatMap((chapter) =>
		(chapter.walks ?? []).flatMap((walk, number) => {
			const best = state.progress.walks?.[`${chapter.id}/${walk.id}`]?.best;
			return best ? [{ label: `${chapter.order}.${number + 1}`, best }] : [];
		}),
	);
	return (
		<Box flexDirection="column">
			<Text bold>{`${'Chapter'.padEnd(nameWidth)}  Pages  Answered  Right  Best`}</Text>
			<Text color={color('muted')}>{truncate(`${''.padEnd(nameWidth)}  ${'read'.padStart(5)}  ${'latest'.padStart(8)}  ${'now'.padStart(5)}  ${'quiz'.padStart(4)}`, width)}</Text>
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
				{stats.mistakesToReview
					? truncate(`${stats.mistakesToReview} to review (wrong, or right only after a hint): see "Review mistakes".`, width)
					: 'Nothing to review.'}
			</Text>
			{walks.length ? (
				<Text>{truncate(`Packet walks routed, best: ${walks.map(({ label, best }) => `walk ${label} ${best.correct}/${best.total}`).join(', ')}`, width)}</Text>
			) : null}
		</Box>
	);
}
