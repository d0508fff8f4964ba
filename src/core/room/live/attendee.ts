// The live room's attendee: a pure reducer over what the host sends (it paces the room) and what the attendee
// does (one answer per question, under the host's countdown). The host sends ids only: every question is drawn
// from this attendee's own lessons. Each step returns the facts it implies (saved at once, as in the offline
// room) and the answers to hand to the link.
import type { Bank } from '../../bank.js';
import { t } from '../../i18n/messages.js';
import type { LiveSeatRecord, RoomAnswerRecord } from '../../progress.js';
import { type QuizIntent, type QuizItem, quizReducer, type QuizSession } from '../../quiz.js';
import { type Response, scoreAnswer } from '../../scoring.js';
import { decodeRoomCode, type RoomSpec } from '../code.js';
import { roomItems } from '../compose.js';
import { capTyped, encodeResultCode, type RoomAnswer, sanitizeName } from '../result.js';
import { answerFacts, type RoomFacts } from '../session.js';
import type { LinkEvent, LinkStatus } from './link.js';
import type { AnswerMessage, AnswerRefusal, RefusedMessage, WelcomeMessage } from './protocol.js';

/** The room as this attendee's lessons make it: what a welcome's room code composes to. */
export interface LiveRoom {
	spec: RoomSpec;
	/** The room code, canonical. */
	code: string;
	items: QuizItem[];
	/** Chapter of each question (by id), for the answers it records. */
	chapterOf: Record<string, string>;
}

/** Why the lessons cannot make the room: another version's lessons (say which to run), or anything else in words. */
export type LiveRoomResult = { ok: true; room: LiveRoom } | { ok: false; reason: 'other-lessons'; version: string } | { ok: false; reason: 'other'; message: string };

/** A welcome's room code, composed from `bank` (the route in app-state calls this, the reducer takes the result). */
export function composeLiveRoom(bank: Bank, roomCode: string): LiveRoomResult {
	const decoded = decodeRoomCode(roomCode);
	if (!decoded.ok) return { ok: false, reason: 'other', message: decoded.message };
	const built = roomItems(decoded.spec, bank);
	if (!built.ok) return built.reason === 'other-lessons' ? { ok: false, reason: 'other-lessons', version: built.version } : { ok: false, reason: 'other', message: built.message };
	const chapterOf: Record<string, string> = {};
	for (const item of built.items) {
		const chapter = bank.questions.get(item.question.id)?.chapter.id;
		if (chapter) chapterOf[item.question.id] = chapter;
	}
	return { ok: true, room: { spec: decoded.spec, code: decoded.code, items: built.items, chapterOf } };
}

/**
 * `connecting`: before the first welcome. `waiting`: joined, no question open. `asking`: a question open, counting
 * down. `answered`: this question is answered (or its time ran out), until the reveal. `revealed`: its answer and
 * why. `finished`: the room is over (results). `stopped`: refused or given up (`stopped` says why, in words).
 */
export type LivePhase = 'connecting' | 'waiting' | 'asking' | 'answered' | 'revealed' | 'finished' | 'stopped';

/** What became of an answer sent: on its way, taken, or refused with the host's reason. */
export type Receipt = { state: 'pending' } | { state: 'taken' } | { state: 'refused'; why: AnswerRefusal };

/** The room, once the host has welcomed this attendee. */
export interface LiveJoined {
	spec: RoomSpec;
	/** The room code (CVM-…). */
	code: string;
	/** The id the host gave this attendee. */
	attendee: string;
	name?: string;
	/** The room's questions (no hints); `index` is the question open or last opened. */
	quiz: QuizSession;
	chapterOf: Record<string, string>;
}

export interface LiveSession {
	/** The join code, canonical (secret.ts). */
	join: string;
	/** "HOST:PORT" as typed: for the command that rejoins. */
	hostLabel: string;
	/** The name given on the command line. */
	name?: string;
	phase: LivePhase;
	status: LinkStatus;
	joined?: LiveJoined;
	/** The question open or last opened: its index, its seconds, the seconds left when its open arrived, and when. */
	open?: { index: number; seconds: number; left: number; at: string };
	/** A hands-on question's line as typed so far: taken as the answer when the countdown reaches 0. */
	draft?: string;
	/** Every answer of this room, this run's and those restored at a rejoin (unanswered: response null). */
	answers: RoomAnswer[];
	/** By question index: what became of the answer sent (or the host's word that it has one, after a rejoin). */
	receipts: Record<number, Receipt>;
	/** Answers not handed to the link yet (the screen hands each over once; the link is idempotent per index). */
	outbox: AnswerMessage[];
	/** Why the room stopped for this attendee, in words. */
	stopped?: string;
	/** The latest time the app's clock gave. */
	now: string;
}

/**
 * What the screen sends. `link`: an event of the AttendeeLink (a welcome among them is composed by app-state into
 * a `welcome` event first; a raw one changes nothing). `handed`: these answers (by index) went to link.answer().
 */
export type LiveIntent =
	| { type: 'link'; event: LinkEvent }
	| { type: 'tick' }
	| { type: 'draft'; text: string }
	| { type: 'quiz'; intent: QuizIntent }
	| { type: 'handed'; indices: number[] };

/** What the reducer takes: the screen's intents, and a welcome with the room composed and the saved answers. */
export type LiveEvent = LiveIntent | { type: 'welcome'; message: WelcomeMessage; room: LiveRoomResult; saved: readonly RoomAnswerRecord[] };

export interface LiveStep {
	session: LiveSession;
	facts: RoomFacts;
	send: AnswerMessage[];
}

export function createLiveSession(options: { join: string; hostLabel: string; name?: string | undefined; at: string }): LiveSession {
	const name = options.name === undefined ? '' : sanitizeName(options.name);
	return {
		join: options.join,
		hostLabel: options.hostLabel,
		...(name ? { name } : {}),
		phase: 'connecting',
		status: { state: 'connecting', attempt: 0 },
		answers: [],
		receipts: {},
		outbox: [],
		now: options.at,
	};
}

/**
 * A finished live room's result, from the learner's own facts (its seat and its room answers): the score and the
 * result code, whatever screen the learner left from. Undefined while the room is not over (or not this one's).
 */
export function liveResult(progress: { liveSeats?: readonly LiveSeatRecord[] | undefined; roomAnswers?: readonly RoomAnswerRecord[] | undefined }, join: string, bank: Bank): { code: string; attendee: string; name?: string; score: { correct: number; total: number }; resultCode: string; answers: Array<RoomAnswer & { correct: boolean }> } | undefined {
	const seat = progress.liveSeats?.filter((s) => s.id === join).at(-1);
	if (!seat || typeof seat.finished !== 'string') return undefined;
	const room = composeLiveRoom(bank, seat.code);
	if (!room.ok) return undefined;
	const { spec, items } = room.room;
	const mine = (progress.roomAnswers ?? []).filter((r) => r.code === seat.code && r.attendee === seat.attendee);
	const name = typeof seat.name === 'string' ? seat.name : undefined;
	const answers = items.map((item) => {
		const saved = mine.filter((r) => r.questionId === item.question.id).at(-1);
		const answer: RoomAnswer = saved ? { questionId: saved.questionId, response: saved.response, seconds: saved.seconds } : { questionId: item.question.id, response: null, seconds: spec.seconds };
		return { ...answer, correct: answer.response ? safeScore(item, answer.response)?.correct === true : false };
	});
	const named = spec.names && name ? { name } : {};
	const resultCode = encodeResultCode({ spec, attendee: seat.attendee, ...named, answers: answers.map(({ correct: _correct, ...answer }) => answer) }, items);
	return { code: seat.code, attendee: seat.attendee, ...named, score: { correct: answers.filter((a) => a.correct).length, total: items.length }, resultCode, answers };
}

/** The attendee id this learner had in the room of this join code (its seat), so a restart rejoins as itself. */
export function previousAttendee(seats: readonly LiveSeatRecord[], join: string): string | undefined {
	return seats.filter((seat) => seat.id === join).at(-1)?.attendee;
}

/** The command that joins this room again, as the attendee typed it (with `prefix`, e.g. "npx cvm-tutor@0.1.0"). */
export function rejoinCommand(session: Pick<LiveSession, 'hostLabel' | 'join' | 'name'>, prefix = 'cvm-tutor'): string {
	const name = session.name ? ` --name ${/^[\w.@+-]+$/u.test(session.name) ? session.name : JSON.stringify(session.name)}` : '';
	return `${prefix} room join ${session.hostLabel} ${session.join}${name}`;
}

/** A saved or given response scored; one that does not fit the question (other lessons) scores nothing. */
function safeScore(item: QuizItem, response: Response) {
	try {
		return scoreAnswer(item.question, response);
	} catch {
		return undefined;
	}
}

const NONE: RoomFacts = { answers: [], roomAnswers: [] };
const unchanged = (session: LiveSession): LiveStep => ({ session, facts: NONE, send: [] });

/** Seconds left of the open question at `at` (fractional, never below 0), as the host's open said when it came. */
function secondsLeft(session: LiveSession, at: string): number {
	if (!session.open) return 0;
	return Math.max(0, session.open.left - (Date.parse(at) - Date.parse(session.open.at)) / 1000);
}

/** The countdown of the question being asked: whole seconds left; undefined when none is being asked. */
export function liveCountdown(session: LiveSession): number | undefined {
	if (session.phase !== 'asking') return undefined;
	return Math.ceil(secondsLeft(session, session.now));
}

/** The question on screen (open, answered or revealed), with its index. */
export function liveItem(session: LiveSession): { item: QuizItem; index: number } | undefined {
	const index = session.open?.index;
	const item = index === undefined ? undefined : session.joined?.quiz.items[index];
	return item && index !== undefined ? { item, index } : undefined;
}

/** This attendee's answer to question `index`, if any (unanswered: response null). */
export function liveAnswer(session: LiveSession, index: number): RoomAnswer | undefined {
	const id = session.joined?.quiz.items[index]?.question.id;
	return id === undefined ? undefined : session.answers.find((answer) => answer.questionId === id);
}

/** Records the open question's answer (null: the time ran out) and, for a response, the message to send. */
function record(session: LiveSession, given: Response | null, at: string, quiz: QuizSession, phase: LivePhase): LiveStep {
	// A typed answer travels as a result code carries it (its first 60 characters): the host's tally, this
	// learner's history and the result code then all count the same text.
	const response: Response | null = given?.type === 'typed' ? { type: 'typed', text: capTyped(given.text) } : given;
	const joined = session.joined as LiveJoined;
	const open = session.open as NonNullable<LiveSession['open']>;
	const item = joined.quiz.items[open.index] as QuizItem;
	const id = item.question.id;
	// Seconds as this attendee's countdown shows them: the question's time less what was left at the answer.
	const seconds = response === null ? joined.spec.seconds : Math.min(joined.spec.seconds, Math.max(0, Math.floor(open.seconds - secondsLeft(session, at))));
	const facts = answerFacts({ item, quiz, code: joined.code, attendee: joined.attendee, chapterId: joined.chapterOf[id] ?? '', response, seconds, at, join: session.join });
	const send: AnswerMessage[] = response === null ? [] : [{ type: 'answer', index: open.index, response, seconds }];
	const next: LiveSession = {
		...session,
		now: at,
		phase,
		joined: { ...joined, quiz },
		answers: [...session.answers.filter((given) => given.questionId !== id), { questionId: id, response, seconds }],
		receipts: response === null ? session.receipts : { ...session.receipts, [open.index]: { state: 'pending' } },
		outbox: [...session.outbox, ...send],
	};
	delete next.draft;
	return { session: next, facts, send };
}

/** The open question closes unanswered (its time ran out, or the host moved on): recorded with the full time. */
function closeUnanswered(session: LiveSession, at: string, phase: LivePhase): LiveStep {
	const quiz = quizReducer((session.joined as LiveJoined).quiz, { type: 'time-up' });
	return record(session, null, at, quiz, phase);
}

/** The countdown reached 0: a hands-on line typed so far is the answer; anything else closes unanswered. */
function timeUp(session: LiveSession, at: string): LiveStep {
	const text = session.draft?.trim() ? session.draft : undefined;
	if (text === undefined) return closeUnanswered(session, at, 'answered');
	const response: Response = { type: 'typed', text };
	return record(session, response, at, quizReducer((session.joined as LiveJoined).quiz, { type: 'submit', response }), 'answered');
}

/** Steps that leave a question being asked close it first (unanswered), then `then` runs on the result. */
function leaveAsking(session: LiveSession, at: string, then: (session: LiveSession) => LiveSession): LiveStep {
	if (session.phase !== 'asking') return { session: then({ ...session, now: at }), facts: NONE, send: [] };
	const closed = closeUnanswered(session, at, 'answered');
	return { ...closed, session: then(closed.session) };
}

/** Whether question `index` has an answer here, or the host said at a rejoin that it has one. */
const hasAnswer = (session: LiveSession, index: number) => liveAnswer(session, index) !== undefined || session.receipts[index] !== undefined;

function stop(session: LiveSession, why: string, at: string): LiveStep {
	return leaveAsking(session, at, (closed) => {
		const next: LiveSession = { ...closed, phase: 'stopped', stopped: why };
		delete next.draft;
		return next;
	});
}

/** The words for a refusal at join: what was wrong, and what to do. */
export function refusalMessage(session: Pick<LiveSession, 'hostLabel' | 'join' | 'name'>, message: RefusedMessage): string {
	const say = t().app.liveJoin.stop;
	switch (message.reason) {
		case 'protocol':
			return say.protocol(message.version, message.version ? rejoinCommand(session, `npx cvm-tutor@${message.version}`) : undefined);
		case 'code':
			return say.code(session.join);
		case 'other-lessons':
			return say.otherLessons(message.version ?? '?', rejoinCommand(session, message.run ?? `npx cvm-tutor@${message.version ?? 'latest'}`));
		case 'full':
			return say.full;
		case 'finished':
			return say.finished;
	}
}

function welcome(session: LiveSession, event: Extract<LiveEvent, { type: 'welcome' }>, at: string): LiveStep {
	const { message } = event;
	// A welcome again (the link rejoined after a drop): the room goes on where it is.
	if (session.joined) return unchanged(session);
	if (!event.room.ok) {
		const say = t().app.liveJoin.stop;
		const why = event.room.reason === 'other-lessons' ? say.otherLessons(event.room.version, rejoinCommand(session, `npx cvm-tutor@${event.room.version}`)) : say.cannotTake(message.room, event.room.message);
		return stop(session, why, at);
	}
	const { spec, code, items, chapterOf } = event.room.room;
	const attendee = message.attendee;
	// Answers given before a restart: the host lists their indices, this learner's progress holds what they were.
	const answers: RoomAnswer[] = [];
	const results: QuizSession['results'] = {};
	const receipts: Record<number, Receipt> = {};
	for (const index of message.answered) {
		const item = items[index];
		if (!item) continue;
		receipts[index] = { state: 'taken' };
		const saved = event.saved.filter((r) => r.code === code && r.attendee === attendee && r.questionId === item.question.id).at(-1);
		const verdict = saved?.response ? safeScore(item, saved.response) : undefined;
		if (!saved || (saved.response && !verdict)) continue;
		answers.push({ questionId: saved.questionId, response: saved.response, seconds: saved.seconds });
		results[item.question.id] = { correct: verdict?.correct === true, credit: verdict?.credit ?? 0 };
	}
	const quiz: QuizSession = {
		mode: 'quick',
		chapterId: null,
		seed: spec.seed,
		// No hints in a room: the question is asked as the room sees it.
		items: items.map((item) => ({ ...item, question: { ...item.question, hints: undefined } as QuizItem['question'] })),
		index: 0,
		phase: 'answering',
		picked: [],
		hintsShown: 0,
		results,
		retries: false,
	};
	const name = message.name ?? session.name;
	const joined: LiveJoined = { spec, code, attendee, ...(name ? { name } : {}), quiz, chapterOf };
	// A welcome came over the stream: whatever status the link says next, it is online now. The seat is saved at
	// once: a laptop that restarts before its first answer still rejoins as this attendee.
	const seat: LiveSeatRecord = { id: session.join, at, code, attendee, ...(name ? { name } : {}) };
	return { session: { ...session, now: at, phase: 'waiting', status: { state: 'online' }, joined, answers, receipts }, facts: { ...NONE, seats: [seat] }, send: [] };
}

function open(session: LiveSession, message: Extract<LinkEvent, { type: 'message' }>['message'] & { type: 'open' }, at: string): LiveStep {
	const joined = session.joined;
	if (!joined || session.phase === 'finished' || session.phase === 'stopped') return unchanged(session);
	// The same open again (sent after a reconnect), or an older one: nothing changes.
	if (session.open && message.index <= session.open.index) return unchanged(session);
	const item = joined.quiz.items[message.index];
	if (!item || item.question.id !== message.id) return stop(session, t().app.liveJoin.stop.otherQuestion(message.index + 1, message.id), at);
	return leaveAsking(session, at, (left) => {
		const answered = hasAnswer(left, message.index);
		const quiz: QuizSession = { ...(left.joined as LiveJoined).quiz, index: message.index, phase: answered ? 'feedback' : 'answering', picked: [], hintsShown: 0 };
		const next: LiveSession = {
			...left,
			phase: answered ? 'answered' : 'asking',
			joined: { ...(left.joined as LiveJoined), quiz },
			open: { index: message.index, seconds: message.seconds, left: Math.min(message.left, message.seconds), at },
		};
		delete next.draft;
		return next;
	});
}

function reveal(session: LiveSession, index: number, at: string): LiveStep {
	const joined = session.joined;
	if (!joined || session.phase === 'finished' || session.phase === 'stopped' || !joined.quiz.items[index]) return unchanged(session);
	const current = session.open?.index;
	if (current !== undefined && (index < current || (index === current && session.phase === 'revealed'))) return unchanged(session);
	return leaveAsking(session, at, (left) => {
		const next: LiveSession = { ...left, phase: 'revealed' };
		// A question opened while this attendee was away: shown revealed, never asked.
		if (index !== current) {
			next.open = { index, seconds: joined.spec.seconds, left: 0, at };
			next.joined = { ...(left.joined as LiveJoined), quiz: { ...(left.joined as LiveJoined).quiz, index, phase: 'feedback', picked: [], hintsShown: 0 } };
		}
		delete next.draft;
		return next;
	});
}

function linkEvent(session: LiveSession, event: LinkEvent, at: string): LiveStep {
	if (event.type === 'status') {
		const same = JSON.stringify(event.status) === JSON.stringify(session.status);
		return same ? unchanged(session) : { session: { ...session, now: at, status: event.status }, facts: NONE, send: [] };
	}
	if (event.type === 'stopped') {
		if (session.phase === 'finished' || session.phase === 'stopped') return unchanged(session);
		const say = t().app.liveJoin.stop;
		return stop(session, session.joined ? say.gaveUpJoined(event.why, rejoinCommand(session)) : say.gaveUp(event.why), at);
	}
	const message = event.message;
	switch (message.type) {
		case 'welcome':
			// Composed by app-state into a `welcome` event; a raw one has no room to go by.
			return unchanged(session);
		case 'refused':
			if (session.phase === 'finished' || session.phase === 'stopped') return unchanged(session);
			return stop(session, refusalMessage(session, message), at);
		case 'open':
			return open(session, message, at);
		case 'receipt': {
			const before = session.receipts[message.index];
			if (!before || before.state !== 'pending') return unchanged(session);
			// A resend after a reconnect finds the first copy taken: the host has this answer.
			const receipt: Receipt = message.ok || message.why === 'duplicate' ? { state: 'taken' } : { state: 'refused', why: message.why ?? 'not-open' };
			return { session: { ...session, now: at, receipts: { ...session.receipts, [message.index]: receipt } }, facts: NONE, send: [] };
		}
		case 'reveal':
			return reveal(session, message.index, at);
		case 'finished': {
			if (!session.joined) return session.phase === 'stopped' ? unchanged(session) : stop(session, t().app.liveJoin.stop.finished, at);
			if (session.phase === 'finished' || session.phase === 'stopped') return unchanged(session);
			const ended = leaveAsking(session, at, (left) => {
				const next: LiveSession = { ...left, phase: 'finished' };
				delete next.draft;
				return next;
			});
			// The seat records the end: leaving from any screen, or running the join again later, prints the result.
			const { joined } = session;
			return { ...ended, facts: { ...ended.facts, seats: [{ id: session.join, at, code: joined.code, attendee: joined.attendee, ...(joined.name ? { name: joined.name } : {}), finished: at }] } };
		}
	}
}

/** One step of the live room. Nothing changed: the same session object back (app-state then keeps its state). */
export function liveReducer(session: LiveSession, event: LiveEvent, at: string): LiveStep {
	switch (event.type) {
		case 'welcome':
			if (session.phase === 'finished' || session.phase === 'stopped') return unchanged(session);
			return welcome(session, event, at);
		case 'link':
			return linkEvent(session, event.event, at);
		case 'handed': {
			const outbox = session.outbox.filter((message) => !event.indices.includes(message.index));
			return outbox.length === session.outbox.length ? unchanged(session) : { session: { ...session, outbox }, facts: NONE, send: [] };
		}
		case 'tick':
			if (session.phase !== 'asking') return unchanged(session);
			if (secondsLeft(session, at) > 0) return { session: { ...session, now: at }, facts: NONE, send: [] };
			return timeUp(session, at);
		case 'draft': {
			const item = liveItem(session)?.item;
			if (session.phase !== 'asking' || item?.question.type !== 'typed') return unchanged(session);
			return { session: { ...session, now: at, draft: event.text }, facts: NONE, send: [] };
		}
		case 'quiz': {
			const joined = session.joined;
			if (session.phase !== 'asking' || !joined) return unchanged(session);
			// One answer, no hints, no second try: only ticking choices and the answer itself reach the quiz.
			if (event.intent.type !== 'toggle' && event.intent.type !== 'submit') return unchanged(session);
			const quiz = quizReducer(joined.quiz, event.intent);
			if (quiz === joined.quiz) return unchanged(session);
			if (event.intent.type === 'toggle') return { session: { ...session, now: at, joined: { ...joined, quiz } }, facts: NONE, send: [] };
			// An answer that comes with the tick after 0 still counts here (the host judges whether it is late).
			return record(session, event.intent.response, at, quiz, 'answered');
		}
	}
}

/** The line to paste into the call's chat at the end: every question, unanswered ones as such. */
export function liveResultCode(session: LiveSession): string | undefined {
	const joined = session.joined;
	if (!joined) return undefined;
	const answers = joined.quiz.items.map((item): RoomAnswer => session.answers.find((answer) => answer.questionId === item.question.id) ?? { questionId: item.question.id, response: null, seconds: joined.spec.seconds });
	return encodeResultCode({ spec: joined.spec, attendee: joined.attendee, ...(joined.name ? { name: joined.name } : {}), answers }, joined.quiz.items);
}

/** "Waiting for question k of n": the one after the last opened (or after the last answered, at a rejoin). */
export function nextQuestion(session: LiveSession): { n: number; total: number } {
	const total = session.joined?.quiz.items.length ?? 0;
	const answered = Object.keys(session.receipts).map(Number);
	const last = session.open?.index ?? (answered.length ? Math.max(...answered) : -1);
	// Past the last question: n is total + 1, and the screen says the trainer is finishing the room.
	return { n: last + 2, total };
}
