import { describe, expect, it } from 'vitest';
import { type AppIntent, appReducer, type AppState, continueTarget, initialState } from '../../src/core/app-state.js';
import { chapterStatus, emptyProgress, mistakes } from '../../src/core/progress.js';
import type { Response } from '../../src/core/scoring.js';
import { bankOf, fixtureChapter, rightResponse } from '../helpers.js';

const bank = bankOf(fixtureChapter());
const at = '2026-11-23T00:00:00.000Z';
const run = (state: AppState, ...intents: AppIntent[]) => intents.reduce(appReducer, state);
const second = JSON.parse(JSON.stringify(fixtureChapter()).replaceAll('ex-', 'ex2-').replace('"example-chapter"', '"second-chapter"').replace('"order":1', '"order":2'));
const two = bankOf(fixtureChapter(), second);
const next = (state: AppState) => run(state, { type: 'quiz', intent: { type: 'next' }, at });
const sessionOf = (state: AppState) => (state.screen.name === 'quiz' ? state.screen.session : undefined);

/** Answers the current question right or wrong (at `when`, by default the one test time). */
function answer(state: AppState, right: boolean, when = at): AppState {
	if (state.screen.name !== 'quiz') throw new Error('not in a quiz');
	const { question } = state.screen.session.items[state.screen.session.index]!;
	const submit = (response: Response): AppState => run(state, { type: 'quiz', intent: { type: 'submit', response }, at: when });
	if (question.type === 'true-false') return submit({ type: 'true-false', value: right === question.answer });
	if (question.type === 'single') {
		const wrong = question.choices.find((c) => c.id !== question.answer)!.id;
		return submit({ type: 'single', choiceId: right ? question.answer : wrong });
	}
	return submit(right ? rightResponse(question) : { type: 'multiple', choiceIds: ['b'] });
}

describe('appReducer', () => {
	it('reading a page marks it read and remembers where the reader is', () => {
		const state = run(initialState(bank, emptyProgress()), { type: 'read', chapterId: 'example-chapter' });
		expect(state.screen).toEqual({ name: 'lesson', chapterId: 'example-chapter', pageIndex: 0, scroll: 0 });
		expect(state.progress.chapters['example-chapter']?.pagesRead).toEqual(['first-page']);
		expect(state.progress.resume).toEqual({ chapterId: 'example-chapter', place: 'lesson', pageId: 'first-page' });
		expect(run(state, { type: 'page', delta: 1 }).screen).toEqual({ name: 'chapter', chapterId: 'example-chapter', focus: 'quiz' });
	});

	it('records every answer as it is given, and keeps the best score when the quiz ends', () => {
		let state = run(initialState(bank, emptyProgress()), { type: 'start-quiz', chapterId: 'example-chapter', seed: 3 });
		state = answer(state, false);
		expect(state.progress.answers).toHaveLength(1);
		expect(state.progress.sessions?.['chapter:example-chapter']?.results).toEqual({ [state.progress.answers[0]!.questionId]: { correct: false, credit: 0 } });
		state = run(state, { type: 'quiz', intent: { type: 'next' }, at });
		state = answer(run(state), true);
		state = run(state, { type: 'quiz', intent: { type: 'next' }, at });
		state = answer(state, true);
		state = run(state, { type: 'quiz', intent: { type: 'next' }, at });
		expect(state.screen.name).toBe('results');
		expect(state.progress.sessions).toEqual({});
		expect(state.progress.chapters['example-chapter']?.bestScore).toEqual({ correct: 2, total: 3, at });
		expect(mistakes(bank, state.progress)).toHaveLength(1);
		expect(chapterStatus(bank, state.progress, 'example-chapter')).toMatchObject({ answered: 3, correct: 2 });
	});

	it('an interrupted quiz continues at the same question with the same order', () => {
		let state = run(initialState(bank, emptyProgress()), { type: 'start-quiz', chapterId: 'example-chapter', seed: 5 });
		const order = state.screen.name === 'quiz' ? state.screen.session.items.map((i) => i.question.id) : [];
		state = answer(state, true);
		// A restart: only the saved progress survives.
		const restarted = initialState(bank, JSON.parse(JSON.stringify(state.progress)));
		const target = continueTarget(restarted);
		expect(target?.kind === 'quiz' && target.session.items.map((i) => i.question.id)).toEqual(order);
		expect(target?.kind === 'quiz' && target.session.index).toBe(1);
		const resumed = run(restarted, { type: 'continue', seed: 999 });
		expect(resumed.screen.name === 'quiz' && resumed.screen.session.index).toBe(1);
	});

	it('review asks only the questions last answered wrong, and a right answer clears them', () => {
		let state = run(initialState(bank, emptyProgress()), { type: 'start-review', seed: 1 });
		expect(state.notice).toMatch(/Nothing to review/);
		state = run(state, { type: 'start-quiz', chapterId: 'example-chapter', seed: 2 });
		state = answer(state, false);
		state = run(state, { type: 'back' }, { type: 'start-review', seed: 4 });
		expect(state.screen.name === 'quiz' && state.screen.session.items).toHaveLength(1);
		state = answer(state, true);
		expect(mistakes(bank, state.progress)).toEqual([]);
	});

	it('after the last chapter is read and quizzed, Continue leads to review, else to a quick quiz of every chapter; Esc returns to where you came from', () => {
		const chapter = fixtureChapter() as { pages: Array<Record<string, unknown>> };
		chapter.pages.push({ ...chapter.pages[0], id: 'second-page' });
		const twoPages = bankOf(chapter);
		let state = run(initialState(twoPages, emptyProgress()), { type: 'read', chapterId: 'example-chapter' }, { type: 'page', delta: 1 });
		state = run(state, { type: 'back' });
		expect(state.screen).toEqual({ name: 'chapter', chapterId: 'example-chapter', focus: 'read' });
		// Read to the end, not yet quizzed: Continue leads to the chapter's quiz (not back to the last page).
		expect(continueTarget(state)).toMatchObject({ kind: 'chapter-quiz', chapter: { id: 'example-chapter' } });
		state = run(state, { type: 'continue', seed: 3 });
		expect(state.screen.name === 'quiz' && [state.screen.session.mode, state.screen.session.chapterId]).toEqual(['quiz', 'example-chapter']);
		for (let i = 0; i < 3; i++) state = run(answer(state, i > 0), { type: 'quiz', intent: { type: 'next' }, at });
		expect(state.screen.name).toBe('results');
		state = run(state, { type: 'back' }, { type: 'back' });
		expect(state.screen).toEqual({ name: 'home', focus: 'chapter:example-chapter' });
		// One mistake: Continue starts the review (not page 2/2 again).
		expect(continueTarget(state)).toEqual({ kind: 'review', count: 1 });
		state = run(state, { type: 'continue', seed: 1 });
		expect(state.screen.name === 'quiz' && state.screen.session.mode).toBe('review');
		state = run(answer(state, true), { type: 'quiz', intent: { type: 'next' }, at }, { type: 'back' });
		// Nothing left to review: a quick quiz across every chapter.
		expect(continueTarget(state)).toEqual({ kind: 'quick-all' });
		state = run(state, { type: 'continue', seed: 1 });
		expect(state.screen.name === 'quiz' && [state.screen.session.mode, state.screen.session.chapterId]).toEqual(['quick', null]);
	});

	it('a chapter read to the end and quizzed leads Continue to the next chapter; an unfinished review is carried on', () => {
		let state = run(initialState(two, emptyProgress()), { type: 'read', chapterId: 'example-chapter' }, { type: 'back' });
		state = run(state, { type: 'start-quiz', chapterId: 'example-chapter', seed: 3 });
		for (let i = 0; i < 3; i++) state = run(answer(state, i > 0), { type: 'quiz', intent: { type: 'next' }, at });
		expect(continueTarget(state)).toMatchObject({ kind: 'lesson', chapter: { id: 'second-chapter' }, pageIndex: 0 });
		// One mistake to review: start the review, leave it, start it again: same session, not a new one.
		state = run(state, { type: 'back' }, { type: 'start-review', seed: 8 });
		const reviewSeed = state.screen.name === 'quiz' ? state.screen.session.seed : -1;
		state = run(state, { type: 'back' }, { type: 'start-review', seed: 9 });
		expect(state.screen.name === 'quiz' && state.screen.session.seed).toBe(reviewSeed);
	});

	it('a chapter read partly leads Continue to its last page read; read to the end but not quizzed, to its quiz, also as the next chapter', () => {
		const chapter = fixtureChapter() as { pages: Array<Record<string, unknown>> };
		chapter.pages.push({ ...chapter.pages[0], id: 'second-page' });
		const longer = JSON.parse(JSON.stringify(chapter).replaceAll('ex-', 'ex2-').replace('"example-chapter"', '"second-chapter"').replace('"order":1', '"order":2'));
		const twoChapters = bankOf(chapter, longer);
		let state = run(initialState(twoChapters, emptyProgress()), { type: 'read', chapterId: 'example-chapter' }, { type: 'back' });
		expect(continueTarget(state)).toMatchObject({ kind: 'lesson', chapter: { id: 'example-chapter' }, pageIndex: 0 });
		// The second chapter read to its end (not quizzed), then the first one quizzed without reading on.
		state = run(state, { type: 'read', chapterId: 'second-chapter' }, { type: 'page', delta: 1 }, { type: 'back' });
		expect(continueTarget(state)).toMatchObject({ kind: 'chapter-quiz', chapter: { id: 'second-chapter' } });
		state = run(state, { type: 'read', chapterId: 'example-chapter' }, { type: 'page', delta: 1 }, { type: 'back' });
		state = run(state, { type: 'start-quiz', chapterId: 'example-chapter', seed: 3 });
		for (let i = 0; i < 3; i++) state = run(answer(state, true), { type: 'quiz', intent: { type: 'next' }, at });
		state = run(state, { type: 'back' });
		// The first chapter done: on to the next, which is read, so to its quiz.
		expect(continueTarget(state)).toMatchObject({ kind: 'chapter-quiz', chapter: { id: 'second-chapter' } });
		state = run(state, { type: 'continue', seed: 4 });
		expect(state.screen.name === 'quiz' && state.screen.session.chapterId).toBe('second-chapter');
	});

	it('progress that names questions or chapters no longer in the bank is ignored, not fatal', () => {
		const progress = {
			...emptyProgress(),
			answers: [{ questionId: 'gone', chapterId: 'gone', correct: false, credit: 0, at, mode: 'quiz' as const }],
			resume: { chapterId: 'gone', place: 'lesson' as const, pageId: 'x' },
			sessions: { 'chapter:gone': { mode: 'quiz' as const, chapterId: 'gone', seed: 1, questionIds: ['gone'], results: {} } },
		};
		const state = initialState(bank, progress);
		expect(continueTarget(state)).toBeUndefined();
		expect(mistakes(bank, progress)).toEqual([]);
		expect(run(state, { type: 'continue', seed: 1 }).screen.name).toBe('lesson');
	});

	it('starting another quiz keeps the unfinished one: each chapter resumes where it stopped; Continue leads to the most recent', () => {
		let state = run(initialState(two, emptyProgress()), { type: 'start-quiz', chapterId: 'example-chapter', seed: 3, at: '2026-01-01T00:00:01Z' });
		const order = sessionOf(state)?.items.map((item) => item.question.id);
		state = next(answer(state, true, '2026-01-01T00:00:01Z'));
		state = run(state, { type: 'back' }, { type: 'start-quiz', chapterId: 'second-chapter', seed: 4, at: '2026-01-01T00:00:02Z' });
		state = run(answer(state, false, '2026-01-01T00:00:02Z'), { type: 'back' });
		expect(Object.keys(state.progress.sessions ?? {}).sort()).toEqual(['chapter:example-chapter', 'chapter:second-chapter']);
		expect(continueTarget(state)).toMatchObject({ kind: 'quiz', session: { chapterId: 'second-chapter', index: 1 } });
		// Back to chapter 1 (after a restart: only the saved progress survives): same order, at question 2.
		state = initialState(two, JSON.parse(JSON.stringify(state.progress)));
		state = run(state, { type: 'start-quiz', chapterId: 'example-chapter', seed: 99, at: '2026-01-01T00:00:03Z' });
		expect(sessionOf(state)?.items.map((item) => item.question.id)).toEqual(order);
		expect(sessionOf(state)?.index).toBe(1);
		state = run(answer(state, true, '2026-01-01T00:00:03Z'), { type: 'back' });
		expect(continueTarget(state)).toMatchObject({ kind: 'quiz', session: { chapterId: 'example-chapter', index: 2 } });
		// A review and a quick quiz each have their own session too; none replaces a chapter's. Only opened,
		// not answered, they do not take Continue away from the chapter quiz.
		state = run(state, { type: 'start-review', seed: 5, at: '2026-01-01T00:00:04Z' }, { type: 'back' });
		state = run(state, { type: 'start-quick', chapterId: null, seed: 6, at: '2026-01-01T00:00:05Z' }, { type: 'back' });
		expect(Object.keys(state.progress.sessions ?? {}).sort()).toEqual(['chapter:example-chapter', 'chapter:second-chapter', 'quick:all', 'review']);
		expect(continueTarget(state)).toMatchObject({ kind: 'quiz', session: { chapterId: 'example-chapter' } });
		state = run(state, { type: 'start-quick', chapterId: null, seed: 7, at: '2026-01-01T00:00:06Z' });
		state = run(answer(state, true, '2026-01-01T00:00:06Z'), { type: 'back' });
		expect(continueTarget(state)).toMatchObject({ kind: 'quiz', session: { mode: 'quick', chapterId: null, seed: 6 } });
	});

	it('Restart quiz asks first: Esc keeps the attempt, yes discards only that chapter\'s session', () => {
		let state = run(initialState(two, emptyProgress()), { type: 'start-quiz', chapterId: 'second-chapter', seed: 4 });
		state = run(answer(state, false), { type: 'back' }, { type: 'start-quiz', chapterId: 'example-chapter', seed: 3 });
		state = run(answer(state, true), { type: 'back' });
		const kept = state.progress;
		state = run(state, { type: 'ask-restart', chapterId: 'example-chapter' });
		expect(state.screen).toEqual({ name: 'chapter', chapterId: 'example-chapter', focus: 'restart', confirm: 'restart' });
		expect(state.progress).toBe(kept);
		state = run(state, { type: 'back' });
		expect(state.screen).toEqual({ name: 'chapter', chapterId: 'example-chapter', focus: 'restart' });
		expect(state.progress).toBe(kept);
		state = run(state, { type: 'ask-restart', chapterId: 'example-chapter' }, { type: 'restart-quiz', chapterId: 'example-chapter', seed: 11 });
		expect(sessionOf(state)).toMatchObject({ seed: 11, index: 0, results: {} });
		expect(state.progress.sessions?.['chapter:example-chapter']).toMatchObject({ seed: 11, results: {} });
		expect(state.progress.sessions?.['chapter:second-chapter']).toEqual(kept.sessions?.['chapter:second-chapter']);
		expect(state.progress.answers).toHaveLength(2);
		// Nothing unfinished: nothing to restart.
		const fresh = initialState(two, emptyProgress());
		expect(run(fresh, { type: 'ask-restart', chapterId: 'example-chapter' })).toBe(fresh);
	});

	it('the last answer stores the score at once: leaving its feedback (back) loses nothing and leaves no 3/3 session', () => {
		let state = run(initialState(bank, emptyProgress()), { type: 'start-quiz', chapterId: 'example-chapter', seed: 3 });
		state = next(answer(state, true));
		state = next(answer(state, false));
		state = answer(state, true);
		expect(sessionOf(state)?.phase).toBe('feedback');
		expect(state.progress.chapters['example-chapter']?.bestScore).toEqual({ correct: 2, total: 3, at });
		expect(state.progress.sessions).toEqual({});
		// Leaving now, or after a restart of the app: the chapter offers a new quiz, not "Continue (3/3)".
		const left = run(state, { type: 'back' });
		expect(left.screen).toEqual({ name: 'chapter', chapterId: 'example-chapter', focus: 'quiz' });
		const again = run(initialState(bank, JSON.parse(JSON.stringify(left.progress))), { type: 'start-quiz', chapterId: 'example-chapter', seed: 8 });
		expect(sessionOf(again)).toMatchObject({ seed: 8, index: 0 });
		// Staying: Enter shows the results, with the score already stored once.
		const results = next(state);
		expect(results.screen.name).toBe('results');
		expect(results.progress).toBe(state.progress);
	});

	it("a quick quiz asks up to ten questions, missed first; its score is its own, not the chapter's best", () => {
		let state = run(initialState(two, emptyProgress()), { type: 'start-quiz', chapterId: 'example-chapter', seed: 3 });
		const missed = sessionOf(state)?.items[0]?.question.id;
		state = run(answer(state, false), { type: 'back' }, { type: 'start-quick', chapterId: null, seed: 2, at });
		const quick = sessionOf(state)!;
		expect(quick.items).toHaveLength(6);
		state = run(state, { type: 'back' });
		expect(state.screen).toEqual({ name: 'home', focus: 'quick' });
		state = run(state, { type: 'start-quick', chapterId: 'second-chapter', seed: 2, at });
		expect(sessionOf(state)?.items.map((item) => item.question.id).sort()).toEqual(['ex2-select-all', 'ex2-shared-kernel', 'ex2-true-false'].sort());
		for (let i = 0; i < 3; i++) state = next(answer(state, true));
		expect(state.screen.name).toBe('results');
		expect(state.progress.quickScores?.['quick:second-chapter']).toEqual({ correct: 3, total: 3, at });
		expect(state.progress.chapters['second-chapter']?.bestScore).toBeUndefined();
		expect(state.progress.answers.every((a) => a.mode === 'quiz')).toBe(true);
		expect(run(state, { type: 'back' }).screen).toEqual({ name: 'chapter', chapterId: 'second-chapter', focus: 'quick' });
		// The all-chapters quick quiz is still unfinished and resumable, with the missed question first in its pick.
		expect(state.progress.sessions?.['quick:all']?.questionIds).toContain(missed);
	});

	it('Continue leads to the most recent unfinished thing: a lesson opened after a quiz, then the quiz again once answered', () => {
		let state = run(initialState(two, emptyProgress()), { type: 'start-quiz', chapterId: 'example-chapter', seed: 3, at: '2026-01-01T00:00:01Z' });
		state = run(answer(state, true, '2026-01-01T00:00:01Z'), { type: 'back' }, { type: 'back' });
		expect(continueTarget(state)).toMatchObject({ kind: 'quiz', session: { chapterId: 'example-chapter' } });
		state = run(state, { type: 'open-chapter', chapterId: 'second-chapter' }, { type: 'read', chapterId: 'second-chapter', at: '2026-01-01T00:00:02Z' }, { type: 'back' });
		// Its one page is read, so the second chapter's quiz (a chapter read to its end leads to its quiz).
		expect(continueTarget(state)).toMatchObject({ kind: 'chapter-quiz', chapter: { id: 'second-chapter' } });
		state = run(state, { type: 'start-quiz', chapterId: 'example-chapter', seed: 9, at: '2026-01-01T00:00:03Z' });
		state = run(answer(state, true, '2026-01-01T00:00:03Z'), { type: 'back' });
		expect(continueTarget(state)).toMatchObject({ kind: 'quiz', session: { chapterId: 'example-chapter' } });
	});
});
