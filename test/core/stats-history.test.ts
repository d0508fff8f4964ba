import { describe, expect, it } from 'vitest';
import { scoreChart } from '../../src/core/stats/chart.js';
import { dayOf, misconceptionAccuracy, scoreHistory, studyDays } from '../../src/core/stats/history.js';
import { emptyProgress, type AnswerRecord, type Progress } from '../../src/core/progress.js';
import { bundledBank } from '../helpers.js';

const answer = (at: string, extra: Partial<AnswerRecord> = {}): AnswerRecord => ({ questionId: 'x', chapterId: 'c', correct: true, credit: 1, at, mode: 'quiz', ...extra });

describe('scoreChart', () => {
	it('draws known scores on a 0-100 % scale', () => {
		const rows = scoreChart([50, 100, 0], { width: 40, height: 5 });
		expect(rows).toMatchInlineSnapshot(`
			[
			  "100% ┤   ╭───╮",
			  " 75% ┤   │   │",
			  " 50% ┤───╯   │",
			  " 25% ┤       │",
			  "  0% ┤       ╰───",
			]
		`);
	});
});

describe('scoreChart sizes', () => {
	it('keeps the last scores that fit, one column each, and never draws wider than asked', () => {
		const many = Array.from({ length: 200 }, (_, i) => (i * 37) % 101);
		const rows = scoreChart(many, { width: 50, height: 8 });
		expect(rows).toHaveLength(8);
		for (const row of rows) expect([...row].length).toBeLessThanOrEqual(50);
		expect(scoreChart([], { width: 50, height: 8 })).toEqual([]);
		// One score is a short flat line, not a dot lost on the axis.
		expect(scoreChart([100], { width: 50, height: 3 })[0]).toMatch(/100% ┤─{2,}/);
	});
});

describe('studyDays', () => {
	const now = '2026-11-30T10:00:00.000Z';
	it('counts answers per day in the window and the streak ending today', () => {
		const answers = ['2026-11-30T09:00:00Z', '2026-11-29T23:30:00Z', '2026-11-29T08:00:00Z', '2026-11-28T08:00:00Z', '2026-11-25T08:00:00Z'].map((at) => answer(at));
		const days = studyDays(answers, now, 0, 7);
		expect(days.days.map((d) => d.answers)).toEqual([0, 1, 0, 0, 1, 2, 1]);
		expect(days.days[6]?.day).toBe('2026-11-30');
		expect(days.streak).toBe(3);
		expect(days.longest).toBe(3);
		expect(days.total).toBe(4);
	});
	it('a streak is still alive until today ends, and the time zone decides the day', () => {
		const answers = [answer('2026-11-29T12:00:00Z'), answer('2026-11-28T12:00:00Z')];
		expect(studyDays(answers, now, 0).streak).toBe(2);
		expect(studyDays(answers, '2026-12-01T10:00:00Z', 0).streak).toBe(0);
		// 23:30 UTC is already the next day eight hours east of UTC (offset -480).
		expect(dayOf('2026-11-29T23:30:00Z', -480)).toBe('2026-11-30');
		expect(dayOf('2026-11-29T23:30:00Z', 300)).toBe('2026-11-29');
	});
});

describe('scoreHistory', () => {
	it('puts chapter, quick and mock scores in time order, and uses last scores of files without score facts', async () => {
		const bank = await bundledBank();
		const [first, second] = bank.chapters;
		const progress: Progress = {
			...emptyProgress(),
			chapters: {
				[first!.id]: { pagesRead: [], lastScore: { correct: 3, total: 4, at: '2026-11-01T00:00:00Z' } },
				[second!.id]: { pagesRead: [], lastScore: { correct: 1, total: 2, at: '2026-11-05T00:00:00Z' } },
			},
			scores: [{ session: `chapter:${second!.id}`, correct: 1, total: 4, at: '2026-11-02T00:00:00Z' }, { session: `chapter:${second!.id}`, correct: 1, total: 2, at: '2026-11-05T00:00:00Z' }],
			quickScores: { 'quick:all': { correct: 7, total: 10, at: '2026-11-03T00:00:00Z' } },
			interviews: [{ id: 'mock-1', at: '2026-11-04T00:00:00Z', seed: 1, minutes: 10, questions: [{ id: 'a', chapterId: 'c', credit: 1, seconds: 30, limitSeconds: 60 }, { id: 'b', chapterId: 'c', credit: 0.5, seconds: 90, limitSeconds: 60 }] }],
		};
		expect(scoreHistory(bank, progress).map((p) => [p.kind, p.label, Math.round(p.percent)])).toEqual([
			['quiz', String(first!.order), 75],
			['quiz', String(second!.order), 25],
			['quick', 'all', 70],
			['mock', 'mock', 75],
			['quiz', String(second!.order), 50],
		]);
	});
});

describe('misconceptionAccuracy', () => {
	it('counts, per tag, the answers that could show it and those that did, worst first', async () => {
		const bank = await bundledBank();
		// A single-choice question with two tagged wrong choices, and a true/false question with one tag.
		const single = [...bank.questions.values()].map((e) => e.question).find((q) => q.type === 'single' && new Set(q.choices.flatMap((c) => (c.misconception ? [c.misconception] : []))).size >= 2);
		if (single?.type !== 'single') throw new Error('the bank has no such question');
		const [a, b] = [...new Set(single.choices.flatMap((c) => (c.misconception ? [c.misconception] : [])))] as [string, string];
		const singleTags = new Set(single.choices.map((c) => c.misconception));
		const tf = [...bank.questions.values()].map((e) => e.question).find((q) => q.type === 'true-false' && q.misconception && !singleTags.has(q.misconception));
		if (tf?.type !== 'true-false') throw new Error('the bank has no such question');
		const answers = [
			answer('2026-11-01T00:00:00Z', { questionId: single.id, correct: false, credit: 0, misconceptions: [a] }),
			answer('2026-11-02T00:00:00Z', { questionId: single.id, correct: true }),
			// Saved before answers named their misconceptions: a wrong answer to a two-tag question is left out.
			answer('2026-11-03T00:00:00Z', { questionId: single.id, correct: false, credit: 0 }),
			answer('2026-11-04T00:00:00Z', { questionId: tf.id, correct: false, credit: 0 }),
		];
		const stats = misconceptionAccuracy(bank, answers);
		const byTag = Object.fromEntries(stats.map((s) => [s.tag, [s.answered, s.fell]]));
		expect(byTag[a]).toEqual([2, 1]);
		expect(byTag[b]).toEqual([2, 0]);
		expect(byTag[tf.misconception!]).toEqual([1, 1]);
		expect(stats[0]?.tag).toBe(tf.misconception);
		expect(stats.at(-1)?.tag).toBe(b);
	});
});
