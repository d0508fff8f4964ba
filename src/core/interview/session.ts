// A mock interview in progress: a pure reducer over the questions of a plan, with the time each was shown and answered.
import type { Bank } from '../bank.js';
import type { AnswerRecord, InterviewRecord } from '../progress.js';
import { createQuiz, currentItem, type QuizIntent, quizReducer, type QuizSession } from '../quiz.js';
import type { Question } from '../schema.js';
import { misconceptionsOf } from '../scoring.js';
import type { InterviewPlan, PlannedQuestion } from './compose.js';

export interface InterviewSession {
	/** Also the id of the record it leaves in the history. */
	id: string;
	seed: number;
	minutes: number;
	/** `intro`: the plan is shown and no clock runs until the learner starts. */
	phase: 'intro' | 'asking' | 'finished';
	questions: PlannedQuestion[];
	/** The answering engine shared with quizzes (every question type, feedback after each answer). */
	quiz: QuizSession;
	/** Per question (by index): when it was shown and when it was answered, ISO times. */
	shownAt: (string | undefined)[];
	answeredAt: (string | undefined)[];
	/** The latest time the app's clock gave (every intent, and a tick each second while a question is up). */
	now: string;
}

/**
 * `spoken`: the learner finished saying or typing an explain answer and now grades it: the clock stops there,
 * since reading the model answer and ticking points is not answer time. `resumed`: back to writing it.
 */
export type InterviewIntent = { type: 'start' } | { type: 'tick' } | { type: 'spoken' } | { type: 'resumed' } | { type: 'quiz'; intent: QuizIntent };

/** What a step of the session implies for the history: answers to add, and the mock's record when it ends. */
export interface InterviewFacts {
	answers: AnswerRecord[];
	record?: InterviewRecord;
}

/** A question as the mock asks it: no hints (an interviewer gives none). */
function withoutHints(question: Question): Question {
	if (!question.hints) return question;
	const { hints: _hints, ...rest } = question;
	return rest as Question;
}

export function createInterview(bank: Bank, plan: InterviewPlan, at: string): InterviewSession {
	const questions = plan.questions.filter((planned) => bank.questions.has(planned.questionId));
	const quiz = createQuiz({
		mode: 'quick',
		chapterId: null,
		questions: questions.map((planned) => withoutHints((bank.questions.get(planned.questionId) as { question: Question }).question)),
		seed: plan.seed,
		shuffleQuestions: false,
	});
	return {
		id: `mock-${at}-${plan.seed}`,
		seed: plan.seed,
		minutes: plan.minutes,
		phase: 'intro',
		questions,
		quiz,
		shownAt: questions.map(() => undefined),
		answeredAt: questions.map(() => undefined),
		now: at,
	};
}

const secondsBetween = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

/** The clock of the question on screen: seconds since it was shown (frozen once answered) against its soft limit. */
export function questionClock(session: InterviewSession): { elapsed: number; limit: number; overtime: boolean } | undefined {
	const index = session.quiz.index;
	const shown = session.shownAt[index];
	const planned = session.questions[index];
	if (session.phase !== 'asking' || !shown || !planned) return undefined;
	const elapsed = secondsBetween(shown, session.answeredAt[index] ?? session.now);
	return { elapsed, limit: planned.limitSeconds, overtime: elapsed > planned.limitSeconds };
}

/** 75 → "1:15". */
export function formatSeconds(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds));
	return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** The clock in words, so overtime reads without colour: "1:15 of 2:00" or "2:20 of 2:00, 0:20 over". */
export function clockText(clock: { elapsed: number; limit: number; overtime: boolean }): string {
	const base = `${formatSeconds(clock.elapsed)} of ${formatSeconds(clock.limit)}`;
	return clock.overtime ? `${base}, ${formatSeconds(clock.elapsed - clock.limit)} over` : base;
}

function finishedRecord(session: InterviewSession, at: string): InterviewRecord {
	return {
		id: session.id,
		at,
		seed: session.seed,
		minutes: session.minutes,
		questions: session.questions.map((planned, i) => {
			const shown = session.shownAt[i];
			const answered = session.answeredAt[i];
			return {
				id: planned.questionId,
				chapterId: planned.chapterId,
				credit: session.quiz.results[planned.questionId]?.credit ?? 0,
				seconds: shown && answered ? secondsBetween(shown, answered) : 0,
				limitSeconds: planned.limitSeconds,
			};
		}),
	};
}

/** One step. `at` is the app's clock; the facts are what the step adds to the history. */
export function interviewReducer(session: InterviewSession, intent: InterviewIntent, at: string): { session: InterviewSession; facts: InterviewFacts } {
	const none = { answers: [] };
	const timed = { ...session, now: at };
	if (intent.type === 'tick') return { session: session.phase === 'asking' ? timed : session, facts: none };
	if (intent.type === 'start') {
		if (session.phase !== 'intro' || session.questions.length === 0) return { session, facts: none };
		return { session: { ...timed, phase: 'asking', shownAt: session.shownAt.map((shown, i) => (i === session.quiz.index ? at : shown)) }, facts: none };
	}
	if (session.phase !== 'asking') return { session, facts: none };
	const index = session.quiz.index;
	if (intent.type === 'spoken' || intent.type === 'resumed') {
		const open = session.quiz.phase === 'answering' && !session.quiz.results[session.questions[index]?.questionId ?? ''];
		const stopped = session.answeredAt[index] !== undefined;
		if (!open || stopped === (intent.type === 'spoken')) return { session, facts: none };
		return { session: { ...timed, answeredAt: session.answeredAt.map((answered, i) => (i === index ? (intent.type === 'spoken' ? at : undefined) : answered)) }, facts: none };
	}
	const quiz = quizReducer(session.quiz, intent.intent);
	if (quiz === session.quiz) return { session: timed, facts: none };
	const item = currentItem(session.quiz);
	const planned = session.questions[index];
	const result = item && quiz.results[item.question.id];
	const next: InterviewSession = { ...timed, quiz };
	if (intent.intent.type === 'submit' && item && planned && result && !session.quiz.results[item.question.id]) {
		// An explain answer's time ended when it was spoken (before grading); any other's when it is submitted.
		const answeredAt = session.answeredAt[index] ?? at;
		next.answeredAt = session.answeredAt.map((answered, i) => (i === index ? answeredAt : answered));
		const response = result.response;
		const shown = result.verdict ? misconceptionsOf(item.question, result.verdict) : [];
		const answer: AnswerRecord = {
			questionId: item.question.id,
			chapterId: planned.chapterId,
			correct: result.correct,
			credit: result.credit,
			at,
			mode: 'interview',
			// Time taken: the review scheduler rates a slow right answer Hard (core/review/rating.ts).
			seconds: secondsBetween(session.shownAt[index] ?? answeredAt, answeredAt),
			...(response?.type === 'explain' ? { text: response.text, ticked: [...response.ticked] } : {}),
			// Misconceptions the answer showed, as a quiz answer records them (stats: accuracy per misconception).
			...(shown.length ? { misconceptions: shown } : {}),
		};
		const done = quiz.items.every((candidate) => quiz.results[candidate.question.id]);
		// The last answer ends the mock in the same change, so leaving before the report loses nothing.
		return { session: next, facts: done ? { answers: [answer], record: finishedRecord(next, at) } : { answers: [answer] } };
	}
	if (quiz.phase === 'finished') return { session: { ...next, phase: 'finished' }, facts: none };
	if (quiz.index !== index) next.shownAt = session.shownAt.map((shown, i) => (i === quiz.index ? at : shown));
	return { session: next, facts: none };
}
