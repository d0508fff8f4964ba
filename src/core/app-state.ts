// The whole app as a pure reducer: screens render AppState and send AppIntents; nothing here does I/O.
// Progress changes come out as a new `progress` object, which the app saves at once (see ui/hooks/use-app.ts).
import type { Bank } from './bank.js';
import type { Locale } from './i18n/locale.js';
import { systemClock } from './clock.js';
import { t } from './i18n/messages.js';
import {
	discardSession,
	latestAnswers,
	markPageRead,
	type Progress,
	recordAnswer,
	recordInterview,
	recordWalk,
	saveSession,
	sessionKey,
} from './progress.js';
import { closedQuestions, createQuiz, currentItem, explainQuestions, pickQuickQuestions, type QuizIntent, quizReducer, type QuizSession, restoreQuiz, snapshotQuiz } from './quiz.js';
import type { Chapter, Question } from './schema.js';
import { misconceptionsOf } from './scoring.js';
import { describeNextDue, dueQuestions, nextDue, reviewQueue } from './review/index.js';
import { routeFinished, routeScore, startWalk, type WalkIntent, walkReducer, type WalkSession } from './walk.js';
import { composeInterview } from './interview/compose.js';
import { createInterview, type InterviewIntent, interviewReducer, type InterviewSession } from './interview/session.js';
import { type RoomIntent, roomReducer, type RoomSession } from './room/session.js';
import { composeLiveRoom, type LiveEvent, type LiveIntent, liveReducer, type LiveSession } from './room/live/attendee.js';

export type Screen =
	/** `focus`: the value of the home menu item to put the cursor on (where the learner came back from). */
	| { name: 'home'; focus?: string }
	/** `confirm`: the "Restart quiz?" question is open; Esc (back) closes it and keeps the quiz. */
	| { name: 'chapter'; chapterId: string; focus: ChapterFocus; confirm?: 'restart' }
	| { name: 'lesson'; chapterId: string; pageIndex: number; scroll: number }
	| { name: 'quiz'; session: QuizSession; scroll: number }
	| { name: 'walks'; chapterId: string; focus?: string }
	| { name: 'walk'; chapterId: string; session: WalkSession }
	| { name: 'results'; session: QuizSession }
	/** `at`: when it was opened, the "today" of study days and streaks. */
	| { name: 'stats'; at?: string }
	| { name: 'whereami' }
	/** The language (saved with the progress). */
	| { name: 'settings' }
	| { name: 'interview'; session: InterviewSession; scroll: number }
	/** The report of the mock with this id (in progress.interviews). */
	| { name: 'interview-report'; id: string; scroll: number }
	/** A room's quiz (`cvm-tutor room join CODE`): its intro, its questions under a countdown, then its results. */
	| { name: 'room'; session: RoomSession; scroll: number }
	/** A live room joined over the network (`cvm-tutor room join HOST:PORT CODE`): the host paces it. */
	| { name: 'live'; session: LiveSession; scroll: number };

export type ChapterFocus = 'read' | 'quiz' | 'restart' | 'quick' | 'explain' | 'walks';

export interface AppState {
	bank: Bank;
	progress: Progress;
	screen: Screen;
	help: boolean;
	/** One line shown above the key bar until the next key, e.g. where a corrupt progress file went. */
	notice?: string;
	/** The time of the last intent that changed the state (ISO), from the one clock: what is due is due at this time. */
	now: string;
}

export type AppIntent =
	| { type: 'open-chapter'; chapterId: string }
	| { type: 'read'; chapterId: string; at?: string }
	| { type: 'page'; delta: 1 | -1 }
	| { type: 'scroll'; delta: number; max: number }
	| { type: 'start-quiz'; chapterId: string; seed: number; at?: string }
	| { type: 'start-review'; seed: number; at?: string }
	/** A 10-question quiz of one chapter, or of every chapter when chapterId is null. */
	| { type: 'start-quick'; chapterId: string | null; seed: number; at?: string }
	/** A chapter's explain questions, each with its follow-ups: interview practice. */
	| { type: 'start-explain'; chapterId: string; seed: number; at?: string }
	/** Opens the "Restart quiz?" question on the chapter menu. */
	| { type: 'ask-restart'; chapterId: string }
	/** The learner said yes: that chapter's unfinished quiz is thrown away and a new one starts. */
	| { type: 'restart-quiz'; chapterId: string; seed: number; at?: string }
	| { type: 'continue'; seed: number; at?: string }
	| { type: 'quiz'; intent: QuizIntent; at: string }
	| { type: 'open-walks'; chapterId: string }
	| { type: 'start-walk'; chapterId: string; walkId: string; seed: number }
	| { type: 'walk'; intent: WalkIntent; at: string }
	| { type: 'open'; screen: 'home' | 'stats' | 'whereami' | 'settings'; focus?: string; at?: string }
	/** A new mock interview: composed from the progress and the seed, shown with its plan until it is started. */
	| { type: 'start-interview'; seed: number; minutes: number; at?: string }
	| { type: 'interview'; intent: InterviewIntent; at: string }
	/** A room joined from the command line (src/core/room/join.ts). */
	| { type: 'open-room'; session: RoomSession }
	| { type: 'room'; intent: RoomIntent; at: string }
	/** A live room, its link already made (src/core/room/live/attendee.ts createLiveSession). */
	| { type: 'open-live'; session: LiveSession }
	| { type: 'live'; intent: LiveIntent; at: string }
	/** Settings: the language of the course and the app, saved with the progress (src/ui/hooks/use-locale.ts applies it). */
	| { type: 'set-locale'; locale: Locale }
	| { type: 'back' }
	| { type: 'toggle-help' }
	| { type: 'notice'; text: string | undefined };

/** `now`: the app's clock at start (src/tutor.tsx); tests that care what is due pass a fixed time. */
export function initialState(bank: Bank, progress: Progress, notice?: string, now: Date = systemClock()): AppState {
	return { bank, progress, screen: { name: 'home' }, help: false, ...(notice ? { notice } : {}), now: now.toISOString() };
}

/** The questions Review offers now: due cards, then mistakes never reviewed (core/review). */
export function reviewQuestions(state: AppState, at: string = state.now): string[] {
	return dueQuestions(state.bank, state.progress, new Date(at));
}

/** An intent as a screen sends it: the time (`at`) is stamped on it by the one clock, in useAppState. */
export type ScreenIntent = AppIntent extends infer I ? (I extends unknown ? Omit<I, 'at'> : never) : never;
export type Dispatch = (intent: ScreenIntent) => void;

export function findChapter(bank: Bank, chapterId: string): Chapter | undefined {
	return bank.chapters.find((chapter) => chapter.id === chapterId);
}

function openPage(state: AppState, chapter: Chapter, pageIndex: number, at?: string): AppState {
	const index = Math.min(Math.max(0, pageIndex), chapter.pages.length - 1);
	const page = chapter.pages[index];
	const progress = page ? markPageRead(state.progress, chapter.id, page.id, at) : state.progress;
	return { ...state, progress, screen: { name: 'lesson', chapterId: chapter.id, pageIndex: index, scroll: 0 } };
}

/** Opens a session and stores it under its key (stamped `at`, so Continue can find the most recent one). */
function openQuiz(state: AppState, session: QuizSession, at?: string): AppState {
	if (session.items.length === 0) return state;
	const stamp = at ?? state.progress.sessions?.[sessionKey(session)]?.at;
	return { ...state, progress: saveSession(state.progress, snapshotQuiz(session, stamp)), screen: { name: 'quiz', session, scroll: 0 } };
}

/** The unfinished session stored under `key`, rebuilt against the current bank. */
export function storedSession(state: AppState, key: string): QuizSession | undefined {
	const stored = state.progress.sessions?.[key];
	const session = stored ? restoreQuiz(state.bank, stored) : undefined;
	return session && session.phase !== 'finished' ? session : undefined;
}

/** Finds a follow-up anywhere in the bank (follow-ups may be in another chapter). */
function inBank(bank: Bank): (id: string) => Question | undefined {
	return (id) => bank.questions.get(id)?.question;
}

function chapterDone(state: AppState, chapter: Chapter): boolean {
	const read = state.progress.chapters[chapter.id];
	return Boolean(read?.lastScore) && chapter.pages.every((page) => read?.pagesRead.includes(page.id));
}

export type ContinueTarget =
	| { kind: 'quiz'; session: QuizSession }
	| { kind: 'lesson'; chapter: Chapter; pageIndex: number }
	/** Every page of the chapter is read and its quiz not taken yet: the chapter's quiz. */
	| { kind: 'chapter-quiz'; chapter: Chapter }
	/** Every chapter is read and quizzed: review the mistakes, or (none) a quick quiz of every chapter. */
	| { kind: 'review'; count: number }
	| { kind: 'quick-all' };

/**
 * Where "Continue" leads: to the most recent unfinished thing. That is the unfinished quiz (with an answer in it)
 * answered last, unless a lesson was opened since; else the last page read. A chapter read to the end and
 * quizzed leads on to the next chapter not yet done, and when none is left, to review (or a quick quiz when
 * there is nothing to review); a chapter read to the end but not quizzed leads to its quiz. Nothing stored yet:
 * undefined (start at the first chapter).
 */
export function continueTarget(state: AppState): ContinueTarget | undefined {
	const resume = state.progress.resume;
	// Reading opened after a quiz was last answered is more recent than that quiz.
	const readSince = resume?.place === 'lesson' ? resume.at : undefined;
	// A session opened but not answered yet (a peek) does not take Continue away from real work.
	const unfinished = Object.entries(state.progress.sessions ?? {})
		.filter(([, session]) => Object.keys(session.results).length > 0 && !(readSince && (session.at ?? '') < readSince))
		.sort(([, a], [, b]) => ((b.at ?? '') > (a.at ?? '') ? 1 : (b.at ?? '') < (a.at ?? '') ? -1 : 0))
		.map(([key]) => storedSession(state, key))
		.find((session) => session !== undefined);
	if (unfinished) return { kind: 'quiz', session: unfinished };
	const chapter = resume && findChapter(state.bank, resume.chapterId);
	if (!chapter) return undefined;
	const read = state.progress.chapters[chapter.id];
	if (resume?.place === 'quiz' && chapterDone(state, chapter)) {
		const chapters = state.bank.chapters;
		const from = chapters.indexOf(chapter);
		const next = [...chapters.slice(from + 1), ...chapters.slice(0, from)].find((candidate) => !chapterDone(state, candidate));
		if (!next) {
			const count = reviewQuestions(state).length;
			return count > 0 ? { kind: 'review', count } : { kind: 'quick-all' };
		}
		return chapterTarget(state, next, state.progress.chapters[next.id]?.lastPageId);
	}
	// After a finished quiz the resume point is the chapter; go back to the last page read there.
	return chapterTarget(state, chapter, resume?.pageId ?? read?.lastPageId);
}

/** Within one chapter: its quiz when every page is read and the quiz is not taken yet, else the page `pageId`. */
function chapterTarget(state: AppState, chapter: Chapter, pageId: string | undefined): ContinueTarget {
	const read = state.progress.chapters[chapter.id];
	const allRead = chapter.pages.every((page) => read?.pagesRead.includes(page.id));
	if (allRead && !read?.lastScore && closedQuestions(chapter.questions).length > 0) return { kind: 'chapter-quiz', chapter };
	const pageIndex = chapter.pages.findIndex((page) => page.id === pageId);
	return { kind: 'lesson', chapter, pageIndex: Math.max(0, pageIndex) };
}

function startChapterQuiz(state: AppState, chapter: Chapter, seed: number, at: string | undefined): AppState {
	// Each chapter keeps its own unfinished quiz: opening one carries it on, and never touches another.
	const session = storedSession(state, sessionKey({ mode: 'quiz', chapterId: chapter.id })) ?? createQuiz({ mode: 'quiz', chapterId: chapter.id, questions: closedQuestions(chapter.questions), seed });
	return openQuiz(state, session, at);
}

function quizStep(state: AppState, screen: Extract<Screen, { name: 'quiz' }>, intent: QuizIntent, at: string): AppState {
	const session = quizReducer(screen.session, intent);
	if (session === screen.session) return state;
	let progress = state.progress;
	if (intent.type === 'submit') {
		const item = currentItem(screen.session);
		const result = item && session.results[item.question.id];
		if (item && result) {
			const chapterId = state.bank.questions.get(item.question.id)?.chapter.id ?? screen.session.chapterId ?? '';
			// Quick-quiz and explain-practice answers are stored as quiz answers: the answer modes a file holds stay the ones every version reads.
			const mode = session.mode === 'review' ? 'review' : 'quiz';
			// Misconceptions the answer showed, for stats (accuracy per misconception).
			const shown = result.verdict ? misconceptionsOf(item.question, result.verdict) : [];
			// The last answer also finishes the session and stores its score, in this same change.
			// An explain answer keeps what was typed and ticked, to read beside the next answer to it.
			const said = result.response?.type === 'explain' ? { text: result.response.text, ticked: [...result.response.ticked] } : {};
			progress = recordAnswer(
				progress,
				{ questionId: item.question.id, chapterId, correct: result.correct, credit: result.credit, at, mode, ...(result.hints ? { hints: result.hints } : {}), ...(result.retried ? { retried: true } : {}), ...(shown.length ? { misconceptions: shown } : {}), ...said },
				snapshotQuiz(session, at),
			);
		}
	}
	if (session.phase === 'finished') return { ...state, progress, screen: { name: 'results', session } };
	return { ...state, progress, screen: { ...screen, session, scroll: 0 } };
}

function nothingToReview(state: AppState, at: string = state.now): string {
	const next = nextDue(state.bank, state.progress, new Date(at));
	return next ? t().app.notice.nothingToReviewNow(describeNextDue(next)) : t().app.notice.nothingToReviewYet;
}

function startReview(state: AppState, seed: number, at: string | undefined): AppState {
	// An unfinished review is carried on, not thrown away.
	const unfinished = storedSession(state, sessionKey({ mode: 'review', chapterId: null }));
	if (unfinished) return openQuiz(state, unfinished, at);
	const questions = reviewQuestions(state, at).flatMap((id) => {
		const entry = state.bank.questions.get(id);
		return entry ? [entry.question] : [];
	});
	if (questions.length === 0) return { ...state, notice: nothingToReview(state, at) };
	// In the queue's order, not shuffled: the most overdue first, mistakes never reviewed after the due cards. No
	// follow-ups (practice and mock interviews ask those): a review is as long as "Review (N due)" said.
	return openQuiz(state, createQuiz({ mode: 'review', chapterId: null, questions, seed, shuffleQuestions: false }), at);
}

/** Carries on an unfinished quick quiz, or picks ten questions: missed or hinted first, then unseen, then the rest. */
function startQuick(state: AppState, chapterId: string | null, seed: number, at: string | undefined): AppState {
	const chapter = chapterId === null ? undefined : findChapter(state.bank, chapterId);
	if (chapterId !== null && !chapter) return state;
	const unfinished = storedSession(state, sessionKey({ mode: 'quick', chapterId }));
	if (unfinished) return openQuiz(state, unfinished, at);
	const pool = closedQuestions(chapter ? chapter.questions : state.bank.chapters.flatMap((c) => c.questions));
	const questions = pickQuickQuestions(pool, latestAnswers(state.progress, state.bank), seed);
	return openQuiz(state, createQuiz({ mode: 'quick', chapterId, questions, seed }), at);
}

function startInterview(state: AppState, seed: number, minutes: number, at: string): AppState {
	// Due reviews are weighted up (core/review), as of the intent's time.
	const due = new Set(reviewQueue(state.bank, state.progress, new Date(at || state.now)).due);
	const plan = composeInterview(state.bank, state.progress, { seed, minutes, due });
	if (plan.questions.length === 0) return { ...state, notice: t().app.notice.noQuestions };
	return { ...state, screen: { name: 'interview', session: createInterview(state.bank, plan, at), scroll: 0 } };
}

/** One step of a mock: its answers go into the history as they are given, and the finished mock with the last one. */
function interviewStep(state: AppState, screen: Extract<Screen, { name: 'interview' }>, intent: InterviewIntent, at: string): AppState {
	const { session, facts } = interviewReducer(screen.session, intent, at);
	if (session === screen.session) return state;
	let progress = state.progress;
	if (facts.answers.length) progress = { ...progress, answers: [...progress.answers, ...facts.answers] };
	if (facts.record) progress = recordInterview(progress, facts.record);
	if (session.phase === 'finished') return { ...state, progress, screen: { name: 'interview-report', id: session.id, scroll: 0 } };
	// A new question (or its feedback) starts at the top; a tick leaves the scroll alone.
	const scroll = session.quiz.index !== screen.session.quiz.index || session.quiz.phase !== screen.session.quiz.phase ? 0 : screen.scroll;
	return { ...state, progress, screen: { ...screen, session, scroll } };
}

/** One step of a room: each answer (and each question closed at 0) goes into the history the moment it happens. */
function roomStep(state: AppState, screen: Extract<Screen, { name: 'room' }>, intent: RoomIntent, at: string): AppState {
	const { session, facts } = roomReducer(screen.session, intent, at);
	if (session === screen.session) return state;
	let progress = state.progress;
	if (facts.answers.length) progress = { ...progress, answers: [...progress.answers, ...facts.answers] };
	if (facts.roomAnswers.length) progress = { ...progress, roomAnswers: [...(progress.roomAnswers ?? []), ...facts.roomAnswers] };
	const scroll = session.quiz.index !== screen.session.quiz.index || session.phase !== screen.session.phase ? 0 : screen.scroll;
	return { ...state, progress, screen: { ...screen, session, scroll } };
}

/**
 * One step of a live room: a welcome is composed into the room from this app's own lessons (with the answers
 * saved before a restart); each answer, and each question closed unanswered, goes into the history at once.
 */
function liveStep(state: AppState, screen: Extract<Screen, { name: 'live' }>, intent: LiveIntent, at: string): AppState {
	const welcome = intent.type === 'link' && intent.event.type === 'message' && intent.event.message.type === 'welcome' ? intent.event.message : undefined;
	const event: LiveEvent = welcome && !screen.session.joined ? { type: 'welcome', message: welcome, room: composeLiveRoom(state.bank, welcome.room), saved: state.progress.roomAnswers ?? [] } : intent;
	const { session, facts } = liveReducer(screen.session, event, at);
	if (session === screen.session) return state;
	let progress = state.progress;
	if (facts.answers.length) progress = { ...progress, answers: [...progress.answers, ...facts.answers] };
	if (facts.roomAnswers.length) progress = { ...progress, roomAnswers: [...(progress.roomAnswers ?? []), ...facts.roomAnswers] };
	// One seat per join code: a newer welcome (another attendee id, after the host lost the room) replaces it.
	for (const seat of facts.seats ?? []) progress = { ...progress, liveSeats: [...(progress.liveSeats ?? []).filter((s) => s.id !== seat.id), seat] };
	const scroll = session.open?.index !== screen.session.open?.index || session.phase !== screen.session.phase ? 0 : screen.scroll;
	return { ...state, progress, screen: { ...screen, session, scroll } };
}

/** Carries on the chapter's unfinished explain practice, or starts one: its explain questions, shuffled, with follow-ups. */
function startExplain(state: AppState, chapter: Chapter, seed: number, at: string | undefined): AppState {
	const unfinished = storedSession(state, sessionKey({ mode: 'explain', chapterId: chapter.id }));
	if (unfinished) return openQuiz(state, unfinished, at);
	const questions = explainQuestions(chapter.questions);
	return openQuiz(state, createQuiz({ mode: 'explain', chapterId: chapter.id, questions, seed, followUps: inBank(state.bank) }), at);
}

function walkStep(state: AppState, screen: Extract<Screen, { name: 'walk' }>, intent: WalkIntent, at: string): AppState {
	const session = walkReducer(screen.session, intent);
	if (session === screen.session) return state;
	const finished = intent.type === 'continue' && routeFinished(session);
	const progress = finished ? recordWalk(state.progress, `${screen.chapterId}/${session.walk.id}`, { ...routeScore(session), at }) : state.progress;
	return { ...state, progress, screen: { ...screen, session } };
}

function back(state: AppState): AppState {
	const { screen } = state;
	switch (screen.name) {
		case 'walk':
			return { ...state, screen: { name: 'walks', chapterId: screen.chapterId, focus: screen.session.walk.id } };
		case 'walks':
			return { ...state, screen: { name: 'chapter', chapterId: screen.chapterId, focus: 'walks' } };
		case 'lesson':
			return { ...state, screen: { name: 'chapter', chapterId: screen.chapterId, focus: 'read' } };
		case 'quiz':
		case 'results': {
			const { mode, chapterId } = screen.session;
			if (mode === 'review' || !chapterId) return { ...state, screen: { name: 'home', focus: mode === 'review' ? 'review' : 'quick' } };
			return { ...state, screen: { name: 'chapter', chapterId, focus: mode === 'quick' ? 'quick' : mode === 'explain' ? 'explain' : 'quiz' } };
		}
		case 'chapter':
			if (screen.confirm) return { ...state, screen: { name: 'chapter', chapterId: screen.chapterId, focus: 'restart' } };
			return { ...state, screen: { name: 'home', focus: `chapter:${screen.chapterId}` } };
		case 'stats':
		case 'whereami':
		case 'settings':
			return { ...state, screen: { name: 'home', focus: screen.name } };
		case 'interview': {
			const { session } = screen;
			const answered = Object.keys(session.quiz.results).length;
			// Left before the end: not a mock in the history; its answers are kept like any other.
			const notice = session.phase === 'asking' ? t().app.notice.mockLeft(answered, session.questions.length) : undefined;
			return { ...state, screen: { name: 'home', focus: 'interview' }, ...(notice ? { notice } : {}) };
		}
		case 'interview-report':
			return { ...state, screen: { name: 'home', focus: 'interview' } };
		case 'room': {
			const { session } = screen;
			const answered = session.answers.length;
			const total = session.quiz.items.length;
			// Left mid-room: every answer given is kept, and joining again carries on from the next question.
			// One line: the exact command is printed when the app ends (src/tutor.tsx).
			const notice = session.phase === 'asking' ? t().app.notice.roomLeft(answered, total) : undefined;
			return { ...state, screen: { name: 'home' }, ...(notice ? { notice } : {}) };
		}
		case 'live': {
			const { session } = screen;
			const total = session.joined?.quiz.items.length ?? 0;
			// Left mid-room: every answer given is kept; the same command rejoins as the same attendee.
			const going = session.joined && session.phase !== 'finished' && session.phase !== 'stopped';
			const notice = going ? t().app.liveJoin.left(session.answers.filter((answer) => answer.response !== null).length, total) : undefined;
			return { ...state, screen: { name: 'home' }, ...(notice ? { notice } : {}) };
		}
		case 'home':
			return state;
		default:
			return { ...state, screen: { name: 'home' } };
	}
}

/**
 * The next state for an intent. A state that changes takes the intent's time (`at`, stamped by the one clock)
 * as its `now`, so what the home menu shows as due follows the clock; an intent that changes nothing returns
 * the state itself.
 */
export function appReducer(state: AppState, intent: AppIntent): AppState {
	const next = reduce(state, intent);
	const at = (intent as { at?: unknown }).at;
	return next === state || typeof at !== 'string' || next.now === at ? next : { ...next, now: at };
}

function reduce(state: AppState, intent: AppIntent): AppState {
	if (intent.type !== 'notice' && state.notice && intent.type !== 'scroll') state = { ...state, notice: undefined };
	if (state.help && intent.type !== 'toggle-help') state = { ...state, help: false };
	const { screen } = state;
	switch (intent.type) {
		case 'notice':
			return intent.text ? { ...state, notice: intent.text } : { ...state, notice: undefined };
		case 'toggle-help':
			return { ...state, help: !state.help };
		case 'open':
			if (intent.screen === 'stats') return { ...state, screen: { name: 'stats', ...(intent.at ? { at: intent.at } : {}) } };
			return { ...state, screen: intent.screen === 'home' && intent.focus ? { name: 'home', focus: intent.focus } : { name: intent.screen } };
		case 'back':
			return back(state);
		case 'open-chapter':
			return findChapter(state.bank, intent.chapterId)
				? { ...state, screen: { name: 'chapter', chapterId: intent.chapterId, focus: 'read' } }
				: state;
		case 'read': {
			const chapter = findChapter(state.bank, intent.chapterId);
			if (!chapter) return state;
			const lastPageId = state.progress.chapters[chapter.id]?.lastPageId;
			return openPage(state, chapter, Math.max(0, chapter.pages.findIndex((page) => page.id === lastPageId)), intent.at);
		}
		case 'page': {
			if (screen.name !== 'lesson') return state;
			const chapter = findChapter(state.bank, screen.chapterId);
			if (!chapter) return state;
			const target = screen.pageIndex + intent.delta;
			if (target >= chapter.pages.length) return { ...state, screen: { name: 'chapter', chapterId: chapter.id, focus: 'quiz' } };
			if (target < 0) return state;
			return openPage(state, chapter, target);
		}
		case 'scroll': {
			if (screen.name !== 'lesson' && screen.name !== 'quiz' && screen.name !== 'interview' && screen.name !== 'interview-report' && screen.name !== 'room' && screen.name !== 'live') return state;
			const scroll = Math.min(Math.max(0, screen.scroll + intent.delta), Math.max(0, intent.max));
			return scroll === screen.scroll ? state : { ...state, screen: { ...screen, scroll } };
		}
		case 'start-quiz': {
			const chapter = findChapter(state.bank, intent.chapterId);
			return chapter ? startChapterQuiz(state, chapter, intent.seed, intent.at) : state;
		}
		case 'ask-restart':
			return state.progress.sessions?.[sessionKey({ mode: 'quiz', chapterId: intent.chapterId })] && findChapter(state.bank, intent.chapterId)
				? { ...state, screen: { name: 'chapter', chapterId: intent.chapterId, focus: 'restart', confirm: 'restart' } }
				: state;
		case 'restart-quiz': {
			const chapter = findChapter(state.bank, intent.chapterId);
			if (!chapter) return state;
			const fresh = { ...state, progress: discardSession(state.progress, sessionKey({ mode: 'quiz', chapterId: chapter.id })) };
			return openQuiz(fresh, createQuiz({ mode: 'quiz', chapterId: chapter.id, questions: closedQuestions(chapter.questions), seed: intent.seed }), intent.at);
		}
		case 'start-quick':
			return startQuick(state, intent.chapterId, intent.seed, intent.at);
		case 'start-review':
			return startReview(state, intent.seed, intent.at);
		case 'start-explain': {
			const chapter = findChapter(state.bank, intent.chapterId);
			return chapter ? startExplain(state, chapter, intent.seed, intent.at) : state;
		}
		case 'continue': {
			const target = continueTarget(state);
			if (!target) {
				const first = state.bank.chapters[0];
				return first ? openPage(state, first, 0, intent.at) : state;
			}
			if (target.kind === 'quiz') return openQuiz(state, target.session, intent.at);
			if (target.kind === 'review') return startReview(state, intent.seed, intent.at);
			if (target.kind === 'quick-all') return startQuick(state, null, intent.seed, intent.at);
			if (target.kind === 'chapter-quiz') return startChapterQuiz(state, target.chapter, intent.seed, intent.at);
			return openPage(state, target.chapter, target.pageIndex, intent.at);
		}
		case 'quiz':
			if (screen.name === 'interview') return interviewStep(state, screen, { type: 'quiz', intent: intent.intent }, intent.at);
			if (screen.name === 'room') return roomStep(state, screen, { type: 'quiz', intent: intent.intent }, intent.at);
			if (screen.name === 'live') return liveStep(state, screen, { type: 'quiz', intent: intent.intent }, intent.at);
			return screen.name === 'quiz' ? quizStep(state, screen, intent.intent, intent.at) : state;
		case 'start-interview':
			return startInterview(state, intent.seed, intent.minutes, intent.at ?? '');
		case 'interview':
			return screen.name === 'interview' ? interviewStep(state, screen, intent.intent, intent.at) : state;
		case 'set-locale':
			if (state.progress.settings?.locale === intent.locale) return state;
			return { ...state, progress: { ...state.progress, settings: { ...state.progress.settings, locale: intent.locale } } };
		case 'open-room':
			return { ...state, screen: { name: 'room', session: intent.session, scroll: 0 } };
		case 'room':
			return screen.name === 'room' ? roomStep(state, screen, intent.intent, intent.at) : state;
		case 'open-live':
			return { ...state, screen: { name: 'live', session: intent.session, scroll: 0 } };
		case 'live':
			return screen.name === 'live' ? liveStep(state, screen, intent.intent, intent.at) : state;
		case 'open-walks':
			return findChapter(state.bank, intent.chapterId)?.walks?.length ? { ...state, screen: { name: 'walks', chapterId: intent.chapterId } } : state;
		case 'start-walk': {
			const walk = findChapter(state.bank, intent.chapterId)?.walks?.find((w) => w.id === intent.walkId);
			return walk ? { ...state, screen: { name: 'walk', chapterId: intent.chapterId, session: startWalk(walk, intent.seed) } } : state;
		}
		case 'walk':
			return screen.name === 'walk' ? walkStep(state, screen, intent.intent, intent.at) : state;
	}
}
