// Spaced review: every answered question is a card whose schedule (ts-fsrs) is replayed from the answer history.
//
// API (all pure; `now` comes from the app's one clock, tests pass a fixed Date):
//   ratingOf(answer): Rating                                   'again' | 'hard' | 'good' | 'easy', see rating.ts
//   cardsFromAnswers(answers, now): Map<questionId, ReviewCard> FSRS state, due, lastRating, reps, lapses
//   cardsOf(progress, now)                                      the same, cached per answer list (for screens)
//   dueQuestions(bank, progress, now): string[]                 due cards (most overdue first), then mistakes never reviewed
//   reviewQueue(bank, progress, now): { due, unreviewed }       the same two parts apart
//   dueCounts(bank, progress, now, days = 7): number[]          [0] offered today, [i] coming due i days later
//   nextDue(bank, progress, now): NextDue | undefined            { day, inDays, count } of the next day cards come due
//   describeNextDue(next): string                              "tomorrow, 3 cards"
//   dayNumber(date), startOfDay(date, days)                     local calendar days
export { cardsFromAnswers, type CardState, type ReviewCard } from './cards.js';
export { EASY_SECONDS, type RatedAnswer, type Rating, ratingOf, SLOW_EXPLAIN_SECONDS, SLOW_SECONDS } from './rating.js';
export { cardsOf, dayNumber, describeNextDue, dueCounts, dueQuestions, type NextDue, nextDue, type ReviewQueue, reviewQueue, startOfDay } from './queue.js';
