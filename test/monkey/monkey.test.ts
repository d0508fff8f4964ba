// The monkey in CI: a few thousand seeded random keys, with resizes, on the built app in a real pty.
import { describe, expect, it } from 'vitest';
import { runMonkey } from './monkey.js';

describe('the monkey', () => {
	it('survives seeded random keys and resizes: no crash, no stack trace, a valid progress file, bounded memory', { timeout: 60_000 }, async () => {
		const report = await runMonkey({ keys: Number(process.env.MONKEY_KEYS ?? 4000), seed: Number(process.env.MONKEY_SEED ?? 8) });
		expect(report.problems).toEqual([]);
		expect(report.keys).toBeGreaterThanOrEqual(4000);
		expect(report.resizes).toBeGreaterThan(10);
		// The keys got around: chapters, lessons, quizzes and more (which others varies: quiz order is not seeded).
		expect(report.screens).toEqual(expect.arrayContaining(['chapter', 'lesson', 'quiz']));
		expect(report.screens.length).toBeGreaterThanOrEqual(4);
	});
});
