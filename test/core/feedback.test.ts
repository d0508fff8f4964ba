// What the feedback after an answer says: each fact once, the source address whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedbackLines } from '../../src/core/feedback.js';
import { scoreAnswer } from '../../src/core/scoring.js';
import { emptyProgress, mistakes } from '../../src/core/progress.js';
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

describe('the verdict line says what helped', () => {
	const question = q('ex-shared-kernel');
	const response = { type: 'single' as const, choiceId: 'shared' };
	const verdict = scoreAnswer(question, response);
	const first = (extra: object) => feedbackLines(question, { correct: true, credit: 1, verdict, response, ...extra })[0]?.text;
	it('counts hints revealed, and a second try apart from them', () => {
		expect(first({})).toBe('✔ Correct.');
		expect(first({ hints: 2 })).toBe('✔ Correct (after 2 hints).');
		expect(first({ retried: true })).toBe('✔ Correct (on a second try).');
		expect(first({ hints: 1, retried: true })).toBe('✔ Correct (after a hint, on a second try).');
	});
	it('a right answer on a second try comes back in review, like a hinted one', () => {
		const answer = { questionId: 'ex-shared-kernel', chapterId: 'example-chapter', correct: true, credit: 1, at: '2026-01-01T00:00:00.000Z', mode: 'quiz' as const };
		expect(mistakes(bank, { ...emptyProgress(), answers: [answer] })).toEqual([]);
		expect(mistakes(bank, { ...emptyProgress(), answers: [{ ...answer, retried: true }] })).toEqual(['ex-shared-kernel']);
	});
});

describe('a typed command that is right with harmless extra options', () => {
	const bundled = (() => {
		const chapter = JSON.parse(readFileSync(join(import.meta.dirname, '../../lessons/03-container-is-a-process.json'), 'utf8')) as Record<string, unknown>;
		return bankOf(chapter).questions.get('proc-typed-platform-arm64')!.question;
	})();
	const linesFor = (text: string) => {
		const response = { type: 'typed' as const, text };
		const verdict = scoreAnswer(bundled, response);
		return feedbackLines(bundled, { correct: verdict.correct, credit: verdict.credit, verdict, response }).map((l) => l.text);
	};
	it('says the extras are fine but not what it tests, and shows the answer without them', () => {
		const text = linesFor('docker run --rm -it --platform linux/arm64 alpine uname -m');
		expect(text[0]).toMatch(/^✔ Correct/);
		expect(text).toContain('`--rm`, `-i`, `-t` are fine, but not what this tests: the answer is docker run --platform linux/arm64 alpine uname -m');
	});
	it('says nothing of the kind for the plain answer', () => {
		expect(linesFor('docker run --platform linux/arm64 alpine uname -m').some((line) => line.includes('not what this tests'))).toBe(false);
	});
});
