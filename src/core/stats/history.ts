// Stats over time, derived from the facts in progress (answers, finished quizzes): study days and streak,
// scores over time, accuracy per misconception. Pure: "today" and the time zone come from the caller.
import type { Bank } from '../bank.js';
import type { AnswerRecord, Progress } from '../progress.js';
import { localize } from '../text.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day (YYYY-MM-DD) of an ISO time, in a time zone `offsetMinutes` behind UTC (Date#getTimezoneOffset). */
export function dayOf(iso: string, offsetMinutes: number): string {
	const time = Date.parse(iso);
	return Number.isNaN(time) ? '' : new Date(time - offsetMinutes * 60_000).toISOString().slice(0, 10);
}

function addDays(day: string, delta: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}

export interface StudyDays {
	/** The last `days` days, oldest first, with how many answers were given on each. */
	days: Array<{ day: string; answers: number }>;
	/** Days in a row with answers, ending today (or yesterday, when today has none yet: the streak is still alive). */
	streak: number;
	/** The longest run of study days in the whole history. */
	longest: number;
	/** Days with at least one answer, in the whole history. */
	total: number;
}

export function studyDays(answers: readonly Pick<AnswerRecord, 'at'>[], now: string, offsetMinutes: number, days = 28): StudyDays {
	const counts = new Map<string, number>();
	for (const answer of answers) {
		const day = dayOf(answer.at, offsetMinutes);
		if (day) counts.set(day, (counts.get(day) ?? 0) + 1);
	}
	const today = dayOf(now, offsetMinutes);
	const window = Array.from({ length: days }, (_, i) => {
		const day = addDays(today, i - days + 1);
		return { day, answers: counts.get(day) ?? 0 };
	});
	let streak = 0;
	for (let day = counts.has(today) ? today : addDays(today, -1); counts.has(day); day = addDays(day, -1)) streak += 1;
	let longest = 0;
	let run = 0;
	let previous = '';
	for (const day of [...counts.keys()].sort()) {
		run = previous && addDays(previous, 1) === day ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = day;
	}
	return { days: window, streak, longest, total: counts.size };
}

export interface ScorePoint {
	at: string;
	/** 0..100 */
	percent: number;
	kind: 'quiz' | 'quick' | 'mock';
	/** The chapter's order number ("3"), "all" for a quick quiz of every chapter, or "mock". */
	label: string;
}

/** A mock interview as stats reads it: helper fields only (the full record belongs to the interview domain). */
interface MockFact {
	at: string;
	score?: { correct: number; total: number } | undefined;
	questions?: Array<{ credit: number }> | undefined;
}

function mockPercent(mock: MockFact): number | undefined {
	if (mock.score && mock.score.total > 0) return (100 * mock.score.correct) / mock.score.total;
	const credits = mock.questions?.map((question) => question.credit).filter((credit) => typeof credit === 'number') ?? [];
	return credits.length ? (100 * credits.reduce((a, b) => a + b, 0)) / credits.length : undefined;
}

/**
 * Chapter quiz, quick quiz and mock interview scores, oldest first. Files from before scores were kept as facts
 * give each chapter's last score (and each quick quiz's), once, so an existing learner's chart is not empty.
 */
export function scoreHistory(bank: Bank, progress: Progress): ScorePoint[] {
	const order = new Map(bank.chapters.map((chapter) => [chapter.id, String(chapter.order)]));
	const points: ScorePoint[] = [];
	const recorded = new Set<string>();
	const point = (session: string, correct: number, total: number, at: string) => {
		const [kind, id = ''] = session.split(':') as [string, string?];
		if ((kind !== 'chapter' && kind !== 'quick') || total <= 0) return;
		const label = id === 'all' ? 'all' : order.get(id);
		if (!label) return;
		points.push({ at, percent: (100 * correct) / total, kind: kind === 'chapter' ? 'quiz' : 'quick', label });
	};
	for (const record of progress.scores ?? []) {
		recorded.add(record.session);
		point(record.session, record.correct, record.total, record.at);
	}
	for (const [chapterId, chapter] of Object.entries(progress.chapters)) {
		const last = chapter.lastScore;
		if (last && !recorded.has(`chapter:${chapterId}`)) point(`chapter:${chapterId}`, last.correct, last.total, last.at);
	}
	for (const [key, score] of Object.entries(progress.quickScores ?? {})) {
		if (!recorded.has(key)) point(key, score.correct, score.total, score.at);
	}
	const mocks = Array.isArray(progress.interviews) ? (progress.interviews as MockFact[]) : [];
	for (const mock of mocks) {
		const percent = typeof mock?.at === 'string' ? mockPercent(mock) : undefined;
		if (percent !== undefined) points.push({ at: mock.at, percent, kind: 'mock', label: 'mock' });
	}
	return points.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

export interface MisconceptionStat {
	tag: string;
	/** What the misconception is, in the lesson's words (the feedback of the first choice or trap with the tag). */
	text: string;
	/** Answers to questions that can reveal it. */
	answered: number;
	/** Answers that showed it. */
	fell: number;
	/** 0..1: the share of those answers that did not show it. */
	accuracy: number;
}

/** The misconception tags each question can reveal (tagged wrong choices, traps, near misses), with their feedback. */
function questionTags(bank: Bank): Map<string, Map<string, string>> {
	const tags = new Map<string, Map<string, string>>();
	for (const { question } of bank.questions.values()) {
		const found = new Map<string, string>();
		const add = (tag: string | undefined, feedback: unknown) => {
			if (tag && !found.has(tag)) found.set(tag, feedback ? localize(feedback as Parameters<typeof localize>[0]) : tag);
		};
		switch (question.type) {
			case 'single':
			case 'multiple':
				for (const choice of question.choices) add(choice.misconception, choice.feedback);
				break;
			case 'true-false':
				add(question.misconception, question.wrongFeedback);
				break;
			case 'ordering':
			case 'matching':
				for (const trap of question.traps) add(trap.misconception, trap.feedback);
				break;
			case 'typed':
				for (const miss of question.nearMisses) add(miss.misconception, miss.feedback);
				break;
			default:
				break;
		}
		if (found.size) tags.set(question.id, found);
	}
	return tags;
}

/**
 * Accuracy per misconception, worst first. An answer counts for each tag its question can reveal; it showed the
 * tag when its record says so. An answer saved before records named their misconceptions counts only when it is
 * right, or when its question has that one tag (then a wrong answer can only have been that one).
 */
export function misconceptionAccuracy(bank: Bank, answers: readonly AnswerRecord[]): MisconceptionStat[] {
	const tagsOf = questionTags(bank);
	const stats = new Map<string, MisconceptionStat>();
	for (const answer of answers) {
		const tags = tagsOf.get(answer.questionId);
		if (!tags) continue;
		const shown = answer.misconceptions;
		for (const [tag, text] of tags) {
			let fell: boolean;
			if (answer.correct) fell = false;
			else if (Array.isArray(shown)) fell = shown.includes(tag);
			else if (tags.size === 1) fell = true;
			else continue;
			const stat = stats.get(tag) ?? { tag, text, answered: 0, fell: 0, accuracy: 1 };
			stat.answered += 1;
			if (fell) stat.fell += 1;
			stat.accuracy = 1 - stat.fell / stat.answered;
			stats.set(tag, stat);
		}
	}
	return [...stats.values()].sort((a, b) => a.accuracy - b.accuracy || b.fell - a.fell || a.tag.localeCompare(b.tag));
}
