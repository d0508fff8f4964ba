// The Ink root: routes AppState to a screen, owns the global keys and the one way out (onExit).
import { Box, Text, useApp, useInput } from 'ink';
import { useRef, useState } from 'react';
import { type AppState, findChapter } from './core/app-state.js';
import { previousAnswer } from './core/explain.js';
import { localize } from './core/text.js';
import type { ProgressStore } from './store/progress-store.js';
import { useAppState } from './ui/hooks/use-app-state.js';
import { useLocale } from './ui/hooks/use-locale.js';
import { SettingsScreen } from './ui/screens/settings.js';
import { useKeyByKey } from './ui/hooks/use-key-by-key.js';
import { useTerminalSize } from './ui/hooks/use-terminal-size.js';
import { ChapterScreen } from './ui/screens/chapter.js';
import { HelpScreen } from './ui/screens/help.js';
import { HomeScreen } from './ui/screens/home.js';
import { LessonScreen } from './ui/screens/lesson.js';
import { QuizScreen, questionFit } from './ui/screens/quiz.js';
import { type ExplainStatus, explainKeyHints } from './ui/screens/explain.js';
import { ResultsScreen } from './ui/screens/results.js';
import { StatsScreen } from './ui/screens/stats.js';
import { WalkScreen, WalksScreen } from './ui/screens/walk.js';
import { WhereamiScreen } from './ui/screens/whereami.js';
import { clockLine, InterviewScreen } from './ui/screens/interview.js';
import { InterviewReportScreen } from './ui/screens/interview-report.js';
import { countdownLine, RoomScreen } from './ui/screens/room.js';
import { liveHeaderRows, LiveRoomScreen } from './ui/screens/live-room.js';
import { useLiveLink } from './ui/hooks/use-live-link.js';
import type { AttendeeLink } from './core/room/live/link.js';
import type { QuizSession } from './core/quiz.js';
import { wrapText } from './core/wrap.js';
import { t } from './core/i18n/messages.js';
import { routeFinished } from './core/walk.js';
import type { HostReport } from './core/whereami.js';
import { bodyHeight, type KeyHint, Layout, warningLines } from './ui/widgets/layout.js';

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 12;

export type ExitReason = 'quit' | 'interrupt';

/** The questions on screen: a quiz's, or those of a mock interview once it has started. */
export function questionsOnScreen(screen: AppState['screen']): QuizSession | undefined {
	if (screen.name === 'quiz') return screen.session;
	if (screen.name === 'room') return screen.session.phase === 'asking' ? screen.session.quiz : undefined;
	if (screen.name === 'live') return screen.session.phase === 'asking' ? screen.session.joined?.quiz : undefined;
	return screen.name === 'interview' && screen.session.phase === 'asking' ? screen.session.quiz : undefined;
}

/** A screen where keys are text being typed, not commands (an explain question's self-grading included: its keys are its own). */
export function isTextEntry(screen: AppState['screen']): boolean {
	const session = questionsOnScreen(screen);
	const type = session?.phase === 'answering' ? session.items[session.index]?.question.type : undefined;
	return type === 'typed' || type === 'explain';
}

/** The rows a mock interview's clock line or a room's countdown (a live room's with its connection) takes above its question. */
function clockRows(screen: AppState['screen'], width: number): number {
	if (screen.name === 'live') return liveHeaderRows(screen.session, width).length;
	const line = screen.name === 'interview' ? clockLine(screen.session) : screen.name === 'room' ? countdownLine(screen.session) : undefined;
	return line ? wrapText(line, width).length : 0;
}

/** Esc goes back a screen, but leaves a mock interview or a room: the bar says which. */
const isBack = (hint: KeyHint) => hint.keys === 'Esc' && hint.action === t().app.keys.back;

/**
 * `questionHidden`: the quiz's question is too tall for the terminal and hidden behind a notice (quiz.tsx).
 * `asking`: the typed answer's "Discard your answer?" prompt is up; the bar shows its keys.
 */
function titleAndHints(state: AppState, questionHidden = false, asking = false, explain: ExplainStatus = { stage: 'writing', asking: false }): { title: string; right?: string; hints: KeyHint[] } {
	const { screen } = state;
	const keys = t().app.keys;
	const titles = t().app.title;
	const BACK: KeyHint = { keys: 'Esc', action: keys.back };
	const HELP: KeyHint = { keys: '?', action: keys.keys };
	const QUIT: KeyHint = { keys: 'q', action: keys.quit };
	// In a packet walk, watched or routed, Esc goes back to the chapter's list of walks; the bar says so alike.
	const TO_WALKS: KeyHint = { keys: 'Esc', action: keys.walks };
	if (state.help) return { title: titles.help, hints: [{ keys: '?/Esc', action: keys.close }, QUIT] };
	switch (screen.name) {
		case 'home':
			return { title: titles.home, hints: [{ keys: '↑↓', action: keys.move }, { keys: 'Enter', action: keys.open }, HELP, QUIT] };
		case 'chapter': {
			const chapter = findChapter(state.bank, screen.chapterId);
			return { title: chapter ? `${chapter.order}. ${localize(chapter.title)}` : titles.chapter, hints: [{ keys: 'Enter', action: keys.choose }, BACK, HELP, QUIT] };
		}
		case 'lesson': {
			const chapter = findChapter(state.bank, screen.chapterId);
			const pages = chapter?.pages.length ?? 0;
			const last = screen.pageIndex + 1 >= pages;
			return {
				title: chapter ? `${chapter.order}. ${localize(chapter.title)}` : titles.lesson,
				right: titles.page(screen.pageIndex + 1, pages),
				hints: [{ keys: '→/Enter', action: last ? keys.chapterMenu : keys.nextPage }, { keys: '←', action: keys.previous }, { keys: '↑↓', action: keys.scroll }, BACK, QUIT],
			};
		}
		case 'quiz': {
			const chapter = screen.session.chapterId ? findChapter(state.bank, screen.session.chapterId) : undefined;
			const answered = Object.values(screen.session.results);
			const right = answered.filter((r) => r.correct).length;
			const { session } = screen;
			const question = session.items[session.index]?.question;
			const type = question?.type;
			const moreHints = (question?.hints?.length ?? 0) > session.hintsShown;
			const hint: KeyHint[] = moreHints ? [{ keys: type === 'typed' ? 'Tab' : 'h', action: keys.hint }] : [];
			// After the last unanswered question, Enter opens the results (quiz.ts 'next' finishes the session).
			const lastOne = !session.items.some((candidate, i) => i > session.index && !session.results[candidate.question.id]);
			// Hidden, the question takes no key: only going back and quitting work.
			const hints: KeyHint[] = questionHidden
				? [BACK, QUIT]
				: session.phase === 'feedback'
					? [{ keys: 'Enter', action: lastOne ? keys.seeResults : keys.nextQuestion }, { keys: '↑↓', action: keys.scroll }, BACK, QUIT]
					: type === 'explain'
						? explainKeyHints(explain, moreHints)
					: type === 'multiple'
						? [{ keys: 'Enter/1-9', action: keys.tickThenSubmit }, ...hint, BACK, QUIT]
						: type === 'ordering'
							? [{ keys: 'Space/Enter', action: keys.grabDrop }, { keys: '↑↓', action: keys.move }, { keys: 'Enter', action: keys.onSubmit }, ...hint, BACK, QUIT]
							: type === 'matching'
								? [{ keys: '↑↓', action: keys.row }, { keys: '1-9/←→', action: keys.pair }, { keys: 'Enter', action: keys.onSubmit }, ...hint, BACK, QUIT]
								: type === 'typed' && asking
									? [{ keys: 'y/Esc', action: keys.discard }, { keys: 'n', action: keys.keepEditing }, { keys: 'Ctrl+C', action: keys.quit }]
									: type === 'typed'
										? [{ keys: 'Enter', action: keys.submit }, ...hint, { keys: 'Esc', action: keys.back }, { keys: 'Ctrl+C', action: keys.quit }]
									: [{ keys: '↑↓', action: keys.move }, { keys: 'Enter/1-9', action: keys.answer }, ...hint, BACK, QUIT];
			return { title: titles.quiz(session.mode, chapter ? localize(chapter.title) : undefined), right: titles.right(right, answered.length), hints };
		}
		case 'results':
			return { title: titles.results, hints: [{ keys: 'Enter', action: keys.choose }, BACK, QUIT] };
		case 'interview': {
			const { session } = screen;
			if (session.phase !== 'asking') return { title: titles.interview, hints: [{ keys: 'Enter', action: keys.startClock }, BACK, QUIT] };
			// The question's own keys, as in a quiz (there are no hints to offer); Esc leaves the mock.
			const inner = titleAndHints({ ...state, screen: { name: 'quiz', session: session.quiz, scroll: screen.scroll } }, questionHidden, asking, explain);
			const hints = inner.hints.map((hint) => (isBack(hint) ? { keys: 'Esc', action: keys.leave } : hint));
			return { title: titles.interview, right: titles.questionOf(session.quiz.index + 1, session.questions.length), hints };
		}
		case 'interview-report':
			return { title: titles.interviewReport, hints: [{ keys: '↑↓', action: keys.scroll }, { keys: 'Enter/Esc', action: keys.home }, QUIT] };
		case 'room': {
			const { session } = screen;
			const title = titles.room(session.code);
			if (session.phase === 'intro') return { title, hints: [{ keys: 'Enter', action: keys.start }, BACK, QUIT] };
			if (session.phase === 'finished') return { title, right: titles.roomResults, hints: [{ keys: '↑↓/PgUp/PgDn', action: keys.scroll }, { keys: 'Esc', action: keys.home }, QUIT] };
			// The question's own keys, as in a quiz (a room has no hints); Esc leaves the room, answers kept.
			const inner = titleAndHints({ ...state, screen: { name: 'quiz', session: session.quiz, scroll: screen.scroll } }, questionHidden, asking, explain);
			const hints = inner.hints.map((hint) => (isBack(hint) ? { keys: 'Esc', action: keys.leave } : hint));
			return { title, right: titles.questionOf(session.quiz.index + 1, session.quiz.items.length), hints };
		}
		case 'live': {
			const { session } = screen;
			const say = t().app.liveJoin;
			const title = say.title(session.joined?.code ?? session.hostLabel);
			const LEAVE: KeyHint = { keys: 'Esc', action: keys.leave };
			const total = session.joined?.quiz.items.length ?? 0;
			const right = session.open ? titles.questionOf(session.open.index + 1, total) : undefined;
			if (session.phase === 'finished') return { title, right: titles.roomResults, hints: [{ keys: '↑↓/PgUp/PgDn', action: keys.scroll }, { keys: 'Esc', action: keys.home }, QUIT] };
			if (session.phase === 'stopped') return { title, hints: [{ keys: 'Esc', action: keys.home }, QUIT] };
			if (session.phase === 'revealed') return { title, ...(right ? { right } : {}), hints: [{ keys: '↑↓', action: keys.scroll }, LEAVE, QUIT] };
			if (session.phase !== 'asking' || !session.joined) return { title, ...(right ? { right } : {}), hints: [LEAVE, QUIT] };
			// The question's own keys, as in a quiz (a room has no hints); Esc leaves the room, answers kept.
			const inner = titleAndHints({ ...state, screen: { name: 'quiz', session: session.joined.quiz, scroll: screen.scroll } }, questionHidden, asking, explain);
			const hints = inner.hints.map((hint) => (isBack(hint) ? LEAVE : hint));
			return { title, ...(right ? { right } : {}), hints };
		}
		case 'stats':
			return { title: titles.stats, hints: [{ keys: '←→/1-4', action: keys.view }, { keys: '↑↓', action: keys.scroll }, BACK, QUIT] };
		case 'whereami':
			return { title: titles.whereami, hints: [{ keys: '↑↓', action: keys.explainLine }, BACK, QUIT] };
		case 'settings':
			return { title: titles.settings, hints: [{ keys: '↑↓', action: keys.move }, { keys: 'Enter/1-3', action: keys.choose }, BACK, QUIT] };
		case 'walks': {
			const chapter = findChapter(state.bank, screen.chapterId);
			return { title: titles.walks(chapter ? localize(chapter.title) : ''), hints: [{ keys: 'Enter', action: keys.start }, BACK, HELP, QUIT] };
		}
		case 'walk': {
			const { session } = screen;
			const title = titles.walk(localize(session.walk.title));
			if (session.mode === 'watch') {
				const atEnd = session.step === session.walk.hops.length - 1;
				const next: KeyHint[] = atEnd ? [] : [{ keys: '→', action: keys.nextHop }];
				return { title, right: titles.watching, hints: [...next, { keys: '←', action: keys.previousHop }, { keys: 'r', action: keys.routeYourself }, TO_WALKS, QUIT] };
			}
			const right = titles.right(session.picks.filter((p) => p.correct).length, session.picks.length);
			return {
				title,
				right,
				hints: routeFinished(session)
					? [{ keys: 'r', action: keys.routeAgain }, { keys: 'w', action: keys.watchAgain }, TO_WALKS, QUIT]
					: session.pending
						? [{ keys: 'Enter', action: keys.continue }, TO_WALKS, QUIT]
						: [{ keys: '↑↓', action: keys.move }, { keys: 'Enter/1-9', action: keys.nextHop }, TO_WALKS, QUIT],
			};
		}
	}
}

export function App(props: { initial: AppState; store: ProgressStore; onExit: (reason: ExitReason, last: AppState) => void; inspectHost?: () => Promise<HostReport>; now?: () => Date; links?: boolean; link?: AttendeeLink }) {
	const { exit } = useApp();
	const { columns, rows } = useTerminalSize();
	const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;
	// Keys that arrive together (a paste, tmux send-keys) are applied one by one, each on the latest screen.
	// Below the minimum size the screen stays mounted but hidden (drafts survive); it hears no key, and only
	// q and Ctrl+C, which the notice names, reach the handler below.
	useKeyByKey((key) => !tooSmall || key === 'q' || key === '\u0003');
	const [state, dispatch, saveError] = useAppState(props.initial, props.store, props.now);
	// A live room's connection (room join HOST:PORT CODE): open while its screen is, closed when it is left.
	useLiveLink(props.link, state.screen.name === 'live' ? state.screen.session : undefined, dispatch);
	// The language chosen in Settings; the key makes every screen draw again in it.
	const locale = useLocale(state.progress.settings?.locale, dispatch);
	const [asking, setAsking] = useState(false);
	const [explain, setExplain] = useState<ExplainStatus>({ stage: 'writing', asking: false });
	// The state as last drawn, for the way out: a key handler may still hold an older render's (a live room's
	// end arrives from the network, and the q that follows can reach the handler before it is registered again).
	const drawn = useRef(state);
	drawn.current = state;
	const quit = (reason: ExitReason) => {
		props.onExit(reason, drawn.current);
		exit();
	};
	// While the learner types an answer, letters are text: only Ctrl+C stays global (Esc is the typed view's).
	// Handlers here and in the screens read the state of the last render: useKeyByKey renders every key
	// before the next one is handed out, so that is the latest state ("Enter q" types the q, see the tests).
	// Hidden below the minimum, the screen is laid out at the minimum size: its drafts are not reflowed to nothing.
	const width = Math.min(Math.max(columns, MIN_COLUMNS) - 1, 100);
	const height = bodyHeight(Math.max(rows, MIN_ROWS), (state.notice ? 1 : 0) + warningLines(saveError, width).length);
	const onScreen = state.help ? undefined : questionsOnScreen(state.screen);
	const questionHidden = onScreen !== undefined && questionFit(onScreen, width, height - clockRows(state.screen, width)).tooSmall;
	// Too small (the app or the question), no answer is drawn to type into, and the notice says "press q"
	// (or the key bar does): q quits there too.
	const typing = !tooSmall && !questionHidden && !state.help && isTextEntry(state.screen);
	useInput((input, key) => {
		// Lists move without sending an intent, so the notice is cleared here: it lasts until the next key.
		if (state.notice) dispatch({ type: 'notice', text: undefined });
		if (key.ctrl && input === 'c') quit('interrupt');
		else if (typing) {
			// Esc too belongs to the typed view: it asks before throwing a draft away.
		} else if (input === 'q') quit('quit');
		else if (input === '?') dispatch({ type: 'toggle-help' });
		else if (key.escape || input === 'b') dispatch(state.help ? { type: 'toggle-help' } : { type: 'back' });
	});

	const { title, right, hints } = titleAndHints(state, questionHidden, asking, explain);
	const { screen } = state;
	// What the quiz and the mock interview screens both take: the explain view's callbacks and last time's answer.
	const questionProps = (session: QuizSession, scroll: number) => {
		const questionId = session.items[session.index]?.question.id;
		return {
			scroll,
			dispatch,
			width,
			height,
			links: props.links ?? false,
			onAsking: setAsking,
			onExplain: setExplain,
			previous: questionId ? previousAnswer(state.progress.answers, questionId) : undefined,
		};
	};
	let body;
	if (state.help) body = <HelpScreen width={width} height={height} />;
	else if (screen.name === 'home') body = <HomeScreen key={screen.focus ?? ''} state={state} dispatch={dispatch} quit={() => quit('quit')} width={width} height={height} focus={screen.focus} />;
	else if (screen.name === 'chapter')
		body = (
			<ChapterScreen
				key={`${screen.chapterId}:${screen.focus}:${screen.confirm ?? ''}`}
				state={state}
				dispatch={dispatch}
				width={width}
				height={height}
				chapterId={screen.chapterId}
				focus={screen.focus}
				confirm={screen.confirm}
			/>
		);
	else if (screen.name === 'lesson')
		body = <LessonScreen state={state} dispatch={dispatch} width={width} height={height} chapterId={screen.chapterId} pageIndex={screen.pageIndex} scroll={screen.scroll} />;
	else if (screen.name === 'quiz')
		body = <QuizScreen key={`${screen.session.seed}:${screen.session.index}`} session={screen.session} {...questionProps(screen.session, screen.scroll)} />;
	else if (screen.name === 'results') body = <ResultsScreen state={state} session={screen.session} dispatch={dispatch} width={width} height={height} />;
	else if (screen.name === 'walks') body = <WalksScreen key={screen.focus ?? ''} state={state} dispatch={dispatch} width={width} height={height} chapterId={screen.chapterId} focus={screen.focus} />;
	else if (screen.name === 'walk') body = <WalkScreen key={`${screen.session.walk.id}:${screen.session.mode}`} session={screen.session} dispatch={dispatch} width={width} height={height} />;
	else if (screen.name === 'interview') body = <InterviewScreen state={state} session={screen.session} {...questionProps(screen.session.quiz, screen.scroll)} />;
	else if (screen.name === 'room') body = <RoomScreen state={state} session={screen.session} {...questionProps(screen.session.quiz, screen.scroll)} />;
	else if (screen.name === 'live')
		body = <LiveRoomScreen session={screen.session} scroll={screen.scroll} dispatch={dispatch} width={width} height={height} links={props.links ?? false} onAsking={setAsking} />;
	else if (screen.name === 'interview-report') body = <InterviewReportScreen state={state} id={screen.id} scroll={screen.scroll} dispatch={dispatch} width={width} height={height} />;
	else if (screen.name === 'settings') body = <SettingsScreen state={state} dispatch={dispatch} width={width} height={height} />;
	else if (screen.name === 'whereami') body = <WhereamiScreen width={width} height={height} {...(props.inspectHost ? { inspect: props.inspectHost } : {})} />;
	// Opening the screen is stamped with the one clock; that moment is its "today".
	else body = <StatsScreen state={state} width={width} height={height} now={screen.at ?? state.progress.answers.at(-1)?.at ?? new Date(0).toISOString()} />;
	// The same tree in both sizes, so React keeps the screen (and its draft) while the notice is up.
	return (
		<Box key={locale} flexDirection="column">
			{tooSmall ? <Text>{t().app.tooSmall(columns, rows, MIN_COLUMNS, MIN_ROWS)}</Text> : null}
			<Box display={tooSmall ? 'none' : 'flex'} flexDirection="column">
				<Layout title={title} {...(right ? { right } : {})} width={width} hints={hints} notice={state.notice} warning={saveError}>
					{body}
				</Layout>
			</Box>
		</Box>
	);
}
