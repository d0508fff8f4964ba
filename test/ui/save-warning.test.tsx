// How the app lives with its store: a failed save leaves a warning that stays until a save succeeds, and
// what another window saved (returned by the store's merge) becomes this window's progress.
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import type { ProgressStore } from '../../src/store/progress-store.js';
import { bankOf, cleanupInk, fixtureChapter, KEYS, press, renderInk } from '../helpers.js';

const bank = bankOf(fixtureChapter());
afterEach(cleanupInk);

function fakeStore(save: (progress: Progress) => Progress): ProgressStore & { saves: Progress[] } {
	const saves: Progress[] = [];
	return {
		path: '/x/progress.json',
		saves,
		save(progress) {
			saves.push(progress);
			return save(progress);
		},
		reset() {},
		rewrite(change) {
			return change(emptyProgress());
		},
	};
}

const full = () => {
	throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
};

describe('saving from the app', () => {
	it('a failed save shows a warning that stays across keys until a save succeeds', async () => {
		let fail = true;
		const store = fakeStore((progress) => (fail ? full() : progress));
		const app = await renderInk(<App initial={initialState(bank, emptyProgress())} store={store} onExit={() => {}} />);
		await press(app, KEYS.down, KEYS.enter); // chapter menu
		const warning = 'Not saved: the disk is full (ENOSPC) at /x/progress.json. Kept until you quit.';
		expect(await press(app, KEYS.enter)).toContain(warning); // the first page is read: a save, which fails
		expect(store.saves).toHaveLength(1);
		expect(await press(app, KEYS.right)).toContain(warning); // back to the chapter menu
		expect(await press(app, KEYS.up)).toContain(warning); // a move: no save, the warning stays
		expect(store.saves).toHaveLength(1);
		fail = false;
		expect(await press(app, KEYS.enter)).not.toContain('Not saved'); // the page is read again and saved
		expect(store.saves).toHaveLength(2);
	});

	it('a read-only file is announced from the start', async () => {
		const store = { ...fakeStore(full), readOnly: '/x/progress.json is read-only' };
		const app = await renderInk(<App initial={initialState(bank, emptyProgress())} store={store} onExit={() => {}} />);
		expect(app.lastFrame()).toContain('Not saved: /x/progress.json is read-only. Kept until you quit.');
		expect(await press(app, KEYS.down)).toContain('Not saved: /x/progress.json is read-only.');
	});

	it('takes in what the merge brought from another window, without leaving the screen', async () => {
		const other = { questionId: 'elsewhere', chapterId: 'example-chapter', correct: true, credit: 1, at: '2026-01-01T00:00:00.000Z', mode: 'quiz' as const };
		const store = fakeStore((progress) => ({ ...progress, answers: [other, ...progress.answers] }));
		const app = await renderInk(<App initial={initialState(bank, emptyProgress())} store={store} onExit={() => {}} />);
		await press(app, KEYS.down, KEYS.enter, KEYS.enter); // first page read: saved, merged
		expect(store.saves[0]?.answers).toEqual([]);
		expect(app.lastFrame()).toContain('page 1/1'); // still on the page
		await press(app, KEYS.right, KEYS.up, KEYS.enter); // read it again: the next save starts from the merged progress
		expect(store.saves[1]?.answers.map((a) => a.questionId)).toEqual(['elsewhere']);
	});
});
