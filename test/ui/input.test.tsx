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

/** A chapter holding only the given questions of the two fixtures (so the quiz's first question is known). */
function chapterWith(...ids: string[]) {
	const all = [...(fixtureChapter().questions as { id: string }[]), ...(practiceChapter().questions as { id: string }[])];
	return bankOf({ ...fixtureChapter(), questions: ids.map((id) => all.find((q) => q.id === id)) });
}

/** From home: open the first chapter and start its quiz, key by key. */
async function openQuiz(app: Rendered): Promise<string> {
	await press(app, KEYS.down, KEYS.enter);
	const frame = await press(app, KEYS.down, KEYS.enter);
	expect(frame).toContain('Question 1 of');
	return frame;
}

describe('a burst of keys on the other screens', () => {
	it('chapter menu: Down Enter starts the quiz (the second row), not the lesson', async () => {
		const { app } = await start();
		await press(app, KEYS.down, KEYS.enter);
		expect(rowBelowPointer(app.lastFrame() ?? '', 1)).toContain('quiz');
		expect(await burst(app, KEYS.down, KEYS.enter)).toContain('Question 1 of');
	});

	it('keys after a screen change in the same burst reach the new screen', async () => {
		const { app } = await start();
		expect(await burst(app, KEYS.down, KEYS.enter, KEYS.down, KEYS.enter)).toContain('Question 1 of');
	});

	it('quiz: Down Enter saves the choice under the cursor after the Down', async () => {
		const { app, saved } = await start(chapterWith('ex-shared-kernel'));
		const frame = await openQuiz(app);
		const secondIsRight = rowBelowPointer(frame, 1).includes('The right choice');
		await burst(app, KEYS.down, KEYS.enter);
		expect(saved().answers).toHaveLength(1);
		expect(saved().answers[0].correct).toBe(secondIsRight);
	});

	it('typed answer: a pasted command with its Enter is typed whole and submitted', async () => {
		const { app, saved } = await start(chapterWith('pr-typed'));
		await openQuiz(app);
		const frame = await burst(app, 'docker run -d -p 8080:80 nginx', KEYS.enter);
		expect(frame).toContain('✔');
		expect(saved().answers).toEqual([expect.objectContaining({ questionId: 'pr-typed', correct: true })]);
	});

	it('Enter then q in one burst: the q is typed into the next (typed) question, it does not quit', async () => {
		const typed = (practiceChapter().questions as { id: string }[]).find((q) => q.id === 'pr-typed');
		const { app, exits, saved } = await start(bankOf({ ...fixtureChapter(), questions: [typed, { ...typed, id: 'pr-typed-2' }] }));
		await openQuiz(app);
		expect(await burst(app, 'x', KEYS.enter)).toContain('Question 1 of 2');
		const frame = await burst(app, KEYS.enter, 'q');
		expect(exits).toEqual([]);
		expect(frame).toContain('Question 2 of 2');
		expect(frame).toMatch(/\$ q/);
		expect(saved().answers).toHaveLength(1);
	});
});

describe('digit keys open the item that carries the number', () => {
	it('home: 2 opens chapter 2 (Continue, the first row, carries no number)', async () => {
		const { app } = await start();
		const frame = await press(app, '2');
		expect(frame.split('\n').slice(0, 2).join('\n')).toContain('Chapter title 2');
		expect(frame).toContain('Read the lesson');
	});

	it('home: a digit no chapter carries does nothing', async () => {
		const { app } = await start();
		const before = app.lastFrame();
		expect(await press(app, '7')).toBe(before);
	});

	it('chapter menu: its rows carry no numbers, so a digit opens nothing', async () => {
		const { app } = await start();
		const before = await press(app, '1');
		expect(before).toContain('Read the lesson');
		expect(await press(app, '1')).toBe(before);
		expect(await press(app, '2')).toBe(before);
	});

	it('quiz: a digit answers with the choice of that number, as shown', async () => {
		const { app, saved } = await start(chapterWith('ex-shared-kernel'));
		const frame = await openQuiz(app);
		const right = frame.split('\n').find((line) => line.includes('The right choice'))?.match(/(\d)\. /)?.[1];
		await press(app, right ?? '');
		expect(saved().answers).toEqual([expect.objectContaining({ correct: true })]);
	});
});

describe('typed answers: editing and leaving', () => {
	const CTRL_W = '\u0017';
	const CTRL_U = '\u0015';

	it('Ctrl+W deletes the word before the cursor, Ctrl+U the line before it', async () => {
		const { app } = await start(chapterWith('pr-typed'));
		await openQuiz(app);
		expect(await press(app, 'docker run nginx', CTRL_W)).toMatch(/\$ docker run\s*$/m);
		expect(await press(app, 'alpine', KEYS.left, KEYS.left, CTRL_U)).toMatch(/\$ ne\s*$/m);
	});

	it('Esc with a draft asks first: n keeps it, Esc (or y) throws it away', async () => {
		const { app } = await start(chapterWith('pr-typed'));
		await openQuiz(app);
		let frame = await press(app, 'docker run', KEYS.escape);
		expect(frame).toContain('Discard your answer?');
		expect(frame).toContain('Question 1 of 1');
		// The key bar names the prompt's keys, not those of the line it hides.
		expect(frame).toMatch(/y\/Esc discard\s+·\s+n keep editing/);
		expect(frame).not.toContain('Enter submit');
		frame = await press(app, 'n');
		expect(frame).not.toContain('Discard your answer?');
		expect(frame).toContain('Enter submit');
		expect(frame).not.toContain('y/Esc discard');
		expect(frame).toContain('$ docker run');
		frame = await press(app, KEYS.escape, 'y');
		expect(frame).not.toContain('Question 1 of 1');
		expect(rowBelowPointer(frame, 0)).toContain('Continue the quiz');
		expect(await press(app, KEYS.enter)).toContain('Question 1 of 1');
		frame = await press(app, 'x', KEYS.escape, KEYS.escape);
		expect(frame).toContain('Continue the quiz');
	});

	it('Esc on an empty line leaves at once', async () => {
		const { app } = await start(chapterWith('pr-typed'));
		await openQuiz(app);
		const frame = await press(app, KEYS.escape);
		expect(frame).not.toContain('Discard');
		expect(frame).toContain('Continue the quiz');
	});

	it('a leading `$ ` prompt gets a near-miss note and one more try, not a flat wrong', async () => {
		const { app, saved } = await start(chapterWith('pr-typed'));
		await openQuiz(app);
		const frame = await press(app, '$ docker run -d -p 8080:80 nginx', KEYS.enter);
		expect(frame).toContain('leave out the prompt $');
		expect(saved().answers ?? []).toHaveLength(0);
	});
});

describe('ordering keys', () => {
	it('the footer says what Enter does: it grabs an item, and submits only on Submit', async () => {
		const { app, saved } = await start(chapterWith('pr-order'));
		let frame = await openQuiz(app);
		const footer = frame.trimEnd().split('\n').at(-1) ?? '';
		expect(footer).toContain('Space/Enter grab/drop');
		expect(footer).toContain('Enter on Submit');
		expect(footer).not.toMatch(/Enter submit/);
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('↕ 1.');
		await press(app, KEYS.enter, KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.enter);
		expect(saved().answers).toHaveLength(1);
	});
});

describe('mangled input', () => {
	it('a sequence with a Ctrl modifier that names no key (line editing of type-ahead before raw mode) is ignored, not a crash', async () => {
		const { app } = await start();
		const before = app.lastFrame();
		expect(await press(app, '\u001B[5k')).toBe(before);
		expect(await press(app, '\u001B[9;5~', 'j')).not.toBe(before);
	});
});
