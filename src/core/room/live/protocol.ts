// The live room's wire messages between host and attendee: plain types and one hand-written checker. Nothing
// read from the network reaches the rest of the app before parseMessage has capped, checked and rebuilt it.
import { ALPHABET } from '../bits.js';
import { ROOM_LIMITS } from '../code.js';
import { ATTENDEE_LENGTH, sanitizeName, TYPED_MAX_CHARS } from '../result.js';
import type { Response } from '../../scoring.js';

/** Bumped when a message changes shape; a join of another protocol is refused. */
export const PROTOCOL_VERSION = 1;
/** Whole messages above this many UTF-8 bytes are refused before any parsing. */
export const MESSAGE_MAX_BYTES = 8 * 1024;

/** Characters allowed in each kind of string field (names are cut to NAME_MAX_CHARS after this). */
export const STRING_MAX = {
	code: 40,
	secret: 64,
	token: 64,
	name: 80,
	digest: 64,
	questionId: 80,
	choiceId: 40,
	version: 20,
	run: 60,
	time: 40,
	// A typed answer is kept to TYPED_MAX_CHARS characters; each may be two UTF-16 units.
	typed: 2 * TYPED_MAX_CHARS,
} as const;
/** Items in a multiple, ordering or matching response. */
export const LIST_MAX = 20;

export type RefusedReason = 'protocol' | 'code' | 'other-lessons' | 'full' | 'finished';
export type AnswerRefusal = 'unknown-attendee' | 'not-open' | 'late' | 'duplicate' | 'mismatch';

/**
 * Attendee → host. `secret`: the join code as typed (secret.ts); the room code itself comes back in the welcome.
 * `attendee`: the id the host gave at an earlier welcome (a rejoin keeps its answers).
 */
export interface JoinMessage {
	type: 'join';
	protocol: number;
	secret: string;
	name?: string;
	attendee?: string;
	/** The attendee's structureDigest of its own lessons (compose.ts). */
	lessons: string;
}
export interface AnswerMessage {
	type: 'answer';
	index: number;
	response: Response;
	/** Seconds the attendee's countdown says it took. */
	seconds: number;
}

/**
 * Host → attendee. `room`: the room code (the attendee draws the questions from its own lessons with it).
 * `answered`: question indices this attendee has answered already (after a rejoin). `token`: what the attendee's
 * later requests carry, added by the transport (src/net), never by the reducer.
 */
export interface WelcomeMessage {
	type: 'welcome';
	room: string;
	attendee: string;
	token?: string;
	name?: string;
	questions: number;
	answered: number[];
}
/** `run` (other-lessons only): the exact command prefix to run instead, e.g. "npx cvm-tutor@0.1.0". */
export interface RefusedMessage {
	type: 'refused';
	reason: RefusedReason;
	version?: string;
	run?: string;
}
export interface OpenMessage {
	type: 'open';
	index: number;
	/** The question's id: the attendee shows it from its own lessons. */
	id: string;
	seconds: number;
	/** Seconds left of the question when the message was sent (less than `seconds` for a rejoin): no clock is shared. */
	left: number;
}
/** The host's answer to an answer: taken, or why not. */
export interface ReceiptMessage {
	type: 'receipt';
	index: number;
	ok: boolean;
	why?: AnswerRefusal;
}
export interface RevealMessage {
	type: 'reveal';
	index: number;
}
export interface FinishedMessage {
	type: 'finished';
}

export type ToHost = JoinMessage | AnswerMessage;
export type ToAttendee = WelcomeMessage | RefusedMessage | OpenMessage | ReceiptMessage | RevealMessage | FinishedMessage;
export type Message = ToHost | ToAttendee;

export type ParsedMessage = { ok: true; message: Message } | { ok: false; why: string };

class InvalidMessage extends Error {}

const fail = (why: string): never => {
	throw new InvalidMessage(why);
};
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
// Control characters (C0, DEL, C1): never in an id, a code or a typed answer.
const CONTROL = /\p{Cc}/u;

function text(value: unknown, field: string, max: number): string {
	if (typeof value !== 'string') return fail(`${field} is not a string`);
	if (value.length > max) return fail(`${field} is longer than ${max} characters`);
	if (CONTROL.test(value)) return fail(`${field} holds a control character`);
	return value;
}
function optionalText(value: unknown, field: string, max: number): string | undefined {
	return value === undefined ? undefined : text(value, field, max);
}
function whole(value: unknown, field: string, min: number, max: number): number {
	if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) return fail(`${field} is not a whole number from ${min} to ${max}`);
	return value as number;
}
function secondsOf(value: unknown, field: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > ROOM_LIMITS.seconds.max * 3) return fail(`${field} is not a number of seconds`);
	return value;
}
function list(value: unknown, field: string, max: number): string[] {
	if (!Array.isArray(value)) return fail(`${field} is not a list`);
	if (value.length > LIST_MAX) return fail(`${field} has more than ${LIST_MAX} items`);
	return value.map((item, i) => text(item, `${field}[${i}]`, max));
}
function attendeeId(value: unknown, field: string): string {
	const id = text(value, field, ATTENDEE_LENGTH);
	if (id.length !== ATTENDEE_LENGTH || [...id].some((char) => !ALPHABET.includes(char))) return fail(`${field} is not an attendee id`);
	return id;
}
/** Question indices run 0..count max - 1. */
const index = (value: unknown, field = 'index') => whole(value, field, 0, ROOM_LIMITS.count.max - 1);

/** A closed question's response, rebuilt field by field (nothing else an attendee sends is kept). */
function response(value: unknown): Response {
	if (!isObject(value)) return fail('response is not an object');
	const id = STRING_MAX.choiceId;
	switch (value.type) {
		case 'single':
			return { type: 'single', choiceId: text(value.choiceId, 'response.choiceId', id) };
		case 'multiple':
			return { type: 'multiple', choiceIds: list(value.choiceIds, 'response.choiceIds', id) };
		case 'true-false':
			if (typeof value.value !== 'boolean') return fail('response.value is not true or false');
			return { type: 'true-false', value: value.value };
		case 'ordering':
			return { type: 'ordering', order: list(value.order, 'response.order', id) };
		case 'matching': {
			if (!isObject(value.pairs)) return fail('response.pairs is not an object');
			const entries = Object.entries(value.pairs);
			if (entries.length > LIST_MAX) return fail(`response.pairs has more than ${LIST_MAX} items`);
			const pairs: Record<string, string> = Object.create(null) as Record<string, string>;
			for (const [left, right] of entries) pairs[text(left, 'response.pairs key', id)] = text(right, `response.pairs.${left}`, id);
			return { type: 'matching', pairs: { ...pairs } };
		}
		case 'typed':
			return { type: 'typed', text: text(value.text, 'response.text', STRING_MAX.typed) };
		default:
			return fail('response.type is not a room question type');
	}
}

function check(data: unknown): Message {
	if (!isObject(data)) return fail('the message is not an object');
	switch (data.type) {
		case 'join': {
			const name = optionalText(typeof data.name === 'string' ? data.name.replace(/\p{Cc}/gu, '') : data.name, 'name', STRING_MAX.name);
			const clean = name === undefined ? '' : sanitizeName(name);
			const attendee = data.attendee === undefined ? undefined : attendeeId(data.attendee, 'attendee');
			return {
				type: 'join',
				protocol: whole(data.protocol, 'protocol', 0, 0xffff),
				secret: text(data.secret, 'secret', STRING_MAX.secret),
				...(clean ? { name: clean } : {}),
				...(attendee ? { attendee } : {}),
				lessons: text(data.lessons, 'lessons', STRING_MAX.digest),
			};
		}
		case 'answer':
			return { type: 'answer', index: index(data.index), response: response(data.response), seconds: secondsOf(data.seconds, 'seconds') };
		case 'welcome': {
			const name = data.name === undefined ? '' : sanitizeName(text(data.name, 'name', STRING_MAX.name));
			const answered = Array.isArray(data.answered) && data.answered.length <= ROOM_LIMITS.count.max ? data.answered.map((i, n) => index(i, `answered[${n}]`)) : fail('answered is not a list of question indices');
			const token = optionalText(data.token, 'token', STRING_MAX.token);
			return {
				type: 'welcome',
				room: text(data.room, 'room', STRING_MAX.code),
				attendee: attendeeId(data.attendee, 'attendee'),
				...(token !== undefined ? { token } : {}),
				...(name ? { name } : {}),
				questions: whole(data.questions, 'questions', 0, ROOM_LIMITS.count.max),
				answered,
			};
		}
		case 'refused': {
			const reasons: RefusedReason[] = ['protocol', 'code', 'other-lessons', 'full', 'finished'];
			const reason = reasons.find((r) => r === data.reason) ?? fail('reason is not a known reason');
			const version = optionalText(data.version, 'version', STRING_MAX.version);
			const run = optionalText(data.run, 'run', STRING_MAX.run);
			if (reason === 'other-lessons' && (version === undefined || run === undefined)) return fail('an other-lessons refusal names the version and what to run');
			return { type: 'refused', reason, ...(version !== undefined ? { version } : {}), ...(run !== undefined ? { run } : {}) };
		}
		case 'open':
			return { type: 'open', index: index(data.index), id: text(data.id, 'id', STRING_MAX.questionId), seconds: whole(data.seconds, 'seconds', 1, ROOM_LIMITS.seconds.max * 3), left: secondsOf(data.left, 'left') };
		case 'receipt': {
			const refusals: AnswerRefusal[] = ['unknown-attendee', 'not-open', 'late', 'duplicate', 'mismatch'];
			if (typeof data.ok !== 'boolean') return fail('ok is not true or false');
			const why = data.why === undefined ? undefined : (refusals.find((r) => r === data.why) ?? fail('why is not a known refusal'));
			return { type: 'receipt', index: index(data.index), ok: data.ok, ...(why ? { why } : {}) };
		}
		case 'reveal':
			return { type: 'reveal', index: index(data.index) };
		case 'finished':
			return { type: 'finished' };
		default:
			return fail('type is not a message type');
	}
}

/** One message as received: at most MESSAGE_MAX_BYTES, JSON, and one of the shapes above; or why not. */
export function parseMessage(raw: string): ParsedMessage {
	// Every UTF-16 unit is at least one UTF-8 byte: a long string is refused before it is even encoded.
	if (raw.length > MESSAGE_MAX_BYTES || new TextEncoder().encode(raw).length > MESSAGE_MAX_BYTES) return { ok: false, why: `the message is larger than ${MESSAGE_MAX_BYTES} bytes` };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ok: false, why: 'the message is not JSON' };
	}
	try {
		return { ok: true, message: check(data) };
	} catch (error) {
		if (error instanceof InvalidMessage) return { ok: false, why: error.message };
		throw error;
	}
}

/** A response read from anywhere untrusted (a saved room file too), by the same rules as in an answer message. */
export function parseResponse(value: unknown): { ok: true; response: Response } | { ok: false; why: string } {
	try {
		return { ok: true, response: response(value) };
	} catch (error) {
		if (error instanceof InvalidMessage) return { ok: false, why: error.message };
		throw error;
	}
}

/** Messages only an attendee sends (the host ignores anything else from a socket). */
export function isToHost(message: Message): message is ToHost {
	return message.type === 'join' || message.type === 'answer';
}

/** A message as it goes on the wire. */
export function encodeMessage(message: Message): string {
	return JSON.stringify(message);
}
