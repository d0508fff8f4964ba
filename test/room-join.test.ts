// `cvm-tutor room join` in a real terminal, through the built binary: the intro, answers, the results, the
// result code printed again on the way out (so it stays in the scrollback), and --out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeRoomCode, type RoomSpec } from '../src/core/room/code.js';
import { roomItems, structureDigest } from '../src/core/room/compose.js';
import { decodeResultCode } from '../src/core/room/result.js';
import { VERSION } from '../src/meta.js';
import { Terminal } from './e2e/terminal.js';
import { bundledBank, KEYS, tempDir, terminalEnv } from './helpers.js';

const WAIT = 15;
const bank = bundledBank();
const spec: RoomSpec = { version: VERSION, structure: structureDigest(bank), chapters: [0], count: 2, seconds: 60, types: ['single', 'true-false'], names: false, seed: 4242 };
const CODE = encodeRoomCode(spec);
const built = roomItems(spec, bank);
const items = built.ok ? built.items : [];

const opened: Terminal[] = [];
afterEach(() => {
	for (const terminal of opened.splice(0)) terminal.kill();
});

/** The key that answers a single-choice or true-false question right, by its place on the screen. */
function rightKey(index: number): string {
	const { question, choiceOrder } = items[index]!;
	if (question.type === 'single') return String(choiceOrder.indexOf(question.answer) + 1);
	if (question.type === 'true-false') return question.answer ? '1' : '2';
	throw new Error(`unexpected ${question.type}`);
}

describe('cvm-tutor room join, in a terminal', () => {
	it('asks the room, prints the result code again on the way out, and writes --out', { timeout: 60_000 }, async () => {
		expect(items).toHaveLength(2);
		const home = tempDir();
		const out = join(home, 'result.json');
		const terminal = new Terminal(['room', 'join', CODE.toLowerCase().replaceAll('-', ' '), '--out', out], terminalEnv({ CVM_TUTOR_HOME: home }));
		opened.push(terminal);
		await terminal.waitFor('Press Enter to start the first countdown.', WAIT);
		await terminal.send(KEYS.enter);
		await terminal.waitFor('Time left: 1:00', WAIT);
		await terminal.send(rightKey(0));
		await terminal.waitFor('question 2 of 2', WAIT);
		await terminal.send(rightKey(1));
		await terminal.waitFor('Room done: 2 of 2 right.', WAIT);
		await terminal.send('q');
		const { code, output } = await terminal.exit(WAIT);
		expect(code).toBe(0);
		const printed = /Your result code, to paste into the call's chat:\r?\n(CVMR-[0-9A-Z]+)/.exec(output)?.[1] ?? '';
		const decoded = decodeResultCode(printed, spec, items);
		expect(decoded.ok && decoded.result.answers.map((a) => a.questionId)).toEqual(items.map((item) => item.question.id));
		const written = JSON.parse(readFileSync(out, 'utf8'));
		expect(written).toMatchObject({ room: CODE, score: { correct: 2, total: 2 }, resultCode: printed });
		expect(written.answers).toEqual([expect.objectContaining({ questionId: items[0]!.question.id, correct: true }), expect.objectContaining({ questionId: items[1]!.question.id, correct: true })]);
		expect(Object.keys(written.answers[0]).sort()).toEqual(['correct', 'questionId', 'response', 'seconds']);
	});

	it('quit mid-room, join again: the same attendee carries on from the next question', { timeout: 60_000 }, async () => {
		const home = tempDir();
		const first = new Terminal(['room', 'join', CODE], terminalEnv({ CVM_TUTOR_HOME: home }));
		opened.push(first);
		await first.waitFor('Press Enter', WAIT);
		await first.send(KEYS.enter);
		await first.send(rightKey(0));
		await first.waitFor('question 2 of 2', WAIT);
		await first.send('q');
		const left = await first.exit(WAIT);
		expect(left.output).toContain(`Room ${CODE}: 1 of 2 answered, all kept. Run \`cvm-tutor room join ${CODE}\` to carry on.`);
		const again = new Terminal(['room', 'join', CODE], terminalEnv({ CVM_TUTOR_HOME: home }));
		opened.push(again);
		await again.waitFor('You answered 1 of 2 before', WAIT);
		await again.send(KEYS.enter);
		await again.waitFor('question 2 of 2', WAIT);
		await again.send(rightKey(1));
		await again.waitFor('Room done: 2 of 2 right.', WAIT);
		await again.send('q');
		const { output } = await again.exit(WAIT);
		const printed = /(CVMR-[0-9A-Z]+)/.exec(output.slice(output.lastIndexOf('Your result code')))?.[1] ?? '';
		const decoded = decodeResultCode(printed, spec, items);
		expect(decoded.ok && decoded.result.answers.every((a) => a.response !== null)).toBe(true);
		const progress = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
		expect(new Set(progress.roomAnswers.map((r: { attendee: string }) => r.attendee)).size).toBe(1);
	});

	it('a room of another version of the lessons: exit 1 with the exact npx command, before any screen', { timeout: 30_000 }, async () => {
		const other = encodeRoomCode({ ...spec, version: '0.0.9', structure: spec.structure.startsWith('000') ? '111' : '000' });
		const terminal = new Terminal(['room', 'join', other], terminalEnv({ CVM_TUTOR_HOME: tempDir() }));
		opened.push(terminal);
		const { code, output } = await terminal.exit(WAIT);
		expect(code).toBe(1);
		expect(output).toContain(`run \`npx cvm-tutor@0.0.9 room join ${other}\``);
	});
});
