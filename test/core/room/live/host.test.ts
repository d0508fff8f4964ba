// The host's live room under a fake clock: a whole 3-question room with 5 attendees, refused answers and joins,
// a rejoin that keeps its answers, the attendee cap, and a saved state that resumes as it was.
import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../../../src/core/quiz.js';
import { createRng } from '../../../../src/core/rng.js';
import type { RoomSpec } from '../../../../src/core/room/code.js';
import { roomItems, structureDigest } from '../../../../src/core/room/compose.js';
import { answeredCount, attendeeAnswers, choiceDistribution, createHostRoom, type HostEvent, type HostOutcome, hostReducer, type HostState, hostTally, LATE_GRACE_SECONDS, type LiveAnswer, parseHostState, resumeRoom } from '../../../../src/core/room/live/host.js';
import { type AnswerMessage, type JoinMessage, parseMessage, PROTOCOL_VERSION } from '../../../../src/core/room/live/protocol.js';
import { encodeRoomCode } from '../../../../src/core/room/code.js';
import { newSecret } from '../../../../src/core/room/live/secret.js';
import { scoreAnswer } from '../../../../src/core/scoring.js';
import { bundledBank } from '../../../helpers.js';
import { randomResponse } from '../responses.js';

const bank = bundledBank();
const lessons = structureDigest(bank);
const spec: RoomSpec = { version: '0.1.0', structure: lessons, chapters: 'all', count: 3, seconds: 30, types: [], names: true, seed: 777 };
const built = roomItems(spec, bank);
if (!built.ok) throw new Error('the bundled lessons make no room');
const items: QuizItem[] = built.items;
const CODE = encodeRoomCode(spec);
const SECRET = newSecret(() => 77);

/** A fake clock: seconds after 10:00. */
const at = (s: number) => new Date(Date.UTC(2026, 10, 30, 10, 0, s)).toISOString();
const IDS = ['ATTEND01', 'ATTEND02', 'ATTEND03', 'ATTEND04', 'ATTEND05', 'ATTEND06'];
const NAMES = ['Ada', 'Grace', 'Linus', 'Ken', 'Barbara', 'Dennis'];

const room = (maxAttendees?: number) => createHostRoom({ spec, items, secret: SECRET, lessons, ...(maxAttendees ? { maxAttendees } : {}) });
const step = (state: HostState, event: HostEvent) => hostReducer(state, event, items);
const joinMessage = (over: Partial<JoinMessage> = {}): JoinMessage => ({ type: 'join', protocol: PROTOCOL_VERSION, secret: SECRET, lessons, ...over });
const joinAs = (state: HostState, i: number, time: number, over: Partial<JoinMessage> = {}) => step(state, { type: 'join', message: joinMessage({ name: NAMES[i] as string, ...over }), fresh: IDS[i] as string, at: at(time) });
const answerBy = (state: HostState, attendee: string, message: Omit<AnswerMessage, 'type'>, time: number) => step(state, { type: 'answer', attendee, message: { type: 'answer', ...message }, at: at(time) });
/** Every message the host sends travels as JSON and must read back as itself. */
const sentThrough = (outcome: HostOutcome) => {
	for (const { message } of outcome.send) expect(parseMessage(JSON.stringify(message))).toEqual({ ok: true, message });
	return outcome;
};

function lobbyOf(count: number, maxAttendees?: number): HostState {
	let state = room(maxAttendees);
	for (let i = 0; i < count; i++) state = sentThrough(joinAs(state, i, i)).state;
	return state;
}

describe('a live room, hosted', () => {
	it('runs a 3-question room with 5 attendees from the lobby to the tally', () => {
		const rng = createRng(11);
		let state = lobbyOf(5);
		expect(state.phase).toBe('lobby');
		expect(state.attendees.map((a) => [a.attendee, a.name])).toEqual(IDS.slice(0, 5).map((id, i) => [id, NAMES[i]]));
		expect(answeredCount(state)).toEqual({ answered: 0, of: 5, connected: 5 });
		const given: Array<Array<{ attendee: string; response: ReturnType<typeof randomResponse> }>> = [];
		for (const [index, item] of items.entries()) {
			const opened = sentThrough(step(state, { type: 'open', at: at(100 * (index + 1)) }));
			expect(opened.send).toEqual([{ to: 'all', message: { type: 'open', index, id: item.question.id, seconds: 30, left: 30 } }]);
			state = opened.state;
			given.push([]);
			// Attendee 5 sits question 2 out.
			for (const [n, attendee] of IDS.slice(0, 5).entries()) {
				if (index === 1 && n === 4) continue;
				const response = randomResponse(item.question, rng);
				const taken = sentThrough(answerBy(state, attendee, { index, response, seconds: n + 3 }, 100 * (index + 1) + n + 3));
				expect(taken.refused).toBeUndefined();
				expect(taken.send).toEqual([{ to: 'sender', message: { type: 'receipt', index, ok: true } }]);
				state = taken.state;
				given[index]?.push({ attendee, response });
				expect(answeredCount(state).answered).toBe(n + 1);
			}
			expect(answeredCount(state)).toEqual({ answered: index === 1 ? 4 : 5, of: 5, connected: 5 });
			const distribution = choiceDistribution(state, items, index);
			if (['single', 'multiple', 'true-false'].includes(item.question.type)) {
				expect(distribution.map((c) => c.id)).toEqual(item.choiceOrder);
				expect(distribution.some((c) => c.right)).toBe(true);
				const picks = (given[index] ?? []).flatMap(({ response }) => (response.type === 'single' ? [response.choiceId] : response.type === 'multiple' ? [...response.choiceIds] : response.type === 'true-false' ? [String(response.value)] : []));
				expect(distribution.reduce((sum, c) => sum + c.count, 0)).toBe(picks.length);
			} else expect(distribution).toEqual([]);
			const revealed = sentThrough(step(state, { type: 'reveal', at: at(100 * (index + 1) + 40) }));
			expect(revealed.send).toEqual([{ to: 'all', message: { type: 'reveal', index } }]);
			state = revealed.state;
			expect(state.phase).toBe('revealed');
		}
		const last = sentThrough(step(state, { type: 'open', at: at(500) }));
		expect(last.send).toEqual([{ to: 'all', message: { type: 'finished' } }]);
		state = last.state;
		expect(state.phase).toBe('finished');
		expect(state.answers).toHaveLength(14);

		const tally = hostTally(state, items);
		expect(tally.attendees).toBe(5);
		expect(tally.rejected).toEqual([]);
		expect(tally.names).toEqual(NAMES.slice(0, 5));
		for (const [index, item] of items.entries()) {
			const verdicts = (given[index] ?? []).map(({ response }) => scoreAnswer(item.question, response));
			expect(tally.questions[index]?.right).toBe(verdicts.filter((v) => v.correct).length);
			expect(tally.questions[index]?.unanswered).toBe(index === 1 ? 1 : 0);
			const choices = tally.questions[index]?.choices;
			if (choices) expect(choices).toEqual(choiceDistribution(state, items, index));
		}
		expect(tally.histogram.reduce((a, b) => a + b, 0)).toBe(5);
		expect(attendeeAnswers(state)[4]?.answers[1]).toEqual({ questionId: items[1]?.question.id, response: null, seconds: 30 });
	});

	it('refuses duplicate, late, early, unknown and ill-fitting answers with a reason, changing nothing', () => {
		const item = items[0] as QuizItem;
		// The unknown choice id below tests a single question's ids, not only its type.
		expect(item.question.type).toBe('single');
		const response = randomResponse(item.question, createRng(3));
		let state = step(lobbyOf(2), { type: 'open', at: at(10) }).state;
		const refused = (outcome: HostOutcome, why: string) => {
			expect(outcome.refused).toBe(why);
			expect(outcome.state).toBe(state);
			return outcome;
		};
		expect(refused(answerBy(state, 'ATTEND01', { index: 1, response, seconds: 1 }, 11), 'not-open').send).toEqual([{ to: 'sender', message: { type: 'receipt', index: 1, ok: false, why: 'not-open' } }]);
		refused(answerBy(state, 'ZZZZZZZZ', { index: 0, response, seconds: 1 }, 11), 'unknown-attendee');
		refused(answerBy(state, 'ATTEND01', { index: 0, response: { type: 'single', choiceId: 'no-such-choice' }, seconds: 1 }, 11), 'mismatch');
		const otherType = item.question.type === 'true-false' ? { type: 'single' as const, choiceId: 'a' } : { type: 'true-false' as const, value: true };
		refused(answerBy(state, 'ATTEND01', { index: 0, response: otherType, seconds: 1 }, 11), 'mismatch');
		refused(answerBy(state, 'ATTEND01', { index: 0, response, seconds: 1 }, 10 + 30 + LATE_GRACE_SECONDS + 1), 'late');
		state = answerBy(state, 'ATTEND01', { index: 0, response, seconds: 99 }, 10 + 30 + LATE_GRACE_SECONDS).state;
		// Its own count, capped to the question's time.
		expect(state.answers.map((a) => a.seconds)).toEqual([30]);
		refused(answerBy(state, 'ATTEND01', { index: 0, response, seconds: 1 }, 13), 'duplicate');
		state = step(state, { type: 'reveal', at: at(45) }).state;
		refused(answerBy(state, 'ATTEND02', { index: 0, response, seconds: 1 }, 46), 'late');
		state = step(state, { type: 'open', at: at(50) }).state;
		refused(answerBy(state, 'ATTEND02', { index: 0, response, seconds: 1 }, 51), 'late');
		expect(answerBy(state, 'ATTEND02', { index: 1, response: randomResponse(items[1]!.question, createRng(4)), seconds: 9 }, 52).state.answers.at(-1)?.seconds).toBe(2);
		// Pace keys out of turn change nothing.
		expect(step(state, { type: 'open', at: at(53) }).refused).toBe('not-now');
		expect(step(lobbyOf(1), { type: 'reveal', at: at(53) }).refused).toBe('not-now');
	});

	it('lets an attendee rejoin after a dropped connection with its id, answers and the open question', () => {
		let state = step(lobbyOf(3), { type: 'open', at: at(10) }).state;
		state = answerBy(state, 'ATTEND02', { index: 0, response: randomResponse(items[0]!.question, createRng(1)), seconds: 2 }, 12).state;
		state = step(state, { type: 'reveal', at: at(30) }).state;
		state = step(state, { type: 'open', at: at(40) }).state;
		state = step(state, { type: 'leave', attendee: 'ATTEND02', at: at(41) }).state;
		expect(answeredCount(state)).toEqual({ answered: 0, of: 3, connected: 2 });
		const back = sentThrough(joinAs(state, 5, 45, { attendee: 'ATTEND02', name: 'Grace' }));
		expect(back.joined).toBe('ATTEND02');
		expect(back.send).toEqual([
			{ to: 'sender', message: { type: 'welcome', room: CODE, attendee: 'ATTEND02', name: 'Grace', questions: 3, answered: [0] } },
			{ to: 'sender', message: { type: 'open', index: 1, id: items[1]?.question.id, seconds: 30, left: 25 } },
		]);
		expect(back.state.attendees).toHaveLength(3);
		expect(back.state.attendees[1]).toEqual({ attendee: 'ATTEND02', name: 'Grace', joinedAt: at(1), connected: true });
		expect(back.state.answers).toEqual(state.answers);
		// An id the room does not know is a new attendee with a fresh id.
		expect(joinAs(back.state, 5, 46, { attendee: 'QQQQQQQQ' }).joined).toBe('ATTEND06');
	});

	it('refuses joins past the maximum, but never a rejoin', () => {
		const state = lobbyOf(2, 2);
		const third = sentThrough(joinAs(state, 2, 10));
		expect(third.refused).toBe('full');
		expect(third.send).toEqual([{ to: 'sender', message: { type: 'refused', reason: 'full' } }]);
		expect(third.state).toBe(state);
		const left = step(state, { type: 'leave', attendee: 'ATTEND01', at: at(11) }).state;
		expect(joinAs(left, 2, 12).refused).toBe('full');
		expect(joinAs(left, 0, 12, { attendee: 'ATTEND01' }).joined).toBe('ATTEND01');
	});

	it('refuses a wrong code or secret, another protocol, and other lessons with the exact version to run', () => {
		const state = lobbyOf(1);
		expect(joinAs(state, 1, 5, { secret: `${SECRET.slice(0, -1)}X` }).refused).toBe('code');
		expect(joinAs(state, 1, 5, { secret: SECRET.slice(0, -1) }).refused).toBe('code');
		expect(joinAs(state, 1, 5, { secret: newSecret(() => 78) }).refused).toBe('code');
		expect(joinAs(state, 1, 5, { secret: SECRET.toLowerCase().replaceAll('-', ' ') }).joined).toBe('ATTEND02');
		expect(sentThrough(joinAs(state, 1, 5, { lessons: '0'.repeat(64) })).send).toEqual([{ to: 'sender', message: { type: 'refused', reason: 'other-lessons', version: '0.1.0', run: 'npx cvm-tutor@0.1.0' } }]);
		expect(joinAs(state, 1, 5, { protocol: PROTOCOL_VERSION + 1 }).refused).toBe('protocol');
		const finished = step(state, { type: 'finish', at: at(6) }).state;
		expect(joinAs(finished, 1, 7).refused).toBe('finished');
	});

	it('keeps no name when the room takes none', () => {
		const anonymous = createHostRoom({ spec: { ...spec, names: false }, items, secret: SECRET, lessons });
		const joined = joinAs(anonymous, 0, 1);
		expect(joined.state.attendees[0]?.name).toBeNull();
		expect(joined.send[0]?.message).toEqual({ type: 'welcome', room: encodeRoomCode({ ...spec, names: false }), attendee: 'ATTEND01', questions: 3, answered: [] });
	});

	it('saves as JSON and resumes to the same state, carrying on the same way', () => {
		let state = lobbyOf(4);
		state = step(state, { type: 'open', at: at(10) }).state;
		state = answerBy(state, 'ATTEND03', { index: 0, response: randomResponse(items[0]!.question, createRng(2)), seconds: 4 }, 14).state;
		state = step(state, { type: 'leave', attendee: 'ATTEND04', at: at(15) }).state;
		const resumed = JSON.parse(JSON.stringify(state)) as HostState;
		expect(resumed).toStrictEqual(state);
		const next: HostEvent = { type: 'answer', attendee: 'ATTEND01', message: { type: 'answer', index: 0, response: randomResponse(items[0]!.question, createRng(9)), seconds: 6 }, at: at(16) };
		expect(step(resumed, next)).toStrictEqual(step(state, next));
		const done = step(step(step(state, next).state, { type: 'reveal', at: at(40) }).state, { type: 'finish', at: at(41) }).state;
		expect(JSON.parse(JSON.stringify(done))).toStrictEqual(done);
		expect(hostTally(JSON.parse(JSON.stringify(done)) as HostState, items)).toEqual(hostTally(done, items));
	});

	it('resumes a saved room only with the questions its code makes and answers that fit them, everyone disconnected', () => {
		let state = lobbyOf(2);
		state = step(state, { type: 'open', at: at(10) }).state;
		state = answerBy(state, 'ATTEND02', { index: 0, response: randomResponse(items[0]!.question, createRng(5)), seconds: 4 }, 14).state;
		const resumed = resumeRoom(state, items);
		expect(resumed.ok && resumed.state.attendees.map((a) => a.connected)).toEqual([false, false]);
		expect(resumed.ok && resumed.state.answers).toEqual(state.answers);
		expect(resumeRoom({ ...state, questionIds: [...state.questionIds].reverse() }, items)).toEqual({ ok: false, why: 'its questions are not the ones its room code makes' });
		const edited = (change: Partial<LiveAnswer>) => resumeRoom({ ...state, answers: [{ ...(state.answers[0] as LiveAnswer), ...change }] }, items);
		expect(edited({ seconds: -7 })).toMatchObject({ ok: false });
		expect(edited({ seconds: 31 })).toMatchObject({ ok: false });
		expect(edited({ response: { type: 'single', choiceId: 'zz' } })).toMatchObject({ ok: false, why: 'answer ATTEND02/0 does not fit its question' });
		expect(parseHostState(JSON.stringify({ ...state, maxAttendees: 5000 }))).toMatchObject({ ok: false });
		expect(parseHostState(JSON.stringify({ ...state, phase: 'lobby' }))).toEqual({ ok: false, why: 'phase does not fit index' });
	});

	it('reads a saved room back for --resume, and says what is wrong with a damaged one', () => {
		let state = lobbyOf(3);
		state = step(state, { type: 'open', at: at(10) }).state;
		state = answerBy(state, 'ATTEND02', { index: 0, response: randomResponse(items[0]!.question, createRng(5)), seconds: 4 }, 14).state;
		const saved = JSON.stringify(state);
		expect(parseHostState(saved)).toStrictEqual({ ok: true, state });
		const why = (change: (copy: HostState) => unknown) => {
			const copy = JSON.parse(saved) as HostState;
			change(copy);
			const parsed = parseHostState(JSON.stringify(copy));
			return parsed.ok ? 'accepted' : parsed.why;
		};
		expect(parseHostState(saved.slice(0, -10))).toEqual({ ok: false, why: 'it is not JSON (cut off while saving?)' });
		expect(parseHostState('[]')).toEqual({ ok: false, why: 'it is not a saved room' });
		expect(why((c) => ((c as { format: number }).format = 2))).toBe('format is not 1');
		expect(why((c) => (c.spec.seed = 1))).toBe("code is not the spec's");
		expect(why((c) => (c.spec.count = 99))).toBe('spec is not a room');
		expect(why((c) => (c.phase = 'paused' as HostState['phase']))).toBe('phase is not a phase');
		expect(why((c) => (c.index = 3))).toBe('index is not a question');
		expect(why((c) => (c.openedAt = null))).toBe('openedAt does not fit index');
		expect(why((c) => c.attendees.push({ ...c.attendees[0]! }))).toBe('an attendee id is missing, malformed or twice');
		expect(why((c) => (c.attendees[0]!.name = 'Ada\u001b[2J'))).toBe('attendee ATTEND01 is malformed');
		expect(why((c) => c.answers.push({ ...c.answers[0]! }))).toBe('answer ATTEND02/0 names no attendee or question, or is there twice');
		expect(why((c) => (c.answers[0]!.attendee = 'ZZZZZZZZ'))).toBe('answer ZZZZZZZZ/0 names no attendee or question, or is there twice');
		expect(why((c) => (c.answers[0]!.response = { type: 'explain', text: '', ticked: [] }))).toBe('answer ATTEND02/0 is malformed');
	});
});
