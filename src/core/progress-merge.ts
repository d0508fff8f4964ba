// How two windows' saves combine. A window saves by merging what it changed since it last read or wrote the
// file (base → mine) into what the file holds now (disk), so another window's answers are never overwritten,
// and whatever was erased on disk (a reset) is not brought back: only this window's own changes are applied.
import { type AnswerRecord, answeredResults, betterScore, type ChapterProgress, type InterviewRecord, type LiveSeatRecord, type RoomAnswerRecord, type Progress, PROGRESS_VERSION, type Score, type ScoreRecord } from './progress.js';

type Json = unknown;

/** Structural equality for JSON values (key order does not matter). */
export function sameJson(a: Json, b: Json): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const other = b as unknown[];
		return a.length === other.length && a.every((x, i) => sameJson(x, other[i]));
	}
	const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** An answer is a fact: the same question answered at the same moment in the same mode is the same answer. */
export function answerKey(answer: AnswerRecord): string {
	return `${answer.questionId}\u0000${answer.at}\u0000${answer.mode}`;
}

/** A finished quiz's score is a fact too: one session key finished at one moment. */
export function scoreRecordKey(record: ScoreRecord): string {
	return `${record.session}\u0000${record.at}`;
}

interface Fact {
	at: string;
}

/** The facts in `mine` that are not in `base`; a fast path when mine only appended to base. */
function addedFacts<T extends Fact>(base: T[], mine: T[], keyOf: (fact: T) => string): T[] {
	if (mine.length >= base.length && base.every((fact, i) => mine[i] === fact)) return mine.slice(base.length);
	const seen = new Set(base.map(keyOf));
	return mine.filter((fact) => !seen.has(keyOf(fact)));
}

/** disk ∪ (mine − base), in time order (ISO times sort as text); for answers, the order decides which is latest. */
function mergeFacts<T extends Fact>(base: T[], mine: T[], disk: T[], keyOf: (fact: T) => string): T[] {
	const added = addedFacts(base, mine, keyOf);
	if (added.length === 0) return disk;
	const onDisk = new Set(disk.map(keyOf));
	const fresh = added.filter((fact) => !onDisk.has(keyOf(fact)));
	if (fresh.length === 0) return disk;
	const merged = [...disk, ...fresh];
	const last = disk[disk.length - 1];
	if (last && fresh.some((fact) => fact.at < last.at)) {
		// A stable sort keeps each window's own order for facts of the same millisecond.
		return merged.map((fact, i) => ({ fact, i })).sort((x, y) => (x.fact.at < y.fact.at ? -1 : x.fact.at > y.fact.at ? 1 : x.i - y.i)).map((x) => x.fact);
	}
	return merged;
}

function mergeAnswers(base: AnswerRecord[], mine: AnswerRecord[], disk: AnswerRecord[]): AnswerRecord[] {
	return mergeFacts(base, mine, disk, answerKey);
}

/** Lists of facts other than answers, each with what makes two entries the same fact. */
const FACT_LISTS = new Map<string, (fact: never) => string>([
	['scores', scoreRecordKey],
	// A mock interview is one fact with its own id.
	['interviews', (record: InterviewRecord) => record.id],
	// A room's answer: one per attendee and question.
	['roomAnswers', (record: RoomAnswerRecord) => record.id],
	// A live room's seat: one per join code.
	['liveSeats', (record: LiveSeatRecord) => record.id],
]);

/** mine's value where mine changed it since base, else disk's. */
function pick<T>(base: T, mine: T, disk: T): T {
	return sameJson(base, mine) ? disk : mine;
}

function mergeChapter(base: ChapterProgress | undefined, mine: ChapterProgress | undefined, disk: ChapterProgress | undefined): ChapterProgress | undefined {
	if (sameJson(base, mine)) return disk;
	if (!mine) return undefined; // removed in this window since it last synced
	const b: Partial<ChapterProgress> = base ?? {};
	const d: Partial<ChapterProgress> = disk ?? {};
	const merged: Record<string, unknown> = {};
	for (const key of new Set([...Object.keys(d), ...Object.keys(mine)])) {
		if (key === 'pagesRead' || key === 'bestScore') continue;
		const value = pick(b[key], mine[key], d[key]);
		if (value !== undefined) merged[key] = value;
	}
	const basePages = new Set(b.pagesRead ?? []);
	const pagesRead = [...(d.pagesRead ?? [])];
	for (const page of mine.pagesRead) if (!basePages.has(page) && !pagesRead.includes(page)) pagesRead.push(page);
	// The best of the two, but a best that this window only remembers (erased on disk) does not come back.
	const bestScore = sameJson(b.bestScore, mine.bestScore) ? d.bestScore : betterScore(d.bestScore, mine.bestScore);
	return { ...merged, pagesRead, ...(bestScore ? { bestScore } : {}) } as ChapterProgress;
}

type Entry = Record<string, unknown> | undefined;
type Merge = (b: unknown, m: unknown, d: unknown) => unknown;

/** Per key: mine's value where mine changed that key since base (a key mine removed is removed), else disk's. */
function mergeRecord(
	base: Entry,
	mine: Entry,
	disk: Entry,
	mergeValue: Merge,
): Entry {
	if (sameJson(base, mine)) return disk;
	const b = base ?? {};
	const m = mine ?? {};
	const d = disk ?? {};
	const merged: Record<string, unknown> = {};
	for (const key of new Set([...Object.keys(d), ...Object.keys(m)])) {
		const value = mergeValue(b[key], m[key], d[key]);
		if (value !== undefined) merged[key] = value;
	}
	return mine === undefined && Object.keys(merged).length === 0 ? undefined : merged;
}

interface WalkScores {
	best: Score;
	last: Score;
}

function mergeWalk(base: unknown, mine: unknown, disk: unknown): unknown {
	if (sameJson(base, mine)) return disk;
	if (!mine || !disk) return mine;
	const m = mine as WalkScores;
	return { ...m, best: betterScore((disk as WalkScores).best, m.best) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields merged per key, each with its rule for one key's value; `chapters` and `answers` have rules of their own. */
const RECORD_FIELDS = new Map<string, Merge>([
	['walks', mergeWalk],
	['sessions', pick],
	['quickScores', pick],
]);

/**
 * The progress to write: `disk` with this window's changes since `base` applied. Returns `mine` itself when
 * the file has not changed since base, so a caller can tell by identity that nothing came from elsewhere.
 */
export function mergeProgress(base: Progress, mine: Progress, disk: Progress): Progress {
	if (disk === base || sameJson(disk, base)) return mine;
	const merged: Record<string, unknown> = {};
	for (const key of new Set([...Object.keys(disk), ...Object.keys(mine)])) {
		let value: unknown;
		const perKey = RECORD_FIELDS.get(key);
		const factKey = FACT_LISTS.get(key);
		if (key === 'answers') value = mergeAnswers(base.answers ?? [], mine.answers ?? [], disk.answers ?? []);
		else if (factKey && [base[key], mine[key], disk[key]].every((x) => x === undefined || Array.isArray(x)))
			value = mergeFacts((base[key] ?? []) as Fact[], (mine[key] ?? []) as Fact[], (disk[key] ?? []) as Fact[], factKey as (fact: Fact) => string);
		else if (key === 'chapters') value = mergeRecord(base.chapters, mine.chapters, disk.chapters, (b, m, d) => mergeChapter(b as ChapterProgress, m as ChapterProgress, d as ChapterProgress)) ?? {};
		else if (perKey && [base[key], mine[key], disk[key]].every((x) => x === undefined || isRecord(x)))
			value = mergeRecord(base[key] as Entry, mine[key] as Entry, disk[key] as Entry, perKey);
		else value = pick(base[key], mine[key], disk[key]);
		if (value !== undefined) merged[key] = value;
	}
	const answers = (merged.answers as AnswerRecord[]) ?? [];
	// After a reset in another window, this window's sessions may still list results whose answers were erased.
	const sessions = merged.sessions as Progress['sessions'];
	if (isRecord(sessions)) merged.sessions = Object.fromEntries(Object.entries(sessions).map(([key, session]) => [key, isRecord(session) && isRecord(session.results) ? answeredResults(session, answers) : session]));
	return { ...merged, version: PROGRESS_VERSION, chapters: (merged.chapters as Progress['chapters']) ?? {}, answers } as Progress;
}

/** Bounds the answer history: keeps the newest `perQuestion` answers of each question, in their order. */
export function compactAnswers(answers: AnswerRecord[], perQuestion: number): AnswerRecord[] {
	const kept = new Map<string, number>();
	const keep = new Array<boolean>(answers.length).fill(false);
	for (let i = answers.length - 1; i >= 0; i--) {
		const id = (answers[i] as AnswerRecord).questionId;
		const n = kept.get(id) ?? 0;
		if (n < perQuestion) {
			keep[i] = true;
			kept.set(id, n + 1);
		}
	}
	return answers.filter((_, i) => keep[i]);
}
