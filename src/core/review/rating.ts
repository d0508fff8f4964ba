// How one answer becomes a rating for the scheduler (Again / Hard / Good / Easy).
import type { AnswerRecord } from '../progress.js';

export type Rating = 'again' | 'hard' | 'good' | 'easy';

/** A closed question (choices, order, match, a typed command) answered right this fast, unhelped: Easy. */
export const EASY_SECONDS = 10;
/** Slower than this, a right answer was a struggle: Hard (closed questions). */
export const SLOW_SECONDS = 60;
/** Slower than this, a right explain answer was a struggle: Hard. */
export const SLOW_EXPLAIN_SECONDS = 300;

/** The fields a rating reads: the verdict, the help taken, and (when recorded) the time taken. */
export type RatedAnswer = Pick<AnswerRecord, 'correct' | 'credit' | 'hints' | 'retried'> & { seconds?: unknown; ticked?: unknown };

/**
 * The rating an answer gives its card:
 * - Again: wrong (`correct` false: below its question type's pass mark).
 * - Hard: right, but with help or with effort: a hint seen (`hints` > 0), a second try after a near miss
 *   (`retried`), part credit (`credit` < 1: some pairs, items or key points missed), or slow (`seconds` over
 *   SLOW_SECONDS, SLOW_EXPLAIN_SECONDS for an explain answer).
 * - Easy: right with full credit, no help, a closed question answered within EASY_SECONDS. An explain answer is
 *   never Easy: its credit is the learner's own ticks, so Good is the most it claims.
 * - Good: every other right answer, and every right answer without a recorded time (older records).
 * An explain answer is told apart by its `ticked` key points.
 */
export function ratingOf(answer: RatedAnswer): Rating {
	if (!answer.correct) return 'again';
	const explain = Array.isArray(answer.ticked);
	const seconds = typeof answer.seconds === 'number' && Number.isFinite(answer.seconds) && answer.seconds >= 0 ? answer.seconds : undefined;
	const helped = (answer.hints ?? 0) > 0 || answer.retried === true;
	const slow = seconds !== undefined && seconds > (explain ? SLOW_EXPLAIN_SECONDS : SLOW_SECONDS);
	if (helped || answer.credit < 1 || slow) return 'hard';
	if (!explain && seconds !== undefined && seconds <= EASY_SECONDS) return 'easy';
	return 'good';
}
