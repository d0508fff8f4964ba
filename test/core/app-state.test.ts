import { describe, expect, it } from 'vitest';
import { type AppIntent, appReducer, type AppState, continueTarget, initialState } from '../../src/core/app-state.js';
import { chapterStatus, emptyProgress, mistakes } from '../../src/core/progress.js';
import { bankOf, fixtureChapter, rightResponse } from '../helpers.js';

const bank = bankOf(fixtureChapter());
const at = '2026-11-23T00:00:00.000Z';
const run = (state: AppState, ...intents: AppIntent[]) => intents.reduce(appReducer, state);

/** Answers the current question right or wrong. */
function answer(state: AppState, right: boolean): AppState {
	if (state.screen.name !== 'quiz') throw new Error('not in a quiz');
	const { question } = state.screen.session.items[state.screen.session.index]!;
	if (question.type === 'true-false') return run(state, { type: 'quiz', intent: { type: 'submit', response: { type: 'true-false', value: right === question.answer } }, at });
	if (question.type === 'single') {
		const wrong = question.choices.find((c) => c.id !== question.answer)!.id;
		return run(state, { type: 'quiz', intent: { type: 'submit', response: { type: 'single', choiceId: right ? question.answer : wrong } }, at });
	}
	return run(state, { type: 'quiz', intent: { type: 'submit', response: right ? rightResponse(question) : { type: 'multiple', choiceIds: ['b'] } }, at });
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
		expect(state.progress.activeQuiz?.results).toEqual({ [state.progress.answers[0]!.questionId]: { correct: false, credit: 0 } });
		state = run(state, { type: 'quiz', intent: { type: 'next' }, at });
		state = answer(run(state), true);
		state = run(state, { type: 'quiz', intent: { type: 'next' }, at });
		state = answer(state, true);
		state = run(state, { type: 'quiz', intent: { type: 'next' }, at });
		expect(state.screen.name).toBe('results');
		expect(state.progress.activeQuiz).toBeUndefined();
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

	it('after a finished quiz, Continue goes back to the last page read, and Esc returns to where you came from', () => {
		const chapter = fixtureChapter() as { pages: Array<Record<string, unknown>> };
		chapter.pages.push({ ...chapter.pages[0], id: 'second-page' });
		const twoPages = bankOf(chapter);
		let state = run(initialState(twoPages, emptyProgress()), { type: 'read', chapterId: 'example-chapter' }, { type: 'page', delta: 1 });
		state = run(state, { type: 'back' });
		expect(state.screen).toEqual({ name: 'chapter', chapterId: 'example-chapter', focus: 'read' });
		state = run(state, { type: 'start-quiz', chapterId: 'example-chapter', seed: 3 });
		for (let i = 0; i < 3; i++) state = run(answer(state, true), { type: 'quiz', intent: { type: 'next' }, at });
		expect(state.screen.name).toBe('results');
		state = run(state, { type: 'back' }, { type: 'back' });
		expect(state.screen).toEqual({ name: 'home', focus: 'chapter:example-chapter' });
		const resumed = run(state, { type: 'continue', seed: 1 });
		expect(resumed.screen).toMatchObject({ name: 'lesson', pageIndex: 1 });
	});

	it('a chapter read to the end and quizzed leads Continue to the next chapter; an unfinished review is carried on', () => {
		const first = fixtureChapter();
		const second = JSON.parse(JSON.stringify(fixtureChapter()).replaceAll('ex-', 'ex2-').replace('"example-chapter"', '"second-chapter"').replace('"order":1', '"order":2'));
		const two = bankOf(first, second);
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

	it('progress that names questions or chapters no longer in the bank is ignored, not fatal', () => {
		const progress = {
			...emptyProgress(),
			answers: [{ questionId: 'gone', chapterId: 'gone', correct: false, credit: 0, at, mode: 'quiz' as const }],
			resume: { chapterId: 'gone', place: 'lesson' as const, pageId: 'x' },
			activeQuiz: { mode: 'quiz' as const, chapterId: 'gone', seed: 1, questionIds: ['gone'], results: {} },
		};
		const state = initialState(bank, progress);
		expect(continueTarget(state)).toBeUndefined();
		expect(mistakes(bank, progress)).toEqual([]);
		expect(run(state, { type: 'continue', seed: 1 }).screen.name).toBe('lesson');
	});
});
