// Scoring, feedback and the quiz flow for the hands-on types: ordering, matching, typed, and hints.
import { describe, expect, it } from 'vitest';
import { feedbackLines } from '../../src/core/feedback.js';
import { createQuiz, quizReducer } from '../../src/core/quiz.js';
import { misconceptionsOf, scoreAnswer } from '../../src/core/scoring.js';
import { bankOf, practiceChapter } from '../helpers.js';

const bank = bankOf(practiceChapter());
const q = (id: string) => bank.questions.get(id)!.question;

describe('ordering', () => {
	const question = q('pr-order');
	it('is right only in the exact order; otherwise credit is the share of neighbouring pairs kept', () => {
		expect(scoreAnswer(question, { type: 'ordering', order: ['eth0', 'veth', 'bridge', 'masq'] })).toEqual({ correct: true, credit: 1, wrongPicks: [], missed: [] });
		// eth0>veth kept, veth>bridge broken, bridge>masq broken: 1 of 3 pairs.
		const swapped = scoreAnswer(question, { type: 'ordering', order: ['eth0', 'veth', 'masq', 'bridge'] });
		expect(swapped.correct).toBe(false);
		expect(swapped.credit).toBeCloseTo(1 / 3);
		expect(swapped.wrongPicks).toEqual(['trap:0']);
		expect(misconceptionsOf(question, swapped)).toEqual(['snat-before-routing']);
		expect(scoreAnswer(question, { type: 'ordering', order: ['masq', 'bridge', 'veth', 'eth0'] }).credit).toBe(0);
	});
	it('feedback marks each position and shows the right order and the trap', () => {
		const response = { type: 'ordering' as const, order: ['eth0', 'veth', 'masq', 'bridge'] };
		const text = feedbackLines(question, { correct: false, credit: 1 / 3, verdict: scoreAnswer(question, response), response }).map((l) => l.text);
		expect(text).toContain('◐ Partly right: 33% credit (1 of 3 neighbouring pairs in the right order).');
		expect(text).toContain('Source NAT happens last, on the way out.');
		expect(text).toContain('✘ 3. POSTROUTING MASQUERADE');
		expect(text).toContain('  4. POSTROUTING MASQUERADE');
	});
	it('feedback marks agree with the credit: ✔ for an item that follows the one above it as in the right order', () => {
		const marks = (order: string[]) => {
			const response = { type: 'ordering' as const, order };
			const verdict = scoreAnswer(question, response);
			const lines = feedbackLines(question, { correct: false, credit: verdict.credit, verdict, response }).map((l) => l.text);
			return { credit: verdict.credit, marks: lines.filter((l) => /^[·✔✘] \d\./.test(l)).map((l) => l[0]).join('') };
		};
		// Every item one place off, but two of three pairs kept: 2/3 credit, two ✔ (by position it was all ✘).
		expect(marks(['veth', 'bridge', 'masq', 'eth0'])).toEqual({ credit: 2 / 3, marks: '·✔✔✘' });
		expect(marks(['masq', 'bridge', 'veth', 'eth0'])).toEqual({ credit: 0, marks: '·✘✘✘' });
		expect(marks(['bridge', 'masq', 'eth0', 'veth'])).toEqual({ credit: 2 / 3, marks: '·✔✘✔' });
		expect(marks(['eth0', 'veth', 'masq', 'bridge'])).toEqual({ credit: 1 / 3, marks: '·✔✘✘' });
	});
	it('never starts in the right order', () => {
		for (let seed = 0; seed < 200; seed++) {
			const session = createQuiz({ mode: 'quiz', chapterId: null, questions: [question], seed });
			expect(session.items[0]!.choiceOrder).not.toEqual(['eth0', 'veth', 'bridge', 'masq']);
		}
	});
});

describe('matching', () => {
	const question = q('pr-match');
	it('credits each right pair and reports the trap of a wrong one', () => {
		expect(scoreAnswer(question, { type: 'matching', pairs: { uts: 'hostname', net: 'stack', pid: 'ids' } }).correct).toBe(true);
		const verdict = scoreAnswer(question, { type: 'matching', pairs: { uts: 'hostname', net: 'stack', pid: 'memory' } });
		expect(verdict).toMatchObject({ correct: false, wrongPicks: ['pair:pid', 'trap:0'] });
		expect(verdict.credit).toBeCloseTo(2 / 3);
		expect(misconceptionsOf(question, verdict)).toEqual(['namespaces-limit-resources']);
		expect(scoreAnswer(question, { type: 'matching', pairs: {} }).credit).toBe(0);
	});
});

describe('typed', () => {
	const question = q('pr-typed');
	it('accepts equivalent spellings, names a listed near miss, describes an unlisted one', () => {
		expect(scoreAnswer(question, { type: 'typed', text: 'docker run --publish 8080:80 --detach nginx' }).correct).toBe(true);
		const listed = scoreAnswer(question, { type: 'typed', text: 'docker run -p 80:8080 -d nginx' });
		expect(listed.wrongPicks).toEqual(['near:0']);
		expect(misconceptionsOf(question, listed)).toEqual(['publish-order-reversed']);
		expect(listed.difference).toBe('Close: `-p`/`--publish` is right, but not its value `80:8080`.');
		const other = scoreAnswer(question, { type: 'typed', text: 'docker run -p 8080:80 nginx' });
		expect(other).toMatchObject({ correct: false, wrongPicks: [], difference: 'Close: it also needs `-d`/`--detach`.' });
		expect(scoreAnswer(question, { type: 'typed', text: 'kubectl run nginx' }).difference).toBeUndefined();
	});
});

describe('the quiz flow with hints and a second try', () => {
	const start = (id: string) => createQuiz({ mode: 'quiz', chapterId: 'practice-chapter', questions: [q(id)], seed: 1 });
	it('reveals hints one at a time, no further than there are, and records them with the answer', () => {
		let s = start('pr-order');
		s = quizReducer(s, { type: 'hint' });
		s = quizReducer(s, { type: 'hint' });
		expect(quizReducer(s, { type: 'hint' })).toBe(s);
		expect(s.hintsShown).toBe(2);
		s = quizReducer(s, { type: 'submit', response: { type: 'ordering', order: ['eth0', 'veth', 'bridge', 'masq'] } });
		expect(s.results['pr-order']).toMatchObject({ correct: true, hints: 2 });
	});
	it('a close typed answer gets one more try with what differs, recorded as a second try, not as a hint', () => {
		let s = start('pr-typed');
		s = quizReducer(s, { type: 'submit', response: { type: 'typed', text: 'docker run -p 8080:80 nginx' } });
		expect(s.phase).toBe('answering');
		expect(s.retry).toEqual({ text: 'docker run -p 8080:80 nginx', difference: 'Close: it also needs `-d`/`--detach`.' });
		s = quizReducer(s, { type: 'submit', response: { type: 'typed', text: 'docker run -d -p 8080:80 nginx' } });
		expect(s.phase).toBe('feedback');
		expect(s.retry).toBeUndefined();
		expect(s.results['pr-typed']).toMatchObject({ correct: true, retried: true });
		expect(s.results['pr-typed']?.hints).toBeUndefined();
		expect(feedbackLines(q('pr-typed'), s.results['pr-typed']!)[0]?.text).toBe('✔ Correct (on a second try).');
	});
	it('a second near miss is final, and a far-off answer is final at once', () => {
		let s = start('pr-typed');
		s = quizReducer(s, { type: 'submit', response: { type: 'typed', text: 'docker run -p 8080:80 nginx' } });
		s = quizReducer(s, { type: 'submit', response: { type: 'typed', text: 'docker run -p 8080:80 nginx' } });
		expect(s.results['pr-typed']).toMatchObject({ correct: false, retried: true });
		let t = start('pr-typed');
		t = quizReducer(t, { type: 'submit', response: { type: 'typed', text: 'no idea' } });
		expect(t.phase).toBe('feedback');
		expect(t.results['pr-typed']?.hints).toBeUndefined();
		expect(t.results['pr-typed']?.retried).toBeUndefined();
	});
});
