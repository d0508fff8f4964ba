// The room commands that need no terminal (`room new`, `room tally`, `room print`): each returns what to print
// and the exit code, and never throws for anything a user can cause. cli.tsx parses argv and reads stdin.
import { readFileSync, statSync } from 'node:fs';
import type { Bank } from './core/bank.js';
import { formatProblem } from './core/bank.js';
import { escapeForTerminal, safeJson } from './core/escape.js';
import { t } from './core/i18n/messages.js';
import type { QuizItem } from './core/quiz.js';
import { decodeRoomCode, encodeRoomCode, ROOM_LIMITS, ROOM_TYPES, type RoomQuestionType, type RoomSpec } from './core/room/code.js';
import { otherLessonsMessage, roomCandidates, roomItems, structureDigest } from './core/room/compose.js';
import { printRoom } from './core/room/print.js';
import { tallyLines } from './core/room/tally-lines.js';
import { tallyRoom } from './core/room/tally.js';
import { localize } from './core/text.js';
import type { CommandOutput } from './commands.js';
import { loadLessons } from './lessons.js';
import { VERSION } from './meta.js';

const output = (code: number, stdout: string[] = [], stderr: string[] = []): CommandOutput => ({ code, stdout, stderr });
const fail = (code: number, ...lines: string[]) => output(code, [], lines.map((line) => escapeForTerminal(line)));

export const ROOM_DEFAULTS = { count: 8, seconds: 30 } as const;
/** A chat log or result file larger than this is not read (a pasted chat is kilobytes). */
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

async function bundledBank(): Promise<{ ok: true; bank: Bank } | { ok: false; output: CommandOutput }> {
	const loaded = await loadLessons();
	if (!loaded.ok) return { ok: false, output: output(1, [], [...loaded.problems.map(formatProblem), t().cli.lessonsBroken]) };
	return { ok: true, bank: loaded.bank };
}

export type OpenedRoom = { ok: true; code: string; spec: RoomSpec; items: QuizItem[]; bank: Bank } | { ok: false; output: CommandOutput };

/**
 * A room from the code typed on the command line, against the bundled lessons: its spec and questions, or the
 * output that says what is wrong (a bad code: exit 2; another version's lessons: exit 1 with the command to run).
 * `command` is how the user's command reads after the version, e.g. "room tally CODE" (CODE is filled in).
 */
export async function openRoom(text: string, command: string): Promise<OpenedRoom> {
	const decoded = decodeRoomCode(text);
	if (!decoded.ok) return { ok: false, output: fail(2, `cvm-tutor: ${t().cli.sentence(decoded.message)}`) };
	const loaded = await bundledBank();
	if (!loaded.ok) return loaded;
	const built = roomItems(decoded.spec, loaded.bank);
	if (built.ok) return { ok: true, code: decoded.code, spec: decoded.spec, items: built.items, bank: loaded.bank };
	if (built.reason === 'other-lessons') return { ok: false, output: fail(1, t().cli.sentence(otherLessonsMessage(built.version, command.replace('CODE', decoded.code)))) };
	return { ok: false, output: fail(1, t().cli.room.doesNotFit(built.message)) };
}

/** Parses `room new` options; every wrong value is a usage error (exit 2) naming the values allowed. */
function roomOptions(bank: Bank, given: { chapters: readonly string[]; count?: string; time?: string; types?: string }): { ok: true; chapters: number[] | 'all'; count: number; seconds: number; types: RoomQuestionType[] } | { ok: false; output: CommandOutput } {
	const usage = (...lines: string[]) => ({ ok: false as const, output: fail(2, ...lines) });
	const say = t().cli.room;
	const chapters: number[] = [];
	for (const id of given.chapters) {
		const index = bank.chapters.findIndex((chapter) => chapter.id === id);
		if (index === -1) return usage(t().cli.noChapter(id), ...bank.chapters.map((c) => `  ${c.id}  (${c.order}. ${localize(c.title)})`));
		if (index >= ROOM_LIMITS.chapters) return usage(say.firstChapters(ROOM_LIMITS.chapters));
		if (!chapters.includes(index)) chapters.push(index);
	}
	const { count: c, seconds: s } = ROOM_LIMITS;
	const count = given.count === undefined ? ROOM_DEFAULTS.count : /^\d+$/.test(given.count.trim()) ? Number(given.count) : Number.NaN;
	if (!(count >= c.min && count <= c.max)) return usage(say.count(c.min, c.max, given.count));
	const seconds = given.time === undefined ? ROOM_DEFAULTS.seconds : /^\d+$/.test(given.time.trim()) ? Number(given.time) : Number.NaN;
	if (!(seconds >= s.min && seconds <= s.max && seconds % s.step === 0)) return usage(say.time(s.min, s.max, s.step, given.time));
	const types: RoomQuestionType[] = [];
	for (const name of (given.types ?? '').split(',').map((t) => t.trim()).filter(Boolean)) {
		const type = ROOM_TYPES.find((t) => t === name);
		if (!type) return usage(say.types(ROOM_TYPES, name));
		if (!types.includes(type)) types.push(type);
	}
	if (given.types !== undefined && types.length === 0) return usage(say.typesEmpty(ROOM_TYPES));
	return { ok: true, chapters: chapters.length ? chapters.sort((a, b) => a - b) : 'all', count, seconds, types };
}

/** "8 questions from chapters 3, 4 (single, multiple), 30 s each, about 4 min". */
export function roomSummary(spec: RoomSpec, questions: number, bank: Bank): string {
	const chapters = spec.chapters === 'all' ? undefined : spec.chapters.map((i) => bank.chapters[i]?.order ?? i + 1);
	const types = spec.types.length === 0 || spec.types.length === ROOM_TYPES.length ? undefined : spec.types;
	return t().cli.room.summary(questions, chapters, types, spec.seconds, Math.ceil((questions * spec.seconds) / 60));
}

export interface RoomOptionsGiven {
	chapters: readonly string[];
	count?: string;
	time?: string;
	types?: string;
	names: boolean;
}

/**
 * A new room's spec from the options of `room new` or `room host` and a seed, against `bank`; `available`: the
 * questions the options allow (the count is cut to it). Wrong options: the output that says so (exit 2).
 */
export function newRoomSpec(bank: Bank, given: RoomOptionsGiven, seed: number): { ok: true; spec: RoomSpec; asked: number; available: number } | { ok: false; output: CommandOutput } {
	const options = roomOptions(bank, given);
	if (!options.ok) return options;
	const candidates = roomCandidates(options, bank);
	if (!candidates.ok) return { ok: false, output: fail(2, t().cli.room.noQuestion(options.types)) };
	const available = candidates.byChapter.reduce((sum, questions) => sum + questions.length, 0);
	const count = Math.min(options.count, available);
	const spec: RoomSpec = { version: VERSION, structure: structureDigest(bank), chapters: options.chapters, count, seconds: options.seconds, types: options.types.length ? options.types : [...ROOM_TYPES], names: given.names, seed: seed & ROOM_LIMITS.seed };
	return { ok: true, spec, asked: options.count, available };
}

/** `room new`: a room code from the options and a seed (cli.tsx draws it: the core has no randomness of its own). */
export async function roomNewCommand(given: RoomOptionsGiven, seed: number): Promise<CommandOutput> {
	const loaded = await bundledBank();
	if (!loaded.ok) return loaded.output;
	const made = newRoomSpec(loaded.bank, given, seed);
	if (!made.ok) return made.output;
	const { spec, asked, available } = made;
	const code = encodeRoomCode(spec);
	const say = t().cli.room.created;
	return output(0, [
		say.code(code),
		say.join(code),
		roomSummary(spec, spec.count, loaded.bank),
		...(spec.count < asked ? [say.only(available)] : []),
		...(spec.names ? [say.names] : []),
		say.tally(code),
	]);
}

/** The chat logs and result files named on the command line; a file that cannot be read is one line, and the rest go on. */
export function readTallyFiles(files: readonly string[]): { inputs: Array<{ source: string; text: string }>; problems: string[] } {
	const inputs: Array<{ source: string; text: string }> = [];
	const problems: string[] = [];
	const say = t().cli.room;
	for (const file of files) {
		try {
			const stat = statSync(file);
			if (!stat.isFile()) problems.push(say.notAFile(file));
			else if (stat.size > MAX_INPUT_BYTES) problems.push(say.tooLarge(file));
			else inputs.push({ source: file, text: readFileSync(file, 'utf8') });
		} catch (error) {
			problems.push(say.cannotRead(file, (error as NodeJS.ErrnoException).code ?? 'error'));
		}
	}
	return { inputs, problems };
}

/** `room tally`: exit 0 when at least one code counted, 1 when none. */
export async function roomTallyCommand(codeText: string, inputs: ReadonlyArray<{ source: string; text: string }>, options: { json: boolean; width?: number; problems?: readonly string[] }): Promise<CommandOutput> {
	const room = await openRoom(codeText, 'room tally CODE');
	if (!room.ok) return room.output;
	const tally = tallyRoom(room.spec, room.items, inputs);
	const notes = (options.problems ?? []).map((line) => escapeForTerminal(line));
	const none = tally.attendees === 0 ? [t().cli.room.noResult(room.code, tally.rejected.length)] : [];
	const code = tally.attendees > 0 ? 0 : 1;
	if (options.json) return output(code, [safeJson(tally, 2)], [...notes, ...none]);
	const lines = tallyLines(tally, room.items, options.width ?? 80);
	// Nothing counted: the per-question table would be all zeros; the heading and what was left out say it all.
	return output(code, tally.attendees > 0 ? lines : lines.slice(0, Math.max(1, lines.indexOf(''))), [...notes, ...none]);
}

/** `room print`: the quiz as a Markdown handout or JSON, with or without the key. */
export async function roomPrintCommand(codeText: string, options: { answers: boolean; format: string | undefined }): Promise<CommandOutput> {
	const format = options.format ?? 'md';
	if (format !== 'md' && format !== 'json') return fail(2, t().cli.room.format(format));
	const room = await openRoom(codeText, `room print CODE${options.answers ? ' --answers' : ''}${options.format ? ` --format ${format}` : ''}`);
	if (!room.ok) return room.output;
	const text = printRoom(room.spec, room.items, { answers: options.answers, format });
	// Line by line: escaping would otherwise write the newlines themselves as \u000a.
	return output(0, (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n').map(escapeForTerminal));
}
