// Keys that arrive together (a paste, an SSH link, tmux send-keys): every key of one stdin chunk is applied,
// in order, on every screen. Each test writes its keys in ONE stdin.write, as a terminal delivers a burst.
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App, type ExitReason } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress } from '../../src/core/progress.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { bankOf, cleanupInk, fixtureChapter, KEYS, practiceChapter, press, type Rendered, renderInk, tempDir } from '../helpers.js';

afterEach(cleanupInk);

/** Three chapters built from the fixture, so the home menu has numbered rows after Continue. */
function threeChapters() {
	return bankOf(
		...[1, 2, 3].map((order) => ({ ...fixtureChapter(), id: `chapter-${order}`, order, title: `Chapter title ${order}`, questions: (fixtureChapter().questions as { id: string }[]).map((q) => ({ ...q, id: `${q.id}-${order}` })) })),
	);
}

async function start(bank = threeChapters()) {
	const { store } = openProgressStore({ cwd: tempDir() });
	const exits: ExitReason[] = [];
	const app = await renderInk(<App initial={initialState(bank, emptyProgress())} store={store} onExit={(reason) => exits.push(reason)} />);
	return { app, exits, saved: () => JSON.parse(readFileSync(store.path, 'utf8')) };
}

/** Writes all `keys` in one chunk, as a paste or `tmux send-keys` does. */
async function burst(app: Rendered, ...keys: string[]): Promise<string> {
	return press(app, keys.join(''));
}

/** The text of the menu row `offset` rows below the pointer (rows are one line each on these screens). */
function rowBelowPointer(frame: string, offset: number): string {
	const lines = frame.split('\n');
	const at = lines.findIndex((line) => line.includes('❯'));
	return (lines[at + offset] ?? '').replace(/[│❯]/g, '').trim();
}

describe('a burst of keys in one chunk', () => {
	it('home: Down Down Enter opens the third row, not the first', async () => {
		const { app } = await start();
		const target = rowBelowPointer(app.lastFrame() ?? '', 2);
		const title = target.match(/Chapter title \d/)?.[0];
		expect(title).toBeDefined();
		const frame = await burst(app, KEYS.down, KEYS.down, KEYS.enter);
		expect(frame.split('\n').slice(0, 2).join('\n')).toContain(title);
		expect(frame).toContain('Read the lesson');
	});

	it('home: jjj moves three rows', async () => {
		const { app } = await start();
		const target = rowBelowPointer(app.lastFrame() ?? '', 3);
		const frame = await burst(app, 'jjj');
		expect(rowBelowPointer(frame, 0)).toBe(target);
	});
});
