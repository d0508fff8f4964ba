// The progress model: what is stored, and pure functions that derive a new Progress from an old one.
// Saved progress refers to ids only, so editing a lesson file never corrupts it; unknown ids are ignored.
import { type Bank, chapterOutline } from './bank.js';
import type { Response } from './scoring.js';
import { type Locale, LOCALES } from './i18n/locale.js';

// Progress is checked by hand rather than with the lesson schema's library: it is read on every start, and
// keeping zod off the start-up path is most of what `npm run bench` measures. Objects are loose: fields this
// version does not know are kept, so a newer cvm-tutor's file survives a round trip through an older one.
//
// Versions: 1 (cvm-tutor 0.1.0) and 2 (spaced review) hold the same facts; 2 adds optional answer fields such as
// `seconds`, and review cards are derived from the answers (core/review), so reading a version-1 file is a
// re-derivation, not a conversion. A file of a later version is left alone (opened read-only, see the store).

export interface Score {
	correct: number;
	total: number;
	at: string;
}

export interface AnswerRecord {
	questionId: string;
	chapterId: string;
	correct: boolean;
	credit: number;
	at: string;
	/** `interview`: given in a mock interview (src/core/interview/). */
	mode: 'quiz' | 'review' | 'interview';
	/** Hints seen before answering; such an answer is half-known, and comes back in review. */
	hints?: number | undefined;
	/** Given on a second try after a close typed answer; half-known like a hinted answer. */
	retried?: boolean | undefined;
	/** Misconception tags the answer showed (a trap or tagged wrong choice it fell for). */
	misconceptions?: string[] | undefined;
	/** An explain answer: what the learner typed ('' when they answered aloud) and the key points they ticked. */
	text?: string | undefined;
	ticked?: string[] | undefined;
	/** Seconds from the question's first frame to the answer, when recorded (version 2): part of its review rating. */
	seconds?: number | undefined;
	[extra: string]: unknown;
}

export interface ChapterProgress {
	pagesRead: string[];
	lastPageId?: string | undefined;
	bestScore?: Score | undefined;
	lastScore?: Score | undefined;
	[extra: string]: unknown;
}

/** A quiz that was started and not finished: enough to rebuild it exactly where it stopped. */
export interface ActiveQuiz {
	/**
	 * `quick`: a 10-question quiz of one chapter (chapterId) or of every chapter (chapterId null); `explain`: a
	 * chapter's explain questions with their follow-ups (interview practice).
	 */
	mode: 'quiz' | 'review' | 'quick' | 'explain';
	chapterId: string | null;
	seed: number;
	questionIds: string[];
	results: Record<string, { correct: boolean; credit: number }>;
	/** When it was started or last answered: Continue leads to the most recent unfinished session. */
	at?: string | undefined;
	[extra: string]: unknown;
}

/**
 * Where an unfinished session is kept: `chapter:<id>` (a chapter's quiz), `review`, `quick:<chapterId>`,
 * `quick:all` or `explain:<chapterId>`. One per key, so starting one quiz never throws another away.
 */
export function sessionKey(session: Pick<ActiveQuiz, 'mode' | 'chapterId'>): string {
	if (session.mode === 'review') return 'review';
	if (session.mode === 'quick') return `quick:${session.chapterId ?? 'all'}`;
	if (session.mode === 'explain') return `explain:${session.chapterId ?? ''}`;
	return `chapter:${session.chapterId ?? ''}`;
}

export interface Resume {
	chapterId: string;
	place: 'lesson' | 'quiz';
	pageId?: string | undefined;
	/** When the lesson was opened here: reading since then makes the page, not an older quiz, where Continue leads. */
	at?: string | undefined;
	[extra: string]: unknown;
}

/** A finished chapter or quick quiz (a fact, kept for the chart of scores over time). */
export interface ScoreRecord {
	/** The session key: `chapter:<id>`, `quick:<id>` or `quick:all`. */
	session: string;
	correct: number;
	total: number;
	at: string;
	[extra: string]: unknown;
}

/** The progress version this cvm-tutor writes (see the top of this file). */
export const PROGRESS_VERSION = 2;

/** What every version holds; `Progress` is the current version, `StoredProgress` any version this one reads. */
interface ProgressFields {
	chapters: Record<string, ChapterProgress>;
	answers: AnswerRecord[];
	resume?: Resume | undefined;
	/** Unfinished quizzes by `sessionKey`; a session whose every question is answered is finished and removed. */
	sessions?: Record<string, ActiveQuiz> | undefined;
	/** Last score of each quick quiz, by session key (quick quizzes leave a chapter's best score alone). */
	quickScores?: Record<string, Score> | undefined;
	/** "You route it" scores of packet walks, by `chapterId/walkId`. */
	walks?: Record<string, { best: Score; last: Score }> | undefined;
	/** Every finished chapter and quick quiz's score, oldest first. */
	scores?: ScoreRecord[] | undefined;
	/** Finished mock interviews, oldest first (src/core/interview/). */
	interviews?: InterviewRecord[] | undefined;
	/** Each question answered in a room, oldest first (src/core/room/). */
	roomAnswers?: RoomAnswerRecord[] | undefined;
	/** Each live room this learner joined: its seat, so a restarted attendee rejoins as itself (src/core/room/live/). */
	liveSeats?: LiveSeatRecord[] | undefined;
	/** Choices made in Settings: the language (`--lang` and the environment come after it; src/core/i18n/locale.ts). */
	settings?: { locale?: Locale | undefined; [extra: string]: unknown } | undefined;
	[extra: string]: unknown;
}

/**
 * One question of a room (src/core/room/) as this attendee answered it: the response itself (null: the time ran
 * out), so the result code can be printed again, and a room left mid-way resumes after it. Id: attendee/question.
 */
export interface RoomAnswerRecord {
	id: string;
	at: string;
	/** The room code. */
	code: string;
	attendee: string;
	questionId: string;
	response: Response | null;
	seconds: number;
	/**
	 * The live room's join code (src/core/room/live/secret.ts), canonical, when the answer was given in one; absent
	 * for a pasted (offline) room. The seat to rejoin by is in `liveSeats`.
	 */
	join?: string | undefined;
	[extra: string]: unknown;
}

/**
 * A seat in a live room, recorded when the host welcomes this attendee. Id: the join code (one seat per room);
 * `code`: the room code; `attendee`: the id the host gave, sent again at a rejoin.
 */
export interface LiveSeatRecord {
	id: string;
	at: string;
	code: string;
	attendee: string;
	/** The name the room took, if it takes names. */
	name?: string | undefined;
	/** When the host ended the room: its result can be printed from the facts from then on. */
	finished?: string | undefined;
	[extra: string]: unknown;
}

/** One finished mock interview: what was asked, the credit each answer got and the seconds it took. */
export interface InterviewRecord {
	id: string;
	/** When the last answer was given. */
	at: string;
	seed: number;
	minutes: number;
	questions: { id: string; chapterId: string; credit: number; seconds: number; limitSeconds: number; [extra: string]: unknown }[];
	[extra: string]: unknown;
}

export interface Progress extends ProgressFields {
	version: typeof PROGRESS_VERSION;
}

/** Progress as read from a file of any version this cvm-tutor reads, before migrateProgress. */
export interface StoredProgress extends ProgressFields {
	version: 1 | typeof PROGRESS_VERSION;
}

export function emptyProgress(): Progress {
	return { version: PROGRESS_VERSION, chapters: {}, answers: [] };
}

/** Thrown inside the checker with the path of the first field that is wrong. */
class ShapeError extends Error {
	constructor(
		readonly path: string,
		readonly expected: string,
	) {
		super(`${path || 'the file'}: expected ${expected}`);
	}
}

type Check = (value: unknown, path: string) => void;

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const string: Check = (v, p) => {
	if (typeof v !== 'string') throw new ShapeError(p, 'a string');
};
const boolean: Check = (v, p) => {
	if (typeof v !== 'boolean') throw new ShapeError(p, 'true or false');
};
const count = (min: number): Check => (v, p) => {
	if (!Number.isInteger(v) || (v as number) < min) throw new ShapeError(p, `a whole number of at least ${min}`);
};
const seconds: Check = (v, p) => {
	if (typeof v !== 'number' || !(v >= 0 && v < Number.POSITIVE_INFINITY)) throw new ShapeError(p, 'a number of seconds');
};
const fraction: Check = (v, p) => {
	if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new ShapeError(p, 'a number from 0 to 1');
};
const integer: Check = (v, p) => {
	if (!Number.isInteger(v)) throw new ShapeError(p, 'a whole number');
};
const oneOf = (...values: unknown[]): Check => (v, p) => {
	if (!values.includes(v)) throw new ShapeError(p, `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
};
const optional = (check: Check): Check => (v, p) => {
	if (v !== undefined) check(v, p);
};
const nullable = (check: Check): Check => (v, p) => {
	if (v !== null) check(v, p);
};
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
const array = (item: Check): Check => (v, p) => {
	if (!Array.isArray(v)) throw new ShapeError(p, 'a list');
	v.forEach((x, i) => item(x, join(p, i)));
};
const record = (item: Check): Check => (v, p) => {
	if (!isObject(v)) throw new ShapeError(p, 'an object');
	for (const [key, x] of Object.entries(v)) item(x, join(p, key));
};
/** An object with at least these fields; other fields are allowed and kept. */
const object = (fields: Record<string, Check>): Check => (v, p) => {
	if (!isObject(v)) throw new ShapeError(p, 'an object');
	for (const [key, check] of Object.entries(fields)) check(v[key], join(p, key));
};

const score = object({ correct: count(0), total: count(1), at: string });
const mode = oneOf('quiz', 'review', 'interview');
const interview = object({
	id: string,
	at: string,
	seed: integer,
	minutes: count(1),
	questions: array(object({ id: string, chapterId: string, credit: fraction, seconds, limitSeconds: seconds })),
});
const session = object({
	mode: oneOf('quiz', 'review', 'quick', 'explain'),
	chapterId: nullable(string),
	seed: integer,
	questionIds: array(string),
	results: record(object({ correct: boolean, credit: fraction })),
	at: optional(string),
});
const progressShape = object({
	version: oneOf(1, PROGRESS_VERSION),
	chapters: record(object({ pagesRead: array(string), lastPageId: optional(string), bestScore: optional(score), lastScore: optional(score) })),
	answers: array(object({ questionId: string, chapterId: string, correct: boolean, credit: fraction, at: string, mode, hints: optional(count(0)), retried: optional(boolean), misconceptions: optional(array(string)), text: optional(string), ticked: optional(array(string)), seconds: optional(seconds) })),
	resume: optional(object({ chapterId: string, place: oneOf('lesson', 'quiz'), pageId: optional(string), at: optional(string) })),
	walks: optional(record(object({ best: score, last: score }))),
	activeQuiz: optional(session),
	sessions: optional(record(session)),
	quickScores: optional(record(score)),
	scores: optional(array(object({ session: string, correct: count(0), total: count(1), at: string }))),
	interviews: optional(array(interview)),
	settings: optional(object({ locale: optional(oneOf(...LOCALES)) })),
	roomAnswers: optional(array(object({ id: string, at: string, code: string, attendee: string, questionId: string, response: nullable(object({ type: string })), seconds, join: optional(string) }))),
	liveSeats: optional(array(object({ id: string, at: string, code: string, attendee: string, name: optional(string), finished: optional(string) }))),
});

/**
 * Checks a stored value; anything else is not progress and the caller moves the file aside, except a file of a
 * later version (`newer`), which the caller leaves as it is.
 */
export function parseProgress(data: unknown): { ok: true; progress: Progress } | { ok: false; why: string; newer?: number } {
	if (isObject(data) && Object.keys(data).length === 0) return { ok: true, progress: emptyProgress() };
	if (isObject(data) && Number.isInteger(data.version) && (data.version as number) > PROGRESS_VERSION) {
		return { ok: false, why: `it was written by a newer cvm-tutor (progress version ${data.version as number}; this one reads up to ${PROGRESS_VERSION})`, newer: data.version as number };
	}
	try {
		progressShape(data, '');
		return { ok: true, progress: migrateProgress(data as StoredProgress) };
	} catch (error) {
		if (error instanceof ShapeError) return { ok: false, why: error.message };
		throw error;
	}
}

/**
 * Brings a file written by an older cvm-tutor up to date. Version 1 becomes version 2 with every field kept (review
 * cards are derived from its answers when needed). Its one `activeQuiz` becomes an entry of `sessions`
 * (unless that key already holds a session). One whose every question was answered lost its score to an old bug
 * (leaving the last feedback without opening Results): its score is recorded now, at the time of its last answer.
 * Progress already up to date is returned as it is.
 */
export function migrateProgress(stored: StoredProgress): Progress {
	const progress: Progress = stored.version === PROGRESS_VERSION ? (stored as Progress) : { ...stored, version: PROGRESS_VERSION } as Progress;
	const { activeQuiz, ...rest } = progress as Progress & { activeQuiz?: ActiveQuiz };
	if (!activeQuiz) return progress;
	const key = sessionKey(activeQuiz);
	if (rest.sessions?.[key]) return rest;
	const migrated: Progress = { ...rest, sessions: { ...rest.sessions, [key]: activeQuiz } };
	if (!isComplete(activeQuiz)) return migrated;
	const times = rest.answers.filter((answer) => answer.questionId in activeQuiz.results).map((answer) => answer.at);
	const at = times.reduce((latest, time) => (time > latest ? time : latest), '');
	return finishSession(migrated, key, { ...sessionScore(activeQuiz), at });
}

function chapterOf(progress: Progress, chapterId: string): ChapterProgress {
	return progress.chapters[chapterId] ?? { pagesRead: [] };
}

function withChapter(progress: Progress, chapterId: string, chapter: ChapterProgress): Progress {
	return { ...progress, chapters: { ...progress.chapters, [chapterId]: chapter } };
}

/** Marks a page read and makes it the resume point; `at` (when the lesson was opened) carries over page turns. */
export function markPageRead(progress: Progress, chapterId: string, pageId: string, at?: string): Progress {
	const chapter = chapterOf(progress, chapterId);
	const pagesRead = chapter.pagesRead.includes(pageId) ? chapter.pagesRead : [...chapter.pagesRead, pageId];
	const next = withChapter(progress, chapterId, { ...chapter, pagesRead, lastPageId: pageId });
	const previous = progress.resume;
	const since = at ?? (previous?.place === 'lesson' && previous.chapterId === chapterId ? previous.at : undefined);
	return { ...next, resume: { chapterId, place: 'lesson', pageId, ...(since ? { at: since } : {}) } };
}

/** Every question of the session has an answer: it is finished, and no longer resumable. */
export function isComplete(session: ActiveQuiz): boolean {
	return session.questionIds.every((id) => session.results[id] !== undefined);
}

export function sessionScore(session: ActiveQuiz): { correct: number; total: number } {
	const correct = session.questionIds.filter((id) => session.results[id]?.correct).length;
	return { correct, total: Math.max(1, session.questionIds.length) };
}

/**
 * A session's results, less those whose question has no answer in `answers`. Every result is recorded with
 * its answer, so one without is left from before a reset (run in another window) and must not come back.
 */
export function answeredResults(session: ActiveQuiz, answers: readonly AnswerRecord[]): ActiveQuiz {
	const answered = new Set(answers.map((answer) => answer.questionId));
	const ids = Object.keys(session.results);
	if (ids.every((id) => answered.has(id))) return session;
	return { ...session, results: Object.fromEntries(ids.filter((id) => answered.has(id)).map((id) => [id, session.results[id]!])) };
}

/** Stores an unfinished session under its key and, for a chapter quiz, makes it where "Continue" leads. */
export function saveSession(progress: Progress, session: ActiveQuiz): Progress {
	const key = sessionKey(session);
	const resume = session.mode === 'quiz' && session.chapterId ? { chapterId: session.chapterId, place: 'quiz' as const } : progress.resume;
	return { ...progress, sessions: { ...progress.sessions, [key]: answeredResults(session, progress.answers) }, ...(resume ? { resume } : {}) };
}

/**
 * Records an answer and the session it belongs to, in one change. When that answer was the session's last,
 * the session is finished in the same change (its score stored), so leaving before Results loses nothing.
 */
export function recordAnswer(progress: Progress, answer: AnswerRecord, session: ActiveQuiz): Progress {
	const key = sessionKey(session);
	const next = saveSession({ ...progress, answers: [...progress.answers, answer] }, session);
	const saved = next.sessions?.[key] ?? session;
	return isComplete(saved) ? finishSession(next, key, { ...sessionScore(saved), at: answer.at }) : next;
}

/**
 * Ends a session. A chapter quiz's score becomes the chapter's last score and, if higher, its best; a quick
 * quiz's becomes that quick quiz's last score; a review keeps no score (its answers are the record).
 */
export function finishSession(progress: Progress, key: string, score: Score): Progress {
	const session = progress.sessions?.[key];
	const dropped = discardSession(progress, key);
	if (!session) return dropped;
	const scored = session.mode === 'review' ? dropped : { ...dropped, scores: [...(dropped.scores ?? []), { session: key, correct: score.correct, total: score.total, at: score.at }] };
	if (session.mode === 'quick') return { ...scored, quickScores: { ...scored.quickScores, [key]: score } };
	if (session.mode !== 'quiz' || !session.chapterId) return scored;
	const chapter = chapterOf(scored, session.chapterId);
	return withChapter(scored, session.chapterId, { ...chapter, lastScore: score, bestScore: betterScore(chapter.bestScore, score) });
}

/** The better of two scores by share right; `earlier` on a tie, so a best score keeps the time it was first reached. */
export function betterScore(earlier: Score | undefined, later: Score): Score;
export function betterScore(earlier: Score | undefined, later: Score | undefined): Score | undefined;
export function betterScore(earlier: Score | undefined, later: Score | undefined): Score | undefined {
	if (!earlier) return later;
	if (!later) return earlier;
	return later.correct / later.total > earlier.correct / earlier.total ? later : earlier;
}

/** Throws one unfinished session away (Restart quiz, after the learner said yes). */
export function discardSession(progress: Progress, key: string): Progress {
	if (!progress.sessions?.[key]) return progress;
	const { [key]: _dropped, ...sessions } = progress.sessions;
	return { ...progress, sessions };
}

/** Records a routed walk's score as its last and, if higher, its best. */
export function recordWalk(progress: Progress, key: string, score: Score): Progress {
	const best = betterScore(progress.walks?.[key]?.best, score);
	return { ...progress, walks: { ...progress.walks, [key]: { best, last: score } } };
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
	// Ids only: the home screen shows every chapter's status without parsing chapters not yet opened.
	const outline = chapterOutline(chapter);
	const pageIds = new Set(outline.pageIds);
	const pagesRead = (stored?.pagesRead ?? []).filter((id) => pageIds.has(id)).length;
	let answered = 0;
	let correct = 0;
	for (const id of outline.questionIds) {
		const answer = latest.get(id);
		if (!answer) continue;
		answered += 1;
		if (answer.correct) correct += 1;
	}
	const lastPageIndex = Math.max(0, outline.pageIds.findIndex((id) => id === stored?.lastPageId));
	const total = outline.pageIds.length + outline.questionIds.length;
	return {
		chapterId,
		pagesRead,
		pagesTotal: outline.pageIds.length,
		answered,
		correct,
		questionsTotal: outline.questionIds.length,
		...(stored?.bestScore ? { bestScore: stored.bestScore } : {}),
		lastPageIndex,
		fraction: (pagesRead + correct) / total,
	};
}

/** An answer that sends its question back for review: wrong, or right only with help (a hint or a second try). */
export function needsReview(answer: Pick<AnswerRecord, 'correct' | 'hints' | 'retried'>): boolean {
	return !answer.correct || (answer.hints ?? 0) > 0 || answer.retried === true;
}

/** Questions to review (their latest answer needsReview), in bank order. */
export function mistakes(bank: Bank, progress: Progress): string[] {
	const latest = latestAnswers(progress, bank);
	return bank.chapters.flatMap((chapter) =>
		chapterOutline(chapter).questionIds.filter((id) => {
			const answer = latest.get(id);
			return answer !== undefined && needsReview(answer);
		}),
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
		mistakesToReview: mistakes(bank, progress).length,
	};
}

/** Adds a finished mock interview to the history (once: a record with the same id is already there). */
export function recordInterview(progress: Progress, record: InterviewRecord): Progress {
	if (progress.interviews?.some((existing) => existing.id === record.id)) return progress;
	return { ...progress, interviews: [...(progress.interviews ?? []), record] };
}

/**
 * Forgets one chapter: its pages read and scores, every answer to its questions (`questionIds`, or answers
 * stored under the chapter), its quizzes, quick quiz and walks, and its results in quizzes across chapters.
 * Mock interviews stay: they are a record of each mock as it was taken.
 */
export function resetChapter(progress: Progress, chapterId: string, questionIds: ReadonlySet<string>): Progress {
	const { [chapterId]: _chapter, ...chapters } = progress.chapters;
	const answers = progress.answers.filter((answer) => answer.chapterId !== chapterId && !questionIds.has(answer.questionId));
	const sessions = Object.fromEntries(
		Object.entries(progress.sessions ?? {})
			.filter(([, session]) => session.chapterId !== chapterId)
			.map(([key, session]) => [key, answeredResults(session, answers)]),
	);
	const quickScores = Object.fromEntries(Object.entries(progress.quickScores ?? {}).filter(([key]) => key !== sessionKey({ mode: 'quick', chapterId })));
	const walks = Object.fromEntries(Object.entries(progress.walks ?? {}).filter(([key]) => !key.startsWith(`${chapterId}/`)));
	const { resume, ...rest } = progress;
	return {
		...rest,
		chapters,
		answers,
		...(progress.sessions ? { sessions } : {}),
		...(progress.quickScores ? { quickScores } : {}),
		...(progress.walks ? { walks } : {}),
		...(resume && resume.chapterId !== chapterId ? { resume } : {}),
	};
}
