// The one Menu widget on a list cut to the terminal's height: where the list goes on, and the keys that jump.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress } from '../../src/core/progress.js';
import { loadBankFromDir } from '../../src/core/validate.js';
import { bundledLessonsDir } from '../../src/meta.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { cleanupInk, press, type Rendered, renderInk, tempDir } from '../helpers.js';

afterEach(cleanupInk);

const loaded = loadBankFromDir(bundledLessonsDir());
if (!loaded.ok) throw new Error('bundled lessons do not validate');
const lessons = loaded.bank;

const HOME = '\u001B[H';
const END = '\u001B[F';
const PAGE_UP = '\u001B[5~';
const PAGE_DOWN = '\u001B[6~';

async function homeAt(columns: number, rows: number): Promise<Rendered> {
	const { store } = openProgressStore({ cwd: tempDir() });
	const app = await renderInk(<App initial={initialState(lessons, emptyProgress())} store={store} onExit={() => {}} />);
	await act(async () => {
		Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
		Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true });
		app.stdout.emit('resize');
	});
	return app;
}

const pointed = (frame: string) => frame.split('\n').find((line) => line.includes('❯'))?.replace('❯', '').trim() ?? '';

describe('a menu cut to the height (home at 40x12)', () => {
	it('says how many rows are below, and End shows the last row (Quit) with how many are above', async () => {
		const app = await homeAt(40, 12);
		let frame = app.lastFrame() ?? '';
		expect(frame.split('\n').length).toBeLessThanOrEqual(11);
		expect(frame).toMatch(/^ {2}↓ \d+ more$/m);
		expect(frame).not.toMatch(/↑ \d+ more/);
		frame = await press(app, END);
		expect(pointed(frame)).toMatch(/Quit/);
		expect(frame).toMatch(/^ {2}↑ \d+ more$/m);
		expect(frame).not.toMatch(/↓ \d+ more/);
		expect(frame.split('\n').length).toBeLessThanOrEqual(11);
		frame = await press(app, HOME);
		expect(pointed(frame)).toBe(pointed(app.lastFrame() ?? ''));
		expect(frame).not.toMatch(/↑ \d+ more/);
	});

	it('PgDn and PgUp move by the rows in view', async () => {
		const app = await homeAt(40, 12);
		const inView = (frame: string) => frame.split('\n').filter((line) => /^(❯| ) \S/.test(line) && !/more$/.test(line)).length;
		const first = app.lastFrame() ?? '';
		let frame = first;
		for (let i = 0; i < inView(first); i++) frame = await press(app, '\u001B[B');
		const byArrows = pointed(frame);
		await press(app, HOME);
		frame = await press(app, PAGE_DOWN);
		expect(pointed(frame)).toBe(byArrows);
		const middle = frame;
		frame = await press(app, PAGE_UP);
		const byPage = pointed(frame);
		await press(app, HOME, PAGE_DOWN);
		for (let i = 0; i < inView(middle); i++) frame = await press(app, '\u001B[A');
		expect(byPage).toBe(pointed(frame));
		expect(byPage).not.toBe(pointed(middle));
	});
});
