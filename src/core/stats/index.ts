// Stats: everything the stats screen and `stats --json` show, derived in one place from the bank, the progress
// facts and the time, so the two always carry the same numbers. history.ts derives the series, chart.ts draws one.
import type { Bank } from '../bank.js';
import { computeStats, type Progress, type Stats } from '../progress.js';
import { dueCounts } from '../review/index.js';
import { misconceptionAccuracy, type MisconceptionStat, scoreHistory, type ScorePoint, studyDays, type StudyDays } from './history.js';

export { scoreChart } from './chart.js';
export { dayOf, type MisconceptionStat, type ScorePoint, type StudyDays } from './history.js';

export interface StatsReport extends Stats {
	/** Chapter quiz, quick quiz and mock interview scores, oldest first. */
	scores: ScorePoint[];
	/** Worst first; only misconceptions some answer could have shown. */
	misconceptions: MisconceptionStat[];
	study: StudyDays;
	/** Questions review offers on each of the next 7 days: [0] today (due and unreviewed mistakes), [i] i days later. */
	due: number[];
}

export function statsReport(bank: Bank, progress: Progress, now: string, offsetMinutes: number): StatsReport {
	const known = progress.answers.filter((answer) => bank.questions.has(answer.questionId));
	return {
		...computeStats(bank, progress),
		scores: scoreHistory(bank, progress),
		misconceptions: misconceptionAccuracy(bank, known),
		study: studyDays(known, now, offsetMinutes),
		due: dueCounts(bank, progress, new Date(now)),
	};
}
