// The live room over real sockets on 127.0.0.1: join, stream, answers with receipts sent only after the room is
// saved, and the faults the issue names: a malformed and an oversized message, a wrong code 1000 times, an
// attendee killed mid-question and rejoining, the host killed and resumed, and 20 attendees reconnecting at once.
// Every wait is bounded (waitFor's deadline) and every server is closed after its test.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomSpec } from '../../src/core/room/code.js';
import { roomItems, structureDigest } from '../../src/core/room/compose.js';
import { createHostRoom, type HostState, parseHostState } from '../../src/core/room/live/host.js';
import { WrongCodeLimiter } from '../../src/core/room/live/limits.js';
import type { LinkEvent } from '../../src/core/room/live/link.js';
import type { AnswerMessage, ToAttendee } from '../../src/core/room/live/protocol.js';
import { newSecret } from '../../src/core/room/live/secret.js';
import { createAttendeeLink, type Link } from '../../src/net/attendee-link.js';
import { type HostServer, startHostServer } from '../../src/net/host-server.js';
import { writeFileSafelyAsync } from '../../src/store/safe-write.js';
import { bundledBank, rightResponse, tempDir, waitUntil } from '../helpers.js';

const bank = bundledBank();
const lessons = structureDigest(bank);
const spec: RoomSpec = { version: '0.1.0', structure: lessons, chapters: 'all', count: 5, seconds: 30, types: ['single', 'true-false'], names: true, seed: 4242 };
const built = roomItems(spec, bank);
if (!built.ok) throw new Error('no room');
const items = built.items;

const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
	for (const thing of open.splice(0).reverse()) await thing.close();
});

async function host(state?: HostState, options: { port?: number; limiter?: WrongCodeLimiter; heartbeatMs?: number } = {}) {
	const dir = tempDir();
	const roomFile = join(dir, 'room.json');
	const first = state ?? createHostRoom({ spec, items, secret: newSecret(() => randomBytes(1)[0] as number), lessons });
	const server = await startHostServer({ state: first, items, bind: '127.0.0.1', port: options.port ?? 0, roomFile, save: (s) => writeFileSafelyAsync(roomFile, JSON.stringify(s)), heartbeatMs: options.heartbeatMs ?? 200, ...(options.limiter ? { limiter: options.limiter } : {}) });
	open.push(server);
	return { server, roomFile, saved: () => JSON.parse(readFileSync(roomFile, 'utf8')) as HostState };
}

/** A link that records every event; `next` waits (bounded) for one that matches. */
function attend(server: HostServer, over: { secret?: string; attendee?: string; name?: string; lessons?: string } = {}) {
	const events: LinkEvent[] = [];
	const link = createAttendeeLink({ host: '127.0.0.1', port: server.port, secret: over.secret ?? server.view().secret, lessons: over.lessons ?? lessons, backoffFirstMs: 20, silenceMs: 1500, firstContactMs: 3000, ...(over.attendee ? { attendee: over.attendee } : {}), ...(over.name ? { name: over.name } : {}) });
	link.subscribe((event) => events.push(event));
	open.push(link);
	const messages = () => events.flatMap((e) => (e.type === 'message' ? [e.message] : []));
	return { link, events, messages, message: <T extends ToAttendee['type']>(type: T, index?: number) => waitFor(() => messages().find((m): m is Extract<ToAttendee, { type: T }> => m.type === type && (index === undefined || !('index' in m) || m.index === index))) };
}

/** Bounded: 5000 ms unless told otherwise. */
const waitFor = <T,>(probe: () => T | undefined | false, ms = 5000) => waitUntil(probe, ms);

/** A raw request, to send what no well-behaved link would. */
function raw(port: number, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, method, path, headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
			let text = '';
			res.on('data', (chunk) => (text += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
		});
		req.on('error', reject);
		req.end(body);
	});
}

const answerFor = (index: number): AnswerMessage => ({ type: 'answer', index, response: rightResponse(items[index]!.question), seconds: 3 });

describe('a live room on 127.0.0.1', () => {
	it('joins, follows the trainer, and gets a receipt only once the answer is on disk', async () => {
		// No heartbeat within the test: the stream's headers alone tell the attendee it is in, even in a silent lobby.
		const { server, saved } = await host(undefined, { heartbeatMs: 60_000 });
		const a = attend(server, { name: 'Ada' });
		const welcome = await a.message('welcome');
		expect(welcome).toMatchObject({ room: server.view().state.code, questions: 5, answered: [], name: 'Ada' });
		expect(welcome).not.toHaveProperty('token');
		await waitFor(() => a.events.some((e) => e.type === 'status' && e.status.state === 'online'), 1000);
		server.open();
		const opened = await a.message('open', 0);
		expect(opened).toMatchObject({ index: 0, id: items[0]!.question.id, seconds: 30 });
		// 30, or a hair less if the stream joined the broadcasts just after the question opened.
		expect(opened.left).toBeGreaterThan(29);
		expect(opened.left).toBeLessThanOrEqual(30);
		// Once, however the stream and the broadcast crossed.
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(a.messages().filter((m) => m.type === 'open')).toHaveLength(1);
		let onDisk: HostState | undefined;
		a.link.subscribe((event) => {
			if (event.type === 'message' && event.message.type === 'receipt') onDisk = saved();
		});
		a.link.answer(answerFor(0));
		expect(await a.message('receipt', 0)).toEqual({ type: 'receipt', index: 0, ok: true });
		expect(onDisk?.answers.map((x) => [x.attendee, x.index])).toEqual([[welcome.attendee, 0]]);
		server.reveal();
		await a.message('reveal', 0);
		server.finish();
		await a.message('finished');
		expect(server.view().state.phase).toBe('finished');
	});

	it('answers a malformed, an oversized, an unknown and a tokenless request with a status, and carries on', async () => {
		const { server } = await host();
		expect((await raw(server.port, 'POST', '/join', '{"type":"join",')).status).toBe(400);
		expect((await raw(server.port, 'POST', '/join', JSON.stringify({ type: 'answer', index: 0, response: { type: 'true-false', value: true }, seconds: 1 }))).status).toBe(400);
		expect((await raw(server.port, 'POST', '/join', JSON.stringify({ type: 'exec', command: 'rm -rf /' }))).status).toBe(400);
		const big = await raw(server.port, 'POST', '/join', Buffer.alloc(100_000, 'x'));
		expect(big.status).toBe(413);
		const streamed = await raw(server.port, 'POST', '/join', Buffer.alloc(100_000, 'x'), { 'Transfer-Encoding': 'chunked' });
		expect(streamed.status).toBe(413);
		expect((await raw(server.port, 'GET', '/events')).status).toBe(401);
		expect((await raw(server.port, 'POST', '/answer', JSON.stringify(answerFor(0)), { Authorization: `Bearer ${'0'.repeat(32)}` })).status).toBe(401);
		expect((await raw(server.port, 'GET', '/join')).status).toBe(405);
		expect((await raw(server.port, 'GET', '/')).status).toBe(404);
		expect(server.view().state.attendees).toEqual([]);
		const a = attend(server);
		await a.message('welcome');
	});

	it('refuses a wrong code 1000 times: 5 get "refused", the rest must wait, and none joins', async () => {
		const limiter = new WrongCodeLimiter(5, 60_000);
		const { server } = await host(undefined, { limiter });
		const wrong = newSecret(() => 1);
		const join = JSON.stringify({ type: 'join', protocol: 1, secret: wrong, lessons });
		const statuses = new Map<number, number>();
		const started = Date.now();
		for (let batch = 0; batch < 10; batch++) {
			const replies = await Promise.all(Array.from({ length: 100 }, () => raw(server.port, 'POST', '/join', join)));
			for (const reply of replies) statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
		}
		expect(Object.fromEntries(statuses)).toEqual({ 403: 5, 429: 995 });
		expect(Date.now() - started).toBeLessThan(30_000);
		expect(server.view().state.attendees).toEqual([]);
		// The same address with the right code waits too; its link says why and tries again after the wait.
		const a = attend(server);
		await waitFor(() => a.events.find((e) => e.type === 'status' && e.status.state === 'offline' && e.status.retryInMs >= 1000));
	});

	it('counts wrong codes whose headers all came before their bodies one by one', async () => {
		const { connect } = await import('node:net');
		const { server } = await host(undefined, { limiter: new WrongCodeLimiter(5, 60_000) });
		const body = JSON.stringify({ type: 'join', protocol: 1, secret: newSecret(() => 1), lessons });
		const sockets = await Promise.all(
			Array.from({ length: 30 }, () => new Promise<import('node:net').Socket>((resolve) => {
				const socket = connect(server.port, '127.0.0.1', () => {
					socket.write(`POST /join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`);
					resolve(socket);
				});
			})),
		);
		open.push({ close: () => sockets.forEach((socket) => socket.destroy()) });
		// Every request is past its headers before any body is sent.
		await new Promise((resolve) => setTimeout(resolve, 200));
		const statuses = await Promise.all(
			sockets.map((socket) => new Promise<number>((resolve) => {
				let reply = '';
				socket.on('data', (chunk) => (reply += chunk));
				socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(reply)?.[1] ?? 0)));
				socket.write(body);
			})),
		);
		expect(statuses.filter((status) => status === 403)).toHaveLength(5);
		expect(statuses.filter((status) => status === 429)).toHaveLength(25);
	});

	it('lets an attendee killed mid-question rejoin as itself and answer with the time left', async () => {
		const { server } = await host();
		const a = attend(server);
		const id = (await a.message('welcome')).attendee;
		await waitFor(() => server.view().state.attendees[0]?.connected);
		server.open();
		await a.message('open', 0);
		a.link.close();
		await waitFor(() => server.view().state.attendees[0]?.connected === false);
		await new Promise((resolve) => setTimeout(resolve, 1100));
		const again = attend(server, { attendee: id });
		expect((await again.message('welcome')).attendee).toBe(id);
		const reopened = await again.message('open', 0);
		expect(reopened.left).toBeLessThan(29);
		again.link.answer(answerFor(0));
		expect(await again.message('receipt', 0)).toMatchObject({ ok: true });
		expect(server.view().state.attendees).toHaveLength(1);
		expect(server.view().state.answers.map((x) => x.attendee)).toEqual([id]);
	});

	it('survives the host being killed and resumed: links rejoin by themselves and no answer is lost', async () => {
		const first = await host();
		const port = first.server.port;
		const links = Array.from({ length: 3 }, () => attend(first.server));
		for (const l of links) await l.message('welcome');
		await waitFor(() => first.server.view().state.attendees.every((a) => a.connected) && first.server.view().state.attendees.length === 3);
		first.server.open();
		for (const l of links) await l.message('open', 0);
		links[0]!.link.answer(answerFor(0));
		await links[0]!.message('receipt', 0);
		await first.server.close();
		// While the host is down, attendee 2 answers: the link keeps it until the host is back.
		links[1]!.link.answer(answerFor(0));
		for (const l of links) await waitFor(() => l.events.some((e) => e.type === 'status' && e.status.state === 'offline'));
		const resumed = parseHostState(readFileSync(first.roomFile, 'utf8'));
		if (!resumed.ok) throw new Error(resumed.why);
		const second = await host(resumed.state, { port });
		for (const l of links) await waitFor(() => l.messages().filter((m) => m.type === 'welcome').length === 2);
		expect((await links[1]!.message('receipt', 0)).ok).toBe(true);
		const state = second.server.view().state;
		expect(state.attendees).toHaveLength(3);
		expect(state.answers.map((a) => a.attendee).sort()).toEqual([links[0]!.link.attendee, links[1]!.link.attendee].sort());
		await waitFor(() => second.server.view().state.attendees.every((a) => a.connected));
	});

	it('takes 20 attendees reconnecting at once after their streams drop', async () => {
		const first = await host();
		const port = first.server.port;
		const links = Array.from({ length: 20 }, () => attend(first.server));
		await waitFor(() => first.server.view().state.attendees.filter((a) => a.connected).length === 20);
		await first.server.close();
		const resumed = parseHostState(readFileSync(first.roomFile, 'utf8'));
		if (!resumed.ok) throw new Error(resumed.why);
		const second = await host(resumed.state, { port });
		await waitFor(() => second.server.view().state.attendees.filter((a) => a.connected).length === 20, 10_000);
		expect(second.server.view().state.attendees).toHaveLength(20);
		second.server.open();
		for (const l of links) await l.message('open', 0);
		for (const l of links) l.link.answer(answerFor(0));
		await waitFor(() => second.server.view().state.answers.length === 20);
	});

	it('refuses other lessons with the exact version to run, and stops', async () => {
		const { server } = await host();
		const a = attend(server, { lessons: '0'.repeat(64) });
		expect(await a.message('refused')).toEqual({ type: 'refused', reason: 'other-lessons', version: '0.1.0', run: 'npx cvm-tutor@0.1.0' });
		await waitFor(() => a.events.some((e) => e.type === 'stopped'));
	});

	it('gives up when nobody ever answers at the address', async () => {
		const { server } = await host();
		const port = server.port;
		await server.close();
		const events: LinkEvent[] = [];
		const link = createAttendeeLink({ host: '127.0.0.1', port, secret: 'XXXX-XXXX-XXXX', lessons, backoffFirstMs: 20, firstContactMs: 300 });
		open.push(link);
		link.subscribe((e) => events.push(e));
		const stopped = await waitFor(() => events.find((e) => e.type === 'stopped'));
		expect(stopped).toMatchObject({ why: expect.stringContaining(`127.0.0.1:${port}`) });
	});
});

describe('a host whose saves fail', () => {
	it('sends no receipt until the answer is saved, says why meanwhile, and takes it once the disk lets it', async () => {
		const dir = tempDir();
		const roomFile = join(dir, 'room.json');
		let full = false;
		let failed = 0;
		const server = await startHostServer({
			state: createHostRoom({ spec, items, secret: newSecret(() => randomBytes(1)[0] as number), lessons }),
			items,
			bind: '127.0.0.1',
			port: 0,
			roomFile,
			save: async (s) => {
				if (full) {
					failed += 1;
					throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
				}
				await writeFileSafelyAsync(roomFile, JSON.stringify(s));
			},
		});
		open.push(server);
		const a = attend(server);
		await a.message('welcome');
		await waitFor(() => server.view().state.attendees[0]?.connected);
		server.open();
		await a.message('open', 0);
		full = true;
		a.link.answer(answerFor(0));
		await waitFor(() => failed >= 2);
		expect(server.view().saveError).toBe('ENOSPC');
		expect(a.messages().some((m) => m.type === 'receipt')).toBe(false);
		full = false;
		expect(await a.message('receipt', 0)).toEqual({ type: 'receipt', index: 0, ok: true });
		expect((JSON.parse(readFileSync(roomFile, 'utf8')) as HostState).answers).toHaveLength(1);
		expect(server.view().saveError).toBeUndefined();
	});
});

describe('the attendee link against a host that drops a request', () => {
	it('sends an answer again when its request fails while the stream stays up', async () => {
		const { createServer } = await import('node:http');
		let answers = 0;
		const server = createServer((req, res) => {
			if (req.url === '/join') {
				req.resume();
				res.end(JSON.stringify({ type: 'welcome', room: 'CVM-X', attendee: 'ATTEND01', token: 'a'.repeat(32), questions: 1, answered: [] }));
			} else if (req.url === '/events') {
				res.writeHead(200, { 'Content-Type': 'text/event-stream' });
				res.flushHeaders();
			} else {
				req.resume();
				answers += 1;
				// The first try dies on the way: no reply at all.
				if (answers === 1) req.socket.destroy();
				else res.end(JSON.stringify({ type: 'receipt', index: 0, ok: true }));
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		open.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
		server.on('connection', (socket) => open.push({ close: () => socket.destroy() }));
		const port = (server.address() as { port: number }).port;
		const events: LinkEvent[] = [];
		const link = createAttendeeLink({ host: '127.0.0.1', port, secret: 'x', lessons, backoffFirstMs: 20 });
		open.push(link);
		link.subscribe((e) => events.push(e));
		await waitFor(() => events.some((e) => e.type === 'status' && e.status.state === 'online'));
		link.answer(answerFor(0));
		await waitFor(() => events.some((e) => e.type === 'message' && e.message.type === 'receipt'));
		expect(answers).toBe(2);
		expect(events.filter((e) => e.type === 'status' && e.status.state === 'offline')).toEqual([]);
	});
});
