import { Text, useInput } from 'ink';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { AppState } from '../../core/app-state.js';
import { computeStats } from '../../core/progress.js';
import { localize } from '../../core/text.js';
import { truncate, wrapText } from '../../core/wrap.js';
import { LineView, maxScroll } from '../widgets/layout.js';
import { color } from '../theme.js';

// Columns after the chapter name: "  Pages  Answered  Right  Best", and without Answered where that does not fit.
const WIDE_COLUMNS = 30;
const NARROW_COLUMNS = 20;

export function StatsScreen({ state, width, height }: { state: AppState; width: number; height: number }) {
	const stats = computeStats(state.bank, state.progress);
	// A narrow terminal drops the Answered column rather than wrap every row.
	const wide = width - WIDE_COLUMNS >= 12;
	const nameWidth = Math.max(8, width - (wide ? WIDE_COLUMNS : NARROW_COLUMNS));
	const answeredHead = wide ? '  Answered' : '';
	const rate = stats.answersGiven ? Math.round((100 * stats.answersCorrect) / stats.answersGiven) : 0;
	// "Right" counts questions whose latest answer is right; "Best" is the best quiz score.
	const walks = state.bank.chapters.flatMap((chapter) =>
		(chapter.walks ?? []).flatMap((walk, number) => {
			const best = state.progress.walks?.[`${chapter.id}/${walk.id}`]?.best;
			return best ? [{ label: `${chapter.order}.${number + 1}`, best }] : [];
		}),
	);
	const lines: ReactNode[] = [
		<Text bold>{truncate(`${'Chapter'.padEnd(nameWidth)}  Pages${answeredHead}  Right  Best`, width)}</Text>,
		<Text color={color('muted')}>{truncate(`${''.padEnd(nameWidth)}  ${'read'.padStart(5)}${wide ? `  ${'latest'.padStart(8)}` : ''}  ${'now'.padStart(5)}  ${'quiz'.padStart(4)}`, width)}</Text>,
		...state.bank.chapters.flatMap((chapter, i) => {
			const s = stats.chapters[i];
			if (!s) return [];
			const best = s.bestScore ? `${Math.round((100 * s.bestScore.correct) / s.bestScore.total)}%` : '-';
			const answered = wide ? `  ${`${s.answered}/${s.questionsTotal}`.padStart(8)}` : '';
			return [
				<Text>
					{truncate(`${chapter.order}. ${localize(chapter.title)}`, nameWidth).padEnd(nameWidth)}
					{`  ${`${s.pagesRead}/${s.pagesTotal}`.padStart(5)}${answered}  ${String(s.correct).padStart(5)}  ${best.padStart(4)}`}
				</Text>,
			];
		}),
		'',
		...wrapText(`${stats.answersGiven} answers given, ${rate}% right; ${stats.questionsSeen} of ${stats.questionsTotal} questions seen.`, width),
		...(stats.mistakesToReview
			? wrapText(`${stats.mistakesToReview} to review (wrong, or right only after a hint): see "Review mistakes".`, width).map((line) => <Text color={color('warn')}>{line}</Text>)
			: [<Text color={color('good')}>Nothing to review.</Text>]),
		...(walks.length ? wrapText(`Packet walks routed, best: ${walks.map(({ label, best }) => `walk ${label} ${best.correct}/${best.total}`).join(', ')}`, width) : []),
	];
	// A short terminal shows a window of the lines, moved with ↑↓ (the screen holds no other keys).
	const [scroll, setScroll] = useState(0);
	const max = maxScroll(lines.length, height);
	useInput((input, key) => {
		if (key.downArrow || input === 'j') setScroll((s) => Math.min(max, s + 1));
		else if (key.upArrow || input === 'k') setScroll((s) => Math.max(0, s - 1));
	});
	return <LineView lines={lines} height={height} scroll={scroll} />;
}
