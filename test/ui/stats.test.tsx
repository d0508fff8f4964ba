// The stats screen's four views, each at 80x24 and 40x12, on known progress.
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { bundledBank, cleanupInk, KEYS, press, renderInk, resize, tempDir } from '../helpers.js';

afterEach(cleanupInk);

const bank = bundledBank();
const NOW = '2026-11-30T12:00:00.000Z';

/** Four weeks of a learner: answers on some days, quizzes finished with rising scores, one misconception shown. */
function learner(): Progress {
	const chapter = bank.chapters[0]!;
	const tagged = chapter.questions.find((q) => q.type === 'true-false' && q.misconception);
	if (tagged?.type !== 'true-false') throw new Error('no tagged true/false question in chapter 1');
	const days = ['2026-11-03', '2026-11-10', '2026-11-20', '2026-11-28', '2026-11-29', '2026-11-30'];
	return {
		...emptyProgress(),
		answers: days.map((day, i) => ({ questionId: tagged.id, chapterId: chapter.id, correct: i % 2 === 1, credit: i % 2, at: `${day}T10:00:00.000Z`, mode: 'quiz' as const })),
		scores: [
			{ session: `chapter:${chapter.id}`, correct: 10, total: 20, at: '2026-11-10T10:00:00.000Z' },
			{ session: `chapter:${chapter.id}`, correct: 15, total: 20, at: '2026-11-20T10:00:00.000Z' },
			{ session: 'quick:all', correct: 9, total: 10, at: '2026-11-29T10:00:00.000Z' },
		],
	};
}

async function statsAt(progress: Progress, columns: number, rows: number) {
	const { store } = openProgressStore({ cwd: tempDir() });
	const state = { ...initialState(bank, progress), screen: { name: 'stats' as const, at: NOW } };
	const app = await renderInk(<App initial={state} store={store} onExit={() => {}} />);
	return { app, frame: await resize(app, columns, rows) };
}

const fits = (frame: string, columns: number, rows: number) => {
	const lines = frame.split('\n');
	expect(lines.length).toBeLessThan(rows);
	for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(columns);
};

describe('stats views', () => {
	it('shows the chart of scores, the misconceptions worst first, and the study days with the streak, each fitting 80x24', async () => {
		const { app, frame } = await statsAt(learner(), 80, 24);
		fits(frame, 80, 24);
		expect(frame).toContain('[1 Chapters]');
		let view = await press(app, KEYS.right);
		fits(view, 80, 24);
		expect(view).toContain('[2 Scores]');
		expect(view).toMatch(/100% ┤/);
		expect(view).toMatch(/ {2}0% ┤/);
		expect(view).toContain('oldest Nov 10 → newest Nov 29, 3 scores');
		expect(view.replace(/\s+/g, ' ')).toContain('Latest: quick quiz of all chapters 90% (Nov 29); chapter 1 quiz 75% (Nov 20); chapter 1 quiz 50% (Nov 10).');
		view = await press(app, KEYS.right);
		fits(view, 80, 24);
		expect(view).toContain('[3 Misconceptions]');
		// Three of six answers were wrong on a question with one misconception tag: 50 % right.
		expect(view).toMatch(/ 50%  3 of 6 /);
		view = await press(app, '4');
		fits(view, 80, 24);
		expect(view).toContain('[4 Study days]');
		// Nov 3 to Nov 30: studied on Nov 3, 10, 20, 28, 29, 30.
		expect(view).toContain('  █······ █······ ···█··· ····███');
		expect(view).toContain('Streak: 3 days in a row (longest 3); 6 study days in all.');
		expect(view).toContain('Nov 3');
		expect(view).toContain('Nov 30');
		// The learner's last answer (today) was right: nothing is due today, and the one card comes due on one of the
		// next six days (which one is the scheduler's to say; review.test.ts pins it).
		expect(view).toContain('Review: cards due, next 7 days');
		expect(view).toMatch(/^ {2}today +0$/m);
		expect(view.match(/^ {2}\w+ +1 █+$/gm)).toHaveLength(1);
	});

	it('with no history says what will appear, in every view, and fits 40x12', async () => {
		const { app, frame } = await statsAt(emptyProgress(), 40, 12);
		fits(frame, 40, 12);
		let view = await press(app, KEYS.right);
		expect(view.replace(/\s+/g, ' ')).toContain('No scores yet.');
		fits(view, 40, 12);
		view = await press(app, KEYS.right);
		expect(view.replace(/\s+/g, ' ')).toContain('No misconceptions measured yet.');
		view = await press(app, KEYS.right);
		for (let i = 0; i < 4 && !view.replace(/\s+/g, ' ').includes('No streak running'); i++) view = await press(app, KEYS.down);
		expect(view.replace(/\s+/g, ' ')).toContain('No streak running; 0 study days in all.');
		fits(view, 40, 12);
		// → from the last view wraps around to the first.
		view = await press(app, KEYS.right);
		expect(view).toContain('[1 Chapters]');
	});
});
