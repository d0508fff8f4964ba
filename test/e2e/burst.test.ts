// Keys that arrive together, in a real pseudo-terminal: the built binary, driven by test/e2e/pty-driver.py,
// gets each burst in one write (as from a paste, an SSH link or `tmux send-keys Down Down Enter`), on the
// home menu, a chapter menu, a quiz and a typed answer; the saved progress file shows what was applied.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureChapter, KEYS, practiceChapter, tempDir, terminalEnv } from '../helpers.js';
import { Terminal } from './terminal.js';

/** Three chapters: one single-choice question, one typed question, and the example chapter. */
function lessonsDir(): string {
	const dir = tempDir('cvm-tutor-burst-lessons-');
	const questions = [...(fixtureChapter().questions as { id: string }[]), ...(practiceChapter().questions as { id: string }[])];
	const chapter = (order: number, ids: string[]) => ({
		...fixtureChapter(),
		$schema: undefined,
		id: `burst-${order}`,
		order,
		title: `Burst chapter ${order}`,
		questions: ids.map((id) => ({ ...questions.find((q) => q.id === id), id: `${id}-${order}` })),
	});
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, '01-one.json'), JSON.stringify(chapter(1, ['ex-shared-kernel'])));
	writeFileSync(join(dir, '02-two.json'), JSON.stringify(chapter(2, ['pr-typed'])));
	writeFileSync(join(dir, '03-three.json'), JSON.stringify(chapter(3, ['ex-true-false'])));
	return dir;
}

/** The last line of `output` holding `text` (Ink redraws whole frames: the last one is what the screen shows). */
function lineWith(output: string, text: string): string {
	return output.split('\n').findLast((line) => line.includes(text)) ?? '';
}

let terminal: Terminal | undefined;
afterEach(() => terminal?.kill());

describe('bursts of keys in a real terminal', () => {
	it('home, chapter menu, a typed answer and a quiz each apply every key of a burst, in order', { timeout: 60_000 }, async () => {
		const home = tempDir();
		terminal = new Terminal(['--lessons', lessonsDir()], terminalEnv({ CVM_TUTOR_HOME: home }));
		const first = await terminal.waitFor('Burst chapter 3');
		// Home: the pointer starts on the first row; two rows down is chapter 2.
		const rows = first.split('\n');
		const pointer = rows.findIndex((line) => line.includes('❯'));
		expect(rows[pointer + 2]).toContain('Burst chapter 2');
		await terminal.burst([KEYS.down, KEYS.down, KEYS.enter], '2. Burst chapter 2');
		// Chapter menu: the row under the pointer starts the quiz.
		await terminal.burst([KEYS.down, KEYS.enter], 'Question 1 of 1');
		// A typed answer pasted with its Enter.
		await terminal.burst(['docker run -d -p 8080:80 nginx', KEYS.enter], '✔');
		// Back twice (b), then the digit 1 opens chapter 1, Down Enter starts its quiz: all one burst.
		const quiz = await terminal.burst(['b', 'b', '1', KEYS.down, KEYS.enter], 'Question 1 of 1');
		expect(quiz).toContain('Quiz · Burst chapter 1');
		const secondIsRight = lineWith(quiz, 'The right choice').includes('2. The right choice');
		// Down+Enter in one read answers with the choice under the cursor after the Down.
		await terminal.burst([KEYS.down, KEYS.enter], 'Question 1 of 1');
		await terminal.waitFor(secondIsRight ? '✔' : '✘');
		await terminal.send('q');
		expect((await terminal.exit()).code).toBe(0);
		const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as { answers: Array<{ questionId: string; correct: boolean }> };
		expect(saved.answers.map(({ questionId, correct }) => ({ questionId, correct }))).toEqual([
			{ questionId: 'pr-typed-2', correct: true },
			{ questionId: 'ex-shared-kernel-1', correct: secondIsRight },
		]);
	});
});
