// What review offers and when: due cards, mistakes never reviewed, and the days ahead. Days are the learner's
// local calendar days: a card due at 14:00 tomorrow is offered from tomorrow morning.
import { type Bank, chapterOutline } from '../bank.js';
import { t } from '../i18n/messages.js';
import { type AnswerRecord, needsReview, type Progress } from '../progress.js';
import { cardsFromAnswers, type ReviewCard } from './cards.js';

/** A local calendar day as a whole number (days since 1970-01-01 in local time), so day arithmetic ignores DST. */
export function dayNumber(date: Date): number {
	return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
}

/** Local midnight at the start of the day `days` after `date`'s day. */
export function startOfDay(date: Date, days = 0): Date {
	return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

// The replay is the costly part (about 20 µs an answer): keep the last result per answer list. A list is never
// changed in place (progress is immutable), and cards do not depend on `now` unless some answer is later than it.
const replayed = new WeakMap<readonly AnswerRecord[], { latest: number; cards: Map<string, ReviewCard> }>();

/** The cards of `progress` (see cardsFromAnswers), cached per answer list. */
export function cardsOf(progress: Pick<Progress, 'answers'>, now: Date): Map<string, ReviewCard> {
	const time = now.getTime();
	const hit = replayed.get(progress.answers);
	if (hit && hit.latest <= time) return hit.cards;
	const cards = cardsFromAnswers(progress.answers, now);
	let latest = Number.NEGATIVE_INFINITY;
	for (const answer of progress.answers) latest = Math.max(latest, Date.parse(answer.at) || 0);
	if (latest <= time) replayed.set(progress.answers, { latest, cards });
	return cards;
}

export interface ReviewQueue {
	/** Cards due today or earlier, most overdue first (bank order on a tie). */
	due: string[];
	/** Questions whose latest answer needs review (wrong, hinted, retried) and was given outside review, not due yet. */
	unreviewed: string[];
}

/** The two parts of a review, among questions still in the bank. */
export function reviewQueue(bank: Bank, progress: Progress, now: Date): ReviewQueue {
	const cards = cardsOf(progress, now);
	const today = dayNumber(now);
	const due: { id: string; day: number; order: number }[] = [];
	const unreviewed: string[] = [];
	let order = 0;
	// By the ids of the chapters' outlines: the home menu's "Review (N due)" must not parse a chapter not opened.
	for (const chapter of bank.chapters) {
		for (const id of chapterOutline(chapter).questionIds) {
			order += 1;
			const card = cards.get(id);
			if (!card) continue;
			const day = dayNumber(card.due);
			if (day <= today) due.push({ id, day, order });
			else if (card.lastAnswer.mode !== 'review' && needsReview(card.lastAnswer)) unreviewed.push(id);
		}
	}
	due.sort((a, b) => a.day - b.day || a.order - b.order);
	return { due: due.map((entry) => entry.id), unreviewed };
}

/** The questions a review asks, in order: due cards first, then mistakes never reviewed, across chapters. */
export function dueQuestions(bank: Bank, progress: Progress, now: Date): string[] {
	const queue = reviewQueue(bank, progress, now);
	return [...queue.due, ...queue.unreviewed];
}

/**
 * How many questions review offers on each of the next `days` days: [0] is today (everything dueQuestions
 * offers now), [i] the cards that come due i days later. Each card counts once, on the first day it is offered,
 * assuming no answer is given meanwhile.
 */
export function dueCounts(bank: Bank, progress: Progress, now: Date, days = 7): number[] {
	const counts = new Array<number>(Math.max(0, days)).fill(0);
	if (counts.length === 0) return counts;
	const queue = reviewQueue(bank, progress, now);
	counts[0] = queue.due.length + queue.unreviewed.length;
	const offered = new Set(queue.unreviewed);
	const cards = cardsOf(progress, now);
	const today = dayNumber(now);
	for (const [id, card] of cards) {
		if (!bank.questions.has(id) || offered.has(id)) continue;
		const ahead = dayNumber(card.due) - today;
		if (ahead >= 1 && ahead < counts.length) counts[ahead] = (counts[ahead] ?? 0) + 1;
	}
	return counts;
}

export interface NextDue {
	/** Local midnight of the day the cards come due. */
	day: Date;
	/** Days from today: 1 is tomorrow. */
	inDays: number;
	/** Cards that come due that day. */
	count: number;
}

/** The next day after today on which cards come due (cards offered today do not count), or undefined if none. */
export function nextDue(bank: Bank, progress: Progress, now: Date): NextDue | undefined {
	const today = dayNumber(now);
	const offered = new Set(dueQuestions(bank, progress, now));
	let first = Number.POSITIVE_INFINITY;
	let count = 0;
	for (const [id, card] of cardsOf(progress, now)) {
		if (!bank.questions.has(id) || offered.has(id)) continue;
		const day = dayNumber(card.due);
		if (day <= today) continue;
		if (day < first) {
			first = day;
			count = 0;
		}
		if (day === first) count += 1;
	}
	if (count === 0) return undefined;
	return { day: startOfDay(now, first - today), inDays: first - today, count };
}

/** "tomorrow, 3 cards"; "in 4 days, 1 card". */
export function describeNextDue(next: NextDue): string {
	return t().core.review.nextDue(next.inDays, next.count);
}
