// The room commands through the built bundle, as a trainer runs them (no terminal here: room tally and print must not need one).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRoomCode, encodeRoomCode } from '../src/core/room/code.js';
import { structureDigest } from '../src/core/room/compose.js';
import { makeChat } from './fixtures/room/make-chat.js';
import { bundledBank, tempDir } from './helpers.js';

const BIN = join(import.meta.dirname, '../bin/cvm-tutor.js');
const GOLDEN = join(import.meta.dirname, 'fixtures/room/print-answers.json');

function run(args: string[], input = '') {
	const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, CVM_TUTOR_HOME: tempDir() }, input });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const bank = bundledBank();
const fixture = makeChat(bank);
const chat = readFileSync(join(import.meta.dirname, 'fixtures/room/chat.txt'), 'utf8');
/** The first result code of the chat: pasted again on stdin, it is a duplicate of the one in the file. */
const encodeFirst = () => /CVMR-[0-9A-Z]+/.exec(chat)?.[0] ?? '';

describe('cvm-tutor room new', () => {
	it('prints the code, the command attendees type and a summary; the code decodes to what was asked', () => {
		const result = run(['room', 'new', '--chapter', bank.chapters[2]!.id, '--chapter', bank.chapters[3]!.id, '--types', 'single,multiple', '--count', '6', '--time', '20']);
		expect(result.code).toBe(0);
		const code = /^Room code: (CVM-\S+)$/m.exec(result.stdout)?.[1] ?? '';
		expect(result.stdout).toContain(`Attendees type: npx cvm-tutor room join ${code}\n`);
		expect(result.stdout).toContain(`6 questions from chapters ${bank.chapters[2]!.order}, ${bank.chapters[3]!.order} (single, multiple), 20 s each, about 2 min\n`);
		const decoded = decodeRoomCode(code);
		expect(decoded.ok && decoded.spec).toMatchObject({ chapters: [2, 3], count: 6, seconds: 20, types: ['single', 'multiple'], names: false, structure: structureDigest(bank).slice(0, 3) });
	});

	it('defaults: 8 questions from all chapters, 30 s each', () => {
		const result = run(['room', 'new', '--names']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('8 questions from all chapters (every closed type), 30 s each, about 4 min');
		expect(result.stdout).toContain('Attendees may add a name');
	});

	it('says when fewer questions match than asked', () => {
		const result = run(['room', 'new', '--types', 'typed', '--count', '40']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/Only \d+ questions match, so the room asks all of them\./);
	});

	it('refuses an unknown chapter, type or an out-of-range number with the values allowed, exit 2', () => {
		expect(run(['room', 'new', '--chapter', 'nope'])).toMatchObject({ code: 2, stderr: expect.stringContaining(`there is no chapter "nope". Give one of these ids:\n  ${bank.chapters[0]!.id}`) });
		expect(run(['room', 'new', '--types', 'single,explain'])).toMatchObject({ code: 2, stderr: expect.stringContaining('single, multiple, true-false, ordering, matching, typed; "explain" is not one') });
		expect(run(['room', 'new', '--count', '41'])).toMatchObject({ code: 2, stderr: expect.stringContaining('from 1 to 40, not "41"') });
		expect(run(['room', 'new', '--time', '7'])).toMatchObject({ code: 2, stderr: expect.stringContaining('from 10 to 300 in steps of 5') });
		expect(run(['room', 'new', '--json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('room new does not take --json') });
		expect(run(['room'])).toMatchObject({ code: 2, stderr: expect.stringContaining('room needs a subcommand') });
		expect(run(['room', 'frob'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown room subcommand "frob"') });
	});

	it('reset still takes one --chapter', () => {
		expect(run(['reset', '--chapter', 'a', '--chapter', 'b'])).toMatchObject({ code: 2, stderr: expect.stringContaining('reset takes one --chapter') });
		expect(run(['reset', '--chapter', 'nope', '--yes'])).toMatchObject({ code: 2, stderr: expect.stringContaining('there is no chapter "nope"') });
	});
});

describe('cvm-tutor room tally', () => {
	it('reads a pasted chat on stdin: 20 counted, 4 left out, exit 0', () => {
		const result = run(['room', 'tally', fixture.roomCode], chat);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(new RegExp(`^Room ${fixture.roomCode}: 20 attendees counted, 8 questions\nNames: Ann, Bob Smith,`));
		expect(result.stdout).toContain(`4 codes left out:\n  stdin line ${fixture.rejected[0]!.line}: from another room`);
		expect(result.stdout).toContain('Discuss these first:');
	});

	it('given files, leaves stdin alone (an open pipe never ends); "-" reads it too', async () => {
		const dir = tempDir();
		const log = join(dir, 'chat.txt');
		writeFileSync(log, chat);
		// stdin stays an open pipe that nobody writes to or closes: a tally that waited for it would never exit.
		const child = spawn(process.execPath, [BIN, 'room', 'tally', fixture.roomCode, log], { env: { ...process.env, CVM_TUTOR_HOME: tempDir() }, stdio: ['pipe', 'pipe', 'pipe'] });
		let stdout = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		const code = await new Promise<number | null>((resolve) => {
			const timer = setTimeout(() => {
				child.kill();
				resolve(null);
			}, 15_000);
			child.on('exit', (exit) => {
				clearTimeout(timer);
				resolve(exit);
			});
		});
		expect(code).toBe(0);
		expect(stdout).toContain('20 attendees counted');
		const both = run(['room', 'tally', fixture.roomCode, log, '-', '--json'], encodeFirst());
		expect(JSON.parse(both.stdout).attendees).toBe(20);
		expect(JSON.parse(both.stdout).rejected.some((r: { why: string }) => r.why === 'duplicate')).toBe(true);
	});

	it('reads files (chat logs and join --out JSON) and reports a missing one without stopping; --json gives the data', async () => {
		const { encodeResultCode } = await import('../src/core/room/result.js');
		const dir = tempDir();
		const out = join(dir, 'result.json');
		writeFileSync(out, JSON.stringify({ resultCode: encodeResultCode({ spec: fixture.spec, ...fixture.valid[19]! }, fixture.items), score: 3 }, null, 2));
		const log = join(dir, 'chat.txt');
		writeFileSync(log, chat);
		const result = run(['room', 'tally', fixture.roomCode, log, join(dir, 'missing.txt'), '--json']);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain(`cannot read ${join(dir, 'missing.txt')} (ENOENT); skipped.`);
		const tally = JSON.parse(result.stdout);
		expect(tally.attendees).toBe(20);
		expect(tally.questions).toHaveLength(8);
		expect(tally.histogram.reduce((a: number, b: number) => a + b, 0)).toBe(20);
		const alone = run(['room', 'tally', fixture.roomCode, out, '--json']);
		expect(alone.code).toBe(0);
		expect(JSON.parse(alone.stdout).attendees).toBe(1);
	});

	it('no code counted: exit 1 with what to do; a bad room code: exit 2; another version\'s lessons: exit 1 with the command', () => {
		const none = run(['room', 'tally', fixture.roomCode], 'hello\nno codes here\n');
		expect(none.code).toBe(1);
		expect(none.stderr).toContain(`no result code of room ${fixture.roomCode} was found`);
		expect(run(['room', 'tally', fixture.roomCode.slice(0, -1)])).toMatchObject({ code: 2, stderr: expect.stringContaining('has 15 characters after CVM-, a room code has 16') });
		const digest = structureDigest(bank);
		const other = encodeRoomCode({ ...fixture.spec, version: '0.0.9', structure: digest.startsWith('000') ? '111' : '000' });
		expect(run(['room', 'tally', other])).toMatchObject({ code: 1, stderr: `This room uses cvm-tutor 0.0.9's lessons; run \`npx cvm-tutor@0.0.9 room tally ${other}\`.\n` });
		expect(run(['room', 'print', other, '--format', 'json'])).toMatchObject({ code: 1, stderr: `This room uses cvm-tutor 0.0.9's lessons; run \`npx cvm-tutor@0.0.9 room print ${other} --format json\`.\n` });
	});

	it('escapes what pasted codes carry (names) for the terminal', () => {
		const spec = fixture.spec;
		const items = fixture.items;
		return import('../src/core/room/result.js').then(({ encodeResultCode }) => {
			// Sanitising drops controls; escaping is the second guard, for what a crafted code might still carry.
			const code = encodeResultCode({ spec, attendee: 'ZZZZZZZZ', name: 'Eve\u001b]0;pwned\u0007', answers: [] }, items);
			const result = run(['room', 'tally', fixture.roomCode], code);
			expect(result.code).toBe(0);
			expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
			expect(result.stdout).toContain('Names: Eve]0;pwned');
		});
	});
});

describe('cvm-tutor room print', () => {
	it('the same code gives byte-identical JSON, equal to the committed golden file (bundled lessons)', () => {
		const first = run(['room', 'print', fixture.roomCode, '--format', 'json', '--answers']);
		const second = run(['room', 'print', fixture.roomCode, '--answers', '--format', 'json']);
		expect(first.code).toBe(0);
		expect(second.stdout).toBe(first.stdout);
		if (process.env.ROOM_FIXTURE_WRITE === '1') writeFileSync(GOLDEN, first.stdout);
		expect(first.stdout, 'print-answers.json is stale (the lessons changed): ROOM_FIXTURE_WRITE=1 npx vitest run test/room-commands.test.ts').toBe(readFileSync(GOLDEN, 'utf8'));
		const data = JSON.parse(first.stdout);
		expect(data.questions.map((q: { id: string }) => q.id)).toEqual(fixture.items.map((item) => item.question.id));
	});

	it('Markdown handout with and without the key; a wrong format is exit 2', () => {
		const plain = run(['room', 'print', fixture.roomCode]);
		expect(plain.code).toBe(0);
		expect(plain.stdout).toMatch(new RegExp(`^# cvm-tutor room ${fixture.roomCode}\n`));
		expect(plain.stdout).not.toContain('**Answer:**');
		const key = run(['room', 'print', fixture.roomCode, '--answers']);
		expect(key.stdout.match(/\*\*Answer:\*\*/g)).toHaveLength(8);
		expect(run(['room', 'print', fixture.roomCode, '--format', 'pdf'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format takes md or json') });
	});

	it('room join without a terminal: exit 2, saying why and what gives the quiz as text; a mistyped code is named first', () => {
		const piped = run(['room', 'join', fixture.roomCode]);
		expect(piped.code).toBe(2);
		expect(piped.stderr).toContain('room join asks its questions with a countdown on a terminal, and this is not one.');
		expect(piped.stderr).toContain(`\`cvm-tutor room print ${fixture.roomCode}\` gives the same quiz as text`);
		const last = fixture.roomCode.at(-1) === '0' ? '1' : '0';
		const typo = run(['room', 'join', `${fixture.roomCode.slice(0, -1)}${last}`]);
		expect(typo).toMatchObject({ code: 2, stderr: expect.stringContaining('the check character does not match') });
		expect(run(['room', 'join'])).toMatchObject({ code: 2, stderr: expect.stringContaining('room join needs the room code') });
	});
});
