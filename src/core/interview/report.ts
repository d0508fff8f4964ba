// The report at the end of a mock interview: score per topic, time per question, what to re-read, and the change since the last mock.
import type { Bank } from '../bank.js';
import { EXPLAIN_PASS } from '../scoring.js';
import type { InterviewRecord } from '../progress.js';
import type { Chapter, Page, Question } from '../schema.js';
import { type LocalizedText, localize } from '../text.js';

export interface TopicScore {
	chapterId: string;
	order: number;
	title: string;
	questions: number;
	/** Mean credit, 0..100. */
	percent: number;
	/** Points up (+) or down (-) against the last mock that asked this topic; absent when it did not. */
	change?: number;
}

export interface QuestionTime {
	id: string;
	chapterId: string;
	prompt: string;
	percent: number;
	seconds: number;
	limitSeconds: number;
	overtime: boolean;
}

export interface WeakTopic extends TopicScore {
	/** The chapter's pages that teach what the missed questions asked, best match first (at most 3). */
	pages: { id: string; title: string }[];
}

export interface InterviewReport {
	id: string;
	at: string;
	seed: number;
	minutes: number;
	/** Mean credit over every question, 0..100. */
	percent: number;
	/** Answers that count as right (as in a quiz: an explain answer with at least 75% of its key points). */
	right: number;
	total: number;
	seconds: number;
	topics: TopicScore[];
	questions: QuestionTime[];
	/** The (at most) three topics with the lowest score below 100%, lowest first. */
	weakest: WeakTopic[];
	/** Against the mock before this one; absent for the first mock. */
	sinceLast?: { at: string; percent: number; change: number };
}

const percentOf = (credit: number) => Math.round(100 * credit);
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Words of four letters or more, lower-cased: enough to tell which page a question is about. */
function words(text: string): Set<string> {
	return new Set(text.toLowerCase().match(/[a-z0-9][a-z0-9_-]{3,}/g) ?? []);
}

function questionText(question: Question): string {
	const parts: LocalizedText[] = [question.prompt, question.explanation];
	if (question.type === 'explain') parts.push(question.modelAnswer, ...question.keyPoints.map((point) => point.text));
	return parts.map((part) => localize(part)).join(' ');
}

function pageText(page: Page): string {
	return [page.title, ...page.body, ...(page.keyPoints ?? [])].map((part) => localize(part)).join(' ');
}

/**
 * The pages of `chapter` that best teach `missed` questions: each question votes for the page sharing the most
 * of its words (a page whose id is one of the question's tags wins outright); pages by votes, then page order.
 */
export function pagesToReread(chapter: Chapter, missed: readonly Question[], max = 3): { id: string; title: string }[] {
	const pageWords = chapter.pages.map((page) => words(pageText(page)));
	const votes = new Map<number, number>();
	for (const question of missed) {
		const tagged = chapter.pages.findIndex((page) => question.tags?.includes(page.id));
		let best = tagged;
		if (best === -1) {
			const asked = words(questionText(question));
			let bestShared = 0;
			pageWords.forEach((set, i) => {
				let shared = 0;
				for (const word of asked) if (set.has(word)) shared += 1;
				if (shared > bestShared) [best, bestShared] = [i, shared];
			});
		}
		if (best !== -1) votes.set(best, (votes.get(best) ?? 0) + 1);
	}
	const ranked = [...votes].sort(([a, va], [b, vb]) => vb - va || a - b).map(([i]) => i);
	// No question matched a page: the chapter from its start.
	const indexes = ranked.length ? ranked : [0];
	return indexes.slice(0, max).flatMap((i) => {
		const page = chapter.pages[i];
		return page ? [{ id: page.id, title: localize(page.title) }] : [];
	});
}

function topicScores(bank: Bank, record: InterviewRecord): TopicScore[] {
	const byChapter = new Map<string, number[]>();
	for (const question of record.questions) byChapter.set(question.chapterId, [...(byChapter.get(question.chapterId) ?? []), question.credit]);
	return [...byChapter].flatMap(([chapterId, credits]) => {
		const chapter = bank.chapters.find((c) => c.id === chapterId);
		if (!chapter) return [];
		return [{ chapterId, order: chapter.order, title: localize(chapter.title), questions: credits.length, percent: percentOf(mean(credits)) }];
	}).sort((a, b) => a.order - b.order);
}

/** A finished mock as a report; `previous` is the mock taken before it, if any. */
export function interviewReport(bank: Bank, record: InterviewRecord, previous?: InterviewRecord): InterviewReport {
	const known = { ...record, questions: record.questions.filter((q) => bank.questions.has(q.id)) };
	const earlier = previous ? topicScores(bank, previous) : [];
	const topics = topicScores(bank, known).map((topic) => {
		const before = earlier.find((e) => e.chapterId === topic.chapterId);
		return before ? { ...topic, change: topic.percent - before.percent } : topic;
	});
	const questions: QuestionTime[] = known.questions.map((q) => ({
		id: q.id,
		chapterId: q.chapterId,
		prompt: localize(bank.questions.get(q.id)?.question.prompt ?? q.id),
		percent: percentOf(q.credit),
		seconds: q.seconds,
		limitSeconds: q.limitSeconds,
		overtime: q.seconds > q.limitSeconds,
	}));
	const weakest = topics
		.filter((topic) => topic.percent < 100)
		.sort((a, b) => a.percent - b.percent || a.order - b.order)
		.slice(0, 3)
		.map((topic) => {
			const chapter = bank.chapters.find((c) => c.id === topic.chapterId) as Chapter;
			const missed = known.questions.filter((q) => q.chapterId === topic.chapterId && q.credit < 1).flatMap((q) => {
				const entry = bank.questions.get(q.id);
				return entry ? [entry.question] : [];
			});
			return { ...topic, pages: pagesToReread(chapter, missed) };
		});
	const percent = percentOf(mean(known.questions.map((q) => q.credit)));
	const right = known.questions.filter((q) => {
		const type = bank.questions.get(q.id)?.question.type;
		return type === 'explain' ? q.credit >= EXPLAIN_PASS : q.credit === 1;
	}).length;
	const before = previous ? percentOf(mean(previous.questions.filter((q) => bank.questions.has(q.id)).map((q) => q.credit))) : undefined;
	return {
		id: record.id,
		at: record.at,
		seed: record.seed,
		minutes: record.minutes,
		percent,
		right,
		total: known.questions.length,
		seconds: known.questions.reduce((sum, q) => sum + q.seconds, 0),
		topics,
		questions,
		weakest,
		...(previous && before !== undefined ? { sinceLast: { at: previous.at, percent: before, change: percent - before } } : {}),
	};
}

/** The report of the mock with this id, against the one taken just before it. */
export function reportOf(bank: Bank, interviews: readonly InterviewRecord[], id: string): InterviewReport | undefined {
	const index = interviews.findIndex((record) => record.id === id);
	const record = interviews[index];
	return record ? interviewReport(bank, record, index > 0 ? interviews[index - 1] : undefined) : undefined;
}
