// Validation of lesson files: the zod schema, then what a schema cannot say (answer ids, unique ids across
// files, feedback on wrong choices, balanced answer positions). Parsing is pure (text in, chapters or problems
// out). Loaded lazily by the app (src/lessons.ts); the validate command and the tests use it directly.
import { type Bank, type BankProblem, type BankResult, formatPath, indexBank, LESSON_LIMITS, type LessonFile, readLessonFiles } from './bank.js';
import { canonicalCommand, COMMANDS, sameAnswer } from './command-line.js';
import {
	chapterSchema,
	type Chapter,
	explainSchema,
	matchingSchema,
	MODEL_ANSWER_MAX_WORDS,
	multipleChoiceSchema,
	orderingSchema,
	QUESTION_TYPES,
	type QuestionType,
	singleChoiceSchema,
	trueFalseSchema,
	typedSchema,
	walkSchema,
} from './schema.js';
import { localize } from './text.js';
import { labelKey } from './walk.js';
import { SAFE_TEXT_PATTERN, UNSAFE_CHAR } from './escape.js';
import * as z from 'zod';

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
export function parseChapter(file: string, text: string): { chapter?: Chapter; problems: BankProblem[]; warnings: BankProblem[] } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { problems: [{ file, at: '', message: jsonErrorMessage(text, error) }], warnings: [] };
	}
	const warnings = sizeWarnings(file, text, data);
	const parsed = chapterSchema.safeParse(data, { error: plainMessage });
	if (!parsed.success) {
		// Also check what did parse, so one run reports every problem (a missing field and a wrong answer id).
		const problems = parsed.error.issues.map((issue) => ({ file, at: formatPath(issue.path), message: issue.message }));
		return { problems: [...problems, ...checkParts(file, data)], warnings };
	}
	const chapter = parsed.data;
	return { chapter, problems: checkChapter(file, chapter), warnings };
}

/** The size of text a learner reads: strings summed, the longest translation counted for localized text. */
function textLength(value: unknown): number {
	if (typeof value === 'string') return value.length;
	if (Array.isArray(value)) return value.reduce((sum: number, inner) => sum + textLength(inner), 0);
	if (value && typeof value === 'object') {
		const lengths = Object.values(value).map(textLength);
		return Object.hasOwn(value, 'en') ? Math.max(0, ...lengths) : lengths.reduce((a, b) => a + b, 0);
	}
	return 0;
}

/** The array under `key` in a parsed file that may have any shape (empty when there is none). */
function listOf(data: unknown, key: string): unknown[] {
	if (!data || typeof data !== 'object' || Array.isArray(data) || !Object.hasOwn(data, key)) return [];
	const value = (data as Record<string, unknown>)[key];
	return Array.isArray(value) ? value : [];
}

/** Content that works but is larger than a lesson should be (LESSON_LIMITS), on the raw data so broken files are measured too. */
function sizeWarnings(file: string, text: string, data: unknown): BankProblem[] {
	const warnings: BankProblem[] = [];
	const bytes = Buffer.byteLength(text);
	if (bytes > LESSON_LIMITS.warnFileBytes) {
		warnings.push({ file, at: '', message: `is ${Math.round(bytes / 1024)} KB; keep a lesson file under ${LESSON_LIMITS.warnFileBytes / 1024} KB (split the chapter)` });
	}
	const pages = listOf(data, 'pages');
	const questions = listOf(data, 'questions');
	if (pages.length > LESSON_LIMITS.warnPages) warnings.push({ file, at: 'pages', message: `has ${pages.length} pages; keep a chapter to ${LESSON_LIMITS.warnPages} (split it)` });
	if (questions.length > LESSON_LIMITS.warnQuestions) {
		warnings.push({ file, at: 'questions', message: `has ${questions.length} questions; keep a chapter to ${LESSON_LIMITS.warnQuestions} (split it)` });
	}
	pages.forEach((page, i) => {
		const chars = textLength(page);
		if (chars > LESSON_LIMITS.warnPageChars) {
			warnings.push({ file, at: `pages[${i}]`, message: `holds ${chars} characters of text; keep a page under ${LESSON_LIMITS.warnPageChars} (about three screens) by splitting it` });
		}
	});
	return warnings;
}

// ---- Schema messages in plain words: zod's defaults ("Invalid input") mapped by issue code, in one place. ----
// Messages written in schema.ts take precedence over this map; it words only the defaults.

const SAFE_TEXT_SOURCE = new RegExp(SAFE_TEXT_PATTERN).toString();

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list ([...])',
	object: 'an object ({...})',
	record: 'an object ({...})',
};

const plural = (n: number | bigint, one: string) => `${n} ${one}${Number(n) === 1 ? '' : 's'}`;
const quoteAll = (values: ReadonlyArray<unknown>) => values.map((value) => JSON.stringify(value)).join(', ');

function unsafeCharMessage(input: unknown): string {
	const text = typeof input === 'string' ? input : '';
	const index = text.search(UNSAFE_CHAR);
	const char = text[index] ?? '';
	const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
	const where = `at character ${[...text.slice(0, index)].length + 1}`;
	if (char === '\t') return `contains a tab ${where}; use spaces`;
	if (char === '\n' || char === '\r') return `contains a line break (${code}) ${where}; put each paragraph or line in its own list entry`;
	const kind = char.charCodeAt(0) < 0xa0 ? 'control character' : 'bidirectional-text control';
	return `contains the ${kind} ${code} ${where}, which a terminal would act on instead of showing; remove it`;
}

function sizeMessage(issue: { origin?: string; minimum?: number | bigint; maximum?: number | bigint }, least: boolean): string {
	const bound = (least ? issue.minimum : issue.maximum) ?? 0;
	const word = least ? 'at least' : 'at most';
	if (issue.origin === 'array') return `must have ${word} ${plural(bound, 'entry').replace('entrys', 'entries')}`;
	if (issue.origin === 'string') return `must be ${word} ${plural(bound, 'character')} long`;
	return `must be ${word} ${bound}`;
}

/** A zod issue in plain words: what is wrong with the value at its path. */
export function plainMessage(issue: z.core.$ZodRawIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'is missing';
			return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
		case 'too_small':
			return sizeMessage(issue, true);
		case 'too_big':
			return sizeMessage(issue, false);
		case 'invalid_value':
			return issue.values.length === 1 ? `must be ${quoteAll(issue.values)}` : `must be one of ${quoteAll(issue.values)}`;
		case 'invalid_format':
			if (issue.format === 'regex' && issue.pattern === SAFE_TEXT_SOURCE) return unsafeCharMessage(issue.input);
			if (issue.format === 'url') return 'must be a URL';
			return 'is not in the expected form';
		case 'unrecognized_keys':
			return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} the lesson format does not know: ${quoteAll(issue.keys)} (check the spelling)`;
		case 'invalid_key':
			return `is not a valid id: ${issue.issues.map((inner) => inner.message).join('; ')}`;
		case 'invalid_union': {
			const discriminated = issue as typeof issue & { discriminator?: string; options?: unknown[] };
			if (discriminated.discriminator) {
				const options = `must be one of ${quoteAll(discriminated.options ?? [])}`;
				// zod hands over the object whose discriminator field did not match.
				const input = issue.input as Record<string, unknown> | undefined;
				const missing = input === null || typeof input !== 'object' || !Object.hasOwn(input, discriminated.discriminator);
				return missing ? `is missing: it ${options}` : options;
			}
			if (issue.input === undefined) return 'is missing';
			// The only other union is localized text.
			return 'must be text, or an object of translations with "en" (and optionally "zh-Hant", "zh-Hans")';
		}
		default:
			return 'is not valid here';
	}
}

function duplicates(values: string[]): Set<string> {
	const seen = new Set<string>();
	const dupes = new Set<string>();
	for (const value of values) (seen.has(value) ? dupes : seen).add(value);
	return dupes;
}

type Problem = (at: string, message: string) => void;

// The fields each check below reads, picked from the question schemas. A file that fails the schema is still
// checked part by part: every question, page and walk whose checked fields parse gets these checks too.
const checkedParts = {
	single: singleChoiceSchema.pick({ type: true, choices: true, answer: true }).loose(),
	multiple: multipleChoiceSchema.pick({ type: true, choices: true, answers: true }).loose(),
	'true-false': trueFalseSchema.pick({ type: true, wrongFeedback: true }).loose(),
	ordering: orderingSchema.pick({ type: true, items: true, answer: true, traps: true }).loose(),
	matching: matchingSchema.pick({ type: true, left: true, right: true, answer: true, traps: true }).loose(),
	typed: typedSchema.pick({ type: true, kind: true, accept: true, nearMisses: true, strictOptions: true }).loose(),
	explain: explainSchema.pick({ type: true, id: true, modelAnswer: true, keyPoints: true, followUps: true }).loose(),
} as const;
const checkedQuestion = z.discriminatedUnion('type', Object.values(checkedParts) as unknown as [(typeof checkedParts)['single'], ...(typeof checkedParts)[keyof typeof checkedParts][]]);
type CheckedQuestion = z.infer<typeof checkedQuestion>;
type Checked<T extends CheckedQuestion['type']> = Extract<CheckedQuestion, { type: T }>;
const checkedWalk = walkSchema.pick({ id: true, diagram: true, hops: true, distractors: true }).loose();
type CheckedWalk = z.infer<typeof checkedWalk>;
const checkedId = z.object({ id: z.string() }).loose();

function checkChoices(question: Checked<'single'> | Checked<'multiple'>, at: string, problem: Problem): void {
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
}

function checkOrdering(question: Checked<'ordering'>, at: string, problem: Problem): void {
	const ids = question.items.map((item) => item.id);
	for (const dupe of duplicates(ids)) problem(`${at}.items`, `item id "${dupe}" is used more than once`);
	const sorted = (list: string[]) => [...list].sort().join(',');
	if (sorted(question.answer) !== sorted(ids)) {
		problem(`${at}.answer`, `must list every item id exactly once, in the right order (items: ${ids.join(', ')})`);
		return;
	}
	question.traps.forEach((trap, ti) => {
		const [a, b] = trap.wrongOrder;
		const where = `${at}.traps[${ti}].wrongOrder`;
		if (!ids.includes(a) || !ids.includes(b)) problem(where, `names an item that is not in items (${ids.join(', ')})`);
		else if (question.answer.indexOf(a) < question.answer.indexOf(b)) problem(where, `"${a}" before "${b}" is the right order, so this trap would fire on a right answer`);
	});
}

function checkMatching(question: Checked<'matching'>, at: string, problem: Problem): void {
	const left = question.left.map((item) => item.id);
	const right = question.right.map((item) => item.id);
	// A Map, not the answer object: an id such as "constructor" must not find Object.prototype's.
	const pairs = new Map(Object.entries(question.answer));
	for (const dupe of duplicates([...left, ...right])) problem(`${at}`, `item id "${dupe}" is used more than once in left and right`);
	for (const id of left) if (!pairs.has(id)) problem(`${at}.answer`, `has no pair for left item "${id}"`);
	for (const [key, value] of pairs) {
		if (!left.includes(key)) problem(`${at}.answer.${key}`, `"${key}" is not a left item (${left.join(', ')})`);
		if (!right.includes(value)) problem(`${at}.answer.${key}`, `"${value}" is not a right item (${right.join(', ')})`);
	}
	question.traps.forEach((trap, ti) => {
		const where = `${at}.traps[${ti}]`;
		if (!left.includes(trap.left) || !right.includes(trap.right)) problem(where, 'names an item that is not in left/right');
		else if (pairs.get(trap.left) === trap.right) problem(where, `"${trap.left}" with "${trap.right}" is the right pair, so this trap would fire on a right answer`);
	});
}

function checkTyped(question: Checked<'typed'>, at: string, problem: Problem): void {
	if (question.kind === 'command') {
		question.accept.forEach((form, i) => {
			const command = canonicalCommand(localize(form));
			if (!command.known) {
				problem(`${at}.accept[${i}]`, `is not a command cvm-tutor can normalise (known: ${COMMANDS.map((c) => c.words.join(' ')).join(', ')}); use kind "value" to compare it as text`);
			} else if (command.unknown.length > 0) {
				problem(`${at}.accept[${i}]`, `uses options cvm-tutor does not know (${command.unknown.join(', ')}); add them to src/core/command-line.ts`);
			}
		});
	}
	const accepted = question.accept.map((form) => localize(form));
	question.nearMisses.forEach((miss, i) => {
		if (accepted.some((form) => sameAnswer(question.kind, localize(miss.answer), form, question.strictOptions))) {
			problem(`${at}.nearMisses[${i}].answer`, 'is accepted as right, so it cannot be a near miss');
		}
	});
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

function checkExplain(question: Checked<'explain'>, at: string, problem: Problem): void {
	for (const dupe of duplicates(question.keyPoints.map((point) => point.id))) problem(`${at}.keyPoints`, `key point id "${dupe}" is used more than once`);
	const words = wordCount(localize(question.modelAnswer));
	if (words > MODEL_ANSWER_MAX_WORDS) problem(`${at}.modelAnswer`, `has ${words} words; keep it to ${MODEL_ANSWER_MAX_WORDS} (about a minute said aloud)`);
	question.keyPoints.forEach((point, pi) => {
		for (const dupe of duplicates(point.terms.map((term) => term.toLowerCase()))) problem(`${at}.keyPoints[${pi}].terms`, `term "${dupe}" is listed more than once`);
	});
	const followUps = question.followUps ?? [];
	if (followUps.includes(question.id)) problem(`${at}.followUps`, 'names the question itself');
	for (const dupe of duplicates(followUps)) problem(`${at}.followUps`, `"${dupe}" is listed more than once`);
}

function checkWalk(walk: CheckedWalk, at: string, problem: Problem): void {
	const diagram = walk.diagram.join('\n');
	for (const dupe of duplicates(walk.hops.map((hop) => hop.id))) problem(`${at}.hops`, `hop id "${dupe}" is used more than once`);
	for (const dupe of duplicates([...walk.hops.map((hop) => labelKey(hop.label)), ...walk.distractors.map((d) => labelKey(d.label))])) {
		problem(at, `label "${dupe}" is used more than once among hops and distractors (they are offered side by side)`);
	}
	walk.hops.forEach((hop, hi) => {
		const count = diagram.split(hop.mark).length - 1;
		if (count !== 1) problem(`${at}.hops[${hi}].mark`, `"${hop.mark}" appears ${count} times in the diagram; it must appear exactly once`);
	});
}

function checkQuestion(question: CheckedQuestion, at: string, problem: Problem): void {
	switch (question.type) {
		case 'true-false':
			if (!question.wrongFeedback) problem(`${at}.wrongFeedback`, 'is required: say what a learner who picks the wrong side believes');
			return;
		case 'single':
		case 'multiple':
			checkChoices(question, at, problem);
			return;
		case 'ordering':
			checkOrdering(question, at, problem);
			return;
		case 'matching':
			checkMatching(question, at, problem);
			return;
		case 'typed':
			checkTyped(question, at, problem);
			return;
		case 'explain':
			checkExplain(question, at, problem);
			return;
	}
}

/** The checks inside one chapter, on whatever parts of it are there: `parts` may come from a file that failed the schema. */
function checkContent(
	parts: { pages: ReadonlyArray<{ id: string } | undefined>; questions: ReadonlyArray<CheckedQuestion | undefined>; walks: ReadonlyArray<CheckedWalk | undefined> },
	problem: Problem,
): void {
	const pageIds = parts.pages.flatMap((page) => (page ? [page.id] : []));
	const pageDupes = duplicates(pageIds);
	parts.pages.forEach((page, i) => {
		if (page && pageDupes.has(page.id)) problem(`pages[${i}].id`, `page id "${page.id}" is used more than once`);
	});
	parts.questions.forEach((question, qi) => question && checkQuestion(question, `questions[${qi}]`, problem));
	parts.walks.forEach((walk, wi) => walk && checkWalk(walk, `walks[${wi}]`, problem));
	const walkDupes = duplicates(parts.walks.flatMap((walk) => (walk ? [walk.id] : [])));
	for (const dupe of walkDupes) problem('walks', `walk id "${dupe}" is used more than once`);
}

function checkChapter(file: string, chapter: Chapter): BankProblem[] {
	const problems: BankProblem[] = [];
	checkContent({ pages: chapter.pages, questions: chapter.questions, walks: chapter.walks ?? [] }, (at, message) => problems.push({ file, at, message }));
	problems.push(...checkAnswerBalance(file, chapter));
	return problems;
}

/** The checks of checkChapter on a file that failed the schema: each part whose checked fields parse. */
function checkParts(file: string, data: unknown): BankProblem[] {
	const problems: BankProblem[] = [];
	const parse = <T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }) => (value: unknown): T | undefined => {
		const result = schema.safeParse(value);
		return result.success ? result.data : undefined;
	};
	checkContent(
		{ pages: listOf(data, 'pages').map(parse(checkedId)), questions: listOf(data, 'questions').map(parse(checkedQuestion)), walks: listOf(data, 'walks').map(parse(checkedWalk)) },
		(at, message) => problems.push({ file, at, message }),
	);
	// The answer balance is a property of the whole file: it waits for a file that parses.
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
export function buildBank(files: ReadonlyArray<LessonFile>): BankResult {
	const problems: BankProblem[] = [];
	const warnings: BankProblem[] = [];
	const loaded: Array<{ file: string; chapter: Chapter }> = [];
	for (const { file, text } of files) {
		const result = parseChapter(file, text);
		problems.push(...result.problems);
		warnings.push(...result.warnings);
		if (result.chapter && result.problems.length === 0) loaded.push({ file, chapter: result.chapter });
	}

	const chapterSeen = new Map<string, string>();
	const orderSeen = new Map<number, string>();
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
		});
	}
	// Follow-ups may be in any chapter: they resolve once every file is in, and may not lead back in a circle.
	const followUpsOf = new Map<string, string[]>();
	for (const { chapter } of loaded) for (const question of chapter.questions) if (question.type === 'explain' && question.followUps) followUpsOf.set(question.id, question.followUps);
	for (const { file, chapter } of loaded) {
		chapter.questions.forEach((question, qi) => {
			if (question.type !== 'explain') return;
			(question.followUps ?? []).forEach((target, fi) => {
				if (!questionFile.has(target)) problems.push({ file, at: `questions[${qi}].followUps[${fi}]`, message: `names question "${target}", which is in no lesson file` });
			});
			if (leadsBackTo(question.id, followUpsOf)) problems.push({ file, at: `questions[${qi}].followUps`, message: `leads back to "${question.id}" through its follow-ups; follow-ups must not form a circle` });
		});
	}
	if (problems.length > 0) return { ok: false, problems, warnings };
	return { ok: true, bank: indexBank(loaded.map((entry) => entry.chapter)), ...(warnings.length > 0 ? { warnings } : {}) };
}

/** Whether following follow-ups from `start` comes back to it. */
function leadsBackTo(start: string, followUpsOf: ReadonlyMap<string, readonly string[]>): boolean {
	const seen = new Set<string>();
	const queue = [...(followUpsOf.get(start) ?? [])];
	while (queue.length > 0) {
		const id = queue.shift() as string;
		if (id === start) return true;
		if (seen.has(id)) continue;
		seen.add(id);
		queue.push(...(followUpsOf.get(id) ?? []));
	}
	return false;
}

/** Reads and validates every lesson file in a folder. */
export function loadBankFromDir(dir: string): BankResult {
	const read = readLessonFiles(dir);
	return read.ok ? buildBank(read.files) : read;
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
