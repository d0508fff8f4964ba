// The whole app as a pure reducer: screens render AppState and send AppIntents; nothing here does I/O.
// Progress changes come out as a new `progress` object, which the app saves at once (see ui/hooks/use-app.ts).
import type { Bank } from './bank.js';
import {
	abandonQuiz,
	finishQuiz,
	markPageRead,
	mistakes,
	type Progress,
	recordAnswer,
	recordWalk,
	startQuiz,
} from './progress.js';
import { createQuiz, currentItem, type QuizIntent, quizReducer, quizScore, type QuizSession, restoreQuiz, snapshotQuiz } from './quiz.js';
import type { Chapter } from './schema.js';
import { routeFinished, routeScore, startWalk, type WalkIntent, walkReducer, type WalkSession } from './walk.js';

export type Screen =
	/** `focus`: the value of the home menu item to put the cursor on (where the learner came back from). */
	| { name: 'home'; focus?: string }
	| { name: 'chapter'; chapterId: string; focus: 'read' | 'quiz' | 'walks' }
	| { name: 'lesson'; chapterId: string; pageIndex: number; scroll: number }
	| { name: 'quiz'; session: QuizSession; scroll: number }
	| { name: 'walks'; chapterId: string; focus?: string }
	| { name: 'walk'; chapterId: string; session: WalkSession }
	| { name: 'results'; session: QuizSession }
	| { name: 'stats' }
	| { name: 'whereami' };

export interface AppState {
	bank: Bank;
	progress: Progress;
	screen: Screen;
	help: boolean;
	/** One line shown above the key bar until the next key, e.g. where a corrupt progress file went. */
	notice?: string;
}

export type AppIntent =
	| { type: 'open-chapter'; chapterId: string }
	| { type: 'read'; chapterId: string }
	| { type: 'page'; delta: 1 | -1 }
	| { type: 'scroll'; delta: number; max: number }
	| { type: 'start-quiz'; chapterId: string; seed: number }
	| { type: 'start-review'; seed: number }
	| { type: 'continue'; seed: number }
	| { type: 'quiz'; intent: QuizIntent; at: string }
	| { type: 'open-walks'; chapterId: string }
	| { type: 'start-walk'; chapterId: string; walkId: string; seed: number }
	| { type: 'walk'; intent: WalkIntent; at: string }
	| { type: 'open'; screen: 'home' | 'stats' | 'whereami'; focus?: string }
	| { type: 'back' }
	| { type: 'toggle-help' }
	| { type: 'notice'; text: string | undefined };

export function initialState(bank: Bank, progress: Progress, notice?: string): AppState {
	return { bank, progress, screen: { name: 'home' }, help: false, ...(notice ? { notice } : {}) };
}

export function findChapter(bank: Bank, chapterId: string): Chapter | undefined {
	return bank.chapters.find((chapter) => chapter.id === chapterId);
}

function openPage(state: AppState, chapter: Chapter, pageIndex: number): AppState {
	const index = Math.min(Math.max(0, pageIndex), chapter.pages.length - 1);
	const page = chapter.pages[index];
	const progress = page ? markPageRead(state.progress, chapter.id, page.id) : state.progress;
	return { ...state, progress, screen: { name: 'lesson', chapterId: chapter.id, pageIndex: index, scroll: 0 } };
}

function openQuiz(state: AppState, session: QuizSession): AppState {
	if (session.items.length === 0) return state;
	return { ...state, progress: startQuiz(state.progress, snapshotQuiz(session)), screen: { name: 'quiz', session, scroll: 0 } };
}

/** Where "Continue" leads: an unfinished quiz, else the last page read, else the first chapter. */
export function continueTarget(state: AppState): { kind: 'quiz'; session: QuizSession } | { kind: 'lesson'; chapter: Chapter; pageIndex: number } | undefined {
	const stored = state.progress.activeQuiz;
	const session = stored ? restoreQuiz(state.bank, stored) : undefined;
	if (session && session.phase !== 'finished') return { kind: 'quiz', session };
	const resume = state.progress.resume;
	const chapter = resume && findChapter(state.bank, resume.chapterId);
	if (chapter) {
		// A chapter whose quiz was finished after every page was read leads on to the next chapter.
		const read = state.progress.chapters[chapter.id];
		const done = resume?.place === 'quiz' && read?.lastScore && chapter.pages.every((page) => read.pagesRead.includes(page.id));
		const next = done ? state.bank.chapters[state.bank.chapters.indexOf(chapter) + 1] : undefined;
		const target = next ?? chapter;
		// After a finished quiz the resume point is the chapter; go back to the last page read there.
		const pageId = target === chapter ? (resume?.pageId ?? read?.lastPageId) : state.progress.chapters[target.id]?.lastPageId;
		const pageIndex = target.pages.findIndex((page) => page.id === pageId);
		return { kind: 'lesson', chapter: target, pageIndex: Math.max(0, pageIndex) };
	}
	return undefined;
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
			progress = recordAnswer(
				progress,
				{ questionId: item.question.id, chapterId, correct: result.correct, credit: result.credit, at, mode: session.mode, ...(result.hints ? { hints: result.hints } : {}), ...(result.retried ? { retried: true } : {}) },
				snapshotQuiz(session),
			);
		}
	}
	if (session.phase === 'finished') {
		progress = finishQuiz(progress, { ...quizScore(session), at });
		return { ...state, progress, screen: { name: 'results', session } };
	}
	return { ...state, progress, screen: { ...screen, session, scroll: 0 } };
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
		case 'results':
			return screen.session.chapterId
				? { ...state, screen: { name: 'chapter', chapterId: screen.session.chapterId, focus: 'quiz' } }
				: { ...state, screen: { name: 'home', focus: 'review' } };
		case 'chapter':
			return { ...state, screen: { name: 'home', focus: `chapter:${screen.chapterId}` } };
		case 'stats':
		case 'whereami':
			return { ...state, screen: { name: 'home', focus: screen.name } };
		case 'home':
			return state;
		default:
			return { ...state, screen: { name: 'home' } };
	}
}

export function appReducer(state: AppState, intent: AppIntent): AppState {
	if (intent.type !== 'notice' && state.notice && intent.type !== 'scroll') state = { ...state, notice: undefined };
	if (state.help && intent.type !== 'toggle-help') state = { ...state, help: false };
	const { screen } = state;
	switch (intent.type) {
		case 'notice':
			return intent.text ? { ...state, notice: intent.text } : { ...state, notice: undefined };
		case 'toggle-help':
			return { ...state, help: !state.help };
		case 'open':
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
			return openPage(state, chapter, Math.max(0, chapter.pages.findIndex((page) => page.id === lastPageId)));
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
			if (screen.name !== 'lesson' && screen.name !== 'quiz') return state;
			const scroll = Math.min(Math.max(0, screen.scroll + intent.delta), Math.max(0, intent.max));
			return scroll === screen.scroll ? state : { ...state, screen: { ...screen, scroll } };
		}
		case 'start-quiz': {
			const chapter = findChapter(state.bank, intent.chapterId);
			if (!chapter) return state;
			const active = state.progress.activeQuiz;
			const stored = active?.chapterId === chapter.id && active.mode === 'quiz' ? restoreQuiz(state.bank, active) : undefined;
			const session =
				stored && stored.phase !== 'finished'
					? stored
					: createQuiz({ mode: 'quiz', chapterId: chapter.id, questions: chapter.questions, seed: intent.seed });
			return openQuiz({ ...state, progress: abandonQuiz(state.progress) }, session);
		}
		case 'start-review': {
			const ids = mistakes(state.bank, state.progress);
			const questions = ids.flatMap((id) => {
				const entry = state.bank.questions.get(id);
				return entry ? [entry.question] : [];
			});
			if (questions.length === 0) return { ...state, notice: 'Nothing to review: every question you answered, you last answered right and without a hint.' };
			// An unfinished review is carried on, not thrown away.
			const active = state.progress.activeQuiz;
			const unfinished = active?.mode === 'review' ? restoreQuiz(state.bank, active) : undefined;
			if (unfinished && unfinished.phase !== 'finished') return openQuiz(state, unfinished);
			return openQuiz(
				{ ...state, progress: abandonQuiz(state.progress) },
				createQuiz({ mode: 'review', chapterId: null, questions, seed: intent.seed }),
			);
		}
		case 'continue': {
			const target = continueTarget(state);
			if (!target) {
				const first = state.bank.chapters[0];
				return first ? openPage(state, first, 0) : state;
			}
			if (target.kind === 'quiz') return openQuiz(state, target.session);
			return openPage(state, target.chapter, target.pageIndex);
		}
		case 'quiz':
			return screen.name === 'quiz' ? quizStep(state, screen, intent.intent, intent.at) : state;
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
