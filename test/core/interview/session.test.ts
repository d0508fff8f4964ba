import { describe, expect, it } from 'vitest';
import type { InterviewPlan } from '../../../src/core/interview/compose.js';
import { clockText, createInterview, formatSeconds, type InterviewIntent, interviewReducer, type InterviewSession, questionClock } from '../../../src/core/interview/session.js';
import { interviewBank } from './fixture.js';
import { rightResponse } from '../../helpers.js';

const bank = interviewBank(2);
const plan: InterviewPlan = {
	seed: 9,
	minutes: 10,
	questions: [
		{ questionId: 'c1-e1', chapterId: 'chapter-1', limitSeconds: 120 },
		{ questionId: 'c1-t1', chapterId: 'chapter-1', followUpOf: 'c1-e1', limitSeconds: 60 },
		{ questionId: 'c2-e3', chapterId: 'chapter-2', limitSeconds: 120 },
	],
};

/** A fake clock: minutes and seconds after 10:00 on one day. */
const at = (m: number, s = 0) => `2026-11-30T10:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.000Z`;

function step(session: InterviewSession, intent: InterviewIntent, time: string) {
	return interviewReducer(session, intent, time);
}

const question = (session: InterviewSession) => session.quiz.items[session.quiz.index]!.question;

describe('the mock interview session', () => {
	it('runs no clock before the learner starts; then counts from the moment the question is shown', () => {
		let session = createInterview(bank, plan, at(0));
		expect(session.phase).toBe('intro');
		expect(step(session, { type: 'tick' }, at(5)).session).toBe(session);
		expect(questionClock(session)).toBeUndefined();
		session = step(session, { type: 'start' }, at(1)).session;
		session = step(session, { type: 'tick' }, at(2, 15)).session;
		expect(questionClock(session)).toEqual({ elapsed: 75, limit: 120, overtime: false });
		expect(clockText(questionClock(session)!)).toBe('1:15 of 2:00');
	});

	it('shows overtime in words past the soft limit and never cuts the question off', () => {
		let session = step(createInterview(bank, plan, at(0)), { type: 'start' }, at(0)).session;
		session = step(session, { type: 'tick' }, at(2, 20)).session;
		const clock = questionClock(session)!;
		expect(clock.overtime).toBe(true);
		expect(clockText(clock)).toBe('2:20 of 2:00, 0:20 over');
		session = step(session, { type: 'tick' }, at(9)).session;
		expect(session.phase).toBe('asking');
		expect(session.quiz.phase).toBe('answering');
		expect(session.quiz.index).toBe(0);
	});

	it('asks without hints', () => {
		const session = createInterview(bank, plan, at(0));
		expect(bank.questions.get('c1-t1')?.question.hints?.length).toBe(1);
		expect(session.quiz.items.every((item) => item.question.hints === undefined)).toBe(true);
		const started = step(session, { type: 'start' }, at(0)).session;
		expect(step(started, { type: 'quiz', intent: { type: 'hint' } }, at(1)).session.quiz.hintsShown).toBe(0);
	});

	it('records each answer as an interview answer with its time, freezes the clock, and ends with the mock record', () => {
		let session = step(createInterview(bank, plan, at(0)), { type: 'start' }, at(0)).session;
		// Question 1 (explain): answered after 1:30 with two of four key points.
		let out = step(session, { type: 'quiz', intent: { type: 'submit', response: { type: 'explain', text: 'first and second', ticked: ['one', 'two'] } } }, at(1, 30));
		expect(out.facts.answers).toEqual([{ questionId: 'c1-e1', chapterId: 'chapter-1', correct: false, credit: 0.5, at: at(1, 30), mode: 'interview', seconds: 90, text: 'first and second', ticked: ['one', 'two'] }]);
		expect(out.facts.record).toBeUndefined();
		session = step(out.session, { type: 'tick' }, at(5)).session;
		expect(questionClock(session)?.elapsed).toBe(90);
		// Feedback read until 2:00: the next question's clock starts then.
		session = step(session, { type: 'quiz', intent: { type: 'next' } }, at(2)).session;
		expect(question(session).id).toBe('c1-t1');
		session = step(session, { type: 'tick' }, at(3, 5)).session;
		expect(questionClock(session)).toEqual({ elapsed: 65, limit: 60, overtime: true });
		session = step(session, { type: 'quiz', intent: { type: 'submit', response: rightResponse(question(session)) } }, at(3, 10)).session;
		session = step(session, { type: 'quiz', intent: { type: 'next' } }, at(3, 20)).session;
		out = step(session, { type: 'quiz', intent: { type: 'submit', response: rightResponse(question(session)) } }, at(4, 0));
		expect(out.facts.answers.map((a) => [a.questionId, a.mode, a.correct])).toEqual([['c2-e3', 'interview', true]]);
		expect(out.facts.record).toEqual({
			id: session.id,
			at: at(4),
			seed: 9,
			minutes: 10,
			questions: [
				{ id: 'c1-e1', chapterId: 'chapter-1', credit: 0.5, seconds: 90, limitSeconds: 120 },
				{ id: 'c1-t1', chapterId: 'chapter-1', credit: 1, seconds: 70, limitSeconds: 60 },
				{ id: 'c2-e3', chapterId: 'chapter-2', credit: 1, seconds: 40, limitSeconds: 120 },
			],
		});
		session = step(out.session, { type: 'quiz', intent: { type: 'next' } }, at(4, 10)).session;
		expect(session.phase).toBe('finished');
	});

	it('formats times as m:ss', () => {
		expect([0, 5, 60, 75, 600, 3599].map(formatSeconds)).toEqual(['0:00', '0:05', '1:00', '1:15', '10:00', '59:59']);
	});
});

describe('mock answers as facts', () => {
	it('a wrong answer records the misconception it showed, as a quiz answer does (stats count mock mistakes too)', () => {
		let session = step(createInterview(bank, plan, at(0)), { type: 'start' }, at(0)).session;
		// The explain question first: said aloud, all points ticked.
		session = step(session, { type: 'spoken' }, at(1)).session;
		session = step(session, { type: 'quiz', intent: { type: 'submit', response: rightResponse(question(session)) } }, at(1)).session;
		session = step(session, { type: 'quiz', intent: { type: 'next' } }, at(1)).session;
		expect(question(session).id).toBe('c1-t1');
		const { facts } = step(session, { type: 'quiz', intent: { type: 'submit', response: { type: 'true-false', value: false } } }, at(2));
		expect(facts.answers?.[0]).toMatchObject({ questionId: 'c1-t1', correct: false, mode: 'interview', misconceptions: ['thinks-it-false'] });
	});
});
