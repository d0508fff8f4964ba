// An attendee's room quiz under a fake clock: the countdown, closing at 0, a typist's extra time, no feedback
// or second tries until the end, every answer a fact at once, and resuming after saved answers.
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/core/bank.js';
import { createQuiz, type QuizItem } from '../../../src/core/quiz.js';
import { countdown, createRoomSession, HANDS_ON_GRACE, type RoomAnswer, type RoomIntent, roomReducer, roomResultCode, type RoomSession, roomScore } from '../../../src/core/room/session.js';
import type { Question } from '../../../src/core/schema.js';
import { encodeRoomCode, type RoomSpec } from '../../../src/core/room/code.js';
import { decodeResultCode } from '../../../src/core/room/result.js';
import { bundledBank, rightResponse } from '../../helpers.js';

const bank: Bank = bundledBank();
const all = [...bank.questions.values()];
const ofType = (type: Question['type']) => all.find((entry) => entry.question.type === type) as { question: Question; chapter: { id: string } };
const picked = [ofType('single'), ofType('typed'), ofType('multiple')];
const items: QuizItem[] = createQuiz({ mode: 'quick', chapterId: null, questions: picked.map((p) => p.question), seed: 5, shuffleQuestions: false }).items;
const chapterOf = Object.fromEntries(picked.map((p) => [p.question.id, p.chapter.id]));

/** A fake clock: seconds after 10:00. */
const at = (s: number) => new Date(Date.UTC(2026, 10, 30, 10, 0, s)).toISOString();

const spec: RoomSpec = { version: '0.1.0', structure: 'abc123', chapters: 'all', count: 3, seconds: 30, types: [], names: false, seed: 5 };
const CODE = encodeRoomCode(spec);

function room(saved?: RoomAnswer[]): RoomSession {
	return createRoomSession({ spec, attendee: 'A1B2C3D4', items, chapterOf, at: at(0), ...(saved ? { saved } : {}) });
}
const step = (session: RoomSession, intent: RoomIntent, time: number) => roomReducer(session, intent, at(time));
const current = (session: RoomSession) => session.quiz.items[session.quiz.index]!.question;

describe('a room quiz under its countdown', () => {
	it('runs no clock before the attendee starts, then counts down from the question time', () => {
		let session = room();
		expect(session.phase).toBe('intro');
		expect(countdown(session)).toBeUndefined();
		expect(step(session, { type: 'tick' }, 500).session.phase).toBe('intro');
		session = step(session, { type: 'start' }, 10).session;
		expect(countdown(session)).toEqual({ left: 30, extra: false });
		session = step(session, { type: 'tick' }, 21).session;
		expect(countdown(session)).toEqual({ left: 19, extra: false });
	});

	it('closes a question at 0 unanswered, saves that at once as a wrong answer, and opens the next with a fresh clock', () => {
		let session = step(room(), { type: 'start' }, 0).session;
		const first = current(session).id;
		const before = step(session, { type: 'tick' }, 29);
		expect(before.facts.roomAnswers).toEqual([]);
		const { session: after, facts } = step(before.session, { type: 'tick' }, 30);
		expect(facts.roomAnswers).toEqual([{ id: `A1B2C3D4/${first}`, at: at(30), code: CODE, attendee: 'A1B2C3D4', questionId: first, response: null, seconds: 30 }]);
		expect(facts.answers).toMatchObject([{ questionId: first, correct: false, credit: 0, mode: 'quiz', room: CODE, seconds: 30 }]);
		session = after;
		expect(current(session).id).not.toBe(first);
		expect(session.quiz.phase).toBe('answering');
		expect(countdown(session)).toEqual({ left: 30, extra: false });
	});

	it('takes an answer with no feedback and no second try, and a late tick cannot count past the deadline', () => {
		let session = step(room(), { type: 'start' }, 0).session;
		const single = current(session);
		const answered = step(session, { type: 'quiz', intent: { type: 'submit', response: rightResponse(single) } }, 12);
		expect(answered.facts.answers).toMatchObject([{ questionId: single.id, correct: true, credit: 1, seconds: 12 }]);
		expect(answered.session.quiz.phase).toBe('answering');
		session = answered.session;
		// The typed question: a near miss is taken as given (a quiz would offer one more try).
		const typed = current(session);
		expect(typed.type).toBe('typed');
		const near = typed.type === 'typed' ? typed.nearMisses[0]!.answer : '';
		const wrong = step(session, { type: 'quiz', intent: { type: 'submit', response: { type: 'typed', text: near } } }, 20);
		expect(wrong.session.quiz.retry).toBeUndefined();
		expect(wrong.facts.answers).toMatchObject([{ questionId: typed.id, correct: false }]);
		expect(wrong.facts.roomAnswers[0]?.response).toEqual({ type: 'typed', text: near });
	});

	it('gives a command being typed at 0 extra time, then takes the line as typed; an empty line closes at 0', () => {
		let session = step(room(), { type: 'start' }, 0).session;
		session = step(session, { type: 'quiz', intent: { type: 'submit', response: rightResponse(current(session)) } }, 1).session;
		const typed = current(session);
		const right = rightResponse(typed) as { text: string };
		// Shown at 1 s: due at 31 s, or at 1 + 30 * HANDS_ON_GRACE s while a command is being typed.
		session = step(session, { type: 'draft', text: right.text.slice(0, 4) }, 20).session;
		const atZero = step(session, { type: 'tick' }, 31);
		expect(atZero.facts.answers).toEqual([]);
		expect(countdown(atZero.session)).toEqual({ left: 30 * HANDS_ON_GRACE - 30, extra: true });
		session = step(atZero.session, { type: 'draft', text: right.text }, 40).session;
		const end = step(session, { type: 'tick' }, 1 + 30 * HANDS_ON_GRACE);
		expect(end.facts.roomAnswers[0]).toMatchObject({ questionId: typed.id, response: { type: 'typed', text: right.text }, seconds: 60 });
		expect(end.facts.answers[0]?.correct).toBe(true);
		// Emptying the line after 0 gives up the extra time: the question closes then, unanswered.
		let other = step(room(), { type: 'start' }, 0).session;
		other = step(other, { type: 'quiz', intent: { type: 'submit', response: rightResponse(current(other)) } }, 1).session;
		other = step(other, { type: 'draft', text: 'dock' }, 10).session;
		const emptied = step(step(other, { type: 'tick' }, 35).session, { type: 'draft', text: '' }, 36);
		expect(emptied.facts.roomAnswers[0]).toMatchObject({ questionId: typed.id, response: null, seconds: 30 });
	});

	it('finishes with the last answer, and a restarted window resumes after the saved answers with their scores', () => {
		let session = step(room(), { type: 'start' }, 0).session;
		const saved: RoomAnswer[] = [];
		for (let i = 0; i < 2; i++) {
			const { session: next, facts } = step(session, { type: 'quiz', intent: { type: 'submit', response: rightResponse(current(session)) } }, 5 + i);
			saved.push(...facts.roomAnswers.map(({ questionId, response, seconds }) => ({ questionId, response, seconds })));
			session = next;
		}
		const resumed = room(saved);
		expect(resumed.phase).toBe('intro');
		expect(resumed.quiz.index).toBe(2);
		expect(roomScore(resumed)).toEqual({ correct: 2, total: 3 });
		const done = step(step(resumed, { type: 'start' }, 100).session, { type: 'tick' }, 130);
		expect(done.session.phase).toBe('finished');
		expect(done.session.answers.map((a) => a.questionId)).toEqual(items.map((item) => item.question.id));
		expect(roomScore(done.session)).toEqual({ correct: 2, total: 3 });
		expect(room(done.session.answers).phase).toBe('finished');
		// The result code carries exactly these answers.
		const decoded = decodeResultCode(roomResultCode(done.session), spec, items);
		expect(decoded.ok && decoded.result).toEqual({ attendee: 'A1B2C3D4', answers: done.session.answers });
	});
});
