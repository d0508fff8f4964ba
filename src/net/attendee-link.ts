// The attendee's connection to a live room (node:http only): join, read the host's stream, post answers, and
// when anything drops, join again with backoff until the room is over. Every message read is checked by
// parseMessage before anything else sees it; an answer is handed over again after each reconnect until the host's
// receipt for it arrives, so a dropped Wi-Fi loses none.
import { Agent, type ClientRequest, request, type IncomingMessage } from 'node:http';
import { t } from '../core/i18n/messages.js';
import type { AttendeeLink, LinkEvent } from '../core/room/live/link.js';
import { type AnswerMessage, encodeMessage, MESSAGE_MAX_BYTES, parseMessage, PROTOCOL_VERSION, type ToAttendee } from '../core/room/live/protocol.js';

/** The first wait after a drop, doubling each try up to BACKOFF_MAX_MS; each wait is jittered down to half. */
export const BACKOFF_FIRST_MS = 500;
export const BACKOFF_MAX_MS = 10_000;
/** No byte on the stream for this long (the host writes a heartbeat every 10 s): the connection is dead. */
export const SILENCE_MS = 25_000;
/** A join or an answer not answered within this long is tried again. */
export const REQUEST_TIMEOUT_MS = 5_000;
/** A stream up this long counts as a good connection: the backoff starts over. */
export const STABLE_MS = 10_000;
/** Before the first welcome, give up after this long of nobody answering at the address (a typo in HOST:PORT). */
export const FIRST_CONTACT_MS = 30_000;

export interface LinkOptions {
	host: string;
	port: number;
	/** The join code as typed (the host checks it). */
	secret: string;
	name?: string;
	/** The id from an earlier welcome: a restarted attendee rejoins as itself. */
	attendee?: string;
	/** structureDigest of this attendee's lessons. */
	lessons: string;
	random?: () => number;
	/** Timings, for tests. */
	backoffFirstMs?: number;
	silenceMs?: number;
	firstContactMs?: number;
}

/** The wait before try `attempt` (0-based) after a drop: exponential, capped, and jittered so a room of laptops that lost the same Wi-Fi does not come back in one burst. */
export function backoffMs(attempt: number, random: () => number, first = BACKOFF_FIRST_MS): number {
	const ceiling = Math.min(BACKOFF_MAX_MS, first * 2 ** Math.min(attempt, 20));
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Reads "data:" events out of a text/event-stream, one message at a time; a line over the cap ends the stream. */
export class EventStreamReader {
	private buffer = '';

	/** The complete events' data in `chunk` (appended to what came before), or undefined when the stream broke the cap. */
	push(chunk: string): string[] | undefined {
		this.buffer += chunk;
		const events: string[] = [];
		for (let end = this.buffer.indexOf('\n\n'); end !== -1; end = this.buffer.indexOf('\n\n')) {
			const block = this.buffer.slice(0, end);
			this.buffer = this.buffer.slice(end + 2);
			const data = block
				.split('\n')
				.filter((line) => line.startsWith('data:'))
				.map((line) => line.slice(line.startsWith('data: ') ? 6 : 5));
			if (data.length) events.push(data.join('\n'));
		}
		return this.buffer.length > MESSAGE_MAX_BYTES + 16 ? undefined : events;
	}
}

export interface Link extends AttendeeLink {
	/** The attendee id the host gave (after the first welcome). */
	readonly attendee: string | undefined;
}

export function createAttendeeLink(options: LinkOptions): Link {
	const random = options.random ?? Math.random;
	const say = t().cli.live.link;
	const listeners = new Set<(event: LinkEvent) => void>();
	const agent = new Agent({ keepAlive: true, maxSockets: 4 });
	const pending = new Map<number, AnswerMessage>();
	let attendee = options.attendee;
	let token: string | undefined;
	let attempt = 0;
	let stopped = false;
	let online = false;
	let joinedOnce = false;
	const startedAt = Date.now();
	let retry: NodeJS.Timeout | undefined;
	let silence: NodeJS.Timeout | undefined;
	let stream: ClientRequest | undefined;
	/** Each connection cycle's number: callbacks of an older cycle do nothing. */
	let cycle = 0;

	// Events before anyone listens (the app subscribes after its first frame) wait here, so none is missed.
	let early: LinkEvent[] | undefined = [];
	const emit = (event: LinkEvent) => {
		if (early) early.push(event);
		else for (const listener of listeners) listener(event);
	};
	/** Gives up for good, saying why. */
	const stop = (why: string) => {
		if (stopped) return;
		finish();
		emit({ type: 'stopped', why });
	};
	/** The connection broke: try again after the backoff (or give up if nobody was ever there). */
	const drop = (why: string, waitMs?: number) => {
		if (stopped) return;
		cycle += 1;
		online = false;
		clearTimeout(silence);
		stream?.destroy();
		stream = undefined;
		if (!joinedOnce && Date.now() - startedAt > (options.firstContactMs ?? FIRST_CONTACT_MS)) return stop(say.nobody(`${options.host}:${options.port}`, why));
		const retryInMs = waitMs ?? backoffMs(attempt, random, options.backoffFirstMs);
		emit({ type: 'status', status: { state: 'offline', attempt: attempt + 1, retryInMs, why } });
		attempt += 1;
		clearTimeout(retry);
		retry = setTimeout(connect, retryInMs);
	};

	/** One request with a JSON body (or none); the reply's status and body text, capped. */
	const call = (method: 'POST' | 'GET', path: string, body: string | undefined, done: (status: number, text: string) => void, fail: (why: string) => void) => {
		const req = request({ host: options.host, port: options.port, method, path, agent, timeout: REQUEST_TIMEOUT_MS, headers: { ...(body !== undefined ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
		req.on('timeout', () => req.destroy(new Error(say.timeout)));
		req.on('error', (error: NodeJS.ErrnoException) => fail(describe(error)));
		req.on('response', (res: IncomingMessage) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => {
				text += chunk;
				if (text.length > MESSAGE_MAX_BYTES) res.destroy(new Error(say.tooLarge));
			});
			res.on('end', () => done(res.statusCode ?? 0, text));
			res.on('error', (error: NodeJS.ErrnoException) => fail(describe(error)));
		});
		req.end(body);
	};
	const describe = (error: NodeJS.ErrnoException) => {
		if (error.code === 'ECONNREFUSED') return say.refused;
		if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return say.notFound(options.host);
		if (error.code === 'EHOSTUNREACH' || error.code === 'ENETUNREACH') return say.unreachable;
		if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return say.reset;
		return error.message || String(error.code);
	};
	const message = (text: string): ToAttendee | undefined => {
		const parsed = parseMessage(text);
		return parsed.ok && parsed.message.type !== 'join' && parsed.message.type !== 'answer' ? parsed.message : undefined;
	};

	function connect() {
		if (stopped) return;
		const mine = ++cycle;
		token = undefined;
		emit({ type: 'status', status: { state: 'connecting', attempt } });
		const join = encodeMessage({ type: 'join', protocol: PROTOCOL_VERSION, secret: options.secret, lessons: options.lessons, ...(options.name ? { name: options.name } : {}), ...(attendee ? { attendee } : {}) });
		call(
			'POST',
			'/join',
			join,
			(status, text) => {
				if (mine !== cycle) return;
				const reply = message(text);
				if (status === 200 && reply?.type === 'welcome' && reply.token && /^[0-9a-f]{32}$/.test(reply.token)) {
					joinedOnce = true;
					attendee = reply.attendee;
					token = reply.token;
					const { token: _token, ...welcome } = reply;
					emit({ type: 'message', message: welcome });
					return openStream(mine);
				}
				if (status === 403 && reply?.type === 'refused') {
					emit({ type: 'message', message: reply });
					return stop(say.refusedBy(reply.reason));
				}
				if (status === 429) {
					let seconds = Number.NaN;
					try {
						seconds = Number((JSON.parse(text) as { retryAfter?: unknown }).retryAfter);
					} catch {}
					return drop(say.wait, Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 120) * 1000 : undefined);
				}
				return drop(say.status(status));
			},
			(why) => mine === cycle && drop(why),
		);
	}

	function openStream(mine: number) {
		const reader = new EventStreamReader();
		const req = request({ host: options.host, port: options.port, method: 'GET', path: '/events', agent, headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` } });
		stream = req;
		const quiet = () => {
			clearTimeout(silence);
			silence = setTimeout(() => mine === cycle && drop(say.silent), options.silenceMs ?? SILENCE_MS);
		};
		quiet();
		req.on('error', (error: NodeJS.ErrnoException) => mine === cycle && drop(describe(error)));
		req.on('response', (res) => {
			if (mine !== cycle) return res.destroy();
			if (res.statusCode !== 200) {
				res.resume();
				return drop(say.status(res.statusCode ?? 0));
			}
			online = true;
			// The backoff starts over only once the stream has stayed up a while: two windows that keep knocking
			// each other off (the same learner twice) slow down instead of flapping.
			const settled = setTimeout(() => mine === cycle && (attempt = 0), STABLE_MS);
			settled.unref();
			emit({ type: 'status', status: { state: 'online' } });
			for (const answer of pending.values()) post(answer);
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => {
				if (mine !== cycle) return;
				quiet();
				const events = reader.push(chunk);
				if (events === undefined) return drop(say.tooLarge);
				for (const data of events) {
					const received = message(data);
					if (!received) continue;
					emit({ type: 'message', message: received });
					if (received.type === 'finished') return finish();
				}
			});
			res.on('end', () => mine === cycle && drop(say.closed));
			res.on('error', (error: NodeJS.ErrnoException) => mine === cycle && drop(describe(error)));
		});
		req.end();
	}

	/** No more reconnecting, quietly: the room is over (nothing more will come), or the attendee quit. */
	function finish() {
		if (stopped) return;
		stopped = true;
		online = false;
		clearTimeout(retry);
		clearTimeout(silence);
		stream?.destroy();
		agent.destroy();
	}

	/**
	 * Sends one answer. Without a receipt (the request failed or timed out while the stream stayed up), it is sent
	 * again after a backoff, as long as this connection lasts; a reconnect sends every pending answer anyway.
	 */
	function post(answer: AnswerMessage, tries = 0) {
		const mine = cycle;
		const again = () => {
			if (stopped || mine !== cycle || !pending.has(answer.index)) return;
			setTimeout(() => !stopped && mine === cycle && online && pending.has(answer.index) && post(answer, tries + 1), backoffMs(tries, random, options.backoffFirstMs)).unref();
		};
		call(
			'POST',
			'/answer',
			encodeMessage(answer),
			(status, text) => {
				if (stopped) return;
				const receipt = message(text);
				if (status === 200 && receipt?.type === 'receipt' && receipt.index === answer.index) {
					pending.delete(answer.index);
					// The host already has this answer from a try whose receipt was lost on the way back.
					emit({ type: 'message', message: receipt.why === 'duplicate' ? { type: 'receipt', index: receipt.index, ok: true } : receipt });
				} else if (status === 401 && mine === cycle) drop(say.rejoin, 0);
				else if (status === 400 || status === 413) {
					// The host cannot read this answer at all: sending it again would change nothing.
					pending.delete(answer.index);
					emit({ type: 'message', message: { type: 'receipt', index: answer.index, ok: false, why: 'mismatch' } });
				} else again();
			},
			again,
		);
	}

	setImmediate(connect);
	return {
		get attendee() {
			return attendee;
		},
		subscribe(listener) {
			listeners.add(listener);
			const waiting = early;
			early = undefined;
			for (const event of waiting ?? []) listener(event);
			return () => listeners.delete(listener);
		},
		answer(message) {
			if (stopped || pending.has(message.index)) return;
			pending.set(message.index, message);
			if (online) post(message);
		},
		close: finish,
	};
}
