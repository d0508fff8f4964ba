// Cards: the scheduler's state of each answered question, replayed from the answer history with ts-fsrs.
import { type FSRS, fsrs, type Grade, Rating as FsrsRating } from 'ts-fsrs';
import type { AnswerRecord } from '../progress.js';
import { type Rating, ratingOf } from './rating.js';

export type CardState = 'new' | 'learning' | 'review' | 'relearning';

export interface ReviewCard {
	questionId: string;
	/** The chapter of its latest answer. */
	chapterId: string;
	/** FSRS's card state; 'review' for every answered card here (no short-term learning steps). */
	state: CardState;
	/** When it comes back; it is offered from the start of that (local) day. */
	due: Date;
	/** Days from its last answer to `due`. */
	scheduledDays: number;
	/** FSRS memory state: days until recall drops to 90 %, and how hard it is (1..10). */
	stability: number;
	difficulty: number;
	/** Answers given to it, and how many of them were wrong after it had been learned (FSRS lapses). */
	reps: number;
	lapses: number;
	lastRating: Rating;
	/** Its latest answer (mode `quiz` or `review`, correct, credit, help). */
	lastAnswer: AnswerRecord;
}

const GRADES: Record<Rating, Grade> = { again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy };
// Whole days, no fuzz (the same history always gives the same dates), no minute-long learning steps: a quiz is
// taken once a day at most, and a missed question comes back the next day (and today through "mistakes never
// reviewed", see queue.ts).
let scheduler: FSRS | undefined;
/** The ts-fsrs scheduler with the settings above (tests replay with it to check `cardsFromAnswers`). */
export function fsrsScheduler(): FSRS {
	scheduler ??= fsrs({ enable_fuzz: false, enable_short_term: false });
	return scheduler;
}

/** Answers in time order (ISO times sort as text); a stable sort keeps same-moment answers in file order. */
function inTimeOrder(answers: readonly AnswerRecord[]): readonly AnswerRecord[] {
	for (let i = 1; i < answers.length; i++) {
		if ((answers[i] as AnswerRecord).at < (answers[i - 1] as AnswerRecord).at) return [...answers].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
	}
	return answers;
}

const DAY_MS = 86_400_000;

/** Whole UTC calendar days from `last` to `now`, as ts-fsrs counts the time since a card's last review. */
function elapsedDays(last: number, now: number): number {
	return Math.floor(now / DAY_MS) - Math.floor(last / DAY_MS);
}

interface Memory {
	stability: number;
	difficulty: number;
	/** Time of the last answer (ms); undefined: a new card. */
	last: number | undefined;
	due: number;
	scheduledDays: number;
	lapses: number;
}

/**
 * One review, as ts-fsrs's long-term scheduler (`fsrs().next`, no fuzz, no short-term steps) does it, without
 * building its four candidate cards and logs (about 8 times faster, which matters for a long history on the
 * first frame): the memory state of each rating up to the one given, then intervals kept in the order
 * Again < Hard < Good < Easy. test/core/review.test.ts checks it against `fsrs().next` on random histories.
 */
function review(f: FSRS, card: Memory, at: number, grade: Grade): Memory {
	const t = card.last === undefined ? 0 : elapsedDays(card.last, at);
	const from = card.last === undefined ? { difficulty: 0, stability: 0 } : { difficulty: card.difficulty, stability: card.stability };
	const r = card.last === undefined ? undefined : f.forgetting_curve(t, card.stability);
	const states = [FsrsRating.Again, FsrsRating.Hard, FsrsRating.Good, FsrsRating.Easy].slice(0, Math.max(2, grade)).map((g) => f.next_state(from, t, g, r));
	const intervals: number[] = states.map((state) => f.next_interval(state.stability, t));
	intervals[0] = Math.min(intervals[0]!, intervals[1]!);
	for (let i = 1; i < intervals.length; i++) intervals[i] = Math.max(intervals[i]!, intervals[i - 1]! + 1);
	const next = states[grade - 1]!;
	const days = intervals[grade - 1]!;
	return {
		stability: next.stability,
		difficulty: next.difficulty,
		last: at,
		due: at + days * DAY_MS,
		scheduledDays: days,
		lapses: card.lapses + (grade === FsrsRating.Again && card.last !== undefined ? 1 : 0),
	};
}

const NEW_CARD: Memory = { stability: 0, difficulty: 0, last: undefined, due: 0, scheduledDays: 0, lapses: 0 };

/**
 * Every answered question's card, by question id: each answer, in time order, is one review of its card rated by
 * `ratingOf`. Answers stamped after `now` (a clock set back) and answers with an unreadable time are left out.
 * A pure function of the history: the same answers give the same cards.
 */
export function cardsFromAnswers(answers: readonly AnswerRecord[], now: Date): Map<string, ReviewCard> {
	const f = fsrsScheduler();
	const limit = now.getTime();
	const replay = new Map<string, { memory: Memory; rating: Rating; answer: AnswerRecord; reps: number }>();
	for (const answer of inTimeOrder(answers)) {
		const at = Date.parse(answer.at);
		if (!(at <= limit)) continue;
		const previous = replay.get(answer.questionId);
		const rating = ratingOf(answer);
		const memory = review(f, previous?.memory ?? NEW_CARD, at, GRADES[rating]);
		replay.set(answer.questionId, { memory, rating, answer, reps: (previous?.reps ?? 0) + 1 });
	}
	const cards = new Map<string, ReviewCard>();
	for (const [questionId, { memory, rating, answer, reps }] of replay) {
		cards.set(questionId, {
			questionId,
			chapterId: answer.chapterId,
			// Without short-term steps, ts-fsrs moves every answered card straight to Review.
			state: 'review',
			due: new Date(memory.due),
			scheduledDays: memory.scheduledDays,
			stability: memory.stability,
			difficulty: memory.difficulty,
			reps,
			lapses: memory.lapses,
			lastRating: rating,
			lastAnswer: answer,
		});
	}
	return cards;
}
