import { describe, expect, it } from 'vitest';
import { compactAnswers, mergeProgress } from '../../src/core/progress-merge.js';
import { type AnswerRecord, emptyProgress, finishSession, markPageRead, type Progress, recordAnswer, recordWalk, saveSession } from '../../src/core/progress.js';

const answer = (questionId: string, at: string, correct = true): AnswerRecord => ({ questionId, chapterId: 'c', correct, credit: correct ? 1 : 0, at, mode: 'quiz' });
const withAnswers = (progress: Progress, ...answers: AnswerRecord[]): Progress => ({ ...progress, answers: [...progress.answers, ...answers] });
const score = (correct: number, total: number) => ({ correct, total, at: '2026-01-01T00:00:00.000Z' });

describe('mergeProgress', () => {
	it('keeps both windows\' answers: disk ∪ (mine − base), in time order', () => {
		const base = withAnswers(emptyProgress(), answer('q1', 't1'));
		const disk = withAnswers(base, answer('q2', 't3')); // the other window answered
		const mine = withAnswers(base, answer('q3', 't2'));
		const merged = mergeProgress(base, mine, disk);
		expect(merged.answers.map((a) => a.questionId)).toEqual(['q1', 'q3', 'q2']);
	});

	it('returns mine itself when the file did not change since base', () => {
		const base = emptyProgress();
		const mine = withAnswers(base, answer('q1', 't1'));
		expect(mergeProgress(base, mine, base)).toBe(mine);
	});

	it('does not bring back what was reset on disk: only this window\'s changes since base are applied', () => {
		let base = markPageRead(emptyProgress(), 'c', 'p1');
		base = withAnswers(base, answer('q1', 't1'), answer('q2', 't2'));
		base = { ...base, chapters: { c: { ...base.chapters.c!, bestScore: score(3, 3), lastScore: score(3, 3) } } };
		base = recordWalk(base, 'c/w', score(2, 2));
		const mine = withAnswers(markPageRead(base, 'c', 'p2'), answer('q3', 't3'));
		const merged = mergeProgress(base, mine, emptyProgress());
		expect(merged.answers.map((a) => a.questionId)).toEqual(['q3']);
		expect(merged.chapters.c?.pagesRead).toEqual(['p2']);
		expect(merged.chapters.c?.bestScore).toBeUndefined();
		expect(merged.chapters.c?.lastPageId).toBe('p2');
		expect(merged.walks).toBeUndefined();
	});

	it('after a reset, this window\'s unfinished quiz keeps only results whose answers survive, and then stays clean', () => {
		const quiz = (results: Record<string, { correct: boolean; credit: number }>) => ({ mode: 'quiz' as const, chapterId: 'c', seed: 1, questionIds: ['q1', 'q2', 'q3'], results });
		const base = recordAnswer(emptyProgress(), answer('q1', 't1'), quiz({ q1: { correct: true, credit: 1 } }));
		// Another window resets; this one answers q2 in the same quiz, its screen still holding q1's result.
		const mine = recordAnswer(base, answer('q2', 't2'), quiz({ q1: { correct: true, credit: 1 }, q2: { correct: true, credit: 1 } }));
		const merged = mergeProgress(base, mine, emptyProgress());
		expect(merged.answers.map((a) => a.questionId)).toEqual(['q2']);
		expect(Object.keys(merged.sessions?.['chapter:c']?.results ?? {})).toEqual(['q2']);
		// The next answer, saved from the adopted progress with the same stale screen: q1 does not come back,
		// and the quiz is not finished on the strength of an erased answer.
		const next = recordAnswer(merged, answer('q3', 't3'), quiz({ q1: { correct: true, credit: 1 }, q2: { correct: true, credit: 1 }, q3: { correct: true, credit: 1 } }));
		expect(Object.keys(next.sessions?.['chapter:c']?.results ?? {})).toEqual(['q2', 'q3']);
		expect(next.chapters.c?.lastScore).toBeUndefined();
	});

	it('pages read are a union; best scores the best; last score and resume follow the window that changed them', () => {
		const base = markPageRead(emptyProgress(), 'c', 'p1');
		const withBest = (p: Progress, best: number) => ({ ...p, chapters: { ...p.chapters, c: { ...p.chapters.c!, bestScore: score(best, 4), lastScore: score(best, 4) } } });
		const disk = withBest(markPageRead(base, 'c', 'p2'), 4);
		const mine = withBest(markPageRead(base, 'c', 'p3'), 2);
		const merged = mergeProgress(base, mine, disk);
		expect(merged.chapters.c?.pagesRead).toEqual(['p1', 'p2', 'p3']);
		expect(merged.chapters.c?.bestScore?.correct).toBe(4);
		expect(merged.chapters.c?.lastScore?.correct).toBe(2);
		expect(merged.resume).toEqual({ chapterId: 'c', place: 'lesson', pageId: 'p3' });
		// Another window's resume stands when this one did not move.
		expect(mergeProgress(base, base, disk).resume).toEqual(disk.resume);
	});

	it('record fields merge per key; a key this window removed is removed, other windows\' keys stay', () => {
		const quiz = (chapterId: string) => ({ mode: 'quiz' as const, chapterId, seed: 1, questionIds: ['q'], results: {} });
		const base = { ...emptyProgress(), sessions: { 'chapter:a': quiz('a'), 'chapter:b': quiz('b') } } as Progress;
		const disk = { ...base, sessions: { ...(base.sessions as object), review: quiz('r') } } as Progress;
		const mine = { ...withAnswers(base, answer('q', 't1')), sessions: { 'chapter:b': { ...quiz('b'), results: { q: { correct: true, credit: 1 } } } } } as Progress;
		const merged = mergeProgress(base, mine, disk);
		expect(Object.keys(merged.sessions as object).sort()).toEqual(['chapter:b', 'review']);
		expect((merged.sessions as Record<string, { results: object }>)['chapter:b']?.results).toEqual({ q: { correct: true, credit: 1 } });
	});

	it('a walk routed in both windows keeps the better best and this window\'s last', () => {
		const base = emptyProgress();
		const disk = recordWalk(base, 'c/w', score(3, 3));
		const mine = recordWalk(base, 'c/w', score(1, 3));
		const merged = mergeProgress(base, mine, disk);
		expect(merged.walks?.['c/w']).toEqual({ best: score(3, 3), last: score(1, 3) });
	});

	it('unknown top-level fields: mine if changed, else disk; an unfinished quiz this window finished goes, the other window\'s stays', () => {
		const active = { mode: 'quiz' as const, chapterId: 'c', seed: 1, questionIds: ['q'], results: {} };
		const other = { mode: 'quiz' as const, chapterId: 'd', seed: 2, questionIds: ['r'], results: {} };
		const base = { ...saveSession(emptyProgress(), active), future: 1 };
		const disk = { ...saveSession(base, other), future: 2 };
		const mine = finishSession(base, 'chapter:c', score(1, 1));
		const merged = mergeProgress(base, mine, disk);
		expect(merged.sessions?.['chapter:c']).toBeUndefined();
		expect(merged.sessions?.['chapter:d']).toEqual(other);
		expect(merged.future).toBe(2);
		expect(merged.chapters.c?.lastScore).toEqual(score(1, 1));
	});

	it('quick-quiz scores merge per quick quiz', () => {
		const base = emptyProgress();
		const disk = { ...base, quickScores: { 'quick:all': score(5, 10) } };
		const mine = { ...base, quickScores: { 'quick:c': score(7, 10) } };
		expect(mergeProgress(base, mine, disk).quickScores).toEqual({ 'quick:all': score(5, 10), 'quick:c': score(7, 10) });
	});
});

describe('compactAnswers', () => {
	it('keeps the newest N answers of each question, in order', () => {
		const answers = [answer('a', 't1'), answer('b', 't2'), answer('a', 't3'), answer('a', 't4'), answer('b', 't5')];
		expect(compactAnswers(answers, 2).map((a) => a.at)).toEqual(['t2', 't3', 't4', 't5']);
		expect(compactAnswers(answers, 1).map((a) => a.at)).toEqual(['t4', 't5']);
	});
});
