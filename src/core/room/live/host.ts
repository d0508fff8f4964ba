// The host's live room as a pure reducer: the lobby, the trainer's pace (open, reveal, finish) and the answers
// as they arrive. The socket edge feeds it events with the time and sends what it returns; the state is plain
// JSON, saved after every event, so `room host --resume` carries on with no answer lost.
import type { QuizItem } from '../../quiz.js';
import type { Response } from '../../scoring.js';
import { decodeRoomCode, encodeRoomCode, type RoomSpec } from '../code.js';
import { capTyped, encodeResultCode, type RoomAnswer, sanitizeName } from '../result.js';
import { type ChoiceCount, choiceCounts, type RoomTally, tallyRoom } from '../tally.js';
import { type AnswerMessage, type AnswerRefusal, type JoinMessage, type OpenMessage, parseResponse, PROTOCOL_VERSION, type RefusedReason, type ToAttendee } from './protocol.js';
import { parseSecret } from './secret.js';

/** Attendees a room takes unless the trainer says otherwise. */
export const DEFAULT_MAX_ATTENDEES = 300;
/** The most attendees a room takes (`--max`). */
export const MAX_ATTENDEES = 1000;
/** An answer may arrive this long after the countdown ends (network and a slow laptop), then it is late. */
export const LATE_GRACE_SECONDS = 2;
/** The format of a saved host state. */
export const HOST_STATE_FORMAT = 1;

export interface LiveAttendee {
	attendee: string;
	/** Only when the room allows names and one was given. */
	name: string | null;
	joinedAt: string;
	connected: boolean;
}

/** One answer taken: a fact, never changed afterwards. */
export interface LiveAnswer {
	attendee: string;
	index: number;
	response: Response;
	/** Whole seconds, 0..spec.seconds. */
	seconds: number;
	at: string;
}

export interface HostState {
	format: typeof HOST_STATE_FORMAT;
	spec: RoomSpec;
	/** The canonical room code. */
	code: string;
	/** What a join must carry besides the code. */
	secret: string;
	/** The host's structureDigest: a join from other lessons is refused. */
	lessons: string;
	/** Question ids in the room's order (the items are rebuilt from spec and lessons on resume). */
	questionIds: string[];
	maxAttendees: number;
	/** The port the room listens on, once it does: `--resume` listens there again, where attendees look for it. */
	port?: number;
	/** The address it listens on (--bind; 0.0.0.0: every one): `--resume` listens there again unless told otherwise. */
	bind?: string;
	phase: 'lobby' | 'open' | 'revealed' | 'finished';
	/** The question open or revealed; -1 in the lobby. */
	index: number;
	/** When the current question was opened; null in the lobby. */
	openedAt: string | null;
	/** In joining order. */
	attendees: LiveAttendee[];
	/** In arrival order. */
	answers: LiveAnswer[];
}

/**
 * `join`: a join message arrived; `fresh` is a new random attendee id (the edge's randomness) used when this is
 * not a rejoin. `leave`: an attendee's connection closed. `open`: the next question (from the lobby or a revealed
 * question). The rest as named. `at` is the host's clock, as an ISO time.
 */
export type HostEvent =
	| { type: 'join'; message: JoinMessage; fresh: string; at: string }
	| { type: 'leave'; attendee: string; at: string }
	| { type: 'open'; at: string }
	| { type: 'answer'; attendee: string; message: AnswerMessage; at: string }
	| { type: 'reveal'; at: string }
	| { type: 'finish'; at: string };

/** A message for the edge to send: to the connection the event came from, or to every attendee. */
export interface Outbound {
	to: 'sender' | 'all';
	message: ToAttendee;
}

/**
 * `joined`: the attendee id the sender's connection now stands for. `refused`: why the event changed nothing
 * (also sent to the sender where the protocol has a message for it).
 */
export interface HostOutcome {
	state: HostState;
	send: Outbound[];
	joined?: string;
	refused?: RefusedReason | AnswerRefusal | 'not-now';
}

export function createHostRoom(options: { spec: RoomSpec; items: readonly QuizItem[]; secret: string; lessons: string; maxAttendees?: number }): HostState {
	const decoded = decodeRoomCode(encodeRoomCode(options.spec));
	if (!decoded.ok) throw new RangeError(`the room's spec makes no code: ${decoded.message}`);
	return {
		format: HOST_STATE_FORMAT,
		spec: options.spec,
		code: decoded.code,
		secret: options.secret,
		lessons: options.lessons,
		questionIds: options.items.map((item) => item.question.id),
		maxAttendees: options.maxAttendees ?? DEFAULT_MAX_ATTENDEES,
		phase: 'lobby',
		index: -1,
		openedAt: null,
		attendees: [],
		answers: [],
	};
}

/** Compares every character whatever the first difference, so the time taken tells nothing about the secret. */
function sameSecret(given: string, expected: string): boolean {
	let difference = given.length ^ expected.length;
	for (let i = 0; i < expected.length; i++) difference |= (given.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
	return difference === 0;
}

const secondsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;

/** Whether a response can be counted for this question: it must survive into a result code, which the tally reads. */
function fits(state: HostState, item: QuizItem, response: Response): boolean {
	if (item.question.type !== response.type) return false;
	try {
		encodeResultCode({ spec: state.spec, attendee: '00000000', answers: [{ questionId: item.question.id, response, seconds: 0 }] }, [item]);
		return true;
	} catch (error) {
		if (error instanceof RangeError) return false;
		throw error;
	}
}

function join(state: HostState, event: Extract<HostEvent, { type: 'join' }>): HostOutcome {
	const { message } = event;
	const refuse = (reason: RefusedReason, extra: { version?: string; run?: string } = {}): HostOutcome => ({ state, send: [{ to: 'sender', message: { type: 'refused', reason, ...extra } }], refused: reason });
	if (message.protocol !== PROTOCOL_VERSION) return refuse('protocol', { version: state.spec.version, run: `npx cvm-tutor@${state.spec.version}` });
	const secret = parseSecret(message.secret);
	if (!secret.ok || !sameSecret(secret.secret, state.secret)) return refuse('code');
	if (message.lessons !== state.lessons) return refuse('other-lessons', { version: state.spec.version, run: `npx cvm-tutor@${state.spec.version}` });
	const known = message.attendee === undefined ? undefined : state.attendees.find((a) => a.attendee === message.attendee);
	if (!known && state.phase === 'finished') return refuse('finished');
	if (!known && state.attendees.length >= state.maxAttendees) return refuse('full');
	const name = state.spec.names && message.name ? message.name : null;
	const attendee: LiveAttendee = known ? { ...known, connected: true, name: name ?? known.name } : { attendee: event.fresh, name, joinedAt: event.at, connected: true };
	const attendees = known ? state.attendees.map((a) => (a.attendee === known.attendee ? attendee : a)) : [...state.attendees, attendee];
	const next = { ...state, attendees };
	const answered = state.answers.filter((a) => a.attendee === attendee.attendee).map((a) => a.index);
	const welcome: ToAttendee = { type: 'welcome', room: state.code, attendee: attendee.attendee, ...(attendee.name ? { name: attendee.name } : {}), questions: state.questionIds.length, answered };
	return { state: next, send: [welcome, ...roomNow(state, event.at)].map((message) => ({ to: 'sender', message })), joined: attendee.attendee };
}

function openMessage(state: HostState, at: string): OpenMessage | undefined {
	const id = state.questionIds[state.index];
	if (state.phase === 'lobby' || state.phase === 'finished' || id === undefined || state.openedAt === null) return undefined;
	const left = Math.max(0, state.spec.seconds - Math.max(0, secondsBetween(state.openedAt, at)));
	return { type: 'open', index: state.index, id, seconds: state.spec.seconds, left };
}

/**
 * Where the room is, as messages for one attendee arriving (a join, or a reconnected stream): the question open
 * (with the seconds it has left), or revealed, or the end. Sending them twice changes nothing on the other side.
 */
export function roomNow(state: HostState, at: string): ToAttendee[] {
	const open = openMessage(state, at);
	const now: ToAttendee[] = open ? [open] : [];
	if (state.phase === 'revealed') now.push({ type: 'reveal', index: state.index });
	if (state.phase === 'finished') now.push({ type: 'finished' });
	return now;
}

function answer(state: HostState, event: Extract<HostEvent, { type: 'answer' }>, items: readonly QuizItem[]): HostOutcome {
	const { message } = event;
	const refuse = (why: AnswerRefusal): HostOutcome => ({ state, send: [{ to: 'sender', message: { type: 'receipt', index: message.index, ok: false, why } }], refused: why });
	if (!state.attendees.some((a) => a.attendee === event.attendee)) return refuse('unknown-attendee');
	if (state.answers.some((a) => a.attendee === event.attendee && a.index === message.index)) return refuse('duplicate');
	if (message.index < state.index || (message.index === state.index && state.phase !== 'open')) return refuse('late');
	if (message.index > state.index || state.phase !== 'open' || state.openedAt === null) return refuse('not-open');
	const elapsed = secondsBetween(state.openedAt, event.at);
	if (elapsed > state.spec.seconds + LATE_GRACE_SECONDS) return refuse('late');
	const item = items[message.index];
	if (!item || item.question.id !== state.questionIds[message.index] || !fits(state, item, message.response)) return refuse('mismatch');
	const response = message.response.type === 'typed' ? { type: 'typed' as const, text: capTyped(message.response.text) } : message.response;
	// The attendee's own count, but never more than the host saw pass nor more than the question's time.
	const seconds = Math.max(0, Math.min(Math.round(message.seconds), Math.ceil(Math.max(0, elapsed)), state.spec.seconds));
	const taken: LiveAnswer = { attendee: event.attendee, index: message.index, response, seconds, at: event.at };
	return { state: { ...state, answers: [...state.answers, taken] }, send: [{ to: 'sender', message: { type: 'receipt', index: message.index, ok: true } }] };
}

/** One step of the room. `items`: the room's quiz (roomItems), in the order of state.questionIds. */
export function hostReducer(state: HostState, event: HostEvent, items: readonly QuizItem[]): HostOutcome {
	const notNow: HostOutcome = { state, send: [], refused: 'not-now' };
	switch (event.type) {
		case 'join':
			return join(state, event);
		case 'leave':
			if (!state.attendees.some((a) => a.attendee === event.attendee)) return notNow;
			return { state: { ...state, attendees: state.attendees.map((a) => (a.attendee === event.attendee ? { ...a, connected: false } : a)) }, send: [] };
		case 'open': {
			if (state.phase !== 'lobby' && state.phase !== 'revealed') return notNow;
			if (state.index + 1 >= state.questionIds.length) return hostReducer(state, { type: 'finish', at: event.at }, items);
			const next: HostState = { ...state, phase: 'open', index: state.index + 1, openedAt: event.at };
			return { state: next, send: [{ to: 'all', message: openMessage(next, event.at) as ToAttendee }] };
		}
		case 'answer':
			return answer(state, event, items);
		case 'reveal':
			if (state.phase !== 'open') return notNow;
			return { state: { ...state, phase: 'revealed' }, send: [{ to: 'all', message: { type: 'reveal', index: state.index } }] };
		case 'finish':
			if (state.phase === 'finished') return notNow;
			return { state: { ...state, phase: 'finished' }, send: [{ to: 'all', message: { type: 'finished' } }] };
	}
}

/** "answered n of m" for the question open or revealed: m counts everyone who joined, connected or not. */
export function answeredCount(state: HostState): { answered: number; of: number; connected: number } {
	return {
		answered: state.index < 0 ? 0 : state.answers.filter((a) => a.index === state.index).length,
		of: state.attendees.length,
		connected: state.attendees.filter((a) => a.connected).length,
	};
}

/** Per choice of a single, multiple or true-false question, in display order (a multiple answer counts each pick); empty for other types. */
export function choiceDistribution(state: HostState, items: readonly QuizItem[], index: number): ChoiceCount[] {
	const item = items[index];
	return (item && choiceCounts(item, state.answers.filter((a) => a.index === index).map((a) => a.response))) ?? [];
}

/** Each attendee who answered anything, as the RoomAnswer list a result code carries (unanswered: null, full time). */
export function attendeeAnswers(state: HostState): Array<{ attendee: LiveAttendee; answers: RoomAnswer[] }> {
	return state.attendees
		.filter((a) => state.answers.some((x) => x.attendee === a.attendee))
		.map((attendee) => ({
			attendee,
			answers: state.questionIds.map((questionId, index): RoomAnswer => {
				const given = state.answers.find((x) => x.attendee === attendee.attendee && x.index === index);
				return given ? { questionId, response: given.response, seconds: given.seconds } : { questionId, response: null, seconds: state.spec.seconds };
			}),
		}));
}

/**
 * The room's summary, the same as `room tally` prints: each attendee's answers go through a result code and
 * tallyRoom, so a live room and a pasted one are counted by the one set of rules.
 */
export function hostTally(state: HostState, items: readonly QuizItem[]): RoomTally {
	const codes = attendeeAnswers(state).map(({ attendee, answers }) =>
		encodeResultCode({ spec: state.spec, attendee: attendee.attendee, ...(attendee.name ? { name: attendee.name } : {}), answers }, items),
	);
	return tallyRoom(state.spec, items, [{ source: 'live room', text: codes.join('\n') }]);
}

/**
 * A saved room file read back for `--resume`: the same state, or why it is not one. The file is the host's own,
 * but it is checked as if untrusted (a hand edit, a cut-off write), with the rules the live messages follow.
 */
export function parseHostState(text: string): { ok: true; state: HostState } | { ok: false; why: string } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, why: 'it is not JSON (cut off while saving?)' };
	}
	const bad = (why: string) => ({ ok: false as const, why });
	const s = data as Partial<Record<keyof HostState, unknown>> | null;
	if (typeof s !== 'object' || s === null || Array.isArray(s)) return bad('it is not a saved room');
	if (s.format !== HOST_STATE_FORMAT) return bad(`format is not ${HOST_STATE_FORMAT}`);
	let code: string;
	try {
		code = encodeRoomCode(s.spec as RoomSpec);
	} catch {
		return bad('spec is not a room');
	}
	if (code !== s.code) return bad("code is not the spec's");
	const strings = (value: unknown) => Array.isArray(value) && value.every((x) => typeof x === 'string');
	if (typeof s.secret !== 'string' || typeof s.lessons !== 'string' || !strings(s.questionIds)) return bad('secret, lessons or questionIds is missing');
	if (!parseSecret(s.secret).ok) return bad('secret is not a join code');
	const questions = (s.questionIds as string[]).length;
	if (!Number.isInteger(s.maxAttendees) || (s.maxAttendees as number) < 1 || (s.maxAttendees as number) > MAX_ATTENDEES) return bad(`maxAttendees is not a whole number from 1 to ${MAX_ATTENDEES}`);
	if (s.port !== undefined && (!Number.isInteger(s.port) || (s.port as number) < 1 || (s.port as number) > 65535)) return bad('port is not a port');
	if (s.bind !== undefined && (typeof s.bind !== 'string' || !/^[\w.:%-]{1,64}$/.test(s.bind))) return bad('bind is not an address');
	if (!['lobby', 'open', 'revealed', 'finished'].includes(s.phase as string)) return bad('phase is not a phase');
	if (!Number.isInteger(s.index) || (s.index as number) < -1 || (s.index as number) >= questions) return bad('index is not a question');
	if ((s.phase === 'lobby') !== (s.index === -1) && s.phase !== 'finished') return bad('phase does not fit index');
	if ((s.index === -1) !== (s.openedAt === null) || (s.openedAt !== null && (typeof s.openedAt !== 'string' || Number.isNaN(Date.parse(s.openedAt))))) return bad('openedAt does not fit index');
	const time = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
	if (!Array.isArray(s.attendees)) return bad('attendees is not a list');
	const ids = new Set<string>();
	for (const a of s.attendees as Array<Partial<LiveAttendee>>) {
		if (typeof a?.attendee !== 'string' || !/^[0-9A-HJKMNP-TV-Z]{8}$/.test(a.attendee) || ids.has(a.attendee)) return bad('an attendee id is missing, malformed or twice');
		if (!(a.name === null || (typeof a.name === 'string' && a.name === sanitizeName(a.name))) || !time(a.joinedAt) || typeof a.connected !== 'boolean') return bad(`attendee ${a.attendee} is malformed`);
		ids.add(a.attendee);
	}
	if (!Array.isArray(s.answers)) return bad('answers is not a list');
	const seen = new Set<string>();
	for (const a of s.answers as Array<Partial<LiveAnswer>>) {
		const key = `${a?.attendee}/${a?.index}`;
		if (!ids.has(a?.attendee as string) || !Number.isInteger(a.index) || (a.index as number) < 0 || (a.index as number) >= questions || seen.has(key)) return bad(`answer ${key} names no attendee or question, or is there twice`);
		if (!parseResponse(a.response).ok || !Number.isInteger(a.seconds) || !time(a.at)) return bad(`answer ${key} is malformed`);
		seen.add(key);
	}
	return { ok: true, state: data as HostState };
}

/**
 * A saved room against the questions these lessons make of its spec (`--resume`): the same questions in the same
 * order, and every answer one the room could have taken (the rules a live answer goes through), with its seconds
 * within the question's time. Every attendee starts disconnected: each is connected again when it rejoins.
 */
export function resumeRoom(state: HostState, items: readonly QuizItem[]): { ok: true; state: HostState } | { ok: false; why: string } {
	if (state.questionIds.length !== items.length || state.questionIds.some((id, i) => items[i]?.question.id !== id)) return { ok: false, why: 'its questions are not the ones its room code makes' };
	for (const answer of state.answers) {
		const item = items[answer.index] as QuizItem;
		if (!fits(state, item, answer.response) || answer.seconds < 0 || answer.seconds > state.spec.seconds) return { ok: false, why: `answer ${answer.attendee}/${answer.index} does not fit its question` };
	}
	return { ok: true, state: { ...state, attendees: state.attendees.map((a) => ({ ...a, connected: false })) } };
}
