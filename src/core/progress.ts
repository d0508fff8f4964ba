// The progress model: what is stored, and pure functions that derive a new Progress from an old one.
// Saved progress refers to ids only, so editing a lesson file never corrupts it; unknown ids are ignored.
import * as z from 'zod';
import type { Bank } from './bank.js';

const scoreSchema = z.object({ correct: z.number().int().min(0), total: z.number().int().min(1), at: z.string() });

const answerSchema = z.looseObject({
	questionId: z.string(),
	chapterId: z.string(),
	correct: z.boolean(),
	credit: z.number().min(0).max(1),
	at: z.string(),
	mode: z.enum(['quiz', 'review']),
});

const chapterProgressSchema = z.looseObject({
	pagesRead: z.array(z.string()),
	lastPageId: z.string().optional(),
	bestScore: scoreSchema.optional(),
	lastScore: scoreSchema.optional(),
});

/** A quiz that was started and not finished: enough to rebuild it exactly where it stopped. */
const activeQuizSchema = z.looseObject({
	mode: z.enum(['quiz', 'review']),
	chapterId: z.string().nullable(),
	seed: z.number().int(),
	questionIds: z.array(z.string()),
	results: z.record(z.string(), z.object({ correct: z.boolean(), credit: z.number() })),
});

const resumeSchema = z.looseObject({
	chapterId: z.string(),
	place: z.enum(['lesson', 'quiz']),
	pageId: z.string().optional(),
});

export const progressSchema = z.looseObject({
	version: z.literal(1),
	chapters: z.record(z.string(), chapterProgressSchema),
	answers: z.array(answerSchema),
	resume: resumeSchema.optional(),
	activeQuiz: activeQuizSchema.optional(),
});

export type Progress = z.infer<typeof progressSchema>;
export type AnswerRecord = z.infer<typeof answerSchema>;
export type ChapterProgress = z.infer<typeof chapterProgressSchema>;
export type ActiveQuiz = z.infer<typeof activeQuizSchema>;
export type Score = z.infer<typeof scoreSchema>;

export function emptyProgress(): Progress {
	return { version: 1, chapters: {}, answers: [] };
}

/** Checks a stored value; anything else is not progress and the caller moves the file aside. */
export function parseProgress(data: unknown): { ok: true; progress: Progress } | { ok: false; why: string } {
	if (data && typeof data === 'object' && Object.keys(data).length === 0) return { ok: true, progress: emptyProgress() };
	const result = progressSchema.safeParse(data);
	if (result.success) return { ok: true, progress: result.data };
	const issue = result.error.issues[0];
	return { ok: false, why: `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'unexpected shape'}` };
}

function chapterOf(progress: Progress, chapterId: string): ChapterProgress {
	return progress.chapters[chapterId] ?? { pagesRead: [] };
}

function withChapter(progress: Progress, chapterId: string, chapter: ChapterProgress): Progress {
	return { ...progress, chapters: { ...progress.chapters, [chapterId]: chapter } };
}

export function markPageRead(progress: Progress, chapterId: string, pageId: string): Progress {
	const chapter = chapterOf(progress, chapterId);
	const pagesRead = chapter.pagesRead.includes(pageId) ? chapter.pagesRead : [...chapter.pagesRead, pageId];
	const next = withChapter(progress, chapterId, { ...chapter, pagesRead, lastPageId: pageId });
	return { ...next, resume: { chapterId, place: 'lesson', pageId } };
}

export function recordAnswer(progress: Progress, answer: AnswerRecord, activeQuiz: ActiveQuiz): Progress {
	return startQuiz({ ...progress, answers: [...progress.answers, answer] }, activeQuiz);
}

/** Stores the active quiz and, for a chapter quiz, makes it where "Continue" leads. */
export function startQuiz(progress: Progress, activeQuiz: ActiveQuiz): Progress {
	const resume = activeQuiz.chapterId ? { chapterId: activeQuiz.chapterId, place: 'quiz' as const } : progress.resume;
	return { ...progress, activeQuiz, ...(resume ? { resume } : {}) };
}

/** Ends the active quiz; a chapter quiz's score becomes the chapter's last score and, if higher, its best. */
export function finishQuiz(progress: Progress, score: Score): Progress {
	const { activeQuiz, ...rest } = progress;
	if (!activeQuiz?.chapterId) return rest;
	const chapter = chapterOf(progress, activeQuiz.chapterId);
	const best = chapter.bestScore;
	const better = !best || score.correct / score.total > best.correct / best.total;
	return withChapter(rest, activeQuiz.chapterId, { ...chapter, lastScore: score, bestScore: better ? score : best });
}

export function abandonQuiz(progress: Progress): Progress {
	const { activeQuiz: _dropped, ...rest } = progress;
	return rest;
}

/** The most recent answer to each question that still exists in the bank. */
export function latestAnswers(progress: Progress, bank: Bank): Map<string, AnswerRecord> {
	const latest = new Map<string, AnswerRecord>();
	for (const answer of progress.answers) if (bank.questions.has(answer.questionId)) latest.set(answer.questionId, answer);
	return latest;
}

export interface ChapterStatus {
	chapterId: string;
	pagesRead: number;
	pagesTotal: number;
	answered: number;
	correct: number;
	questionsTotal: number;
	bestScore?: Score;
	lastPageIndex: number;
	/** 0..1: pages read and questions whose latest answer is right, over all pages and questions. */
	fraction: number;
}

export function chapterStatus(bank: Bank, progress: Progress, chapterId: string, latest = latestAnswers(progress, bank)): ChapterStatus {
	const chapter = bank.chapters.find((c) => c.id === chapterId);
	if (!chapter) throw new RangeError(`no chapter "${chapterId}"`);
	const stored = progress.chapters[chapterId];
	const pageIds = new Set(chapter.pages.map((page) => page.id));
	const pagesRead = (stored?.pagesRead ?? []).filter((id) => pageIds.has(id)).length;
	let answered = 0;
	let correct = 0;
	for (const question of chapter.questions) {
		const answer = latest.get(question.id);
		if (!answer) continue;
		answered += 1;
		if (answer.correct) correct += 1;
	}
	const lastPageIndex = Math.max(0, chapter.pages.findIndex((page) => page.id === stored?.lastPageId));
	const total = chapter.pages.length + chapter.questions.length;
	return {
		chapterId,
		pagesRead,
		pagesTotal: chapter.pages.length,
		answered,
		correct,
		questionsTotal: chapter.questions.length,
		...(stored?.bestScore ? { bestScore: stored.bestScore } : {}),
		lastPageIndex,
		fraction: (pagesRead + correct) / total,
	};
}

/** Questions whose latest answer was wrong, in bank order. */
export function mistakes(bank: Bank, progress: Progress): string[] {
	const latest = latestAnswers(progress, bank);
	return bank.chapters.flatMap((chapter) =>
		chapter.questions.filter((question) => latest.get(question.id)?.correct === false).map((question) => question.id),
	);
}

export interface Stats {
	chapters: ChapterStatus[];
	answersGiven: number;
	answersCorrect: number;
	questionsSeen: number;
	questionsTotal: number;
	mistakesToReview: number;
}

export function computeStats(bank: Bank, progress: Progress): Stats {
	const latest = latestAnswers(progress, bank);
	const known = progress.answers.filter((answer) => bank.questions.has(answer.questionId));
	return {
		chapters: bank.chapters.map((chapter) => chapterStatus(bank, progress, chapter.id, latest)),
		answersGiven: known.length,
		answersCorrect: known.filter((answer) => answer.correct).length,
		questionsSeen: latest.size,
		questionsTotal: bank.questions.size,
		mistakesToReview: [...latest.values()].filter((answer) => !answer.correct).length,
	};
}
