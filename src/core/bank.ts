// The lesson bank: its types, reading the lesson folder, and indexing chapters that are already known to be
// valid. Validation itself (zod) lives in validate.ts and is loaded only when it is needed, which keeps the
// schema library off the start-up path of the app: see src/lessons.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { escapeForTerminal } from './escape.js';
import type { Chapter, Question } from './schema.js';

export interface BankProblem {
	file: string;
	/** Where inside the file, e.g. `questions[3].answer`; empty for the file as a whole. */
	at: string;
	message: string;
}

export interface Bank {
	chapters: Chapter[];
	/** Every question by id, across chapters. */
	questions: Map<string, { question: Question; chapter: Chapter }>;
}

/** `warnings` are content that works but is larger than a lesson should be (LESSON_LIMITS); only validation fills them. */
export type BankResult = { ok: true; bank: Bank; warnings?: BankProblem[] } | { ok: false; problems: BankProblem[]; warnings?: BankProblem[] };

/**
 * How big lessons may be. Above `fileBytes` a file is refused unread (a 100 MB page took 10 s per scroll key);
 * above the others `validate` warns. The bundled lessons stay below: at most 330 KB a file (in three languages),
 * 40 questions and 15 pages a chapter.
 */
export const LESSON_LIMITS = {
	fileBytes: 1024 * 1024,
	// A chapter in English, zh-Hant and zh-Hans is about 2.5 times its English alone.
	warnFileBytes: 512 * 1024,
	warnPageChars: 4000,
	warnQuestions: 60,
	warnPages: 30,
} as const;

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}

/** One line for the terminal. File names, paths and messages quote lesson text, so everything is escaped. */
export function formatProblem(problem: BankProblem): string {
	return escapeForTerminal(problem.at ? `${problem.file}: ${problem.at} ${problem.message}` : `${problem.file} ${problem.message}`);
}

export const LESSON_SCHEMA_FILE = 'lesson.schema.json';

export interface LessonFile {
	file: string;
	text: string;
	/** The file's bytes as read; `text` is decoded from them only when something reads it. */
	bytes?: Buffer;
	/** Its size in bytes when it was listed (a file listed but not read yet has no `bytes` in memory). */
	size?: number;
}

/**
 * A file on disk: digesting it needs only its bytes, and only a chapter that is opened is decoded. Listed
 * (`read: false`), it is not even read until something asks for its bytes: the app starts from the sizes, and
 * checks the contents once its first frame is drawn (src/lessons.ts).
 */
function lessonFile(file: string, size: number, read: boolean): LessonFile {
	let bytes: Buffer | undefined = read ? readFileSync(file) : undefined;
	let text: string | undefined;
	return {
		file,
		size,
		get bytes() {
			return (bytes ??= readFileSync(file));
		},
		get text() {
			return (text ??= (this.bytes as Buffer).toString('utf8'));
		},
	} as LessonFile;
}

/**
 * Reads every *.json lesson file in a folder (the JSON Schema beside them is skipped), in name order. With
 * `{ read: false }` the files are only listed and sized, and each is read when its bytes are first needed.
 */
export function readLessonFiles(dir: string, { read = true }: { read?: boolean } = {}): { ok: true; files: LessonFile[] } | { ok: false; problems: BankProblem[] } {
	let names: string[];
	try {
		names = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== LESSON_SCHEMA_FILE).sort();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why =
			code === 'ENOENT'
				? 'does not exist'
				: code === 'ENOTDIR'
					? `is a file, not a folder: give the folder that holds the lesson files (${dirname(dir)})`
					: `cannot be read (${code ?? String(error)})`;
		return { ok: false, problems: [{ file: dir, at: '', message: why }] };
	}
	const files: LessonFile[] = [];
	const problems: BankProblem[] = [];
	for (const name of names) {
		const file = join(dir, name);
		try {
			// Checked before reading: a huge file would take seconds, and a FIFO would never end.
			const stat = statSync(file);
			if (!stat.isFile()) {
				problems.push({ file, at: '', message: 'is not a regular file' });
				continue;
			}
			if (stat.size > LESSON_LIMITS.fileBytes) {
				problems.push({ file, at: '', message: `is ${kb(stat.size)}; a lesson file may be at most ${kb(LESSON_LIMITS.fileBytes)}: split the chapter or shorten it` });
				continue;
			}
			files.push(lessonFile(file, stat.size, read));
		} catch (error) {
			problems.push({ file, at: '', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
		}
	}
	if (problems.length > 0) return { ok: false, problems };
	if (files.length === 0) return { ok: false, problems: [{ file: dir, at: '', message: 'holds no lesson files (*.json)' }] };
	return { ok: true, files };
}

/** A fingerprint of the lesson files' names and contents: equal digests mean byte-identical lessons. */
export function lessonsDigest(files: ReadonlyArray<LessonFile>): string {
	// The same digest whether a file came with its bytes or only its text (both hashed as UTF-8).
	const hash = createHash('sha256');
	for (const lesson of files) {
		hash.update(`${lesson.file.split(/[\\/]/).pop()}\0`);
		hash.update(lesson.bytes ?? lesson.text);
		hash.update('\0');
	}
	return hash.digest('hex');
}

/** What the app needs of a chapter before it is opened; the build records it for the bundled lessons. */
export interface ChapterOutline {
	/** The lesson file's name. */
	file: string;
	/** Its size in bytes: a file of another size is not the one the build validated. */
	bytes: number;
	/** Every top-level field but pages, questions and walks. */
	head: Omit<Chapter, 'pages' | 'questions' | 'walks'>;
	pageIds: string[];
	questionIds: string[];
	hasWalks: boolean;
}

/** The outlines of a folder of lessons whose digest is `digest`. */
export interface LessonsOutline {
	digest: string;
	chapters: ChapterOutline[];
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;
const sizeOf = (lesson: LessonFile) => lesson.size ?? lesson.bytes?.length ?? Buffer.byteLength(lesson.text);

/** The outline of validated files (at build time). */
export function outlineLessons(files: ReadonlyArray<LessonFile>, chapters: ReadonlyArray<Chapter>): LessonsOutline {
	return {
		digest: lessonsDigest(files),
		chapters: chapters.map((chapter, i) => {
			const { pages, questions, walks, ...head } = chapter;
			const lesson = files[i];
			return { file: baseName(lesson?.file ?? ''), bytes: lesson ? sizeOf(lesson) : 0, head, pageIds: pages.map((page) => page.id), questionIds: questions.map((question) => question.id), hasWalks: walks !== undefined };
		}),
	};
}

const outlines = new WeakMap<Chapter, { pageIds: readonly string[]; questionIds: readonly string[] }>();

/** A chapter's page and question ids, without parsing a chapter the app has not opened yet. */
export function chapterOutline(chapter: Chapter): { pageIds: readonly string[]; questionIds: readonly string[] } {
	return outlines.get(chapter) ?? { pageIds: chapter.pages.map((page) => page.id), questionIds: chapter.questions.map((question) => question.id) };
}

/**
 * The bank of validated files from their outline: each chapter's pages, questions and walks are parsed the first
 * time something reads them. Start-up then costs a read and a digest, not a parse of every chapter, which keeps
 * the first frame fast however large the bank grows (see `npm run bench`). Undefined if the outline does not fit.
 */
export function lazyBank(files: ReadonlyArray<LessonFile>, outline: LessonsOutline): Bank | undefined {
	const texts = new Map(files.map((lesson) => [baseName(lesson.file), lesson]));
	if (texts.size !== outline.chapters.length) return undefined;
	const chapters: Chapter[] = [];
	const questions: Bank['questions'] = new Map();
	for (const entry of [...outline.chapters].sort((a, b) => a.head.order - b.head.order)) {
		const lesson = texts.get(entry.file);
		if (lesson === undefined || sizeOf(lesson) !== entry.bytes) return undefined;
		let parsed: Chapter | undefined;
		const full = () => (parsed ??= JSON.parse(lesson.text) as Chapter);
		let byId: Map<string, Question> | undefined;
		const question = (id: string) => (byId ??= new Map(full().questions.map((q) => [q.id, q]))).get(id) as Question;
		const chapter = { ...entry.head } as Chapter;
		const parts: PropertyDescriptorMap = {
			pages: { get: () => full().pages, enumerable: true },
			questions: { get: () => full().questions, enumerable: true },
		};
		if (entry.hasWalks) parts.walks = { get: () => full().walks, enumerable: true };
		Object.defineProperties(chapter, parts);
		outlines.set(chapter, { pageIds: entry.pageIds, questionIds: entry.questionIds });
		chapters.push(chapter);
		for (const id of entry.questionIds) questions.set(id, Object.defineProperty({ chapter } as { question: Question; chapter: Chapter }, 'question', { get: () => question(id), enumerable: true }));
	}
	return { chapters, questions };
}

/** Chapters in order and every question by id. Only for chapters that passed validation (or came from files that did). */
export function indexBank(chapters: ReadonlyArray<Chapter>): Bank {
	const sorted = [...chapters].sort((a, b) => a.order - b.order);
	const questions: Bank['questions'] = new Map();
	for (const chapter of sorted) for (const question of chapter.questions) questions.set(question.id, { question, chapter });
	return { chapters: sorted, questions };
}
