// What the screens draw: inline `code` without its backticks, hints in full, source links whole, the help aligned.
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.js';
import { localize } from '../../src/core/text.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress } from '../../src/core/progress.js';
import { createQuiz, quizReducer } from '../../src/core/quiz.js';
import { Box } from 'ink';
import stripAnsi from 'strip-ansi';
import { feedbackLines } from '../../src/core/feedback.js';
import { scoreAnswer } from '../../src/core/scoring.js';
import { renderFeedback } from '../../src/ui/screens/quiz.js';
import { HelpScreen, keyHelp, keyHelpLines } from '../../src/ui/screens/help.js';
import { ResultsScreen } from '../../src/ui/screens/results.js';
import { textWidth } from '../../src/core/wrap.js';
import { bankOf, bundledBank, cleanupInk, fixtureChapter, KEYS, practiceChapter, press, renderInk, resize, rightResponse, tempDir, type Rendered } from '../helpers.js';

afterEach(cleanupInk);

const lessons = bundledBank();
const PAGE_UP = '\u001B[5~';
const PAGE_DOWN = '\u001B[6~';

/** The tutor at `columns`x`rows`, on a one-question quiz of a bundled question. */
async function quizOn(questionId: string, columns: number, rows: number, notice?: string, bank = lessons, links = false) {
	const { question, chapter } = bank.questions.get(questionId)!;
	const session = createQuiz({ mode: 'quiz', chapterId: chapter.id, questions: [question], seed: 1 });
	const state = { ...initialState(bank, emptyProgress(), notice), screen: { name: 'quiz' as const, session, scroll: 0 } };
	const { store } = openProgressStore({ cwd: tempDir() });
	const app = await renderInk(<App initial={state} store={store} onExit={() => {}} links={links} />);
	await resize(app, columns, rows);
	return { app, question };
}

/** The frame as one line of words (wrapping and code marks undone), to look for a whole paragraph in it. */
const flat = (frame: string) => frame.replace(/[│]/g, ' ').replace(/\s+/g, ' ');
const words = (text: string) => text.replaceAll('`', '').replace(/\s+/g, ' ');

describe('results', () => {
	it('lists a missed question with its `code` drawn as code, not with backticks', async () => {
		const chapter = fixtureChapter() as { questions: Array<Record<string, unknown>> };
		chapter.questions[0]!.prompt = 'What does `docker run --rm` remove when the container exits?';
		const bank = bankOf(chapter);
		const question = bank.questions.get('ex-shared-kernel')!.question;
		let session = createQuiz({ mode: 'quiz', chapterId: 'example-chapter', questions: [question], seed: 1 });
		session = quizReducer(session, { type: 'submit', response: { type: 'single', choiceId: 'own-kernel' } });
		session = quizReducer(session, { type: 'next' });
		const app = await renderInk(<ResultsScreen state={initialState(bank, emptyProgress())} session={session} dispatch={() => {}} width={79} height={20} />);
		const frame = app.lastFrame() ?? '';
		expect(frame).toContain('· What does docker run --rm remove when the container exits?');
		expect(frame).not.toContain('`');
	});
});

describe('the ? help', () => {
	it.each([79, 39])('aligns every key and every description line in two columns at %i columns, and fits', async (width) => {
		const app = await renderInk(<HelpScreen width={width} height={40} />);
		const rows = (app.lastFrame() ?? '').split('\n');
		const table = rows.slice(1, rows.indexOf(''));
		// The description column: where the first description starts.
		const column = (table[0] as string).indexOf(keyHelp()[0]![1].split(' ')[0] as string);
		expect(column).toBeGreaterThan(2);
		let keyRows = 0;
		for (const row of table) {
			expect(textWidth(row)).toBeLessThanOrEqual(width);
			const key = keyHelp().find(([keys]) => row.startsWith(`  ${keys} `));
			if (key) keyRows += 1;
			// A key row pads its key to the column; a continuation row is blank up to the column.
			expect(row.slice(0, column).trim() === '' || Boolean(key), row).toBe(true);
			expect(row[column - 1], row).toBe(' ');
			expect(row[column], row).not.toBe(' ');
		}
		expect(keyRows).toBe(keyHelp().length);
	});

	it('puts each key on its own line above its description when the terminal is too narrow for two columns', () => {
		const lines = keyHelpLines(28);
		expect(lines[0]).toBe(`  ${keyHelp()[0]![0]}`);
		expect(lines[1]).toBe("    move in a list, scroll a");
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(28);
	});
});

describe('hints', () => {
	it.each([
		['proc-match-which-kernel', undefined],
		['sec-match-sandbox-mechanism', undefined],
		['sec-match-sandbox-mechanism', 'Could not save progress.'],
	])('%s at 80x24 (notice: %s): each hint is whole on screen, the newest when revealed, older ones with PgUp', async (id, notice) => {
		const { app, question } = await quizOn(id, 80, 24, notice);
		const hints = (question.hints ?? []).map((hint, i) => words(`Hint ${i + 1}: ${localize(hint)}`));
		expect(hints.length).toBe(2);
		const before = app.frames.length;
		let frame = await press(app, 'h');
		expect(flat(frame)).toContain(hints[0]);
		frame = await press(app, 'h');
		expect(flat(frame)).toContain(hints[1]);
		expect(frame).toMatch(/more above: PgUp/);
		// Scroll back up, one line at a time, until the first hint is whole again (bounded).
		for (let i = 0; i < 8 && !flat(frame).includes(hints[0] as string); i++) frame = await press(app, PAGE_UP);
		expect(flat(frame)).toContain(hints[0]);
		// And the prompt's first line is reachable too.
		for (let i = 0; i < 8 && !frame.includes(words(localize(question.prompt)).slice(0, 30)); i++) frame = await press(app, PAGE_UP);
		expect(frame).toContain(words(localize(question.prompt)).slice(0, 30));
		frame = await press(app, PAGE_DOWN);
		for (const f of app.frames.slice(before)) expect(f.split('\n').length, f).toBeLessThan(24);
		// Every choice row is still drawn.
		expect(frame).toContain('Submit these pairs');
	});
});

describe('source links', () => {
	// The source lines of every bundled question's feedback, as the quiz screen draws them, in one frame.
	const sourceLines = [...lessons.questions.values()].flatMap(({ question }) => {
		const response = rightResponse(question);
		return feedbackLines(question, { correct: true, credit: 1, verdict: scoreAnswer(question, response), response }).filter((line) => line.link);
	});
	const urls = sourceLines.map((line) => line.text);

	it.each([
		[59, '1'],
		[79, '1'],
		[59, '0'],
		[79, '0'],
	])('every source address is whole in the frame at %i columns (links %s): on its own rows, cut only at the width', async (width, links) => {
		// One address per source: every question's, and an explain question's further sources.
		const sources = [...lessons.questions.values()].reduce((sum, { question }) => sum + 1 + (question.type === 'explain' ? (question.moreSources?.length ?? 0) : 0), 0);
		expect(urls.length).toBe(sources);
		const app = await renderInk(<Box flexDirection="column">{renderFeedback(sourceLines, width, links === '1')}</Box>);
		const frame = app.lastFrame() ?? '';
		const rows = frame.split('\n');
		const plain = rows.map((row) => stripAnsi(row));
		for (const row of plain) expect(row.length, row).toBeLessThanOrEqual(width);
		// The rows read back as the addresses, in order: no indent, no other text, nothing lost or added.
		let at = 0;
		for (const url of urls) {
			let read = '';
			while (read.length < url.length && at < plain.length) read += plain[at++];
			expect(read).toBe(url);
		}
		expect(at).toBe(plain.length);
		// Links on: every row of an address is a link to the whole address, unbroken.
		if (links === '1') for (const [i, row] of rows.entries()) expect(row, plain[i]).toMatch(/\u001B\]8;id=source;https:\/\/[\x21-\x7e]+\u0007/);
		else expect(frame).not.toContain('\u001B]8');
	});

	it('the feedback frame at 80x24 holds the source address whole, as a link', async () => {
		const id = [...lessons.questions.values()].find(({ question }) => question.source.url.length > 110 && question.type === 'single')!.question.id;
		const { app, question } = await quizOn(id, 80, 24, undefined, lessons, true);
		await press(app, '1');
		let frame = app.lastFrame() ?? '';
		for (let i = 0; i < 30 && !frame.includes(question.source.url); i++) frame = await press(app, KEYS.down);
		expect(frame).toContain(`\u001B]8;id=source;${question.source.url}\u0007`);
		const plain = stripAnsi(frame).split('\n');
		const first = plain.findIndex((row) => row.startsWith('https://'));
		expect(plain[first]! + plain[first + 1]!).toBe(question.source.url);
	});
});

describe('matching', () => {
	it('picking an option another row holds moves it, says so, and Submit then asks for the emptied row', async () => {
		const { app } = await quizOn('pr-match', 80, 24, undefined, bankOf(practiceChapter()));
		let frame = app.lastFrame() ?? '';
		const number = (text: string) => frame.split('\n').find((line) => line.includes(text) && /^ {2}\d\. /.test(line))?.trim()[0] as string;
		const stack = number('interfaces, routes');
		frame = await press(app, stack); // UTS → interfaces (wrong), cursor moves to network
		expect(frame).toMatch(/UTS +→ \d\. interfaces, routes, ports/);
		frame = await press(app, stack); // network takes it
		expect(frame).toMatch(/UTS +→ \(press a number\)/);
		expect(frame).toMatch(/network +→ \d\. interfaces, routes, ports/);
		expect(frame).toContain(`Moved ${stack} here from "UTS", which needs a pair again.`);
		// Only one row holds it, so the option list shows it used once and Submit still wants every row paired.
		frame = await press(app, number('process ID'), KEYS.enter);
		expect(frame).toContain('Pair every item first (1 left).');
		frame = await press(app, KEYS.up, KEYS.up, KEYS.up, number('hostname'), KEYS.down, KEYS.down, KEYS.enter);
		expect(frame).toContain('✔ Correct.');
	});
});
