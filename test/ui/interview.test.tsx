// The mock interview driven by keys, with a fake clock: the plan, the clock and its overtime, no hints, the report.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app.js';
import { appReducer, initialState } from '../../src/core/app-state.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { chapter, interviewBank } from '../core/interview/fixture.js';
import { createInterview } from '../../src/core/interview/session.js';
import { bankOf, cleanupInk, KEYS, press, renderInk, resize, tempDir, fakeClock, tickClock } from '../helpers.js';

// Closed questions only (true or false, each with a hint): the explain view is drawn by the quiz screen.
const bank = bankOf(...[1, 2, 3].map((n) => ({ ...chapter(n), questions: chapter(n).questions.filter((q) => q.type !== 'explain') })));

beforeEach(() => {
	// Only the second ticker is faked: Ink and press() run on real immediates and timeouts.
	vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(async () => {
	await cleanupInk();
	vi.useRealTimers();
});

const wait = tickClock;

async function openInterview(minutes = 16, seed = 4) {
	const clock = fakeClock();
	const { store } = openProgressStore({ cwd: tempDir() });
	const initial = appReducer(initialState(bank, emptyProgress()), { type: 'start-interview', seed, minutes, at: clock.now().toISOString() });
	const app = await renderInk(<App initial={initial} store={store} onExit={() => {}} now={clock.now} />);
	const saved = (): Progress => JSON.parse(readFileSync(store.path, 'utf8'));
	return { app, clock, saved };
}

const rows = (frame: string) => frame.split('\n');

describe('mock interview screens', () => {
	it('shows the plan and runs no clock until Enter; then a clock per question, overtime in words, never cut off', async () => {
		const { app, clock } = await openInterview();
		let frame = app.lastFrame() ?? '';
		expect(frame).toContain('8 questions in about 16 minutes, from chapters 1, 2, 3.');
		expect(frame).toContain('Press Enter to start the clock.');
		frame = await wait(app, clock, 30);
		expect(frame).not.toContain('Clock');
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('Clock 0:00 of 2:00 (soft limit).');
		expect(frame).toContain('question 1 of 8');
		frame = await wait(app, clock, 65);
		expect(frame).toContain('Clock 1:05 of 2:00 (soft limit).');
		frame = await wait(app, clock, 70);
		expect(frame).toContain('Clock 2:15 of 2:00, 0:15 over: finish when ready, nothing is cut off.');
		// Still the first question, still answerable.
		frame = await wait(app, clock, 600);
		expect(frame).toContain('Question 1 of 8');
		expect(frame).toContain('12:15 of 2:00, 10:15 over');
		frame = await press(app, '1');
		expect(frame).toContain('Answered in 12:15 (soft limit 2:00), over time.');
	});

	it('gives no hints: no hint key in the bar, and h shows none', async () => {
		const { app } = await openInterview();
		let frame = await press(app, KEYS.enter);
		expect(bank.questions.get('c1-t1')?.question.hints).toHaveLength(1);
		expect(frame).not.toMatch(/hint/i);
		frame = await press(app, 'h');
		expect(frame).not.toContain('A hint an interview never shows.');
	});

	it('ends with a report that fits 80x24, saved in the history with each answer as an interview answer', async () => {
		const { app, clock, saved } = await openInterview();
		await resize(app, 80, 24);
		await press(app, KEYS.enter);
		let frame = '';
		for (let i = 0; i < 8; i++) {
			await wait(app, clock, 30 + 20 * i);
			// Wrong (False) on the questions of chapter 2, right elsewhere.
			const wrong = (app.lastFrame() ?? '').includes('veth pairs connect') || (app.lastFrame() ?? '').includes('iptables publishes');
			await press(app, wrong ? '2' : '1');
			clock.advance(5);
			frame = await press(app, KEYS.enter);
		}
		expect(frame).toContain('Mock interview · report');
		expect(frame).toMatch(/Score \d+%: \d of 8 right, \d+:\d\d in all for a 16-minute mock, \d over time\./);
		expect(frame).toContain('Your first mock interview: the next one will show the change.');
		expect(frame).toContain('Weakest topics, and the pages to re-read:');
		expect(frame).toMatch(/\n {2}\s*\d+% {2}\d\. Chapter \d: (Kernels|Networks) \d/);
		expect(frame).toContain('Time per question (time taken / soft limit):');
		expect(frame).toMatch(/ 0:30\/2:00 +\d+% True or false/);
		// Below the fold: the report scrolls (one question a row).
		for (let i = 0; i < 10 && !/2:50\/2:00 over/.test(frame); i++) frame = await press(app, KEYS.down);
		expect(frame).toMatch(/2:50\/2:00 over/);
		expect(rows(frame).length).toBeLessThanOrEqual(24);
		for (const row of rows(frame)) expect(row.length).toBeLessThanOrEqual(80);
		const progress = saved();
		expect(progress.interviews).toHaveLength(1);
		expect(progress.interviews?.[0]?.questions.map((q) => q.seconds)).toEqual([30, 50, 70, 90, 110, 130, 150, 170]);
		expect(progress.answers).toHaveLength(8);
		expect(progress.answers.every((a) => a.mode === 'interview')).toBe(true);
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('Mock interview: about 20 minutes, a clock on each question (last');
	});

	it('the next mock reports the change since the last one', async () => {
		const { app, clock } = await openInterview();
		await press(app, KEYS.enter);
		for (let i = 0; i < 8; i++) await press(app, '2', KEYS.enter); // all wrong
		let frame = await press(app, KEYS.enter); // home
		clock.advance(3600);
		frame = await press(app, KEYS.enter); // the menu's cursor is on "Mock interview"
		expect(frame).toContain('Press Enter to start the clock.');
		await press(app, KEYS.enter);
		// From the menu the mock is 20 minutes: every question of this bank of 9, all right.
		for (let i = 0; i < 9; i++) frame = await press(app, '1', KEYS.enter);
		expect(frame).toContain('Score 100%: 9 of 9 right');
		expect(frame).toContain('Up 100 points since the last mock (2026-11-30, 0%).');
		expect(frame).toContain('No weak topic: every answer got full credit.');
	});

	it('Esc in the middle leaves: not saved as a mock, the answers given are kept', async () => {
		const { app, saved } = await openInterview();
		await press(app, KEYS.enter, '1', KEYS.enter);
		const frame = await press(app, KEYS.escape);
		expect(frame).toContain('Mock left after 1 of 8: no report; the answer is kept.');
		expect(saved().interviews).toBeUndefined();
		expect(saved().answers).toHaveLength(1);
	});

	it('an explain question: its clock stops when the answer is spoken (Ctrl+D), not while it is graded; its follow-up comes next', async () => {
		const withExplain = interviewBank(2);
		const clock = fakeClock();
		const plan = {
			seed: 1,
			minutes: 10,
			questions: [
				{ questionId: 'c1-e1', chapterId: 'chapter-1', limitSeconds: 120 },
				{ questionId: 'c1-t1', chapterId: 'chapter-1', followUpOf: 'c1-e1', limitSeconds: 60 },
				{ questionId: 'c2-e3', chapterId: 'chapter-2', limitSeconds: 120 },
			],
		};
		const initial = { ...initialState(withExplain, emptyProgress()), screen: { name: 'interview' as const, session: createInterview(withExplain, plan, clock.now().toISOString()), scroll: 0 } };
		const { store } = openProgressStore({ cwd: tempDir() });
		const app = await renderInk(<App initial={initial} store={store} onExit={() => {}} now={clock.now} />);
		await resize(app, 80, 24);
		let frame = await press(app, KEYS.enter);
		expect(frame).toContain('Explain the shared kernel and syscalls.');
		expect(frame).toContain('Ctrl+D done');
		await wait(app, clock, 95);
		frame = await press(app, ...'the first and the second'.split(''), '\u0004');
		expect(frame).toContain('Answered in 1:35 (soft limit 2:00).');
		frame = await wait(app, clock, 200);
		expect(frame).toContain('Answered in 1:35 (soft limit 2:00).');
		expect(frame).toContain('2 of 4 ticked: 50% credit');
		await press(app, KEYS.enter);
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('Follow-up · Question 2 of 3');
		expect(frame).toContain('Clock 0:00 of 1:00 (soft limit).');
		const answers = (JSON.parse(readFileSync(store.path, 'utf8')) as Progress).answers;
		expect(answers).toEqual([expect.objectContaining({ questionId: 'c1-e1', mode: 'interview', seconds: 95, credit: 0.5, text: 'the first and the second', ticked: ['one', 'two'] })]);
	});

	it('is on the home menu', async () => {
		const { store } = openProgressStore({ cwd: tempDir() });
		const app = await renderInk(<App initial={initialState(bank, emptyProgress())} store={store} onExit={() => {}} />);
		// continue, 3 chapters, review, quick quiz, then the mock interview.
		const frame = await press(app, ...Array(6).fill(KEYS.down), KEYS.enter);
		expect(frame).toContain('Press Enter to start the clock.');
	});
});
