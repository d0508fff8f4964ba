// Validation of lesson files: the zod schema, then what a schema cannot say (answer ids, unique ids across
// files, feedback on wrong choices, balanced answer positions). Parsing is pure (text in, chapters or problems
// out). Loaded lazily by the app (src/lessons.ts); the validate command and the tests use it directly.
import { type Bank, type BankProblem, type BankResult, formatPath, indexBank, type LessonFile, readLessonFiles } from './bank.js';
import { canonicalCommand, COMMANDS, sameAnswer } from './command-line.js';
import {
	chapterSchema,
	type Chapter,
	type MatchingQuestion,
	type MultipleChoiceQuestion,
	type OrderingQuestion,
	QUESTION_TYPES,
	type QuestionType,
	type SingleChoiceQuestion,
	type TypedQuestion,
	type Walk,
} from './schema.js';
import { localize } from './text.js';

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

type Problem = (at: string, message: string) => void;

function checkChoices(question: SingleChoiceQuestion | MultipleChoiceQuestion, at: string, problem: Problem): void {
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

function checkOrdering(question: OrderingQuestion, at: string, problem: Problem): void {
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

function checkMatching(question: MatchingQuestion, at: string, problem: Problem): void {
	const left = question.left.map((item) => item.id);
	const right = question.right.map((item) => item.id);
	for (const dupe of duplicates([...left, ...right])) problem(`${at}`, `item id "${dupe}" is used more than once in left and right`);
	for (const id of left) if (!(id in question.answer)) problem(`${at}.answer`, `has no pair for left item "${id}"`);
	for (const [key, value] of Object.entries(question.answer)) {
		if (!left.includes(key)) problem(`${at}.answer.${key}`, `"${key}" is not a left item (${left.join(', ')})`);
		if (!right.includes(value)) problem(`${at}.answer.${key}`, `"${value}" is not a right item (${right.join(', ')})`);
	}
	question.traps.forEach((trap, ti) => {
		const where = `${at}.traps[${ti}]`;
		if (!left.includes(trap.left) || !right.includes(trap.right)) problem(where, 'names an item that is not in left/right');
		else if (question.answer[trap.left] === trap.right) problem(where, `"${trap.left}" with "${trap.right}" is the right pair, so this trap would fire on a right answer`);
	});
}

function checkTyped(question: TypedQuestion, at: string, problem: Problem): void {
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

function checkWalk(walk: Walk, at: string, problem: Problem): void {
	const diagram = walk.diagram.join('\n');
	for (const dupe of duplicates(walk.hops.map((hop) => hop.id))) problem(`${at}.hops`, `hop id "${dupe}" is used more than once`);
	for (const dupe of duplicates([...walk.hops.map((hop) => hop.label), ...walk.distractors.map((d) => d.label)])) {
		problem(at, `label "${dupe}" is used more than once among hops and distractors (they are offered side by side)`);
	}
	walk.hops.forEach((hop, hi) => {
		const count = diagram.split(hop.mark).length - 1;
		if (count !== 1) problem(`${at}.hops[${hi}].mark`, `"${hop.mark}" appears ${count} times in the diagram; it must appear exactly once`);
	});
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
		}
	});
	chapter.walks?.forEach((walk, wi) => checkWalk(walk, `walks[${wi}]`, problem));
	const walkDupes = duplicates((chapter.walks ?? []).map((walk) => walk.id));
	for (const dupe of walkDupes) problem('walks', `walk id "${dupe}" is used more than once`);
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
export function buildBank(files: ReadonlyArray<LessonFile>): BankResult {
	const problems: BankProblem[] = [];
	const loaded: Array<{ file: string; chapter: Chapter }> = [];
	for (const { file, text } of files) {
		const result = parseChapter(file, text);
		problems.push(...result.problems);
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
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, bank: indexBank(loaded.map((entry) => entry.chapter)) };
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
