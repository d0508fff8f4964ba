// The mock interview (compose, session, report): which questions a mock asks, and how long each may take.
import type { Bank } from '../bank.js';
import { type AnswerRecord, latestAnswers, type Progress } from '../progress.js';
import { createRng, hashSeed } from '../rng.js';
import type { Question } from '../schema.js';

export const INTERVIEW_MIN_QUESTIONS = 8;
export const INTERVIEW_MAX_QUESTIONS = 12;
export const DEFAULT_INTERVIEW_MINUTES = 20;
/** --minutes outside this range is refused: below it no question gets a fair minute, above it a mock is a marathon. */
export const INTERVIEW_MINUTES_RANGE = { min: 5, max: 90 } as const;
/** Leads from one chapter, so a mock spreads across topics (relaxed when the bank has too few chapters). */
const LEADS_PER_CHAPTER = 2;

export interface PlannedQuestion {
	questionId: string;
	chapterId: string;
	/** Set for a follow-up: the question it is asked right after. */
	followUpOf?: string;
	/** The soft limit shown on the question's clock; passing it is shown, never enforced. */
	limitSeconds: number;
}

export interface InterviewPlan {
	seed: number;
	minutes: number;
	questions: PlannedQuestion[];
}

export interface ComposeOptions {
	seed: number;
	minutes: number;
	/** Questions whose review card is due at `now` (from the review scheduler); weighted up. */
	due?: ReadonlySet<string>;
}

/** How many questions a mock of `minutes` asks: about one every two minutes, within 8–12. */
export function interviewLength(minutes: number): number {
	return Math.min(INTERVIEW_MAX_QUESTIONS, Math.max(INTERVIEW_MIN_QUESTIONS, Math.round(minutes / 2)));
}

/** Mean credit of the latest answers in each chapter: how well each topic is known (absent: never answered). */
export function topicCredit(latest: ReadonlyMap<string, Pick<AnswerRecord, 'chapterId' | 'credit'>>): Map<string, number> {
	const sums = new Map<string, { sum: number; n: number }>();
	for (const answer of latest.values()) {
		const entry = sums.get(answer.chapterId) ?? { sum: 0, n: 0 };
		sums.set(answer.chapterId, { sum: entry.sum + answer.credit, n: entry.n + 1 });
	}
	return new Map([...sums].map(([id, { sum, n }]) => [id, sum / n]));
}

/**
 * How strongly a question is drawn: 1, plus up to 2 for a weak topic (an unanswered topic counts as half
 * known), 2 for a question never answered or up to 2 for a low last credit, and 3 when its review is due.
 */
export function questionWeight(facts: { topic: number | undefined; lastCredit: number | undefined; due: boolean }): number {
	const weakTopic = 2 * (1 - (facts.topic ?? 0.5));
	const weakQuestion = facts.lastCredit === undefined ? 2 : 2 * (1 - facts.lastCredit);
	return 1 + weakTopic + weakQuestion + (facts.due ? 3 : 0);
}

/** Seconds of soft limit per question: an explain question counts twice a closed one; rounded to 5 s. */
function limits(questions: readonly Question[], minutes: number): number[] {
	const units = questions.map((question) => (question.type === 'explain' ? 2 : 1));
	const total = units.reduce((a, b) => a + b, 0);
	return units.map((unit) => Math.max(15, Math.round((minutes * 60 * unit) / total / 5) * 5));
}

/**
 * The questions of a mock interview: explain questions first, each with its follow-ups right after it, drawn
 * across chapters and weighted toward weak topics, due reviews and questions never answered; closed questions
 * fill in when the bank has too few explain questions. The same bank, progress and seed give the same mock.
 */
export function composeInterview(bank: Bank, progress: Progress, options: ComposeOptions): InterviewPlan {
	const { seed, minutes } = options;
	const due = options.due ?? new Set<string>();
	const latest = latestAnswers(progress, bank);
	const topics = topicCredit(latest);
	const target = interviewLength(minutes);
	const rng = createRng(hashSeed('interview', seed));
	// A weighted draw without replacement: each question races with an exponential time of rate `weight`.
	const drawn = [...bank.questions.values()]
		.map(({ question, chapter }) => {
			const weight = questionWeight({ topic: topics.get(chapter.id), lastCredit: latest.get(question.id)?.credit, due: due.has(question.id) });
			return { question, chapterId: chapter.id, key: -Math.log(1 - rng()) / weight };
		})
		.sort((a, b) => a.key - b.key);
	const explainFirst = [...drawn.filter((d) => d.question.type === 'explain'), ...drawn.filter((d) => d.question.type !== 'explain')];

	const picked: { question: Question; chapterId: string; followUpOf?: string }[] = [];
	const taken = new Set<string>();
	const addFollowUps = (question: Question) => {
		if (question.type !== 'explain') return;
		for (const id of question.followUps ?? []) {
			const entry = bank.questions.get(id);
			if (!entry || taken.has(id) || picked.length >= INTERVIEW_MAX_QUESTIONS) continue;
			taken.add(id);
			picked.push({ question: entry.question, chapterId: entry.chapter.id, followUpOf: question.id });
			addFollowUps(entry.question);
		}
	};
	const leadsIn = new Map<string, number>();
	for (const cap of [LEADS_PER_CHAPTER, Number.POSITIVE_INFINITY]) {
		for (const { question, chapterId } of explainFirst) {
			if (picked.length >= target) break;
			if (taken.has(question.id) || (leadsIn.get(chapterId) ?? 0) >= cap) continue;
			taken.add(question.id);
			leadsIn.set(chapterId, (leadsIn.get(chapterId) ?? 0) + 1);
			picked.push({ question, chapterId });
			addFollowUps(question);
		}
	}
	const seconds = limits(
		picked.map((p) => p.question),
		minutes,
	);
	return {
		seed,
		minutes,
		questions: picked.map((p, i) => ({ questionId: p.question.id, chapterId: p.chapterId, ...(p.followUpOf ? { followUpOf: p.followUpOf } : {}), limitSeconds: seconds[i] as number })),
	};
}
