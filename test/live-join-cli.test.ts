// `cvm-tutor room join HOST:PORT CODE` in a real terminal (the built binary) against a host run in this process on
// 127.0.0.1: waiting, a question drawn from the attendee's own lessons, one answer taken, the reveal, the results
// with the result code printed again on the way out; a laptop killed before its first answer that rejoins as the
// same attendee; and, with no terminal or a mistyped code, a message and exit 2 before any connection.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomSpec } from '../src/core/room/code.js';
import { roomItems, structureDigest } from '../src/core/room/compose.js';
import { createHostRoom } from '../src/core/room/live/host.js';
import { newSecret } from '../src/core/room/live/secret.js';
import { decodeResultCode } from '../src/core/room/result.js';
import { VERSION } from '../src/meta.js';
import { type HostServer, startHostServer } from '../src/net/host-server.js';
import { writeFileSafelyAsync } from '../src/store/safe-write.js';
import { Terminal } from './e2e/terminal.js';
import { bundledBank, tempDir, terminalEnv, waitUntil } from './helpers.js';

const WAIT = 20;
const BIN = join(import.meta.dirname, '../bin/cvm-tutor.js');
const bank = bundledBank();
const lessons = structureDigest(bank);
const spec: RoomSpec = { version: VERSION, structure: lessons, chapters: [0], count: 2, seconds: 60, types: ['single', 'true-false'], names: true, seed: 4242 };
const built = roomItems(spec, bank);
const items = built.ok ? built.items : [];

const opened: Array<{ kill(): void } | HostServer> = [];
afterEach(async () => {
	for (const thing of opened.splice(0)) 'kill' in thing ? thing.kill() : await thing.close();
});

/** Bounded: 15000 ms unless told otherwise. */
const waitFor = <T,>(probe: () => T | undefined | false, ms = 15_000) => waitUntil(probe, ms);

async function host() {
	const file = join(tempDir(), 'room.json');
	const server = await startHostServer({
		state: createHostRoom({ spec, items, secret: newSecret(() => randomBytes(1)[0] as number), lessons }),
		items,
		bind: '127.0.0.1',
		port: 0,
		roomFile: file,
		save: (state) => writeFileSafelyAsync(file, JSON.stringify(state)),
	});
	opened.push(server);
	return server;
}

/** The key that answers a question right, by its place on the screen. */
function rightKey(index: number): string {
	const { question, choiceOrder } = items[index]!;
	if (question.type === 'single') return String(choiceOrder.indexOf(question.answer) + 1);
	if (question.type === 'true-false') return question.answer ? '1' : '2';
	throw new Error(`unexpected ${question.type}`);
}

describe('cvm-tutor room join HOST:PORT CODE, in a terminal', () => {
	it('follows the host to the results, and prints the result code on the way out', { timeout: 90_000 }, async () => {
		expect(items).toHaveLength(2);
		const server = await host();
		const home = tempDir();
		const out = join(home, 'result.json');
		const secret = server.view().secret.toLowerCase().replaceAll('-', ' ');
		const attendee = new Terminal(['room', 'join', `127.0.0.1:${server.port}`, secret, '--name', 'Ann', '--out', out], terminalEnv({ CVM_TUTOR_HOME: home }));
		opened.push(attendee);
		await attendee.waitFor('Waiting for the trainer to open question 1 of 2', WAIT);
		await waitFor(() => server.view().state.attendees[0]?.connected);
		await attendee.mark();
		server.open();
		await attendee.waitFor('Time left', WAIT);
		await attendee.send(rightKey(0));
		await attendee.waitFor('Taken', WAIT);
		expect(server.view().state.answers).toHaveLength(1);
		await attendee.mark();
		server.reveal();
		await attendee.waitFor('Correct', WAIT);
		server.open();
		await attendee.mark();
		await attendee.waitFor('Question 2 of 2', WAIT);
		// The second question is left to the host: it finishes the room before the attendee answers.
		server.reveal();
		server.open();
		await attendee.waitFor('1 of 2 right', WAIT);
		await attendee.mark();
		await attendee.send('q');
		const { code, output } = await attendee.exit(WAIT);
		expect(code).toBe(0);
		const printed = /CVMR-[0-9A-Z]+/.exec(output)?.[0];
		expect(printed, output).toBeDefined();
		const decoded = decodeResultCode(printed as string, spec, items);
		expect(decoded.ok && decoded.result.name).toBe('Ann');
		expect(output).toContain(`Also written to ${out}`);
	});

	it('rejoins as the same attendee after the laptop was killed before its first answer', { timeout: 90_000 }, async () => {
		const server = await host();
		const home = tempDir();
		const args = ['room', 'join', `127.0.0.1:${server.port}`, server.view().secret, '--name', 'Bo'];
		const first = new Terminal(args, terminalEnv({ CVM_TUTOR_HOME: home }));
		opened.push(first);
		await first.waitFor('Waiting for the trainer', WAIT);
		server.open();
		await first.waitFor('Time left', WAIT);
		await first.signal('SIGKILL');
		await waitFor(() => server.view().state.attendees[0]?.connected === false);
		const again = new Terminal(args, terminalEnv({ CVM_TUTOR_HOME: home }));
		opened.push(again);
		await again.waitFor('Time left', WAIT);
		await again.send(rightKey(0));
		await again.waitFor('Taken', WAIT);
		const { state } = server.view();
		expect(state.attendees).toHaveLength(1);
		expect(state.answers.map((a) => a.attendee)).toEqual([state.attendees[0]?.attendee]);
	});

	it('says what is wrong without a terminal, and with a mistyped address or join code, before connecting', () => {
		const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, CVM_TUTOR_HOME: tempDir() }, input: '' });
		const good = newSecret(() => 77);
		const noTerminal = run('room', 'join', '127.0.0.1:9', good.toLowerCase());
		expect(noTerminal.status).toBe(2);
		expect(noTerminal.stderr).toContain(`Run \`cvm-tutor room join 127.0.0.1:9 ${good}\` in a terminal window.`);
		const typo = run('room', 'join', '127.0.0.1:9', 'K7Q2-M9XD-4HTU');
		expect(typo.status).toBe(2);
		expect(typo.stderr).toContain("character 12 ('U')");
		const address = run('room', 'join', '127.0.0.1', good);
		expect(address.status).toBe(2);
		expect(address.stderr).toContain('is not HOST:PORT');
		const noCode = run('room', 'join', '127.0.0.1:7420');
		expect(noCode.status).toBe(2);
		expect(noCode.stderr).toContain('needs the join code too');
		const noPort = run('room', 'join', '192.168.1.23');
		expect(noPort.status).toBe(2);
		expect(noPort.stderr).toContain('room join 192.168.1.23:PORT XXXX-XXXX-XXXX');
		// The host names a wrong option before it says there is no terminal.
		const count = run('room', 'host', '--count', '0');
		expect(count.status).toBe(2);
		expect(count.stderr).toContain('--count');
		expect(count.stderr).not.toContain('terminal');
		const host = run('room', 'host');
		expect(host.status).toBe(2);
		expect(host.stderr).toContain('room host draws the room for the trainer on a terminal');
	});
});
