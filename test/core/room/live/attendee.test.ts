// The live room's attendee as plain values under a fake clock: join, wait, a question with its countdown, one
// answer (facts and the message at once), receipts, the reveal, questions closed unanswered, the end with a
// result code that decodes, a rejoin that asks nothing twice, and every refusal in words.
import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, type LiveSeatRecord, type RoomAnswerRecord } from '../../../../src/core/progress.js';
import { mergeProgress } from '../../../../src/core/progress-merge.js';
import { encodeRoomCode, type RoomSpec } from '../../../../src/core/room/code.js';
import { structureDigest } from '../../../../src/core/room/compose.js';
import {
	composeLiveRoom,
	createLiveSession,
	type LiveEvent,
	type LiveRoom,
	liveCountdown,
	liveReducer,
	liveResult,
	liveResultCode,
	type LiveSession,
	nextQuestion,
	previousAttendee,
	refusalMessage,
} from '../../../../src/core/room/live/attendee.js';
import { answeredLines, liveHeaderLine, liveResultLines, revealLines } from '../../../../src/core/room/live/attendee-lines.js';
import type { RefusedReason, ToAttendee, WelcomeMessage } from '../../../../src/core/room/live/protocol.js';
import { decodeResultCode } from '../../../../src/core/room/result.js';
import { roomScore } from '../../../../src/core/room/session.js';
import type { Question } from '../../../../src/core/schema.js';
import type { Response } from '../../../../src/core/scoring.js';
import { bundledBank, rightResponse } from '../../../helpers.js';

const bank = bundledBank();
const base: RoomSpec = { version: '0.1.0', structure: structureDigest(bank), chapters: 'all', count: 5, seconds: 20, types: ['single', 'typed'], names: true, seed: 0 };
/** The first room whose questions 0-3 are single-choice and whose question 4 is typed: every path below runs. */
const { spec, room } = ((): { spec: RoomSpec; room: LiveRoom } => {
	for (let seed = 0; seed < 2000; seed++) {
		const composed = composeLiveRoom(bank, encodeRoomCode({ ...base, seed }));
		if (!composed.ok) continue;
		const types = composed.room.items.map((item) => item.question.type);
		if (types.slice(0, 4).every((type) => type === 'single') && types[4] === 'typed') return { spec: { ...base, seed }, room: composed.room };
	}
	throw new Error('no such room');
})();
const CODE = encodeRoomCode(spec);
const JOIN = 'ABCD-EFGH-JKMN';
const HOST = '127.0.0.1:4000';
const ATTENDEE = 'K7Q2M9XD';
const items = room.items;
const question = (i: number) => items[i]!.question;

/** The app clock, in seconds after the start. */
const at = (seconds: number) => new Date(Date.parse('2026-11-30T10:00:00.000Z') + seconds * 1000).toISOString();

const message = (m: ToAttendee): LiveEvent => ({ type: 'link', event: { type: 'message', message: m } });
const welcomeMessage = (answered: number[] = []): WelcomeMessage => ({ type: 'welcome', room: CODE, attendee: ATTENDEE, name: 'Ann', questions: items.length, answered });
const welcome = (answered: number[] = [], saved: RoomAnswerRecord[] = []): LiveEvent => ({ type: 'welcome', message: welcomeMessage(answered), room: { ok: true, room }, saved });
const open = (index: number, left = 20) => message({ type: 'open', index, id: question(index).id, seconds: 20, left });
const submit = (response: Response): LiveEvent => ({ type: 'quiz', intent: { type: 'submit', response } });
function wrongResponse(q: Question): Response {
	if (q.type !== 'single') throw new Error('single only');
	return { type: 'single', choiceId: q.choices.find((choice) => choice.id !== q.answer)!.id };
}

/** Runs events in order (each at its time), collecting facts and messages sent. */
function run(session: LiveSession, steps: Array<[number, LiveEvent]>) {
	const facts = { answers: [] as unknown[], roomAnswers: [] as RoomAnswerRecord[], seats: [] as LiveSeatRecord[] };
	const sent: unknown[] = [];
	for (const [time, event] of steps) {
		const step = liveReducer(session, event, at(time));
		session = step.session;
		facts.answers.push(...step.facts.answers);
		facts.roomAnswers.push(...step.facts.roomAnswers);
		facts.seats.push(...(step.facts.seats ?? []));
		sent.push(...step.send);
	}
	return { session, facts, sent };
}

const fresh = () => createLiveSession({ join: JOIN, hostLabel: HOST, name: 'Ann', at: at(0) });

describe('the live room, attendee side', () => {
	it('joins, waits, answers once (facts and the message at once), hears receipts and reveals, closes unanswered questions, and ends with a result code that decodes', () => {
		let session = fresh();
		expect(session.phase).toBe('connecting');
		({ session } = run(session, [[1, welcome()]]));
		expect(session.phase).toBe('waiting');
		expect(nextQuestion(session)).toEqual({ n: 1, total: 5 });

		// Question 1 opens with 18 s left as the host sent it; the countdown runs on the app clock from then.
		({ session } = run(session, [[2, open(0, 18)], [5, { type: 'tick' }]]));
		expect(session.phase).toBe('asking');
		expect(liveCountdown(session)).toBe(15);

		// One answer: facts and the message at once, before any receipt.
		let step = liveReducer(session, submit(rightResponse(question(0))), at(6));
		expect(step.session.phase).toBe('answered');
		expect(step.send).toEqual([{ type: 'answer', index: 0, response: rightResponse(question(0)), seconds: 6 }]);
		expect(step.session.outbox).toEqual(step.send);
		expect(step.facts.answers).toEqual([expect.objectContaining({ questionId: question(0).id, correct: true, mode: 'quiz', room: CODE, seconds: 6, at: at(6) })]);
		expect(step.facts.roomAnswers).toEqual([{ id: `${ATTENDEE}/${question(0).id}`, at: at(6), code: CODE, attendee: ATTENDEE, questionId: question(0).id, response: rightResponse(question(0)), seconds: 6, join: JOIN }]);
		session = step.session;
		// A second answer to the same question is not taken.
		expect(liveReducer(session, submit(wrongResponse(question(0))), at(7)).session).toBe(session);
		session = liveReducer(session, { type: 'handed', indices: [0] }, at(7)).session;
		expect(session.outbox).toEqual([]);
		expect(answeredLines(session).map((line) => line.text)).toContain('… Sent: waiting for the trainer to confirm it.');
		session = liveReducer(session, message({ type: 'receipt', index: 0, ok: true }), at(7)).session;
		expect(answeredLines(session).map((line) => line.text)).toContain('✔ Taken: the trainer has your answer.');

		// The same open again (after a reconnect) changes nothing.
		expect(liveReducer(session, open(0, 12), at(8)).session).toBe(session);
		session = liveReducer(session, message({ type: 'reveal', index: 0 }), at(9)).session;
		expect(session.phase).toBe('revealed');
		expect(revealLines(session).map((line) => line.text).join('\n')).toMatch(/^✔ /m);
		expect(liveReducer(session, message({ type: 'reveal', index: 0 }), at(9)).session).toBe(session);

		// Question 2 opens and is left unanswered: question 3's open records it as unanswered, with the full time.
		let facts;
		({ session, facts } = run(session, [[10, open(1)], [15, open(2)]]));
		expect(facts.roomAnswers).toEqual([expect.objectContaining({ questionId: question(1).id, response: null, seconds: 20, join: JOIN })]);
		expect(facts.answers).toEqual([expect.objectContaining({ questionId: question(1).id, correct: false, room: CODE })]);
		expect(session.phase).toBe('asking');
		expect(session.open?.index).toBe(2);

		// Question 3 answered wrong, and the host says it came late.
		({ session } = run(session, [[40, submit(wrongResponse(question(2)))], [41, message({ type: 'receipt', index: 2, ok: false, why: 'late' })]]));
		expect(answeredLines(session).map((line) => line.text)).toContain('✘ Not taken: it reached the trainer after the time was up. Your answer is kept here.');
		session = liveReducer(session, message({ type: 'reveal', index: 2 }), at(42)).session;
		expect(revealLines(session)[4]?.text).toMatch(/^✘ /);

		// Question 4 runs out while offline: the countdown goes on, and at 0 it closes unanswered.
		({ session, facts } = run(session, [
			[50, open(3)],
			[51, { type: 'link', event: { type: 'status', status: { state: 'offline', attempt: 1, retryInMs: 3000, why: 'the host closed the connection' } } }],
			[60, { type: 'tick' }],
		]));
		expect(session.phase).toBe('asking');
		expect(liveHeaderLine(session)).toBe('Time left: 0:10 · Offline (the host closed the connection): reconnecting in 3 s, try 1. Your answers are kept.');
		({ session, facts } = run(session, [[70, { type: 'tick' }]]));
		expect(session.phase).toBe('answered');
		expect(facts.roomAnswers).toEqual([expect.objectContaining({ questionId: question(3).id, response: null, seconds: 20 })]);
		expect(answeredLines(session).map((line) => line.text)).toContain('✘ Time is up: no answer given.');

		// Question 5 (typed), answered offline by a line typed when the time runs out: taken, and handed to the link.
		let sent;
		({ session, facts, sent } = run(session, [
			[80, open(4)],
			[85, { type: 'draft', text: 'docker ps' }],
			[100, { type: 'tick' }],
		]));
		expect(sent).toEqual([{ type: 'answer', index: 4, response: { type: 'typed', text: 'docker ps' }, seconds: 20 }]);
		expect(facts.roomAnswers).toEqual([expect.objectContaining({ questionId: question(4).id, response: { type: 'typed', text: 'docker ps' } })]);
		expect(answeredLines(session).map((line) => line.text)).toContain('… Not sent yet: kept, and sent the moment the connection is back.');

		session = liveReducer(session, message({ type: 'finished' }), at(110)).session;
		expect(session.phase).toBe('finished');
		expect(roomScore({ quiz: session.joined!.quiz })).toEqual({ correct: 1, total: 5 });
		const code = liveResultCode(session)!;
		const decoded = decodeResultCode(code, spec, items);
		expect(decoded.ok && decoded.result).toEqual({
			attendee: ATTENDEE,
			name: 'Ann',
			answers: [
				{ questionId: question(0).id, response: rightResponse(question(0)), seconds: 6 },
				{ questionId: question(1).id, response: null, seconds: 20 },
				{ questionId: question(2).id, response: wrongResponse(question(2)), seconds: 20 },
				{ questionId: question(3).id, response: null, seconds: 20 },
				{ questionId: question(4).id, response: { type: 'typed', text: 'docker ps' }, seconds: 20 },
			],
		});
		expect(liveResultLines(session).map((line) => line.text)).toContain(code);
		// The link stopping after the end leaves the results.
		expect(liveReducer(session, { type: 'link', event: { type: 'stopped', why: 'the room is over' } }, at(111)).session).toBe(session);
	});

	it('a question still asked when the host reveals, moves on or finishes is closed unanswered', () => {
		for (const next of [message({ type: 'reveal', index: 0 }), open(1), message({ type: 'finished' })]) {
			const { session, facts } = run(fresh(), [[1, welcome()], [2, open(0)], [3, next]]);
			expect(facts.roomAnswers).toEqual([expect.objectContaining({ questionId: question(0).id, response: null, seconds: 20 })]);
			expect(session.phase).toBe(next.type === 'link' && next.event.type === 'message' && next.event.message.type === 'open' ? 'asking' : next.type === 'link' && next.event.type === 'message' && next.event.message.type === 'finished' ? 'finished' : 'revealed');
		}
	});

	it('a rejoin restores the answers the host lists from the saved progress: nothing is asked twice, and the results are complete', () => {
		const saved: RoomAnswerRecord[] = [
			{ id: `${ATTENDEE}/${question(0).id}`, at: at(5), code: CODE, attendee: ATTENDEE, questionId: question(0).id, response: rightResponse(question(0)), seconds: 5, join: JOIN },
			// Another attendee's answer, and another room's: not this one's.
			{ id: `ZZZZZZZZ/${question(1).id}`, at: at(6), code: CODE, attendee: 'ZZZZZZZZ', questionId: question(1).id, response: rightResponse(question(1)), seconds: 5, join: JOIN },
		];
		let { session } = run(fresh(), [[30, welcome([0], saved)]]);
		expect(session.answers).toEqual([{ questionId: question(0).id, response: rightResponse(question(0)), seconds: 5 }]);
		expect(nextQuestion(session)).toEqual({ n: 2, total: 5 });
		// The host reopens question 1 (still open): it is not asked again.
		let step = liveReducer(session, open(0, 4), at(31));
		expect(step.session.phase).toBe('answered');
		expect(answeredLines(step.session).map((line) => line.text)).toContain('✔ Taken: the trainer has your answer.');
		({ session } = run(step.session, [[32, message({ type: 'finished' })]]));
		expect(roomScore({ quiz: session.joined!.quiz })).toEqual({ correct: 1, total: 5 });
		const decoded = decodeResultCode(liveResultCode(session)!, spec, items);
		expect(decoded.ok && decoded.result.answers[0]).toEqual({ questionId: question(0).id, response: rightResponse(question(0)), seconds: 5 });
		// A second welcome (the link rejoined after a drop) changes nothing.
		step = liveReducer(session, welcome([0], saved), at(33));
		expect(step.session).toBe(session);
	});

	it('saves a seat at the welcome, which previousAttendee finds by join code', () => {
		const { facts } = run(fresh(), [[1, welcome()]]);
		expect(facts.seats).toEqual([{ id: JOIN, at: at(1), code: CODE, attendee: ATTENDEE, name: 'Ann' }]);
		expect(previousAttendee(facts.seats ?? [], JOIN)).toBe(ATTENDEE);
		expect(previousAttendee(facts.seats ?? [], 'NONE-NONE-NONE')).toBeUndefined();
		// A second welcome (a reconnect) is no new seat.
		expect(run(fresh(), [[1, welcome()], [2, welcome()]]).facts.seats).toHaveLength(1);
	});

	it('says every refusal in words, with the exact command for other lessons', () => {
		const reasons: RefusedReason[] = ['protocol', 'code', 'other-lessons', 'full', 'finished'];
		for (const reason of reasons) {
			const refused = { type: 'refused' as const, reason, ...(reason === 'other-lessons' ? { version: '0.1.0', run: 'npx cvm-tutor@0.1.0' } : {}) };
			const { session } = run(fresh(), [[1, message(refused)]]);
			expect(session.phase).toBe('stopped');
			expect(session.stopped).toBe(refusalMessage(fresh(), refused));
			expect(session.stopped?.length).toBeGreaterThan(20);
		}
		const other = run(fresh(), [[1, message({ type: 'refused', reason: 'other-lessons', version: '0.1.0', run: 'npx cvm-tutor@0.1.0' })]]).session;
		expect(other.stopped).toBe(`This room uses cvm-tutor 0.1.0's lessons, not yours: run npx cvm-tutor@0.1.0 room join ${HOST} ${JOIN} --name Ann`);
		expect(refusalMessage(fresh(), { type: 'refused', reason: 'code' })).toContain(JOIN);
		expect(refusalMessage(fresh(), { type: 'refused', reason: 'protocol', version: '0.2.0' })).toContain(`npx cvm-tutor@0.2.0 room join ${HOST} ${JOIN}`);
	});

	it('stops with a message when the lessons cannot make the room, or the link gives up', () => {
		const otherLessons: LiveEvent = { type: 'welcome', message: welcomeMessage(), room: { ok: false, reason: 'other-lessons', version: '0.3.1' }, saved: [] };
		const stopped = run(fresh(), [[1, otherLessons]]).session;
		expect(stopped.phase).toBe('stopped');
		expect(stopped.stopped).toContain(`npx cvm-tutor@0.3.1 room join ${HOST} ${JOIN}`);
		const gaveUp = run(fresh(), [[1, welcome()], [2, open(0)], [3, { type: 'link', event: { type: 'stopped', why: 'the host cannot be found' } }]]);
		expect(gaveUp.session.phase).toBe('stopped');
		expect(gaveUp.session.stopped).toBe(`The connection to the room ended: the host cannot be found. Your answers are kept; run cvm-tutor room join ${HOST} ${JOIN} --name Ann to rejoin.`);
		expect(gaveUp.facts.roomAnswers).toHaveLength(1);
	});

	it('an open whose question id is not that question in these lessons stops the room', () => {
		const { session } = run(fresh(), [[1, welcome()], [2, message({ type: 'open', index: 0, id: 'no-such-question', seconds: 20, left: 20 })]]);
		expect(session.phase).toBe('stopped');
		expect(session.stopped).toContain('no-such-question');
	});
});

describe('the join code on a saved room answer', () => {
	it('is read back, kept through a merge, and refused when it is not text', () => {
		const answer: RoomAnswerRecord = { id: `${ATTENDEE}/${question(0).id}`, at: at(1), code: CODE, attendee: ATTENDEE, questionId: question(0).id, response: null, seconds: 20, join: JOIN };
		const progress = { ...emptyProgress(), roomAnswers: [answer] };
		const parsed = parseProgress(JSON.parse(JSON.stringify(progress)));
		expect(parsed.ok && parsed.progress.roomAnswers).toEqual([answer]);
		const merged = mergeProgress(emptyProgress(), progress, emptyProgress());
		expect(merged.roomAnswers).toEqual([answer]);
		expect(parseProgress({ ...progress, roomAnswers: [{ ...answer, join: 7 }] }).ok).toBe(false);
	});
});

describe('a live room seat in the progress file', () => {
	it('is read back, merged by join code, and refused when malformed', () => {
		const seat = { id: JOIN, at: at(1), code: CODE, attendee: ATTENDEE };
		const progress = { ...emptyProgress(), liveSeats: [seat] };
		const parsed = parseProgress(JSON.parse(JSON.stringify(progress)));
		expect(parsed.ok && parsed.progress.liveSeats).toEqual([seat]);
		const other = { ...emptyProgress(), liveSeats: [{ ...seat, id: 'WXYZ-WXYZ-WXYZ' }] };
		expect(mergeProgress(emptyProgress(), progress, other).liveSeats).toEqual([{ ...seat, id: 'WXYZ-WXYZ-WXYZ' }, seat]);
		expect(parseProgress({ ...progress, liveSeats: [{ ...seat, attendee: 7 }] }).ok).toBe(false);
	});
});

describe('a finished live room, from the learner facts', () => {
	it('gives the same result code as the results screen, once the seat says the room is over', () => {
		const steps: Array<[number, LiveEvent]> = [[1, welcome()], [2, open(0)], [3, submit(rightResponse(question(0)))], [4, open(1)], [5, submit(wrongResponse(question(1)))], [6, open(2)]];
		const before = run(fresh(), steps);
		const progress = (facts: typeof before.facts) => ({ liveSeats: facts.seats, roomAnswers: facts.roomAnswers });
		expect(liveResult(progress(before.facts), JOIN, bank)).toBeUndefined();
		const after = run(fresh(), [...steps, [7, message({ type: 'finished' })]]);
		expect(after.facts.seats.at(-1)).toMatchObject({ id: JOIN, attendee: ATTENDEE, name: 'Ann', finished: at(7) });
		const result = liveResult(progress(after.facts), JOIN, bank);
		expect(result?.resultCode).toBe(liveResultCode(after.session));
		expect(result?.score).toEqual({ correct: 1, total: 5 });
		expect(result?.answers.map((a) => a.response === null)).toEqual([false, false, true, true, true]);
		expect(liveResult({ ...progress(after.facts) }, 'OTHER-JOIN', bank)).toBeUndefined();
	});

	it('cuts a long typed answer to 60 characters before it is sent', () => {
		const typedIndex = items.findIndex((item) => item.question.type === 'typed');
		expect(typedIndex).toBeGreaterThanOrEqual(0);
		const long = `docker run ${'x'.repeat(140)}`;
		const { sent, facts } = run(fresh(), [[1, welcome()], [2, open(typedIndex)], [3, submit({ type: 'typed', text: long })]]);
		expect(sent).toEqual([{ type: 'answer', index: typedIndex, response: { type: 'typed', text: long.slice(0, 60) }, seconds: 1 }]);
		expect(facts.roomAnswers[0]?.response).toEqual({ type: 'typed', text: long.slice(0, 60) });
	});
});
