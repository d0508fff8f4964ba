import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { App, type ExitReason } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { loadBankFromDir } from '../../src/core/validate.js';
import { localize } from '../../src/core/text.js';
import { textWidth } from '../../src/core/wrap.js';
import { bundledLessonsDir } from '../../src/meta.js';
import { bankOf, cleanupInk, fixtureChapter, KEYS, press, type Rendered, renderInk, tempDir } from '../helpers.js';

const bank = bankOf(fixtureChapter());

afterEach(cleanupInk);

async function start(progress: Progress = emptyProgress(), notice?: string, now?: () => Date) {
	const cwd = tempDir();
	const { store } = openProgressStore({ cwd });
	const exits: ExitReason[] = [];
	const app = await renderInk(<App initial={initialState(bank, progress, notice)} store={store} onExit={(reason) => exits.push(reason)} {...(now ? { now } : {})} />);
	const saved = (): Progress => JSON.parse(readFileSync(store.path, 'utf8'));
	return { app, exits, saved, cwd };
}

/** Presses the number of the choice whose text is `text` (choices are shuffled, so read it off the frame). */
async function pick(app: Rendered, text: string): Promise<string> {
	const line = (app.lastFrame() ?? '').split('\n').find((l) => l.includes(text));
	const number = line?.match(/(\d)\. /)?.[1];
	if (!number) throw new Error(`no choice "${text}" in:\n${app.lastFrame()}`);
	return press(app, number);
}

/** Answers the question on screen correctly, whatever its type. */
async function answerRight(app: Rendered): Promise<string> {
	let frame = app.lastFrame() ?? '';
	for (const text of onScreen(frame).right) frame = await pick(app, text);
	if (frame.includes('Submit')) frame = await pick(app, 'Submit');
	return frame;
}

/** Answers the question on screen wrongly, whatever its type. */
async function answerWrong(app: Rendered): Promise<string> {
	let frame = await pick(app, onScreen(app.lastFrame() ?? '').wrong);
	if (frame.includes('Submit')) frame = await pick(app, 'Submit');
	return frame;
}

/** The question on screen, and the text of its right and a wrong choice, from the fixture. */
function onScreen(frame: string) {
	if (frame.includes('Question text?')) return { right: ['The right choice'], wrong: 'A wrong choice' };
	if (frame.includes('Which of these')) return { right: ['Right one', 'Right two'], wrong: 'Wrong one' };
	return { right: ['False'], wrong: 'True' };
}

describe('the tutor, driven by keys', () => {
	it('goes from the home screen to a lesson page and into the quiz', async () => {
		const { app, saved } = await start();
		expect(app.lastFrame()).toContain('1. Example chapter');
		expect(app.lastFrame()).toContain('q quit');
		await press(app, KEYS.down);
		let frame = await press(app, KEYS.enter);
		expect(frame).toContain('Read the lesson (0/1 pages read)');
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('page 1/1');
		expect(frame).toContain('A page title');
		expect(frame).toContain('| container |   | container |');
		expect(saved().chapters['example-chapter']?.pagesRead).toEqual(['first-page']);
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('❯ Take the quiz');
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('Question 1 of 3');
	});

	it('stamps what it saves with the one clock it is given (screens never read the time)', async () => {
		let minute = 0;
		const now = () => new Date(Date.UTC(2030, 0, 1, 12, minute++));
		const { app, saved } = await start(emptyProgress(), undefined, now);
		await press(app, KEYS.down, KEYS.enter, KEYS.down, KEYS.enter);
		const started = saved().sessions?.['chapter:example-chapter']?.at;
		await answerWrong(app);
		const answered = saved().answers[0]?.at;
		expect(started).toMatch(/^2030-01-01T12:\d\d:00\.000Z$/);
		expect(answered).toMatch(/^2030-01-01T12:\d\d:00\.000Z$/);
		expect(answered! > started!).toBe(true);
	});

	it('answers right and wrong, shows feedback and explanation, saves each answer, and ends with the score', async () => {
		const { app, saved } = await start();
		await press(app, KEYS.down, KEYS.enter, KEYS.down, KEYS.enter);
		// First question: answer wrong.
		const question = onScreen(app.lastFrame() ?? '');
		let frame = await answerWrong(app);
		expect(frame).toContain('✘ Not quite.');
		expect(frame).toContain(`You picked: ${question.wrong}`);
		expect(frame).toMatch(/The answers?: /);
		expect(frame).toContain('Source:');
		expect(saved().answers).toHaveLength(1);
		expect(saved().answers[0]?.correct).toBe(false);
		// The other two: answer right.
		for (let i = 0; i < 2; i++) {
			await press(app, KEYS.enter);
			frame = await answerRight(app);
			expect(frame).toContain('✔ Correct.');
			expect(saved().answers).toHaveLength(i + 2);
		}
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('Quiz done: 2/3 right (67%)');
		expect(frame).toContain('Questions you missed:');
		expect(saved().chapters['example-chapter']?.bestScore).toMatchObject({ correct: 2, total: 3 });
		expect(saved().sessions).toEqual({});
	});

	it('resumes an interrupted quiz after a restart, at the same question', async () => {
		const first = await start();
		await press(first.app, KEYS.down, KEYS.enter, KEYS.down, KEYS.enter);
		const firstPrompt = (first.app.lastFrame() ?? '').split('\n')[3];
		expect(await answerRight(first.app)).toContain('✔ Correct.');
		await press(first.app, KEYS.enter);
		const secondPrompt = (first.app.lastFrame() ?? '').split('\n')[3];
		await press(first.app, KEYS.ctrlC);
		expect(first.exits).toEqual(['interrupt']);

		const again = await start(first.saved());
		expect(again.app.lastFrame()).toContain('Continue quiz: Example chapter (1/3 answered)');
		const frame = await press(again.app, KEYS.enter);
		expect(frame).toContain('Question 2 of 3');
		expect(frame.split('\n')[3]).toBe(secondPrompt);
		expect(secondPrompt).not.toBe(firstPrompt);
	});

	it('Esc and b go back, ? shows the keys, q quits', async () => {
		const { app, exits } = await start();
		await press(app, KEYS.down, KEYS.enter);
		expect(await press(app, KEYS.escape)).toContain('1. Example chapter');
		expect(await press(app, '?')).toContain('Ctrl+C');
		expect(await press(app, '?')).toContain('Review (0 due)');
		await press(app, KEYS.down, KEYS.enter);
		expect(await press(app, 'b')).toContain('Stats');
		await press(app, 'q');
		expect(exits).toEqual(['quit']);
	});

	it('shows a notice line (e.g. where a corrupt progress file went) until the next key', async () => {
		const { app } = await start(emptyProgress(), 'Progress file could not be read; it was moved to /x.');
		expect(app.lastFrame()).toContain('it was moved to /x.');
		expect(await press(app, KEYS.down)).not.toContain('moved to');
	});

	it('keeps every frame shorter than the terminal, and redraws for a tiny or resized terminal', async () => {
		const { app } = await start();
		await press(app, KEYS.down, KEYS.enter, KEYS.enter);
		for (const frame of app.frames) expect(frame.split('\n').length).toBeLessThan(24);
		await act(async () => {
			Object.defineProperty(app.stdout, 'columns', { value: 30, configurable: true });
			app.stdout.emit('resize');
		});
		expect(app.lastFrame()).toContain('needs 40x12');
		await act(async () => {
			Object.defineProperty(app.stdout, 'columns', { value: 60, configurable: true });
			app.stdout.emit('resize');
		});
		expect(app.lastFrame()).toContain('A paragraph of prose. Keep paragraphs short; the reader');
	});

	it.each([
		['q', 'q'],
		['Esc', KEYS.escape],
		['Ctrl+C', KEYS.ctrlC],
	])('leaving the last question\'s feedback with %s keeps the score; the chapter then offers a new quiz, not "Continue (3/3)"', async (_name, key) => {
		const first = await start();
		await press(first.app, KEYS.down, KEYS.enter, KEYS.down, KEYS.enter);
		await answerWrong(first.app);
		for (let i = 0; i < 2; i++) {
			await press(first.app, KEYS.enter);
			await answerRight(first.app);
		}
		expect(first.app.lastFrame()).toContain('✔ Correct.');
		await press(first.app, key);
		expect(first.saved().chapters['example-chapter']?.bestScore).toMatchObject({ correct: 2, total: 3 });
		expect(first.saved().sessions).toEqual({});

		const again = await start(first.saved());
		expect(again.app.lastFrame()).not.toContain('Continue quiz');
		const frame = await press(again.app, KEYS.down, KEYS.enter);
		expect(frame).toContain('Take the quiz (3 questions, best 2/3)');
		expect(frame).not.toContain('Continue the quiz');
	});

	it('keeps one unfinished quiz per chapter; Restart quiz asks first, Esc keeps the attempt', async () => {
		const { app, saved } = await start();
		await press(app, KEYS.down, KEYS.enter, KEYS.down, KEYS.enter);
		await answerRight(app);
		let frame = await press(app, KEYS.escape);
		expect(frame).toContain('❯ Continue the quiz (1/3 answered)');
		expect(frame).toContain('Restart quiz (asks first)');
		frame = await press(app, KEYS.down, KEYS.enter);
		expect(frame).toContain('Restart the quiz?');
		expect(frame).toContain('❯ No, keep this attempt');
		frame = await press(app, KEYS.escape);
		expect(frame).toContain('❯ Restart quiz (asks first)');
		expect(Object.values(saved().sessions ?? {})[0]?.results).not.toEqual({});
		frame = await press(app, KEYS.enter, KEYS.down, KEYS.enter);
		expect(frame).toContain('Question 1 of 3');
		expect(saved().sessions?.['chapter:example-chapter']?.results).toEqual({});
		expect(saved().answers).toHaveLength(1);
	});

	it('a quick quiz from the chapter menu says on Results that it keeps its own score', async () => {
		const { app, saved } = await start();
		await press(app, KEYS.down, KEYS.enter);
		let frame = await press(app, KEYS.down, KEYS.down);
		expect(frame).toContain('❯ Quick quiz: 3 questions, missed and unseen first');
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('Quick quiz · Example chapter');
		for (let i = 0; i < 3; i++) {
			await answerRight(app);
			frame = await press(app, KEYS.enter);
		}
		expect(frame).toContain('Quick quiz done: 3/3 right (100%)');
		expect(frame).toContain("a chapter's best score comes from its full quiz");
		expect(saved().quickScores?.['quick:example-chapter']).toMatchObject({ correct: 3, total: 3 });
		expect(saved().chapters['example-chapter']?.bestScore).toBeUndefined();
		frame = await press(app, KEYS.escape);
		expect(frame).toContain('❯ Quick quiz: 3 questions, missed and unseen first (last 3/3)');
	});
});

describe('the home screen with the bundled lessons', () => {
	const loaded = loadBankFromDir(bundledLessonsDir());
	if (!loaded.ok) throw new Error('bundled lessons do not validate');

	it('fits 80x24, and says what each chapter row counts: pages read, and the quiz\'s best score', async () => {
		const chapters = loaded.bank.chapters;
		const first = chapters[0]!;
		const progress: Progress = {
			...emptyProgress(),
			chapters: { [first.id]: { pagesRead: first.pages.map((page) => page.id), bestScore: { correct: 20, total: 22, at: 'x' } } },
		};
		const { store } = openProgressStore({ cwd: tempDir() });
		const app = await renderInk(<App initial={initialState(loaded.bank, progress)} store={store} onExit={() => {}} />);
		await act(async () => {
			Object.defineProperty(app.stdout, 'columns', { value: 80, configurable: true });
			Object.defineProperty(app.stdout, 'rows', { value: 24, configurable: true });
			app.stdout.emit('resize');
		});
		const frame = app.lastFrame() ?? '';
		const lines = frame.split('\n');
		expect(lines.length).toBeLessThan(24);
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(80);
		const n = first.pages.length;
		expect(frame).toMatch(new RegExp(`1\\. .*██████████ +${n}/${n} pages  quiz best 91%`));
		expect(frame).toMatch(new RegExp(`8\\. .*░░░░░░░░░░ +0/${chapters[7]!.pages.length} pages  quiz not taken`));
		expect(frame).toContain('Quick quiz: 10 questions across every chapter');
		expect(frame).toContain('Quit');
		// Narrower: the bar goes, the counts stay, and no row wraps.
		await act(async () => {
			Object.defineProperty(app.stdout, 'columns', { value: 45, configurable: true });
			app.stdout.emit('resize');
		});
		const narrow = app.lastFrame() ?? '';
		for (const line of narrow.split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(45);
		expect(narrow).toMatch(new RegExp(`1\\. .* ${n}/${n}  best 91%`));
	});

	it('a chapter row with an unfinished quiz says how far it is, at 80 columns and narrow, and no row wraps', async () => {
		const chapters = loaded.bank.chapters;
		const eighth = chapters[7]!;
		const ids = eighth.questions.map((question) => question.id);
		const results = Object.fromEntries(ids.slice(0, 12).map((id) => [id, { correct: true, credit: 1 }]));
		const progress: Progress = { ...emptyProgress(), sessions: { [`chapter:${eighth.id}`]: { mode: 'quiz', chapterId: eighth.id, seed: 1, questionIds: ids, results } } };
		const { store } = openProgressStore({ cwd: tempDir() });
		const app = await renderInk(<App initial={initialState(loaded.bank, progress)} store={store} onExit={() => {}} />);
		for (const columns of [80, 45]) {
			await act(async () => {
				Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
				Object.defineProperty(app.stdout, 'rows', { value: 24, configurable: true });
				app.stdout.emit('resize');
			});
			const frame = app.lastFrame() ?? '';
			for (const line of frame.split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(columns);
			const row = frame.split('\n').find((line) => /^[ ❯]*8\. /.test(line)) ?? '';
			expect(row).toMatch(columns === 80 ? new RegExp(`quiz 12/${ids.length} answered$`) : new RegExp(`quiz 12/${ids.length}$`));
			expect(frame).toMatch(columns === 80 ? /1\. .*quiz not taken/ : /1\. .*no quiz/);
			expect(frame).toContain(`1. ${localize(chapters[0]!.title)}`);
		}
	});

	it('a chapter read to its end but not quizzed: Continue says so and opens its quiz, not its last page', async () => {
		const eighth = loaded.bank.chapters[7]!;
		const { store } = openProgressStore({ cwd: tempDir() });
		const app = await renderInk(<App initial={initialState(loaded.bank, emptyProgress())} store={store} onExit={() => {}} />);
		await press(app, '8', KEYS.enter, ...Array.from({ length: eighth.pages.length - 1 }, () => KEYS.right));
		const home = await press(app, KEYS.escape, KEYS.escape);
		expect(home).toContain(`Continue: ${localize(eighth.title)}, take the quiz`);
		expect(home).not.toContain(`page ${eighth.pages.length}/${eighth.pages.length}`);
		// The cursor is back on chapter 8's row; up eight rows to Continue.
		const quiz = await press(app, ...Array.from({ length: 8 }, () => KEYS.up), KEYS.enter);
		expect(quiz).toContain(`Quiz · ${localize(eighth.title)}`);
		expect(quiz).not.toContain(`${eighth.pages.length}/${eighth.pages.length}`);
	});
});
