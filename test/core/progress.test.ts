import { describe, expect, it } from 'vitest';
import { betterScore, discardSession, emptyProgress, migrateProgress, parseProgress, recordAnswer, saveSession } from '../../src/core/progress.js';

const answer = { questionId: 'q', chapterId: 'c', correct: true, credit: 1, at: '2026-01-01T00:00:00Z', mode: 'quiz' as const };
const active = { mode: 'quiz', chapterId: null, seed: 7, questionIds: ['q'], results: { q: { correct: false, credit: 0.5 } } };

describe('parseProgress', () => {
	it('accepts an empty object as fresh progress, and a full record as it is', () => {
		expect(parseProgress({})).toEqual({ ok: true, progress: emptyProgress() });
		const full = {
			version: 1,
			chapters: { c: { pagesRead: ['p'], lastPageId: 'p', bestScore: { correct: 3, total: 4, at: 'x' } } },
			answers: [answer],
			resume: { chapterId: 'c', place: 'quiz' },
			sessions: { review: { ...active, mode: 'review' }, 'quick:all': { ...active, mode: 'quick', at: 'x' } },
			quickScores: { 'quick:all': { correct: 1, total: 10, at: 'x' } },
		};
		expect(parseProgress(full)).toEqual({ ok: true, progress: { ...full, version: 2 } });
		expect(parseProgress({ ...full, version: 2 })).toEqual({ ok: true, progress: { ...full, version: 2 } });
	});

	it('keeps fields it does not know, at every level', () => {
		const data = { version: 2, chapters: { c: { pagesRead: [], flag: 1 } }, answers: [{ ...answer, hinted: 2, seconds: 4.5 }], reviews: {} };
		const parsed = parseProgress(data);
		expect(parsed.ok && parsed.progress).toEqual(data);
	});

	it.each([
		[[1, 2], 'the file: expected an object'],
		[{ version: 0, chapters: {}, answers: [] }, 'version: expected one of 1, 2'],
		[{ version: 2, chapters: {}, answers: [{ ...answer, seconds: -1 }] }, 'answers[0].seconds: expected a number of seconds'],
		[{ version: 1, answers: [] }, 'chapters: expected an object'],
		[{ version: 1, chapters: { c: { pagesRead: 'p' } }, answers: [] }, 'chapters.c.pagesRead: expected a list'],
		[{ version: 1, chapters: {}, answers: [{ ...answer, correct: 'yes' }] }, 'answers[0].correct: expected true or false'],
		[{ version: 1, chapters: {}, answers: [{ ...answer, credit: 2 }] }, 'answers[0].credit: expected a number from 0 to 1'],
		[{ version: 1, chapters: {}, answers: [{ ...answer, mode: 'exam' }] }, 'answers[0].mode: expected one of "quiz", "review", "interview"'],
		[{ version: 1, chapters: { c: { pagesRead: [], bestScore: { correct: 1, total: 0, at: 'x' } } }, answers: [] }, 'chapters.c.bestScore.total: expected a whole number of at least 1'],
		[{ version: 1, chapters: {}, answers: [], activeQuiz: { ...active, seed: 1.5 } }, 'activeQuiz.seed: expected a whole number'],
		[{ version: 1, chapters: {}, answers: [], resume: { chapterId: 'c', place: 'quiz', pageId: 3 } }, 'resume.pageId: expected a string'],
	])('rejects %j naming the field: %s', (data, why) => {
		expect(parseProgress(data)).toEqual({ ok: false, why });
	});

	it('names a file of a later version as newer, whatever else it holds', () => {
		expect(parseProgress({ version: 3, something: 'else' })).toEqual({ ok: false, why: 'it was written by a newer cvm-tutor (progress version 3; this one reads up to 2)', newer: 3 });
	});
});

describe('migrateProgress (a file from before one session per quiz)', () => {
	const base = { version: 1 as const, chapters: {}, answers: [] };
	const v2 = { ...base, version: 2 as const };
	const old = { mode: 'quiz' as const, chapterId: 'c', seed: 7, questionIds: ['q', 'r'], results: { q: { correct: true, credit: 1 } } };

	it('moves an unfinished activeQuiz into sessions under its key, and leaves everything else alone', () => {
		const migrated = migrateProgress({ ...base, resume: { chapterId: 'c', place: 'quiz' }, activeQuiz: old });
		expect(migrated).toEqual({ ...v2, resume: { chapterId: 'c', place: 'quiz' }, sessions: { 'chapter:c': old } });
		expect(migrateProgress({ ...base, activeQuiz: { ...old, mode: 'review', chapterId: null } }).sessions).toEqual({ review: { ...old, mode: 'review', chapterId: null } });
		expect(migrateProgress(base)).toEqual(v2);
		expect(migrateProgress(v2)).toBe(v2);
	});

	it('is what parseProgress returns, so a loaded file is already migrated', () => {
		const parsed = parseProgress({ ...base, activeQuiz: old });
		expect(parsed.ok && parsed.progress).toEqual({ ...v2, sessions: { 'chapter:c': old } });
	});

	it('does not overwrite a session already stored under that key', () => {
		const newer = { ...old, seed: 9, at: 'y' };
		expect(migrateProgress({ ...base, sessions: { 'chapter:c': newer }, activeQuiz: old })).toEqual({ ...v2, sessions: { 'chapter:c': newer } });
	});

	it('an activeQuiz with every question answered (its score lost to the old bug) becomes the chapter score', () => {
		const complete = { ...old, results: { q: { correct: true, credit: 1 }, r: { correct: false, credit: 0 } } };
		const answers = [
			{ ...answer, questionId: 'q', at: '2026-01-01T00:00:01Z' },
			{ ...answer, questionId: 'r', correct: false, credit: 0, at: '2026-01-01T00:00:02Z' },
		];
		const migrated = migrateProgress({ ...base, answers, activeQuiz: complete });
		expect(migrated.sessions).toEqual({});
		expect(migrated.chapters['c']).toEqual({
			pagesRead: [],
			lastScore: { correct: 1, total: 2, at: '2026-01-01T00:00:02Z' },
			bestScore: { correct: 1, total: 2, at: '2026-01-01T00:00:02Z' },
		});
	});
});

describe('sessions', () => {
	const session = (chapterId: string | null, mode: 'quiz' | 'review' | 'quick', answered: string[], ids = ['q', 'r']) => ({
		mode,
		chapterId,
		seed: 1,
		questionIds: ids,
		results: Object.fromEntries(answered.map((id) => [id, { correct: true, credit: 1 }])),
		at: 't',
	});

	it('one per chapter, per review and per quick quiz: saving one keeps the others', () => {
		let progress = emptyProgress();
		for (const s of [session('a', 'quiz', []), session('b', 'quiz', ['q']), session(null, 'review', []), session('a', 'quick', []), session(null, 'quick', [])])
			progress = saveSession(progress, s);
		expect(Object.keys(progress.sessions ?? {})).toEqual(['chapter:a', 'chapter:b', 'review', 'quick:a', 'quick:all']);
		expect(discardSession(progress, 'chapter:b').sessions).not.toHaveProperty('chapter:b');
		expect(Object.keys(discardSession(progress, 'chapter:b').sessions ?? {})).toHaveLength(4);
	});

	it('the last answer finishes the session in the same change: score stored, session gone', () => {
		// Every result is saved with its answer: q's answer is in the file before r's comes.
		const progress = saveSession({ ...emptyProgress(), answers: [{ ...answer, questionId: 'q' }] }, session('c', 'quiz', ['q']));
		const last = recordAnswer(progress, { ...answer, questionId: 'r', at: 'T' }, session('c', 'quiz', ['q', 'r']));
		expect(last.sessions).toEqual({});
		expect(last.chapters['c']?.lastScore).toEqual({ correct: 2, total: 2, at: 'T' });
		expect(last.answers).toHaveLength(2);
		// Not the last: the session is kept, with no score.
		const middle = recordAnswer(emptyProgress(), { ...answer, at: 'T' }, session('c', 'quiz', ['q']));
		expect(Object.keys(middle.sessions ?? {})).toEqual(['chapter:c']);
		expect(middle.chapters['c']).toBeUndefined();
	});

	it("a quick quiz keeps its own last score and leaves the chapter's best alone", () => {
		const progress = recordAnswer(emptyProgress(), { ...answer, at: 'T' }, session('c', 'quick', ['q'], ['q']));
		expect(progress.quickScores).toEqual({ 'quick:c': { correct: 1, total: 1, at: 'T' } });
		expect(progress.chapters['c']).toBeUndefined();
		expect(progress.sessions).toEqual({});
	});

	it('parseProgress checks stored sessions and quick scores', () => {
		expect(parseProgress({ version: 1, chapters: {}, answers: [], sessions: { review: { ...active, mode: 'exam' } } })).toEqual({
			ok: false,
			why: 'sessions.review.mode: expected one of "quiz", "review", "quick", "explain"',
		});
		expect(parseProgress({ version: 1, chapters: {}, answers: [], quickScores: { 'quick:all': { correct: 1, total: 0, at: 'x' } } })).toMatchObject({ ok: false });
	});
});

describe('betterScore', () => {
	it('takes the higher share right, keeps the earlier on a tie, and whichever exists when one is missing', () => {
		const early = { correct: 2, total: 4, at: '2026-01-01T00:00:00.000Z' };
		const same = { correct: 1, total: 2, at: '2026-01-02T00:00:00.000Z' };
		const higher = { correct: 3, total: 4, at: '2026-01-03T00:00:00.000Z' };
		expect(betterScore(early, same)).toBe(early);
		expect(betterScore(early, higher)).toBe(higher);
		expect(betterScore(higher, early)).toBe(higher);
		expect(betterScore(undefined, early)).toBe(early);
		expect(betterScore(early, undefined)).toBe(early);
	});
});
