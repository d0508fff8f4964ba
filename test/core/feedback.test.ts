// What the feedback after an answer says: each fact once, the source address whole.
import { describe, expect, it } from 'vitest';
import { feedbackLines } from '../../src/core/feedback.js';
import { scoreAnswer } from '../../src/core/scoring.js';
import { bankOf, fixtureChapter } from '../helpers.js';

const bank = bankOf(fixtureChapter());
const q = (id: string) => bank.questions.get(id)!.question;

describe('multiple-choice feedback', () => {
	it('names every missed choice once, on one line', () => {
		const question = q('ex-select-all');
		const response = { type: 'multiple' as const, choiceIds: ['b'] };
		const verdict = scoreAnswer(question, response);
		const text = feedbackLines(question, { correct: false, credit: 0, verdict, response }).map((l) => l.text);
		expect(text.filter((line) => line.startsWith('You missed'))).toEqual(['You missed: Right one; Right two']);
		expect(text).toContain('The answers: Right one; Right two');
	});
});
