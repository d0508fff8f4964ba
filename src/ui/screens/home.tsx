import { Box, Text } from 'ink';
import { type AppState, type Dispatch, continueTarget, findChapter, reviewQuestions, storedSession } from '../../core/app-state.js';
import { computeStats, sessionKey } from '../../core/progress.js';
import { answeredCount, answeredNote, QUICK_QUIZ_LENGTH } from '../../core/quiz.js';
import { describeNextDue, nextDue } from '../../core/review/index.js';
import { localize } from '../../core/text.js';
import { textWidth, truncate } from '../../core/wrap.js';
import { Menu } from '../widgets/menu.js';
import { ProgressBar } from '../widgets/progress-bar.js';
import { color } from '../theme.js';
import { newSeed } from '../seed.js';
import { DEFAULT_INTERVIEW_MINUTES } from '../../core/interview/compose.js';
import { interviewReport } from '../../core/interview/report.js';

/** "Review (3 due)"; nothing due: when the next cards come due, "Review (0 due). Next review: tomorrow, 3 cards". */
export function reviewLabel(state: AppState): string {
	const due = reviewQuestions(state).length;
	if (due > 0) return `Review (${due} due)`;
	const next = nextDue(state.bank, state.progress, new Date(state.now));
	return next ? `Review (0 due). Next review: ${describeNextDue(next)}` : 'Review (0 due)';
}

type Item = { key: string; label: string; value: string; number?: number; fraction?: number; read?: string; quiz?: string };

function continueLabel(state: AppState): string {
	const target = continueTarget(state);
	if (!target) return `Start: ${localize(state.bank.chapters[0]?.title ?? 'chapter 1')}`;
	switch (target.kind) {
		case 'quiz': {
			const { session } = target;
			const chapter = session.chapterId ? localize(findChapter(state.bank, session.chapterId)?.title ?? '') : 'all chapters';
			if (session.mode === 'review') return `Continue review (${answeredNote(session)})`;
			return `Continue ${session.mode === 'quick' ? 'quick quiz' : session.mode === 'explain' ? 'explain it' : 'quiz'}: ${chapter} (${answeredNote(session)})`;
		}
		case 'review':
			return `Next: review, ${target.count} due (every chapter is done)`;
		case 'quick-all':
			return `Next: a quick quiz, ${QUICK_QUIZ_LENGTH} questions across every chapter`;
		case 'chapter-quiz':
			return `Continue: ${localize(target.chapter.title)}, take the quiz`;
		case 'lesson':
			return `Continue: ${localize(target.chapter.title)}, page ${target.pageIndex + 1}/${target.chapter.pages.length}`;
	}
}

function interviewLabel(state: AppState): string {
	const last = state.progress.interviews?.at(-1);
	const score = last ? interviewReport(state.bank, last).percent : undefined;
	return `Mock interview: about ${DEFAULT_INTERVIEW_MINUTES} minutes, a clock on each question${score === undefined ? '' : ` (last ${score}%)`}`;
}

export function HomeScreen(props: { state: AppState; dispatch: Dispatch; quit: () => void; width: number; height: number; focus?: string | undefined }) {
	const { state, dispatch, quit, width, height } = props;
	const stats = computeStats(state.bank, state.progress);
	// Each chapter row: a bar of pages read, the same as a count, and the chapter quiz's best score; a narrow
	// terminal drops the bar and shortens the words, so a row never wraps.
	const wide = width >= 60;
	const barWidth = wide ? 10 : 0;
	const readWidth = wide ? 11 : 5; // "11/11 pages", "11/11"
	// A quiz started and not finished says how far it is: "quiz 12/27 answered"; narrow "quiz 12/27".
	const quizNotes = state.bank.chapters.map((chapter, i) => {
		const status = stats.chapters[i];
		const percent = status?.bestScore ? `${Math.round((100 * status.bestScore.correct) / status.bestScore.total)}%` : undefined;
		if (percent) return wide ? `quiz best ${percent}` : `best ${percent}`;
		const open = storedSession(state, sessionKey({ mode: 'quiz', chapterId: chapter.id }));
		if (open && Object.keys(open.results).length > 0) return wide ? `quiz ${answeredNote(open)}` : `quiz ${answeredCount(open)}`;
		return wide ? 'quiz not taken' : 'no quiz';
	});
	// "quiz best 100%", "quiz not taken"; "best 100%", "no quiz": wider only while a row needs it.
	const quizWidth = Math.max(wide ? 14 : 9, ...quizNotes.map(textWidth));
	const labelWidth = Math.max(8, width - 2 - (barWidth ? barWidth + 1 : 0) - 1 - readWidth - 2 - quizWidth);
	const review = storedSession(state, sessionKey({ mode: 'review', chapterId: null }));
	const quickKey = sessionKey({ mode: 'quick', chapterId: null });
	const quick = storedSession(state, quickKey);
	const quickLast = state.progress.quickScores?.[quickKey];
	const items: Item[] = [
		{ key: 'continue', label: continueLabel(state), value: 'continue' },
		...state.bank.chapters.map((chapter, i) => {
			const status = stats.chapters[i];
			return {
				key: chapter.id,
				label: `${chapter.order}. ${localize(chapter.title)}`,
				value: `chapter:${chapter.id}`,
				number: chapter.order,
				fraction: status ? status.pagesRead / Math.max(1, status.pagesTotal) : 0,
				read: `${status?.pagesRead ?? 0}/${status?.pagesTotal ?? 0}${wide ? ' pages' : ''}`,
				quiz: quizNotes[i],
			};
		}),
		{ key: 'review', label: review ? `Continue the review (${answeredNote(review)})` : reviewLabel(state), value: 'review' },
		{
			key: 'quick',
			label: quick
				? `Continue the quick quiz across every chapter (${answeredNote(quick)})`
				: `Quick quiz: ${QUICK_QUIZ_LENGTH} questions across every chapter, missed and unseen first${quickLast ? ` (last ${quickLast.correct}/${quickLast.total})` : ''}`,
			value: 'quick',
		},
		{ key: 'interview', label: interviewLabel(state), value: 'interview' },
		{ key: 'stats', label: 'Stats', value: 'stats' },
		{ key: 'whereami', label: 'Where am I? Inspect this machine (a namespaces lab)', value: 'whereami' },
		{ key: 'quit', label: 'Quit', value: 'quit' },
	];
	const onSelect = (item: { value: string }) => {
		if (item.value === 'continue') dispatch({ type: 'continue', seed: newSeed() });
		else if (item.value.startsWith('chapter:')) dispatch({ type: 'open-chapter', chapterId: item.value.slice(8) });
		else if (item.value === 'review') dispatch({ type: 'start-review', seed: newSeed() });
		else if (item.value === 'quick') dispatch({ type: 'start-quick', chapterId: null, seed: newSeed() });
		else if (item.value === 'interview') dispatch({ type: 'start-interview', seed: newSeed(), minutes: DEFAULT_INTERVIEW_MINUTES });
		else if (item.value === 'stats') dispatch({ type: 'open', screen: 'stats' });
		else if (item.value === 'whereami') dispatch({ type: 'open', screen: 'whereami' });
		else if (item.value === 'quit') quit();
	};
	return (
		<Box flexDirection="column">
			<Menu
				items={items}
				onSelect={onSelect}
				height={height}
				focus={props.focus}
				render={(item) => {
					const text = truncate(item.label, item.fraction === undefined ? width - 2 : labelWidth);
					if (item.fraction === undefined) return text;
					return (
						<>
							{text}
							{' '.repeat(Math.max(1, labelWidth - textWidth(text) + 1))}
							{barWidth ? <ProgressBar fraction={item.fraction} width={barWidth} /> : null}
							<Text color={color('muted')}>{`${barWidth ? ' ' : ''}${(item.read ?? '').padStart(readWidth)}  ${item.quiz ?? ''}`}</Text>
						</>
					);
				}}
			/>
		</Box>
	);
}
