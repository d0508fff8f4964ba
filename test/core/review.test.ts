// The scheduler with a fake clock: every time is a local Date built here, so the tests hold in any time zone.
import { describe, expect, it } from 'vitest';
import { type AnswerRecord, emptyProgress, type Progress } from '../../src/core/progress.js';
import { cardsFromAnswers, cardsOf, describeNextDue, dueCounts, dueQuestions, nextDue, ratingOf, reviewQueue } from '../../src/core/review/index.js';
import { bankOf, fixtureChapter } from '../helpers.js';

const bank = bankOf(fixtureChapter());
const [first, second, third] = ['ex-shared-kernel', 'ex-select-all', 'ex-true-false'];
const chapterId = 'example-chapter';

/** 1 December 2026 (local time), at `hour`:`minute`, `days` later. */
const day = (days: number, hour = 9, minute = 0) => new Date(2026, 11, 1 + days, hour, minute);

function answer(questionId: string, at: Date, fields: Partial<AnswerRecord> = {}): AnswerRecord {
	return { questionId, chapterId, correct: true, credit: 1, at: at.toISOString(), mode: 'quiz', ...fields };
}
const wrong = (questionId: string, at: Date, fields: Partial<AnswerRecord> = {}) => answer(questionId, at, { correct: false, credit: 0, ...fields });
const progressOf = (...answers: AnswerRecord[]): Progress => ({ ...emptyProgress(), answers });

describe('ratingOf', () => {
	const right = { correct: true, credit: 1 };
	it.each([
		['a wrong answer', { correct: false, credit: 0 }, 'again'],
		['a wrong answer with part credit', { correct: false, credit: 0.5 }, 'again'],
		['a wrong answer, even a fast one', { correct: false, credit: 0, seconds: 2 }, 'again'],
		['a right answer after a hint', { ...right, hints: 1 }, 'hard'],
		['a right answer on the second try after a near miss', { ...right, retried: true }, 'hard'],
		['a right answer with part credit', { correct: true, credit: 0.75 }, 'hard'],
		['a right answer that took over a minute', { ...right, seconds: 61 }, 'hard'],
		['a right answer with no recorded time', right, 'good'],
		['a right answer in 30 s', { ...right, seconds: 30 }, 'good'],
		['a right answer in 8 s', { ...right, seconds: 8 }, 'easy'],
		['a right answer in 8 s after a hint', { ...right, seconds: 8, hints: 1 }, 'hard'],
		['an explain answer with every point ticked, fast', { ...right, seconds: 8, ticked: ['a', 'b'] }, 'good'],
		['an explain answer that took 4 minutes', { ...right, seconds: 240, ticked: ['a'] }, 'good'],
		['an explain answer that took 6 minutes', { ...right, seconds: 360, ticked: ['a'] }, 'hard'],
		['a time that is not a number', { ...right, seconds: 'soon' }, 'good'],
	])('%s: %s', (_name, fields, rating) => {
		expect(ratingOf(fields as Parameters<typeof ratingOf>[0])).toBe(rating);
	});
});

describe('cardsFromAnswers', () => {
	it('makes one card per answered question, with its reps, lapses and last rating', () => {
		const cards = cardsFromAnswers([wrong(first, day(0)), answer(second, day(0)), answer(first, day(1))], day(2));
		expect([...cards.keys()]).toEqual([first, second]);
		expect(cards.get(first)).toMatchObject({ reps: 2, lastRating: 'good', state: 'review', chapterId });
		expect(cards.get(second)).toMatchObject({ reps: 1, lastRating: 'good', lapses: 0 });
	});

	it('counts a lapse when a learned card is answered wrong', () => {
		const cards = cardsFromAnswers([answer(first, day(0)), wrong(first, day(5))], day(5, 10));
		expect(cards.get(first)).toMatchObject({ reps: 2, lapses: 1, lastRating: 'again', state: 'review' });
	});

	it('is a pure function of the history: the same answers in any file order give the same cards', () => {
		const answers = [wrong(first, day(0)), answer(second, day(0, 10)), answer(first, day(1))];
		const a = cardsFromAnswers(answers, day(3));
		const b = cardsFromAnswers([answers[2]!, answers[0]!, answers[1]!], day(3));
		expect(b).toEqual(a);
	});

	it('leaves out answers stamped after now (a clock set back)', () => {
		const cards = cardsFromAnswers([answer(first, day(0)), wrong(second, day(4))], day(1));
		expect([...cards.keys()]).toEqual([first]);
	});

	it('schedules a wrong answer for the next day, a right one later, an easy one later still', () => {
		const at = day(0, 14);
		const due = (a: AnswerRecord) => cardsFromAnswers([a], at).get(a.questionId)!.due.getTime();
		const again = due(wrong(first, at));
		const hard = due(answer(first, at, { hints: 1 }));
		const good = due(answer(first, at));
		const easy = due(answer(first, at, { seconds: 5 }));
		expect(again).toBe(day(1, 14).getTime());
		expect(hard).toBeGreaterThan(again);
		expect(good).toBeGreaterThan(hard);
		expect(easy).toBeGreaterThan(good);
	});
});

describe('dueQuestions (fake clock)', () => {
	it('answered wrongly: offered today as a mistake never reviewed, and due tomorrow', () => {
		const progress = progressOf(wrong(first, day(0, 14)));
		expect(reviewQueue(bank, progress, day(0, 15))).toEqual({ due: [], unreviewed: [first] });
		expect(reviewQueue(bank, progress, day(1, 8))).toEqual({ due: [first], unreviewed: [] });
	});

	it('answered right: nothing is offered tomorrow, and the card comes due days later', () => {
		const progress = progressOf(answer(first, day(0, 14)));
		expect(dueQuestions(bank, progress, day(1, 9))).toEqual([]);
		const card = cardsOf(progress, day(1))!.get(first)!;
		const dueDay = new Date(card.due.getFullYear(), card.due.getMonth(), card.due.getDate());
		expect(dueDay.getTime()).toBeGreaterThan(day(1, 0).getTime());
		expect(dueQuestions(bank, progress, new Date(dueDay.getTime() + 60_000))).toEqual([first]);
	});

	it('a mistake reviewed wrong again is due tomorrow, not offered again today', () => {
		const progress = progressOf(wrong(first, day(0, 9)), wrong(first, day(0, 10), { mode: 'review' }));
		expect(dueQuestions(bank, progress, day(0, 11))).toEqual([]);
		expect(dueQuestions(bank, progress, day(1, 0, 1))).toEqual([first]);
	});

	it('a hinted right answer is a mistake never reviewed until it is reviewed', () => {
		const hinted = answer(second, day(0, 9), { hints: 1 });
		expect(dueQuestions(bank, progressOf(hinted), day(0, 10))).toEqual([second]);
		expect(dueQuestions(bank, progressOf(hinted, answer(second, day(0, 10), { mode: 'review' })), day(0, 11))).toEqual([]);
	});

	it('puts due cards first, most overdue first, then mistakes never reviewed, across the bank', () => {
		const progress = progressOf(wrong(third, day(0)), wrong(second, day(1)), wrong(first, day(4)));
		expect(reviewQueue(bank, progress, day(4, 12))).toEqual({ due: [third, second], unreviewed: [first] });
		expect(dueQuestions(bank, progress, day(4, 12))).toEqual([third, second, first]);
	});

	it('ignores answers to questions no longer in the bank', () => {
		const progress = progressOf(wrong('gone-question', day(0)), wrong(first, day(0)));
		expect(dueQuestions(bank, progress, day(2))).toEqual([first]);
	});
});

describe('dueCounts and nextDue', () => {
	it('counts what review offers today, then the cards that come due on each following day', () => {
		// first: wrong today (offered today); second: wrong yesterday (due today); third: right today (due in 3 days).
		const progress = progressOf(wrong(second, day(-1, 20)), wrong(first, day(0, 9)), answer(third, day(0, 9)));
		const now = day(0, 12);
		const third_ = cardsOf(progress, now).get(third)!;
		const ahead = Math.round((new Date(third_.due.getFullYear(), third_.due.getMonth(), third_.due.getDate()).getTime() - day(0, 0).getTime()) / 86_400_000);
		const expected = [2, 0, 0, 0, 0, 0, 0];
		expected[ahead] = 1;
		expect(ahead).toBeGreaterThanOrEqual(2);
		expect(dueCounts(bank, progress, now)).toEqual(expected);
		expect(dueCounts(bank, progress, now, 3)).toHaveLength(3);
		expect(nextDue(bank, progress, now)).toMatchObject({ inDays: ahead, count: 1 });
	});

	it('tomorrow: the cards wrong today, once they are reviewed today', () => {
		const progress = progressOf(wrong(first, day(0, 9)), wrong(second, day(0, 9)), wrong(first, day(0, 10), { mode: 'review' }), wrong(second, day(0, 10), { mode: 'review' }));
		const next = nextDue(bank, progress, day(0, 12));
		expect(next).toEqual({ day: day(1, 0), inDays: 1, count: 2 });
		expect(describeNextDue(next!)).toBe('tomorrow, 2 cards');
		expect(dueCounts(bank, progress, day(0, 12), 3)).toEqual([0, 2, 0]);
	});

	it('nothing answered: nothing due, no next day', () => {
		expect(dueCounts(bank, emptyProgress(), day(0))).toEqual([0, 0, 0, 0, 0, 0, 0]);
		expect(nextDue(bank, emptyProgress(), day(0))).toBeUndefined();
		expect(describeNextDue({ day: day(4, 0), inDays: 4, count: 1 })).toBe('in 4 days, 1 card');
	});
});

describe('cardsFromAnswers replays like ts-fsrs itself', () => {
	it('gives the due date, memory state and lapses of fsrs().next, on 300 random histories', async () => {
		const { createEmptyCard } = await import('ts-fsrs');
		const { fsrsScheduler } = await import('../../src/core/review/cards.js');
		const f = fsrsScheduler();
		const grades = { again: 1, hard: 2, good: 3, easy: 4 } as const;
		let seed = 12345;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		for (let run = 0; run < 300; run++) {
			const answers: AnswerRecord[] = [];
			let time = day(0, 0).getTime() + Math.floor(random() * 86_400_000);
			for (let n = 1 + Math.floor(random() * 10); n > 0; n--) {
				const fields = [{ correct: false, credit: 0 }, { hints: 1 }, {}, { seconds: 5 }][Math.floor(random() * 4)]!;
				answers.push(answer(first, new Date(time), fields));
				// The same hour, the next day, or up to two months later.
				time += [60_000, 86_400_000, Math.floor(random() * 60 * 86_400_000)][Math.floor(random() * 3)]!;
			}
			let card = createEmptyCard(new Date(answers[0]!.at));
			for (const a of answers) card = f.next(card, new Date(a.at), grades[ratingOf(a)]).card;
			const ours = cardsFromAnswers(answers, new Date(time))!.get(first)!;
			expect({ due: ours.due, stability: ours.stability, difficulty: ours.difficulty, lapses: ours.lapses, scheduledDays: ours.scheduledDays, reps: ours.reps }).toEqual({
				due: card.due, stability: card.stability, difficulty: card.difficulty, lapses: card.lapses, scheduledDays: card.scheduled_days, reps: card.reps,
			});
		}
	});
});
