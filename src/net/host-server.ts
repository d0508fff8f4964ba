// The live room's host over HTTP (node:http only): attendees POST a join and their answers, and read the host's
// messages from one Server-Sent Events stream. Every rule is hostReducer's (src/core/room/live/host.ts); this file
// only reads requests (capped, checked by parseMessage), feeds the reducer, saves the state, and writes back.
//
//   POST /join     body: a join message  → 200 welcome (with a token) | 403 refused | 429 wait | 400 | 413
//   GET  /events   Authorization: Bearer TOKEN → text/event-stream: where the room is now, then every broadcast
//   POST /answer   Authorization: Bearer TOKEN, body: an answer message → 200 receipt, sent once the room is saved
//
// The state is saved (one write for everything that arrived in the same turn of the event loop) before any
// receipt or broadcast leaves: an attendee never hears "taken" for an answer a crash could lose.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { QuizItem } from '../core/quiz.js';
import { type HostEvent, type HostOutcome, hostReducer, type HostState } from '../core/room/live/host.js';
import { WrongCodeLimiter } from '../core/room/live/limits.js';
import type { HostControl, HostView } from '../core/room/live/link.js';
import { encodeMessage, MESSAGE_MAX_BYTES, parseMessage, type ToAttendee } from '../core/room/live/protocol.js';
import { roomNow } from '../core/room/live/host.js';
import { newAttendeeId } from '../core/room/result.js';

/** The port a room tries first, and how many after it when it is taken (only when no --port was given). */
export const DEFAULT_PORT = 7420;
export const PORT_TRIES = 10;
/** A comment line on every stream this often: the attendee's watchdog hears the host is there. */
export const HEARTBEAT_MS = 10_000;

export interface HostServerOptions {
	state: HostState;
	items: readonly QuizItem[];
	/** Address to listen on: "0.0.0.0" (every interface) unless --bind says otherwise. */
	bind: string;
	/** 0: any free port. */
	port: number;
	/** Try the next ports when `port` is taken (the default port only). */
	fallback?: boolean;
	roomFile: string;
	/**
	 * Writes the state, off the event loop (answers keep arriving meanwhile); rejects when it cannot (the screen
	 * says so, the room goes on in memory). Never called again before the last call settled.
	 */
	save: (state: HostState) => Promise<void>;
	now?: () => Date;
	heartbeatMs?: number;
	limiter?: WrongCodeLimiter;
}

export interface HostServer extends HostControl {
	readonly port: number;
	/** The addresses the server listens on, as the lobby shows them ("HOST:PORT"). */
	readonly joinLines: string[];
	/** Stops listening and ends every stream; resolves when the port is free. */
	close(): Promise<void>;
}

/** Why a server could not start, in words (the port is taken, the address is not this machine's). */
export class ListenError extends Error {
	constructor(
		message: string,
		readonly code: string,
	) {
		super(message);
	}
}

/** Non-loopback IPv4 addresses of this machine, for the lobby's join lines; loopback when there is nothing else. */
export function lanAddresses(): string[] {
	const found: string[] = [];
	for (const list of Object.values(networkInterfaces())) for (const net of list ?? []) if (net.family === 'IPv4' && !net.internal) found.push(net.address);
	return found.length ? found : ['127.0.0.1'];
}

/** A JSON reply. Anything but a 200 also closes the connection: a socket that only gets errors holds no slot. */
const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
	if (res.writableEnded || res.destroyed) return;
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store', ...(status === 200 ? {} : { Connection: 'close' }), ...headers });
	res.end(text);
};

/** The body, or why not: over MESSAGE_MAX_BYTES is refused as soon as it passes the cap (the rest is not read). */
function readBody(req: IncomingMessage): Promise<{ ok: true; text: string } | { ok: false; status: number; why: string }> {
	return new Promise((resolve) => {
		const declared = Number(req.headers['content-length']);
		if (declared > MESSAGE_MAX_BYTES) return resolve({ ok: false, status: 413, why: `the message is larger than ${MESSAGE_MAX_BYTES} bytes` });
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MESSAGE_MAX_BYTES) {
				resolve({ ok: false, status: 413, why: `the message is larger than ${MESSAGE_MAX_BYTES} bytes` });
				req.removeAllListeners('data');
				req.resume();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
		req.on('error', () => resolve({ ok: false, status: 400, why: 'the request broke off' }));
	});
}

const bearer = (req: IncomingMessage) => /^Bearer ([0-9a-f]{32})$/.exec(req.headers.authorization ?? '')?.[1];

/** The remote address as one key (an IPv4 client on a dual-stack socket reads as ::ffff:a.b.c.d). */
const addressOf = (req: IncomingMessage) => (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');

async function listen(server: Server, bind: string, port: number, fallback: boolean): Promise<number> {
	for (let tries = 0; ; tries++) {
		const at = port === 0 ? 0 : port + tries;
		try {
			await new Promise<void>((resolve, reject) => {
				server.once('error', reject);
				server.listen(at, bind, () => {
					server.off('error', reject);
					resolve();
				});
			});
			return (server.address() as AddressInfo).port;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
			if (code === 'EADDRINUSE' && fallback && tries + 1 < PORT_TRIES && port !== 0) continue;
			throw new ListenError((error as Error).message, code);
		}
	}
}

export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
	const now = options.now ?? (() => new Date());
	const limiter = options.limiter ?? new WrongCodeLimiter();
	let state = options.state;
	let saveError: string | undefined;
	const listeners = new Set<() => void>();
	/** Token → attendee id; each attendee's current token (a rejoin replaces it). */
	const tokens = new Map<string, string>();
	const tokenOf = new Map<string, string>();
	/** Each attendee's open stream. */
	// `synced`: the step of the room this stream was told about when it joined (roomNow): a broadcast of that step or
	// an earlier one would tell it twice.
	const streams = new Map<string, { res: ServerResponse; synced: number }>();
	/** Steps of the room so far (each change of state). */
	let step = 0;
	const sockets = new Set<Socket>();
	// Replies wait for a save of the state they belong to. One save at a time; everything that arrives during a
	// save goes into the next one (a group commit), so a save's time bounds a receipt's wait, whatever the load.
	// A save that fails is tried again (the screen says why): no receipt claims an answer the disk does not hold.
	let afterSave: Array<() => void> = [];
	let saving: Promise<void> | undefined;
	let closing = false;
	/** The room as the last save wrote it, and its step: what a stream joining then is told. */
	let saved = state;
	let savedStep = 0;

	const notify = () => {
		for (const listener of listeners) listener();
	};
	const saveAll = async () => {
		// What arrives in the same turn of the event loop shares the first save.
		await new Promise((resolve) => setImmediate(resolve));
		for (let failures = 0; afterSave.length; ) {
			const waiting = afterSave;
			afterSave = [];
			const snapshot = state;
			const snapshotStep = step;
			try {
				await options.save(snapshot);
				failures = 0;
				saved = snapshot;
				savedStep = snapshotStep;
				if (saveError !== undefined) {
					saveError = undefined;
					notify();
				}
			} catch (error) {
				saveError = (error as NodeJS.ErrnoException).code ?? String(error);
				notify();
				// Closing: the caller says the room is not saved. Else the replies wait for the next try.
				if (closing) break;
				afterSave = [...waiting, ...afterSave];
				failures += 1;
				await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** failures)));
				continue;
			}
			for (const write of waiting) {
				try {
					write();
				} catch {}
			}
		}
		saving = undefined;
	};
	/** Runs `write` once the state as it is now is on disk. */
	const whenSaved = (write: () => void) => {
		afterSave.push(write);
		saving ??= saveAll();
	};
	const sendTo = (res: ServerResponse, message: ToAttendee) => {
		if (!res.writableEnded && !res.destroyed) res.write(`data: ${encodeMessage(message)}\n\n`);
	};
	/** One step of the reducer; broadcasts go out after the save. Returns the outcome for the caller's reply. */
	const apply = (event: HostEvent): HostOutcome => {
		const outcome = hostReducer(state, event, options.items);
		if (outcome.state !== state) {
			state = outcome.state;
			step += 1;
			notify();
		}
		const broadcast = outcome.send.filter((s) => s.to === 'all').map((s) => s.message);
		const of = step;
		if (broadcast.length) whenSaved(() => {
			for (const stream of streams.values()) if (stream.synced < of) for (const message of broadcast) sendTo(stream.res, message);
		});
		return outcome;
	};

	const join = async (req: IncomingMessage, res: ServerResponse) => {
		const address = addressOf(req);
		const wait = limiter.waitMs(address, now().getTime());
		if (wait > 0) {
			req.resume();
			return json(res, 429, { error: 'too-many-wrong-codes', retryAfter: Math.ceil(wait / 1000) }, { 'Retry-After': String(Math.ceil(wait / 1000)) });
		}
		const body = await readBody(req);
		if (!body.ok) return json(res, body.status, { error: body.why });
		const parsed = parseMessage(body.text);
		if (!parsed.ok || parsed.message.type !== 'join') return json(res, 400, { error: parsed.ok ? 'not a join message' : parsed.why });
		// Asked again with the body in: joins whose headers all came before their bodies are counted one by one.
		const still = limiter.waitMs(address, now().getTime());
		if (still > 0) return json(res, 429, { error: 'too-many-wrong-codes', retryAfter: Math.ceil(still / 1000) }, { 'Retry-After': String(Math.ceil(still / 1000)) });
		const outcome = apply({ type: 'join', message: parsed.message, fresh: newAttendeeId(() => randomBytes(1)[0]! / 256), at: now().toISOString() });
		if (outcome.joined === undefined) {
			if (outcome.refused === 'code') limiter.fail(address, now().getTime());
			return json(res, 403, outcome.send[0]?.message ?? { type: 'refused', reason: 'code' });
		}
		const attendee = outcome.joined;
		const token = randomBytes(16).toString('hex');
		const previous = tokenOf.get(attendee);
		if (previous !== undefined) tokens.delete(previous);
		tokens.set(token, attendee);
		tokenOf.set(attendee, token);
		// An older stream of the same attendee (a reconnect racing its own timeout) is closed, and it is no longer
		// the attendee's, so its closing does not mark the attendee gone: one stream each.
		const older = streams.get(attendee);
		streams.delete(attendee);
		older?.res.end();
		const welcome = outcome.send[0]?.message;
		whenSaved(() => json(res, 200, { ...welcome, token }));
	};

	const events = (req: IncomingMessage, res: ServerResponse) => {
		const token = bearer(req);
		const attendee = token === undefined ? undefined : tokens.get(token);
		if (attendee === undefined) return json(res, 401, { error: 'unknown token: join again' });
		req.socket.setNoDelay(true);
		// A laptop that vanished without closing (lid shut, out of Wi-Fi) is noticed by TCP keepalive probes, not
		// only when TCP gives up on a heartbeat minutes later: its stream closes and it counts as gone.
		req.socket.setKeepAlive(true, 10_000);
		res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
		// Node holds the headers back until the first write; in the lobby there is nothing to write yet, and the
		// attendee counts itself online when they arrive.
		res.flushHeaders();
		// The stream hears where the room is now once the room as it is now is saved, and from then on every
		// broadcast of a later step: a question opened as it connects reaches it once, not twice.
		whenSaved(() => {
			if (res.writableEnded || res.destroyed) return;
			streams.get(attendee)?.res.end();
			// Told the room as saved (a question opened during that save comes with its own broadcast).
			streams.set(attendee, { res, synced: savedStep });
			for (const message of roomNow(saved, now().toISOString())) sendTo(res, message);
		});
		res.on('close', () => {
			const current = streams.get(attendee);
			if (current?.res === res) streams.delete(attendee);
			// Another stream, or a newer join, stands for the attendee now: this one's end is not the attendee's.
			else if (current || tokenOf.get(attendee) !== token) return;
			apply({ type: 'leave', attendee, at: now().toISOString() });
		});
	};

	const answer = async (req: IncomingMessage, res: ServerResponse) => {
		const token = bearer(req);
		const attendee = token === undefined ? undefined : tokens.get(token);
		if (attendee === undefined) {
			req.resume();
			return json(res, 401, { error: 'unknown token: join again' });
		}
		const body = await readBody(req);
		if (!body.ok) return json(res, body.status, { error: body.why });
		const parsed = parseMessage(body.text);
		if (!parsed.ok || parsed.message.type !== 'answer') return json(res, 400, { error: parsed.ok ? 'not an answer message' : parsed.why });
		const outcome = apply({ type: 'answer', attendee, message: parsed.message, at: now().toISOString() });
		const receipt = outcome.send[0]?.message;
		// Refused (late, not open…): nothing to save, so no wait. A duplicate waits: its first copy may be in the
		// save in flight, and the attendee reads it as taken.
		if (outcome.refused !== undefined && outcome.refused !== 'duplicate') return json(res, 200, receipt);
		whenSaved(() => json(res, 200, receipt));
	};

	const server = createServer({ requestTimeout: 10_000, headersTimeout: 5_000, keepAliveTimeout: 5_000, maxHeaderSize: 8 * 1024 }, (req, res) => {
		const path = (req.url ?? '').split('?')[0];
		const route = `${req.method} ${path}`;
		const done = (promise: Promise<void> | void) => {
			if (promise) promise.catch(() => json(res, 500, { error: 'the host could not read this request' }));
		};
		if (route === 'POST /join') return done(join(req, res));
		if (route === 'GET /events') return done(events(req, res));
		if (route === 'POST /answer') return done(answer(req, res));
		req.resume();
		if (path === '/join' || path === '/events' || path === '/answer') return json(res, 405, { error: 'method not allowed' });
		return json(res, 404, { error: 'not found: this is a cvm-tutor live room' });
	});
	// Two connections per attendee (the stream, and one for answers), and room to spare for rejoins.
	server.maxConnections = state.maxAttendees * 3 + 64;
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.on('clientError', (_error, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});

	const port = await listen(server, options.bind, options.port, options.fallback === true);
	// The address goes into the room file at once: a host that dies even in the lobby resumes where attendees look.
	if (state.port !== port || state.bind !== options.bind) {
		state = { ...state, port, bind: options.bind };
		whenSaved(() => {});
	}
	const heartbeat = setInterval(() => {
		for (const { res } of streams.values()) if (!res.writableEnded) res.write(': ping\n\n');
	}, options.heartbeatMs ?? HEARTBEAT_MS);
	heartbeat.unref();
	const unspecified = options.bind === '0.0.0.0' || options.bind === '::';
	const joinLines = (unspecified ? lanAddresses() : [options.bind]).map((address) => (address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`));
	const trainer = (type: 'open' | 'reveal' | 'finish') => () => {
		apply({ type, at: now().toISOString() } as HostEvent);
	};

	return {
		port,
		joinLines,
		view: (): HostView => ({ state, items: options.items, secret: state.secret, joinLines, roomFile: options.roomFile, ...(saveError !== undefined ? { saveError } : {}) }),
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		open: trainer('open'),
		reveal: trainer('reveal'),
		finish: trainer('finish'),
		async close() {
			clearInterval(heartbeat);
			closing = true;
			await saving;
			for (const { res } of streams.values()) res.end();
			streams.clear();
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				for (const socket of sockets) socket.destroy();
			});
		},
	};
}
