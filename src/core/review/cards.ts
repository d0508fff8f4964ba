// Cards: the scheduler's state of each answered question, replayed from the answer history with ts-fsrs.
import { type Card, createEmptyCard, type FSRS, fsrs, type Grade, Rating as FsrsRating, State } from 'ts-fsrs';
import type { AnswerRecord } from '../progress.js';
import { type Rating, ratingOf } from './rating.js';

export type CardState = 'new' | 'learning' | 'review' | 'relearning';

export interface ReviewCard {
	questionId: string;
	/** The chapter of its latest answer. */
	chapterId: string;
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
const STATES: Record<State, CardState> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };

// Whole days, no fuzz (the same history always gives the same dates), no minute-long learning steps: a quiz is
// taken once a day at most, and a missed question comes back the next day (and today through "mistakes never
// reviewed", see queue.ts).
let scheduler: FSRS | undefined;
function fsrsScheduler(): FSRS {
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

/**
 * Every answered question's card, by question id: each answer, in time order, is one review of its card rated by
 * `ratingOf`. Answers stamped after `now` (a clock set back) and answers with an unreadable time are left out.
 * A pure function of the history: the same answers give the same cards.
 */
export function cardsFromAnswers(answers: readonly AnswerRecord[], now: Date): Map<string, ReviewCard> {
	const f = fsrsScheduler();
	const limit = now.getTime();
	const replay = new Map<string, { card: Card; rating: Rating; answer: AnswerRecord; reps: number }>();
	for (const answer of inTimeOrder(answers)) {
		const at = Date.parse(answer.at);
		if (!(at <= limit)) continue;
		const when = new Date(at);
		const previous = replay.get(answer.questionId);
		const rating = ratingOf(answer);
		const card = f.next(previous?.card ?? createEmptyCard(when), when, GRADES[rating]).card;
		replay.set(answer.questionId, { card, rating, answer, reps: (previous?.reps ?? 0) + 1 });
	}
	const cards = new Map<string, ReviewCard>();
	for (const [questionId, { card, rating, answer, reps }] of replay) {
		cards.set(questionId, {
			questionId,
			chapterId: answer.chapterId,
			state: STATES[card.state],
			due: card.due,
			scheduledDays: card.scheduled_days,
			stability: card.stability,
			difficulty: card.difficulty,
			reps,
			lapses: card.lapses,
			lastRating: rating,
			lastAnswer: answer,
		});
	}
	return cards;
}
