// Review through the app reducer with a fake clock: a quiz today, the app opened again "tomorrow".
import { describe, expect, it } from 'vitest';
import { type AppIntent, appReducer, type AppState, initialState } from '../../src/core/app-state.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import type { Response } from '../../src/core/scoring.js';
import { bankOf, fixtureChapter, practiceChapter, rightResponse } from '../helpers.js';

const bank = bankOf(fixtureChapter());
/** 1 December 2026 (local time) at `hour`, `days` later, as the clock stamps it. */
const day = (days: number, hour = 9) => new Date(2026, 11, 1 + days, hour).toISOString();
const run = (state: AppState, ...intents: AppIntent[]) => intents.reduce(appReducer, state);
const questionsOf = (state: AppState) => (state.screen.name === 'quiz' ? state.screen.session.items.map((item) => item.question.id) : []);

/** Answers the question on screen at `at`, right or wrong, and moves on. */
function answer(state: AppState, right: boolean, at: string): AppState {
	if (state.screen.name !== 'quiz') throw new Error(`not in a quiz: ${state.screen.name}`);
	const { question } = state.screen.session.items[state.screen.session.index]!;
	let response: Response;
	if (question.type === 'true-false') response = { type: 'true-false', value: right === question.answer };
	else if (question.type === 'single') response = { type: 'single', choiceId: right ? question.answer : question.choices.find((c) => c.id !== question.answer)!.id };
	else response = right ? rightResponse(question) : { type: 'multiple', choiceIds: ['b'] };
	return run(state, { type: 'quiz', intent: { type: 'submit', response }, at }, { type: 'quiz', intent: { type: 'next' }, at });
}

/** The chapter quiz at `at` with the first question answered wrong, the others right; the saved progress. */
function quizToday(at: string): { progress: Progress; wrongId: string } {
	let state = run(initialState(bank, emptyProgress(), undefined, new Date(at)), { type: 'start-quiz', chapterId: 'example-chapter', seed: 3, at });
	const wrongId = questionsOf(state)[0]!;
	for (let i = 0; i < 3; i++) state = answer(state, i > 0, at);
	expect(state.screen.name).toBe('results');
	return { progress: JSON.parse(JSON.stringify(state.progress)) as Progress, wrongId };
}

describe('review with a fake clock', () => {
	it('a question answered wrongly is offered, alone, when the app is opened tomorrow', () => {
		const { progress, wrongId } = quizToday(day(0, 14));
		const tomorrow = initialState(bank, progress, undefined, new Date(day(1, 9)));
		const review = run(tomorrow, { type: 'start-review', seed: 1, at: day(1, 9) });
		expect(questionsOf(review)).toEqual([wrongId]);
	});

	it('today, the mistake is offered once; answered wrong again in review, it waits for tomorrow, and says when', () => {
		const { progress, wrongId } = quizToday(day(0, 14));
		let state = run(initialState(bank, progress, undefined, new Date(day(0, 15))), { type: 'start-review', seed: 1, at: day(0, 15) });
		expect(questionsOf(state)).toEqual([wrongId]);
		state = answer(state, false, day(0, 15));
		state = run(state, { type: 'back', at: day(0, 15) } as AppIntent, { type: 'start-review', seed: 2, at: day(0, 16) });
		expect(state.screen.name).toBe('home');
		expect(state.notice).toBe('Nothing to review now. Next review: tomorrow, 1 card.');
		expect(questionsOf(run(state, { type: 'start-review', seed: 3, at: day(1, 8) }))).toEqual([wrongId]);
	});

	it('questions answered right are not offered tomorrow, but are once they come due', () => {
		const { progress, wrongId } = quizToday(day(0, 14));
		const later = run(initialState(bank, progress, undefined, new Date(day(30))), { type: 'start-review', seed: 1, at: day(30) });
		expect(questionsOf(later)).toHaveLength(3);
		expect(questionsOf(later)[0]).toBe(wrongId);
	});

	it('a state that changes takes the time of the intent as its now; an intent that changes nothing returns the same state', () => {
		const state = initialState(bank, emptyProgress(), undefined, new Date(day(0)));
		expect(state.now).toBe(day(0));
		const opened = run(state, { type: 'open', screen: 'stats', at: day(2) } as AppIntent);
		expect(opened.now).toBe(day(2));
		const home = run(state, { type: 'scroll', delta: 1, max: 5, at: day(3) } as AppIntent);
		expect(home).toBe(state);
	});
});

describe('review asks what is due, nothing more', () => {
	it('an explain question answered poorly comes back alone: its follow-ups are not added to the review', () => {
		const practice = bankOf(practiceChapter());
		const explain = [...practice.questions.values()].map((entry) => entry.question).find((q) => q.type === 'explain' && q.followUps?.length);
		if (explain?.type !== 'explain') throw new Error('the practice fixture has no explain question with follow-ups');
		const at = day(0, 14);
		const progress: Progress = { ...emptyProgress(), answers: [{ questionId: explain.id, chapterId: practice.chapters[0]!.id, correct: false, credit: 0.25, at, mode: 'quiz' }] };
		const review = run(initialState(practice, progress, undefined, new Date(day(1, 9))), { type: 'start-review', seed: 1, at: day(1, 9) });
		expect(questionsOf(review)).toEqual([explain.id]);
	});
});
