import { describe, expect, it } from 'vitest';
import { misconceptionsOf, ResponseMismatchError, scoreAnswer } from '../../src/core/scoring.js';
import { bankOf, fixtureChapter } from '../helpers.js';

const bank = bankOf(fixtureChapter());
const q = (id: string) => bank.questions.get(id)!.question;

describe('scoreAnswer', () => {
	it('single choice: right only for the answer id', () => {
		expect(scoreAnswer(q('ex-shared-kernel'), { type: 'single', choiceId: 'shared' })).toEqual({ correct: true, credit: 1, wrongPicks: [], missed: [] });
		const wrong = scoreAnswer(q('ex-shared-kernel'), { type: 'single', choiceId: 'own-kernel' });
		expect(wrong).toEqual({ correct: false, credit: 0, wrongPicks: ['own-kernel'], missed: [] });
		expect(misconceptionsOf(q('ex-shared-kernel'), wrong)).toEqual(['container-has-own-kernel']);
	});

	it('multiple choice: exact set is correct; otherwise partial credit, never below zero', () => {
		const question = q('ex-select-all');
		expect(scoreAnswer(question, { type: 'multiple', choiceIds: ['c', 'a'] }).correct).toBe(true);
		expect(scoreAnswer(question, { type: 'multiple', choiceIds: ['a'] })).toEqual({ correct: false, credit: 0.5, wrongPicks: [], missed: ['c'] });
		expect(scoreAnswer(question, { type: 'multiple', choiceIds: ['a', 'b'] })).toEqual({ correct: false, credit: 0, wrongPicks: ['b'], missed: ['c'] });
		expect(scoreAnswer(question, { type: 'multiple', choiceIds: ['b'] }).credit).toBe(0);
	});

	it('true/false: compares the side', () => {
		const question = q('ex-true-false');
		expect(scoreAnswer(question, { type: 'true-false', value: false }).correct).toBe(true);
		const wrong = scoreAnswer(question, { type: 'true-false', value: true });
		expect(wrong.wrongPicks).toEqual(['true']);
		expect(misconceptionsOf(question, wrong)).toEqual(['some-tag']);
	});

	it('refuses a response of another type', () => {
		expect(() => scoreAnswer(q('ex-true-false'), { type: 'single', choiceId: 'a' })).toThrow(ResponseMismatchError);
	});
});
