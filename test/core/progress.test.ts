import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress } from '../../src/core/progress.js';

const answer = { questionId: 'q', chapterId: 'c', correct: true, credit: 1, at: '2026-01-01T00:00:00Z', mode: 'quiz' };
const active = { mode: 'quiz', chapterId: null, seed: 7, questionIds: ['q'], results: { q: { correct: false, credit: 0.5 } } };

describe('parseProgress', () => {
	it('accepts an empty object as fresh progress, and a full record as it is', () => {
		expect(parseProgress({})).toEqual({ ok: true, progress: emptyProgress() });
		const full = {
			version: 1,
			chapters: { c: { pagesRead: ['p'], lastPageId: 'p', bestScore: { correct: 3, total: 4, at: 'x' } } },
			answers: [answer],
			resume: { chapterId: 'c', place: 'quiz' },
			activeQuiz: active,
		};
		expect(parseProgress(full)).toEqual({ ok: true, progress: full });
	});

	it('keeps fields it does not know, at every level', () => {
		const data = { version: 1, chapters: { c: { pagesRead: [], flag: 1 } }, answers: [{ ...answer, hinted: 2 }], reviews: {} };
		const parsed = parseProgress(data);
		expect(parsed.ok && parsed.progress).toEqual(data);
	});

	it.each([
		[[1, 2], 'the file: expected an object'],
		[{ version: 2, chapters: {}, answers: [] }, 'version: expected one of 1'],
		[{ version: 1, answers: [] }, 'chapters: expected an object'],
		[{ version: 1, chapters: { c: { pagesRead: 'p' } }, answers: [] }, 'chapters.c.pagesRead: expected a list'],
		[{ version: 1, chapters: {}, answers: [{ ...answer, correct: 'yes' }] }, 'answers[0].correct: expected true or false'],
		[{ version: 1, chapters: {}, answers: [{ ...answer, credit: 2 }] }, 'answers[0].credit: expected a number from 0 to 1'],
		[{ version: 1, chapters: {}, answers: [{ ...answer, mode: 'exam' }] }, 'answers[0].mode: expected one of "quiz", "review"'],
		[{ version: 1, chapters: { c: { pagesRead: [], bestScore: { correct: 1, total: 0, at: 'x' } } }, answers: [] }, 'chapters.c.bestScore.total: expected a whole number of at least 1'],
		[{ version: 1, chapters: {}, answers: [], activeQuiz: { ...active, seed: 1.5 } }, 'activeQuiz.seed: expected a whole number'],
		[{ version: 1, chapters: {}, answers: [], resume: { chapterId: 'c', place: 'quiz', pageId: 3 } }, 'resume.pageId: expected a string'],
	])('rejects %j naming the field: %s', (data, why) => {
		expect(parseProgress(data)).toEqual({ ok: false, why });
	});
});
