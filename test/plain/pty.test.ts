// Plain mode in a real pseudo-terminal: the built binary, a whole chapter quiz of every closed type answered
// from the lesson file, nothing in the output that moves the cursor or erases, every answer in progress.json;
// the ways to leave (q, Ctrl+D, Ctrl+C) and the ways in (--plain, INK_SCREEN_READER=true, TERM=dumb).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Chapter, Question } from '../../src/core/schema.js';
import { tempDir, terminalEnv } from '../helpers.js';
import { LineTerminal } from './terminal.js';

const ROOT = join(import.meta.dirname, '../..');
const CHAPTER = JSON.parse(readFileSync(join(ROOT, 'lessons/03-container-is-a-process.json'), 'utf8')) as Chapter;
const en = (text: string | { en: string }) => (typeof text === 'string' ? text : text.en);
/** Cursor positioning, moving, erasing, saving/restoring the cursor, the alternate screen. */
const CURSOR_OR_ERASE = /\x1b\[[0-9;?]*[HfA-GJKsu]|\x1b\[\?1049/;

const opened: LineTerminal[] = [];
afterEach(() => {
	for (const terminal of opened.splice(0)) terminal.kill();
});

function start(args: string[], env: Record<string, string>): LineTerminal {
	const terminal = new LineTerminal(args, terminalEnv(env));
	opened.push(terminal);
	return terminal;
}

/** The numbered lines ("2. text") and lettered lines ("b. text") of a screen. */
function listed(screen: string, pattern: RegExp): Map<string, string> {
	const found = new Map<string, string>();
	for (const line of screen.split('\n')) {
		const match = pattern.exec(line);
		if (match) found.set(match[2] as string, match[1] as string);
	}
	return found;
}

/** The right answer to the question on `screen`, typed as plain mode asks for it, worked out from the lesson file. */
function rightAnswer(screen: string): { question: Question; line: string } {
	const lines = screen.split('\n');
	const heading = lines.findIndex((line) => /^Question \d+ of \d+, /.test(line));
	const prompt = lines[heading + 1] as string;
	const question = CHAPTER.questions.find((candidate) => en(candidate.prompt).split('\n')[0] === prompt);
	if (!question) throw new Error(`no question of the chapter reads "${prompt}"`);
	const numbers = listed(screen, /^(\d+)\. (.*)$/);
	const number = (text: string) => {
		const n = numbers.get(text);
		if (!n) throw new Error(`"${text}" is not listed:\n${screen}`);
		return n;
	};
	switch (question.type) {
		case 'single':
			return { question, line: number(en(question.choices.find((choice) => choice.id === question.answer)?.text ?? '')) };
		case 'multiple':
			return { question, line: question.answers.map((id) => number(en(question.choices.find((choice) => choice.id === id)?.text ?? ''))).join(' ') };
		case 'true-false':
			return { question, line: question.answer ? number('True') : number('False') };
		case 'ordering':
			return { question, line: question.answer.map((id) => number(en(question.items.find((item) => item.id === id)?.text ?? ''))).join(' ') };
		case 'matching': {
			const letters = listed(screen.slice(screen.indexOf('Right items:')), /^([a-z])\. (.*)$/);
			return { question, line: question.left.map((left) => letters.get(en(question.right.find((right) => right.id === question.answer[left.id])?.text ?? ''))).join(' ') };
		}
		case 'typed':
			return { question, line: question.accept[0] as string };
		case 'explain':
			throw new Error('a chapter quiz asks no explain questions');
	}
}

describe('plain mode in a terminal', () => {
	it('takes a whole chapter quiz of every closed type, with no cursor movement, and saves every answer', { timeout: 120_000 }, async () => {
		const home = tempDir();
		const terminal = start(['--plain'], { CVM_TUTOR_HOME: home });
		const menu = await terminal.ready();
		expect(menu).toContain('3. A container is just a process: 0 of 15 pages read; quiz not taken');
		expect(await terminal.say('3')).toContain('Chapter 3: A container is just a process.');
		let screen = await terminal.say('2');
		const types = new Set<string>();
		const asked = new Set<string>();
		for (let guard = 0; guard < 100 && !screen.includes('Quiz done'); guard++) {
			const { question, line } = rightAnswer(screen);
			types.add(question.type);
			asked.add(question.id);
			const feedback = await terminal.say(line);
			expect(feedback, `${question.id}: ${line}`).toMatch(/\nCorrect\./);
			expect(feedback).not.toMatch(/[✔✘◐]/u);
			screen = await terminal.say('');
		}
		const closed = CHAPTER.questions.filter((question) => question.type !== 'explain');
		expect(screen).toContain(`Quiz done: ${closed.length} of ${closed.length} right, 100%.`);
		expect([...types].sort()).toEqual(['matching', 'multiple', 'ordering', 'single', 'true-false', 'typed']);
		expect(asked.size).toBe(closed.length);
		await terminal.type('q');
		const { code, all } = await terminal.exit();
		expect(all).toMatch(/Saved to .*progress\.json\. Run `cvm-tutor` to continue\./);
		expect(code).toBe(0);
		expect(all).not.toMatch(CURSOR_OR_ERASE);
		// No colour either: not one escape sequence.
		expect(all).not.toContain('\x1b');
		const progress = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as { answers: Array<{ questionId: string; correct: boolean; mode: string }>; chapters: Record<string, { bestScore?: { correct: number; total: number } }> };
		for (const question of closed) expect(progress.answers.find((answer) => answer.questionId === question.id), question.id).toMatchObject({ correct: true, mode: 'quiz' });
		expect(progress.chapters[CHAPTER.id]?.bestScore).toMatchObject({ correct: closed.length, total: closed.length });
	});

	it('saves an answer the moment it is given, and Ctrl+C leaves with the farewell line (exit 130)', { timeout: 60_000 }, async () => {
		const home = tempDir();
		const terminal = start(['--plain'], { CVM_TUTOR_HOME: home });
		await terminal.ready();
		await terminal.say('3');
		const screen = await terminal.say('2');
		const { question, line } = rightAnswer(screen);
		await terminal.say(line);
		const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as { answers: Array<{ questionId: string }> };
		expect(saved.answers.map((answer) => answer.questionId)).toEqual([question.id]);
		await terminal.press('\x03');
		const { code, all } = await terminal.exit();
		expect(all).toMatch(/Saved to .*progress\.json/);
		expect(code).toBe(130);
	});

	it('Ctrl+D on an empty line leaves as q does', { timeout: 30_000 }, async () => {
		const terminal = start(['--plain'], { CVM_TUTOR_HOME: tempDir() });
		await terminal.ready();
		await terminal.press('\x04');
		const { code, all } = await terminal.exit();
		expect(all).toContain('No progress yet; it will be kept in');
		expect(code).toBe(0);
	});

	for (const env of [{ INK_SCREEN_READER: 'true' }, { TERM: 'dumb' }] as Array<Record<string, string>>) {
		it(`starts in plain mode on ${Object.entries(env)[0]?.join('=')}`, { timeout: 30_000 }, async () => {
			const terminal = start([], { CVM_TUTOR_HOME: tempDir(), ...env });
			expect(await terminal.ready()).toContain('cvm-tutor in plain mode');
			await terminal.type('quit');
			const { code, all } = await terminal.exit();
			expect(all).not.toContain('\x1b');
			expect(code).toBe(0);
		});
	}

	it('opens a mock interview on its plan: cvm-tutor interview --plain', { timeout: 30_000 }, async () => {
		const terminal = start(['interview', '--plain', '--seed', '3'], { CVM_TUTOR_HOME: tempDir() });
		expect(await terminal.ready()).toMatch(/A mock interview: \d+ questions in about 20 minutes/);
		expect(await terminal.say('')).toContain('Soft limit');
		await terminal.type('q');
		const { code, all } = await terminal.exit();
		expect(all).not.toContain('\x1b');
		expect(code).toBe(0);
	});

	it('still refuses, with exit 2, when its input is not a terminal', () => {
		const run = spawnSync(process.execPath, [join(ROOT, 'bin/cvm-tutor.js'), '--plain'], { env: terminalEnv({ CVM_TUTOR_HOME: tempDir() }), input: '1\n', encoding: 'utf8' });
		expect(run.stderr).toMatch(/^cvm-tutor: the tutor needs a terminal; its input and output are pipes or files\.\n/);
		expect(run.stdout).toBe('');
		expect(run.status).toBe(2);
	});
});
