import { Box, Text } from 'ink';
import { type AppState, type Dispatch, continueTarget, findChapter, reviewQuestions, storedSession } from '../../core/app-state.js';
import { computeStats, sessionKey } from '../../core/progress.js';
import { answeredCount, answeredNote, QUICK_QUIZ_LENGTH } from '../../core/quiz.js';
import { describeNextDue, nextDue } from '../../core/review/index.js';
import { t } from '../../core/i18n/messages.js';
import { localize } from '../../core/text.js';
import { currentLocale, LANGUAGE_NAMES } from '../../core/i18n/locale.js';
import { textWidth, truncate } from '../../core/wrap.js';
import { Menu } from '../widgets/menu.js';
import { ProgressBar } from '../widgets/progress-bar.js';
import { color } from '../theme.js';
import { newSeed } from '../seed.js';
import { padStart } from '../pad.js';
import { DEFAULT_INTERVIEW_MINUTES } from '../../core/interview/compose.js';
import { interviewReport } from '../../core/interview/report.js';

/** "Review (3 due)"; nothing due: when the next cards come due, "Review (0 due). Next review: tomorrow, 3 cards". */
export function reviewLabel(state: AppState): string {
	const home = t().app.home;
	const due = reviewQuestions(state).length;
	if (due > 0) return home.reviewDue(due);
	const next = nextDue(state.bank, state.progress, new Date(state.now));
	return next ? home.reviewNext(describeNextDue(next)) : home.reviewNone;
}

type Item = { key: string; label: string; value: string; number?: number; fraction?: number; read?: string; quiz?: string };

function continueLabel(state: AppState): string {
	const home = t().app.home;
	const target = continueTarget(state);
	if (!target) return home.start(localize(state.bank.chapters[0]?.title ?? home.firstChapter));
	switch (target.kind) {
		case 'quiz': {
			const { session } = target;
			const chapter = session.chapterId ? localize(findChapter(state.bank, session.chapterId)?.title ?? '') : undefined;
			if (session.mode === 'review') return home.continueReview(answeredNote(session));
			return home.continueSession(session.mode, chapter, answeredNote(session));
		}
		case 'review':
			return home.nextReview(target.count);
		case 'quick-all':
			return home.nextQuickAll(QUICK_QUIZ_LENGTH);
		case 'chapter-quiz':
			return home.continueChapterQuiz(localize(target.chapter.title));
		case 'lesson':
			return home.continueLesson(localize(target.chapter.title), target.pageIndex + 1, target.chapter.pages.length);
	}
}

function interviewLabel(state: AppState): string {
	const last = state.progress.interviews?.at(-1);
	const score = last ? interviewReport(state.bank, last).percent : undefined;
	return t().app.home.interview(DEFAULT_INTERVIEW_MINUTES, score);
}

export function HomeScreen(props: { state: AppState; dispatch: Dispatch; quit: () => void; width: number; height: number; focus?: string | undefined }) {
	const { state, dispatch, quit, width, height } = props;
	const home = t().app.home;
	const stats = computeStats(state.bank, state.progress);
	// Each chapter row: a bar of pages read, the same as a count, and the chapter quiz's best score; a narrow
	// terminal drops the bar and shortens the words, so a row never wraps.
	const wide = width >= 60;
	const barWidth = wide ? 10 : 0;
	const reads = stats.chapters.map((status) => home.pagesRead(status?.pagesRead ?? 0, status?.pagesTotal ?? 0, wide));
	// "11/11 pages", "11/11": as wide as the widest two-digit count, or a row that needs more.
	const readWidth = Math.max(textWidth(home.pagesRead(11, 11, wide)), ...reads.map(textWidth));
	// A quiz started and not finished says how far it is: "quiz 12/27 answered"; narrow "quiz 12/27".
	const quizNotes = state.bank.chapters.map((chapter, i) => {
		const status = stats.chapters[i];
		const percent = status?.bestScore ? `${Math.round((100 * status.bestScore.correct) / status.bestScore.total)}%` : undefined;
		if (percent) return home.quizBest(percent, wide);
		const open = storedSession(state, sessionKey({ mode: 'quiz', chapterId: chapter.id }));
		if (open && Object.keys(open.results).length > 0) return home.quizOpen(wide ? answeredNote(open) : answeredCount(open));
		return home.quizNotTaken(wide);
	});
	// "quiz best 100%", "quiz not taken"; "best 100%", "no quiz": wider only while a row needs it.
	const quizWidth = Math.max(textWidth(home.quizBest('100%', wide)), textWidth(home.quizNotTaken(wide)), ...quizNotes.map(textWidth));
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
				read: reads[i] ?? '',
				quiz: quizNotes[i],
			};
		}),
		{ key: 'review', label: review ? home.continueTheReview(answeredNote(review)) : reviewLabel(state), value: 'review' },
		{
			key: 'quick',
			label: quick ? home.continueQuickAll(answeredNote(quick)) : home.quickAll(QUICK_QUIZ_LENGTH, quickLast),
			value: 'quick',
		},
		{ key: 'interview', label: interviewLabel(state), value: 'interview' },
		{ key: 'stats', label: home.stats, value: 'stats' },
		{ key: 'whereami', label: home.whereami, value: 'whereami' },
		{ key: 'settings', label: home.settings(LANGUAGE_NAMES[currentLocale()]), value: 'settings' },
		{ key: 'quit', label: home.quit, value: 'quit' },
	];
	const onSelect = (item: { value: string }) => {
		if (item.value === 'continue') dispatch({ type: 'continue', seed: newSeed() });
		else if (item.value.startsWith('chapter:')) dispatch({ type: 'open-chapter', chapterId: item.value.slice(8) });
		else if (item.value === 'review') dispatch({ type: 'start-review', seed: newSeed() });
		else if (item.value === 'quick') dispatch({ type: 'start-quick', chapterId: null, seed: newSeed() });
		else if (item.value === 'interview') dispatch({ type: 'start-interview', seed: newSeed(), minutes: DEFAULT_INTERVIEW_MINUTES });
		else if (item.value === 'stats') dispatch({ type: 'open', screen: 'stats' });
		else if (item.value === 'whereami') dispatch({ type: 'open', screen: 'whereami' });
		else if (item.value === 'settings') dispatch({ type: 'open', screen: 'settings' });
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
							<Text color={color('muted')}>{`${barWidth ? ' ' : ''}${padStart(item.read ?? '', readWidth)}  ${item.quiz ?? ''}`}</Text>
						</>
					);
				}}
			/>
		</Box>
	);
}
