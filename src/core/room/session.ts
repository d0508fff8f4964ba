// An attendee taking a room's quiz: a pure reducer over the room's questions, each under a countdown. No hints,
// no feedback and no second tries until the last question (the room discusses first); a question left at 0 is
// closed unanswered. Every step returns the facts it implies, so each answer is saved the moment it is given.
import type { AnswerRecord, LiveSeatRecord, RoomAnswerRecord } from '../progress.js';
import { currentItem, type QuizIntent, type QuizItem, quizReducer, type QuizSession } from '../quiz.js';
import { misconceptionsOf, type Response, scoreAnswer } from '../scoring.js';
import { encodeRoomCode, type RoomSpec } from './code.js';
import { encodeResultCode, type RoomAnswer } from './result.js';

export type { RoomAnswer };

export interface RoomSession {
	spec: RoomSpec;
	/** The room code as printed. */
	code: string;
	/** This attendee's random id: it tells a pasted result code from another attendee's, and keys the saved answers. */
	attendee: string;
	name?: string;
	/** Seconds per question (the spec's). */
	seconds: number;
	/** `intro`: what the room holds; no clock runs until the attendee starts. */
	phase: 'intro' | 'asking' | 'finished';
	quiz: QuizSession;
	/** Chapter of each question (by id), for the answers it records. */
	chapterOf: Record<string, string>;
	/** When the question on screen was shown, and, for a hands-on question, when its answer began to be typed. */
	shownAt?: string;
	typingSince?: string;
	/** A hands-on question's line as typed so far: taken as the answer if the time runs out while it is typed. */
	draft?: string;
	answers: RoomAnswer[];
	/** The latest time the app's clock gave. */
	now: string;
}

/**
 * `draft`: the attendee's line on a hands-on (typed) question changed. A command being typed when the countdown
 * reaches 0 gets more time (HANDS_ON_GRACE), so a typist is not cut off mid-word; when that runs out too, the line
 * is taken as it is.
 */
export type RoomIntent = { type: 'start' } | { type: 'tick' } | { type: 'draft'; text: string } | { type: 'quiz'; intent: QuizIntent };

export interface RoomFacts {
	answers: AnswerRecord[];
	roomAnswers: RoomAnswerRecord[];
	/** A live room's seat, at its welcome (src/core/room/live/attendee.ts). */
	seats?: LiveSeatRecord[];
}

/** A hands-on answer being typed at 0 may run this many times the question's time in all, then it is taken as typed. */
export const HANDS_ON_GRACE = 2;

const secondsBetween = (from: string, to: string) => Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 1000));

/**
 * A room session over `items` (in the room's order and choice order), resuming after the answers already saved
 * for this attendee (a window closed mid-room): those questions are not asked again.
 */
export function createRoomSession(options: {
	spec: RoomSpec;
	attendee: string;
	name?: string;
	items: QuizItem[];
	chapterOf: Record<string, string>;
	saved?: readonly RoomAnswer[];
	at: string;
}): RoomSession {
	const saved = new Map((options.saved ?? []).map((answer) => [answer.questionId, answer]));
	const answers = options.items.flatMap((item): RoomAnswer[] => {
		const answer = saved.get(item.question.id);
		return answer ? [{ questionId: answer.questionId, response: answer.response, seconds: answer.seconds }] : [];
	});
	const results: QuizSession['results'] = {};
	for (const answer of answers) {
		const item = options.items.find((candidate) => candidate.question.id === answer.questionId) as QuizItem;
		const verdict = answer.response ? safeScore(item, answer.response) : undefined;
		results[answer.questionId] = { correct: verdict?.correct === true, credit: verdict?.credit ?? 0 };
	}
	const index = options.items.findIndex((item) => !saved.has(item.question.id));
	const quiz: QuizSession = {
		mode: 'quick',
		chapterId: null,
		seed: options.spec.seed,
		// No hints in a room: the question is asked as the room sees it.
		items: options.items.map((item) => ({ ...item, question: { ...item.question, hints: undefined } as QuizItem['question'] })),
		index: index === -1 ? options.items.length : index,
		phase: index === -1 ? 'finished' : 'answering',
		picked: [],
		hintsShown: 0,
		results,
		retries: false,
	};
	return {
		spec: options.spec,
		code: encodeRoomCode(options.spec),
		attendee: options.attendee,
		...(options.name ? { name: options.name } : {}),
		seconds: options.spec.seconds,
		phase: index === -1 ? 'finished' : 'intro',
		quiz,
		chapterOf: options.chapterOf,
		answers,
		now: options.at,
	};
}

/** A saved response scored again; one that no longer fits the question (lessons changed) scores nothing. */
function safeScore(item: QuizItem, response: Response) {
	try {
		return scoreAnswer(item.question, response);
	} catch {
		return undefined;
	}
}

/** The countdown of the question on screen: seconds left (never below 0), and whether it is in a typist's extra time. */
export function countdown(session: RoomSession): { left: number; extra: boolean } | undefined {
	if (session.phase !== 'asking' || !session.shownAt) return undefined;
	const elapsed = (Date.parse(session.now) - Date.parse(session.shownAt)) / 1000;
	const left = session.seconds - elapsed;
	if (left > 0 || !session.typingSince) return { left: Math.max(0, Math.ceil(left)), extra: false };
	return { left: Math.max(0, Math.ceil(session.seconds * HANDS_ON_GRACE - elapsed)), extra: true };
}

/** The time a question closes at, as the clock reads it (ISO). */
function closesAt(session: RoomSession): number {
	const shown = Date.parse(session.shownAt ?? session.now);
	return shown + session.seconds * 1000 * (session.typingSince ? HANDS_ON_GRACE : 1);
}

/** Records the current question's answer (null: unanswered) and moves on; the facts save it at once. */
function close(session: RoomSession, response: Response | null, at: string, quiz: QuizSession): { session: RoomSession; facts: RoomFacts } {
	const item = currentItem(session.quiz) as QuizItem;
	const id = item.question.id;
	// The clock stops at the deadline: an answer that arrives with the tick after it took the question's time.
	const seconds = Math.min(secondsBetween(session.shownAt ?? at, at), Math.round((closesAt(session) - Date.parse(session.shownAt ?? at)) / 1000));
	const answer: RoomAnswer = { questionId: id, response, seconds };
	const facts = answerFacts({ item, quiz, code: session.code, attendee: session.attendee, chapterId: session.chapterOf[id] ?? '', response, seconds, at });
	const moved = quizReducer(quiz, { type: 'next' });
	const finished = moved.phase === 'finished';
	const next: RoomSession = { ...session, now: at, quiz: moved, answers: [...session.answers, answer], phase: finished ? 'finished' : 'asking' };
	delete next.typingSince;
	delete next.draft;
	if (finished) delete next.shownAt;
	else next.shownAt = at;
	return { session: next, facts };
}

/**
 * The facts of one room question, answered (or closed unanswered: response null), saved the moment it happens:
 * an ordinary answer record (mode `quiz`, so that every cvm-tutor version reads the file; `room` says where it
 * was given), so a missed question comes back in Review, and the room answer itself (id attendee/question).
 * `join`: the live room's join code, for an answer given in one.
 */
export function answerFacts(o: { item: QuizItem; quiz: QuizSession; code: string; attendee: string; chapterId: string; response: Response | null; seconds: number; at: string; join?: string }): RoomFacts {
	const id = o.item.question.id;
	const result = o.quiz.results[id];
	const misconceptions = result?.verdict ? misconceptionsOf(o.item.question, result.verdict) : [];
	const answer: AnswerRecord = {
		questionId: id,
		chapterId: o.chapterId,
		correct: result?.correct === true,
		credit: result?.credit ?? 0,
		at: o.at,
		mode: 'quiz',
		room: o.code,
		seconds: o.seconds,
		...(misconceptions.length ? { misconceptions } : {}),
	};
	const roomAnswer: RoomAnswerRecord = { id: `${o.attendee}/${id}`, at: o.at, code: o.code, attendee: o.attendee, questionId: id, response: o.response, seconds: o.seconds, ...(o.join ? { join: o.join } : {}) };
	return { answers: [answer], roomAnswers: [roomAnswer] };
}

export function roomReducer(session: RoomSession, intent: RoomIntent, at: string): { session: RoomSession; facts: RoomFacts } {
	const none: RoomFacts = { answers: [], roomAnswers: [] };
	if (intent.type === 'start') {
		if (session.phase !== 'intro') return { session, facts: none };
		return { session: { ...session, phase: 'asking', shownAt: at, now: at }, facts: none };
	}
	if (session.phase !== 'asking') return { session, facts: none };
	const item = currentItem(session.quiz);
	if (!item) return { session, facts: none };
	if (intent.type === 'draft') {
		if (item.question.type !== 'typed') return { session, facts: none };
		const typing = intent.text.trim() !== '';
		const next: RoomSession = { ...session, now: at, draft: intent.text };
		if (typing && !session.typingSince) next.typingSince = at;
		// The line was emptied: no command in progress, so no extra time.
		if (!typing) delete next.typingSince;
		return Date.parse(at) < closesAt(next) ? { session: next, facts: none } : timeUp(next, at);
	}
	if (intent.type === 'tick') {
		if (Date.parse(at) < closesAt(session)) return { session: { ...session, now: at }, facts: none };
		return timeUp(session, at);
	}
	const quiz = quizReducer(session.quiz, intent.intent);
	if (quiz === session.quiz) return { session: { ...session, now: at }, facts: none };
	if (intent.intent.type !== 'submit') return { session: { ...session, now: at, quiz }, facts: none };
	// A late answer (the tick that closes the question has not come yet) still counts: its seconds stop at the deadline.
	return close(session, intent.intent.response, at, quiz);
}

/** Time is up: a hands-on line typed so far is the answer; anything else is closed unanswered. */
function timeUp(session: RoomSession, at: string): { session: RoomSession; facts: RoomFacts } {
	const text = session.draft?.trim() ? session.draft : undefined;
	if (text !== undefined) {
		const response: Response = { type: 'typed', text };
		return close(session, response, at, quizReducer(session.quiz, { type: 'submit', response }));
	}
	return close(session, null, at, quizReducer(session.quiz, { type: 'time-up' }));
}

/** Correct answers of the questions answered so far, and the count of questions. */
export function roomScore(session: Pick<RoomSession, 'quiz'>): { correct: number; total: number } {
	return { correct: Object.values(session.quiz.results).filter((result) => result.correct).length, total: session.quiz.items.length };
}

/** The line to paste into the call's chat once the room is done (room tally reads it). */
export function roomResultCode(session: RoomSession): string {
	return encodeResultCode({ spec: session.spec, attendee: session.attendee, ...(session.name ? { name: session.name } : {}), answers: session.answers }, session.quiz.items);
}
