import { describe, expect, it } from 'vitest';
import { closedQuestions, createQuiz, explainQuestions, pickQuickQuestions, quizReducer, quizScore, restoreQuiz, snapshotQuiz, withFollowUps } from '../../src/core/quiz.js';
import { createRng, shuffle } from '../../src/core/rng.js';
import { bankOf, fixtureChapter, practiceChapter, rightResponse } from '../helpers.js';

const bank = bankOf(fixtureChapter());
const questions = bank.chapters[0]!.questions;

describe('seeded quizzes', () => {
	it('the same seed gives the same order; another seed may not', () => {
		const order = (seed: number) => createQuiz({ mode: 'quiz', chapterId: 'example-chapter', questions, seed }).items.map((i) => [i.question.id, ...i.choiceOrder].join());
		expect(order(42)).toEqual(order(42));
		const orders = new Set(Array.from({ length: 20 }, (_, seed) => order(seed).join('|')));
		expect(orders.size).toBeGreaterThan(1);
	});

	it('shuffle keeps every element', () => {
		expect(shuffle([1, 2, 3, 4, 5], createRng(7)).sort()).toEqual([1, 2, 3, 4, 5]);
	});

	it('walks answering → feedback → next, and finishes with the score', () => {
		let s = createQuiz({ mode: 'quiz', chapterId: 'example-chapter', questions, seed: 1, shuffleQuestions: false });
		s = quizReducer(s, { type: 'submit', response: { type: 'single', choiceId: 'shared' } });
		expect(s.phase).toBe('feedback');
		expect(quizReducer(s, { type: 'submit', response: { type: 'single', choiceId: 'shared' } })).toBe(s);
		s = quizReducer(s, { type: 'next' });
		s = quizReducer(s, { type: 'toggle', choiceId: 'a' });
		s = quizReducer(s, { type: 'toggle', choiceId: 'b' });
		s = quizReducer(s, { type: 'toggle', choiceId: 'b' });
		expect(s.picked).toEqual(['a']);
		s = quizReducer(s, { type: 'submit', response: { type: 'multiple', choiceIds: s.picked } });
		s = quizReducer(s, { type: 'next' });
		s = quizReducer(s, { type: 'submit', response: { type: 'true-false', value: false } });
		s = quizReducer(s, { type: 'next' });
		expect(s.phase).toBe('finished');
		expect(quizScore(s)).toEqual({ correct: 2, total: 3 });
	});

	it('a snapshot restores the same quiz at the next unanswered question, ignoring removed questions', () => {
		let s = createQuiz({ mode: 'quiz', chapterId: 'example-chapter', questions, seed: 9 });
		const first = s.items[0]!.question;
		const response = first.type === 'true-false' ? { type: 'true-false' as const, value: true } : rightResponse(first);
		s = quizReducer(s, { type: 'submit', response });
		const snapshot = snapshotQuiz(s);
		const restored = restoreQuiz(bank, { ...snapshot, questionIds: [...snapshot.questionIds, 'deleted-question'] })!;
		expect(restored.items.map((i) => i.question.id)).toEqual(s.items.map((i) => i.question.id));
		expect(restored.items.map((i) => i.choiceOrder)).toEqual(s.items.map((i) => i.choiceOrder));
		expect(restored.index).toBe(1);
		expect(restored.phase).toBe('answering');
	});
});

describe('pickQuickQuestions', () => {
	// 30 questions: q0..q29. Missed: q3, q7 (wrong), q11 (right after a hint), q12 (right on a second try); right:
	// q0..q2; the rest unseen.
	const pool = Array.from({ length: 30 }, (_, i) => ({ ...questions[0]!, id: `q${i}` }));
	const latest = new Map<string, { correct: boolean; hints?: number; retried?: boolean }>([
		['q0', { correct: true }],
		['q1', { correct: true }],
		['q2', { correct: true }],
		['q3', { correct: false }],
		['q7', { correct: false }],
		['q11', { correct: true, hints: 1 }],
		['q12', { correct: true, retried: true }],
	]);
	const ids = (seed: number, count?: number) => pickQuickQuestions(pool, latest, seed, count).map((q) => q.id);

	it('takes ten: the missed, hinted and retried first (as review has them), then unseen ones, never one answered right while unseen ones remain', () => {
		const picked = ids(1);
		expect(picked).toHaveLength(10);
		expect(new Set(picked.slice(0, 4))).toEqual(new Set(['q3', 'q7', 'q11', 'q12']));
		expect(picked.slice(4).every((id) => !latest.has(id))).toBe(true);
	});

	it('is the same for the same seed, and random within a tier across seeds', () => {
		expect(ids(42)).toEqual(ids(42));
		expect(new Set(Array.from({ length: 10 }, (_, seed) => ids(seed).join())).size).toBeGreaterThan(1);
	});

	it('falls back to questions answered right once nothing missed or unseen is left, and never repeats one', () => {
		const seen = new Map(pool.map((q, i) => [q.id, { correct: i !== 5 }]));
		const picked = pickQuickQuestions(pool, seen, 3).map((q) => q.id);
		expect(picked[0]).toBe('q5');
		expect(new Set(picked).size).toBe(10);
		expect(pickQuickQuestions(pool.slice(0, 4), seen, 3)).toHaveLength(4);
	});
});

describe('explain questions and their follow-ups', () => {
	const practice = bankOf(practiceChapter());
	const all = practice.chapters[0]!.questions;
	const lookup = (id: string) => practice.questions.get(id)?.question;
	const explain = explainQuestions(all);

	it('a chapter quiz asks closed questions only; explain practice asks the explain ones', () => {
		expect(closedQuestions(all).map((q) => q.type)).toEqual(['ordering', 'matching', 'typed']);
		expect(explain.map((q) => q.id)).toEqual(['pr-explain-isolation', 'pr-explain-mac']);
	});

	it('puts follow-ups right after their question, each once, for every seed; the follow-up says whose it is', () => {
		for (let seed = 0; seed < 10; seed++) {
			const session = createQuiz({ mode: 'explain', chapterId: 'practice-chapter', questions: explain, seed, followUps: lookup });
			expect(session.items.map((item) => item.question.id)).toEqual(['pr-explain-isolation', 'pr-explain-mac', 'pr-order']);
			expect(session.items.map((item) => item.followUpOf)).toEqual([undefined, 'pr-explain-isolation', 'pr-explain-isolation']);
		}
	});

	it('moves a follow-up that is also in the session to after its question (not asked twice)', () => {
		const questions = [lookup('pr-order')!, lookup('pr-typed')!, lookup('pr-explain-isolation')!];
		const ids = withFollowUps(questions, lookup).map((q) => q.id);
		expect(ids).toEqual(['pr-typed', 'pr-explain-isolation', 'pr-explain-mac', 'pr-order']);
		expect(withFollowUps(questions, () => undefined).map((q) => q.id)).toEqual(['pr-typed', 'pr-explain-isolation', 'pr-order']);
	});

	it('restores exactly from a snapshot: same order, same follow-up marks, at the next unanswered question', () => {
		let session = createQuiz({ mode: 'explain', chapterId: 'practice-chapter', questions: explain, seed: 3, followUps: lookup });
		session = quizReducer(session, { type: 'submit', response: { type: 'explain', text: 'namespaces', ticked: ['namespaces'] } });
		const restored = restoreQuiz(practice, snapshotQuiz(session))!;
		expect(restored.mode).toBe('explain');
		expect(restored.items).toEqual(session.items);
		expect(restored.index).toBe(1);
		expect(snapshotQuiz(restored)).toEqual(snapshotQuiz(session));
	});
});
