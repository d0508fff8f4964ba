// `cvm-tutor room host` in a real terminal (the built binary), with attendees as in-process links on 127.0.0.1:
// the lobby's join line, the trainer's keys, a host killed with SIGKILL mid-room and `--resume`d on the same port
// while the attendees reconnect by themselves, and the summary printed and written with --out at the end.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { structureDigest } from '../src/core/room/compose.js';
import { decodeRoomCode } from '../src/core/room/code.js';
import { roomItems } from '../src/core/room/compose.js';
import type { HostState } from '../src/core/room/live/host.js';
import type { LinkEvent } from '../src/core/room/live/link.js';
import type { ToAttendee } from '../src/core/room/live/protocol.js';
import type { QuizItem } from '../src/core/quiz.js';
import { createAttendeeLink, type Link } from '../src/net/attendee-link.js';
import { Terminal } from './e2e/terminal.js';
import { bundledBank, rightResponse, tempDir, terminalEnv, waitUntil } from './helpers.js';

const WAIT = 20;
const bank = bundledBank();
const lessons = structureDigest(bank);
const opened: Array<{ kill(): void } | Link> = [];
afterEach(() => {
	for (const thing of opened.splice(0)) 'kill' in thing ? thing.kill() : thing.close();
});

/** Bounded: 15000 ms unless told otherwise. */
const waitFor = <T,>(probe: () => T | undefined | false, ms = 15_000) => waitUntil(probe, ms);

function attend(port: number, secret: string, name: string) {
	const events: LinkEvent[] = [];
	const link = createAttendeeLink({ host: '127.0.0.1', port, secret, name, lessons, backoffFirstMs: 100 });
	link.subscribe((event) => events.push(event));
	opened.push(link);
	const messages = () => events.flatMap((e) => (e.type === 'message' ? [e.message] : []));
	const count = (type: ToAttendee['type']) => messages().filter((m) => m.type === type).length;
	/** Whether a message of `type` (for question `index`) came: the host may say where the room is more than once. */
	const has = (type: ToAttendee['type'], index?: number) => messages().some((m) => m.type === type && (index === undefined || ('index' in m && m.index === index)));
	return { link, events, messages, count, has };
}

describe('cvm-tutor room host, in a terminal', () => {
	it('runs a room with two attendees through a host killed and resumed, and prints the summary', { timeout: 120_000 }, async () => {
		const home = tempDir();
		const out = join(home, 'summary.txt');
		const env = terminalEnv({ CVM_TUTOR_HOME: home });
		const host = new Terminal(['room', 'host', '--bind', '127.0.0.1', '--port', '0', '--count', '2', '--time', '60', '--types', 'single,true-false', '--names'], env, 80, 24);
		opened.push(host);
		const lobby = await host.waitFor('room join 127.0.0.1:', WAIT);
		const [, where, secret] = /room join 127\.0\.0\.1:(\d+) ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(lobby) ?? [];
		expect(secret).toBeDefined();
		const port = Number(where);
		// Saved as soon as it listens (off the event loop: a moment after the lobby is drawn).
		const roomFile = await waitFor(() => readdirSync(join(home, 'rooms')).filter((name) => name.endsWith('.json')).map((name) => join(home, 'rooms', name))[0]);
		const saved = () => JSON.parse(readFileSync(roomFile as string, 'utf8')) as HostState;
		// The room file is there from the start, with the port to come back to.
		expect(saved().port).toBe(port);
		expect(saved().bind).toBe('127.0.0.1');

		const ada = attend(port, secret as string, 'Ada');
		const grace = attend(port, secret as string, 'Grace');
		await host.waitFor('Grace', WAIT);
		const welcome = await waitFor(() => ada.messages().find((m) => m.type === 'welcome'));
		const decoded = decodeRoomCode(welcome.type === 'welcome' ? welcome.room : '');
		if (!decoded.ok) throw new Error(decoded.message);
		const built = roomItems(decoded.spec, bank);
		const items: QuizItem[] = built.ok ? built.items : [];
		expect(items).toHaveLength(2);

		await host.mark();
		await host.send('\r');
		await waitFor(() => ada.has('open', 0) && grace.has('open', 0));
		ada.link.answer({ type: 'answer', index: 0, response: rightResponse(items[0]!.question), seconds: 4 });
		await host.waitFor('1 of 2 answered', WAIT);
		await host.mark();
		await host.send('r');
		await host.waitFor('right', WAIT);
		await waitFor(() => ada.has('reveal', 0));
		await host.mark();
		await host.send('\r');
		await host.waitFor('Question 2 of 2', WAIT);
		await waitFor(() => ada.has('open', 1) && grace.has('open', 1));

		// The host dies mid-question: no goodbye, the sockets just close.
		await host.signal('SIGKILL');
		await waitFor(() => ada.events.some((e) => e.type === 'status' && e.status.state === 'offline'));
		// Answered while the host is down: kept by the link until the host is back.
		grace.link.answer({ type: 'answer', index: 1, response: rightResponse(items[1]!.question), seconds: 9 });
		const resumed = new Terminal(['room', 'host', '--resume', roomFile as string, '--out', out], env, 80, 24);
		opened.push(resumed);
		// Resumed without --bind: on 127.0.0.1 again, where it was, not on every address.
		const again = await resumed.waitFor('Question 2 of 2', WAIT);
		expect(again).toContain(`room join 127.0.0.1:${port}`);
		// Both rejoin by themselves as who they were; Grace's answer arrives.
		await waitFor(() => ada.count('welcome') === 2 && grace.count('welcome') === 2, 30_000);
		await waitFor(() => grace.messages().some((m) => m.type === 'receipt' && m.index === 1 && m.ok));
		expect(saved().attendees.map((a) => a.name)).toEqual(['Ada', 'Grace']);
		await resumed.mark();
		await resumed.send('r');
		await resumed.waitFor('right', WAIT);
		await resumed.send('\r');
		await waitFor(() => ada.has('finished') && grace.has('finished'));
		await resumed.mark();
		await resumed.send('q');
		const { code, output } = await resumed.exit(WAIT);
		expect(code).toBe(0);
		// The same summary `room tally` prints: 2 attendees; question 1 right for one, question 2 for the other.
		expect(output).toContain('2 attendees');
		expect(readFileSync(out, 'utf8')).toContain('2 attendees');
		const final = saved();
		expect(final.phase).toBe('finished');
		expect(final.answers.map((a) => [a.index, final.attendees.find((x) => x.attendee === a.attendee)?.name])).toEqual([
			[0, 'Ada'],
			[1, 'Grace'],
		]);
	});

	it('says which port is taken, and which addresses are not this machine', { timeout: 60_000 }, async () => {
		const home = tempDir();
		const env = terminalEnv({ CVM_TUTOR_HOME: home });
		const first = new Terminal(['room', 'host', '--bind', '127.0.0.1', '--port', '0'], env);
		opened.push(first);
		const lobby = await first.waitFor('room join 127.0.0.1:', WAIT);
		const port = /127\.0\.0\.1:(\d+)/.exec(lobby)?.[1];
		const second = new Terminal(['room', 'host', '--bind', '127.0.0.1', '--port', String(port)], env);
		opened.push(second);
		const taken = await second.exit(WAIT);
		expect(taken.code).toBe(1);
		expect(taken.output).toContain(`port ${port} is in use`);
		const elsewhere = new Terminal(['room', 'host', '--bind', '203.0.113.9', '--port', '0'], env);
		opened.push(elsewhere);
		const notHere = await elsewhere.exit(WAIT);
		expect(notHere.code).toBe(2);
		expect(notHere.output).toContain('--bind 203.0.113.9 is not an address of this machine');
	});
});
