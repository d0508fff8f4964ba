// The hands-on question types driven by keys: reorder, pair up, type a command (with a near miss), hints.
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App, type ExitReason } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { bankOf, cleanupInk, KEYS, practiceChapter, press, type Rendered, renderInk, tempDir } from '../helpers.js';

const bank = bankOf(practiceChapter());
const SPACE = ' ';
const TAB = '\t';
const CTRL_U = '\u0015';
const BACKSPACE = '\u007f';

afterEach(cleanupInk);

async function startQuiz() {
	const { store } = openProgressStore({ cwd: tempDir() });
	const exits: ExitReason[] = [];
	const app = await renderInk(<App initial={initialState(bank, emptyProgress())} store={store} onExit={(reason) => exits.push(reason)} />);
	const saved = (): Progress => JSON.parse(readFileSync(store.path, 'utf8'));
	await press(app, KEYS.down, KEYS.enter, KEYS.down, KEYS.enter);
	return { app, exits, saved };
}

/** Answers questions until the one of `kind` is on screen (the quiz order is shuffled). */
async function reach(app: Rendered, kind: 'put in order' | 'match the pairs' | 'type the answer'): Promise<string> {
	for (let i = 0; i < 4; i++) {
		const frame = app.lastFrame() ?? '';
		if (frame.includes(kind)) return frame;
		if (frame.includes('put in order')) await press(app, ...Array(5).fill(KEYS.down), KEYS.enter);
		else if (frame.includes('match the pairs')) await press(app, '1', '2', '3', KEYS.enter);
		else await press(app, 'x', KEYS.enter);
		await press(app, KEYS.enter); // next question
	}
	throw new Error(`never reached "${kind}":\n${app.lastFrame()}`);
}

/** The item texts of the ordering view, top to bottom. */
function orderOnScreen(frame: string): string[] {
	return frame
		.split('\n')
		.map((line) => /^(?:❯ |↕ |  )\d\. (.*)$/.exec(line)?.[1]?.trim())
		.filter((text): text is string => Boolean(text));
}

describe('hands-on questions, by keys', () => {
	it('ordering: Space picks an item up, arrows carry it, Space drops it, Enter on Submit scores it', async () => {
		const { app, saved } = await startQuiz();
		let frame = await reach(app, 'put in order');
		const right = ['container eth0', 'host end of the veth pair', 'docker0 bridge', 'POSTROUTING MASQUERADE'];
		let cursor = 0;
		for (let target = 0; target < right.length; target++) {
			const from = orderOnScreen(frame).indexOf(right[target] as string);
			const moves = Array(Math.abs(from - cursor)).fill(from > cursor ? KEYS.down : KEYS.up);
			frame = await press(app, ...moves, SPACE);
			expect(frame).toContain(`↕ ${from + 1}. ${right[target]}`);
			frame = await press(app, ...Array(from - target).fill(KEYS.up), SPACE);
			cursor = target;
		}
		expect(orderOnScreen(frame)).toEqual(right);
		frame = await press(app, ...Array(right.length - cursor).fill(KEYS.down), KEYS.enter);
		expect(frame).toContain('✔ Correct.');
		expect(saved().answers.at(-1)).toMatchObject({ questionId: 'pr-order', correct: true, credit: 1 });
	});

	it('matching: a number pairs the row and moves on; Submit waits until every row is paired', async () => {
		const { app, saved } = await startQuiz();
		let frame = await reach(app, 'match the pairs');
		const option = (text: string) => frame.split('\n').find((line) => line.includes(text) && /^ {2}\d\. /.test(line))?.trim()[0] as string;
		frame = await press(app, option('hostname and NIS'));
		expect(frame).toMatch(/❯ network +→ \(press a number\)/);
		frame = await press(app, KEYS.down, KEYS.down, KEYS.enter);
		expect(frame).toContain('Pair every item first (2 left).');
		frame = await press(app, KEYS.up, KEYS.up, option('interfaces, routes'), option('memory limits'), KEYS.enter);
		expect(frame).toContain('◐ Partly right: 67% credit (2 of 3 pairs right).');
		expect(frame).toContain('Limits are cgroups, not namespaces.');
		expect(frame).toContain('✘ PID → memory limits');
		expect(saved().answers.at(-1)).toMatchObject({ questionId: 'pr-match', correct: false });
	});

	it('typed: letters are text (q does not quit), a near miss gets one more try, hints come with Tab', async () => {
		const { app, exits, saved } = await startQuiz();
		let frame = await reach(app, 'type the answer');
		expect(frame).toContain('Tab: hint (1)');
		frame = await press(app, 'q', 'b', '?');
		expect(exits).toEqual([]);
		expect(frame).toContain('$ qb?');
		frame = await press(app, CTRL_U, 'docker run -p 8080:80 nginxx', BACKSPACE, KEYS.enter);
		expect(frame).toContain('Close: it also needs -d/--detach.');
		expect(frame).toContain('$ docker run -p 8080:80 nginx');
		frame = await press(app, TAB);
		expect(frame).toContain('Hint 1: The flag is -p HOST:CONTAINER.');
		frame = await press(app, CTRL_U, 'docker run -d -p 8080:80 nginx', KEYS.enter);
		expect(frame).toContain('✔ Correct (after a hint, on a second try).');
		expect(saved().answers.at(-1)).toMatchObject({ questionId: 'pr-typed', correct: true, hints: 1, retried: true });
		// A question answered after a hint comes back in Review, as half-known.
		await press(app, KEYS.escape, KEYS.escape);
		expect(app.lastFrame(), app.lastFrame()).toMatch(/Review \([1-9]\d* due\)/);
	});
});

describe('keys faster than frames', () => {
	it('typed: a burst of keys, each written before React renders, is applied in order', async () => {
		const { app } = await startQuiz();
		await reach(app, 'type the answer');
		// Written straight to stdin inside one act(): no render happens between them.
		await act(async () => {
			for (const key of ['a', 'b', 'c', '\u001B[H', 'X', '\u0005', 'Y', '\u0001', '\u001B[C', '\u007f']) app.stdin.write(key);
			await new Promise((resolve) => setImmediate(resolve));
		});
		expect(app.lastFrame()).toContain('$ abcY');
	});
});

describe('small terminals', () => {
	it('a question whose choices cannot fit says how tall the terminal must be, instead of drawing past the screen', async () => {
		const { app } = await startQuiz();
		await reach(app, 'match the pairs');
		await act(async () => {
			Object.defineProperty(app.stdout, 'columns', { value: 40, configurable: true });
			Object.defineProperty(app.stdout, 'rows', { value: 12, configurable: true });
			app.stdout.emit('resize');
		});
		const frame = app.lastFrame() ?? '';
		expect(frame.replace(/\s+/g, ' ')).toContain('This question needs a terminal at least 16 rows tall');
		expect(frame.split('\n').length).toBeLessThan(12);
	});
});
