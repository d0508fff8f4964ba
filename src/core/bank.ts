// Loading and validating the lesson bank. Parsing is pure (text in, chapters or problems out);
// only loadBankFromDir touches the disk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterSchema, type Chapter, type Question, QUESTION_TYPES, type QuestionType } from './schema.js';

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

export type BankResult = { ok: true; bank: Bank } | { ok: false; problems: BankProblem[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}

function jsonErrorMessage(text: string, error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/.exec(message);
	if (position) {
		const offset = Number(position[1]);
		const before = text.slice(0, offset);
		const line = before.split('\n').length;
		const column = offset - before.lastIndexOf('\n');
		return `is not valid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
	}
	return `is not valid JSON: ${message}`;
}

/** Parses one lesson file's text. Checks the schema and everything inside one chapter. */
export function parseChapter(file: string, text: string): { chapter?: Chapter; problems: BankProblem[] } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { problems: [{ file, at: '', message: jsonErrorMessage(text, error) }] };
	}
	const parsed = chapterSchema.safeParse(data);
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((issue) => ({ file, at: formatPath(issue.path), message: issue.message })),
		};
	}
	const chapter = parsed.data;
	return { chapter, problems: checkChapter(file, chapter) };
}

function duplicates(values: string[]): Set<string> {
	const seen = new Set<string>();
	const dupes = new Set<string>();
	for (const value of values) (seen.has(value) ? dupes : seen).add(value);
	return dupes;
}

function checkChapter(file: string, chapter: Chapter): BankProblem[] {
	const problems: BankProblem[] = [];
	const problem = (at: string, message: string) => problems.push({ file, at, message });

	const pageDupes = duplicates(chapter.pages.map((page) => page.id));
	chapter.pages.forEach((page, i) => {
		if (pageDupes.has(page.id)) problem(`pages[${i}].id`, `page id "${page.id}" is used more than once`);
	});

	chapter.questions.forEach((question, qi) => {
		const at = `questions[${qi}]`;
		if (question.type === 'true-false') {
			if (!question.wrongFeedback) problem(`${at}.wrongFeedback`, 'is required: say what a learner who picks the wrong side believes');
			return;
		}
		const choiceIds = question.choices.map((choice) => choice.id);
		for (const dupe of duplicates(choiceIds)) problem(`${at}.choices`, `choice id "${dupe}" is used more than once`);
		const correct = question.type === 'single' ? [question.answer] : question.answers;
		const field = question.type === 'single' ? 'answer' : 'answers';
		let answersValid = true;
		correct.forEach((answer, ai) => {
			if (!choiceIds.includes(answer)) {
				answersValid = false;
				const where = question.type === 'single' ? `${at}.answer` : `${at}.answers[${ai}]`;
				problem(where, `"${answer}" is not one of the choice ids (${choiceIds.join(', ')})`);
			}
		});
		if (question.type === 'multiple' && duplicates(question.answers).size > 0) {
			problem(`${at}.answers`, 'lists the same choice more than once');
		}
		// With a broken answer the "wrong" choices are unknown, so feedback is checked only once it is fixed.
		if (!answersValid) return;
		question.choices.forEach((choice, ci) => {
			if (!correct.includes(choice.id) && !choice.feedback) {
				problem(`${at}.choices[${ci}].feedback`, `is required on a wrong choice: say what a learner who picks "${choice.id}" believes (see ${field})`);
			}
		});
	});
	problems.push(...checkAnswerBalance(file, chapter));
	return problems;
}

/** Shares above which a learner could guess by position (choices are also shuffled at display). */
export const BALANCE = { minSingle: 8, maxShareAtOnePosition: 0.4, minTrueFalse: 6, trueShare: [0.3, 0.7] } as const;

/** The bank's own order must not give the answer away: no favourite position, no favourite side. */
function checkAnswerBalance(file: string, chapter: Chapter): BankProblem[] {
	const problems: BankProblem[] = [];
	const positions = new Map<number, number>();
	let singles = 0;
	let trues = 0;
	let trueFalse = 0;
	for (const question of chapter.questions) {
		if (question.type === 'single') {
			const index = question.choices.findIndex((choice) => choice.id === question.answer);
			positions.set(index, (positions.get(index) ?? 0) + 1);
			singles += 1;
		} else if (question.type === 'true-false') {
			trueFalse += 1;
			if (question.answer) trues += 1;
		}
	}
	for (const [index, count] of positions) {
		if (singles >= BALANCE.minSingle && count / singles > BALANCE.maxShareAtOnePosition) {
			problems.push({
				file,
				at: 'questions',
				message: `${count} of ${singles} single-choice answers are choice ${index + 1} in the file; spread them so no position holds more than ${BALANCE.maxShareAtOnePosition * 100}%`,
			});
		}
	}
	const share = trues / Math.max(1, trueFalse);
	if (trueFalse >= BALANCE.minTrueFalse && (share < BALANCE.trueShare[0] || share > BALANCE.trueShare[1])) {
		problems.push({ file, at: 'questions', message: `${trues} of ${trueFalse} true/false answers are true; keep it between 30% and 70%` });
	}
	return problems;
}

/** Checks what spans chapters: unique chapter ids and order, question ids unique across the bank. */
export function buildBank(files: ReadonlyArray<{ file: string; text: string }>): BankResult {
	const problems: BankProblem[] = [];
	const loaded: Array<{ file: string; chapter: Chapter }> = [];
	for (const { file, text } of files) {
		const result = parseChapter(file, text);
		problems.push(...result.problems);
		if (result.chapter && result.problems.length === 0) loaded.push({ file, chapter: result.chapter });
	}

	const chapterSeen = new Map<string, string>();
	const orderSeen = new Map<number, string>();
	const questions: Bank['questions'] = new Map();
	const questionFile = new Map<string, string>();
	for (const { file, chapter } of loaded) {
		const other = chapterSeen.get(chapter.id);
		if (other) problems.push({ file, at: 'id', message: `chapter id "${chapter.id}" is also used by ${other}` });
		chapterSeen.set(chapter.id, file);
		const sameOrder = orderSeen.get(chapter.order);
		if (sameOrder) problems.push({ file, at: 'order', message: `order ${chapter.order} is also used by ${sameOrder}` });
		orderSeen.set(chapter.order, file);
		chapter.questions.forEach((question, qi) => {
			const owner = questionFile.get(question.id);
			if (owner) {
				problems.push({ file, at: `questions[${qi}].id`, message: `question id "${question.id}" is also used in ${owner}` });
			}
			questionFile.set(question.id, file);
			questions.set(question.id, { question, chapter });
		});
	}
	if (problems.length > 0) return { ok: false, problems };
	const chapters = loaded.map((entry) => entry.chapter).sort((a, b) => a.order - b.order);
	return { ok: true, bank: { chapters, questions } };
}

export const LESSON_SCHEMA_FILE = 'lesson.schema.json';

/** Reads every *.json lesson file in a folder (the JSON Schema beside them is skipped). */
export function loadBankFromDir(dir: string): BankResult {
	let names: string[];
	try {
		names = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== LESSON_SCHEMA_FILE).sort();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${code ?? String(error)})`;
		return { ok: false, problems: [{ file: dir, at: '', message: why }] };
	}
	const files: Array<{ file: string; text: string }> = [];
	const problems: BankProblem[] = [];
	for (const name of names) {
		const file = join(dir, name);
		try {
			files.push({ file, text: readFileSync(file, 'utf8') });
		} catch (error) {
			problems.push({ file, at: '', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
		}
	}
	if (problems.length > 0) return { ok: false, problems };
	if (files.length === 0) return { ok: false, problems: [{ file: dir, at: '', message: 'holds no lesson files (*.json)' }] };
	return buildBank(files);
}

export interface BankSummary {
	chapters: number;
	questions: number;
	byType: Record<QuestionType, number>;
	chapterIds: string[];
}

export function summarizeBank(bank: Bank): BankSummary {
	const byType = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as Record<QuestionType, number>;
	for (const { question } of bank.questions.values()) byType[question.type] += 1;
	return {
		chapters: bank.chapters.length,
		questions: bank.questions.size,
		byType,
		chapterIds: bank.chapters.map((chapter) => chapter.id),
	};
}

export function formatProblem(problem: BankProblem): string {
	return problem.at ? `${problem.file}: ${problem.at} ${problem.message}` : `${problem.file} ${problem.message}`;
}
