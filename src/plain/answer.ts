// Plain mode's answers: the line a learner typed, read as a response to a question in the order the question
// was shown (choices numbered 1..n in `choiceOrder`, matching's right items lettered a..). Pure: a response for
// the quiz reducer, or what was wrong with the line and what to type instead.
import { t } from '../core/i18n/messages.js';
import type { QuizItem } from '../core/quiz.js';
import type { Response } from '../core/scoring.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const fail = (problem: string) => ({ ok: false as const, problem });

/** The words of a line: split on spaces and commas (either script's comma, so a Chinese input method works too). */
function words(line: string): string[] {
	return line
		.trim()
		.split(/[\s,，、;；]+/u)
		.filter(Boolean);
}

/** Numbers from 1 to `max`, each once; with `count`, exactly that many. Digits typed together ("312") count one each when max < 10. */
export function parseNumbers(line: string, max: number, options: { count?: number; distinct?: boolean } = {}): Parsed<number[]> {
	const p = t().plain.problems;
	let parts = words(normalizeDigits(line));
	if (parts.length === 0) return fail(p.empty);
	// "312" for an order of three: every digit one choice, only when no choice has two digits.
	if (parts.length === 1 && max < 10 && /^\d{2,}$/.test(parts[0] as string) && (options.count ?? 2) > 1) parts = [...(parts[0] as string)];
	const numbers: number[] = [];
	for (const part of parts) {
		if (!/^\d+$/.test(part)) return fail(p.notNumber(part, max));
		const n = Number(part);
		if (n < 1 || n > max) return fail(p.outOfRange(n, max));
		if (options.distinct !== false && numbers.includes(n)) return fail(p.twice(n));
		numbers.push(n);
	}
	if (options.count !== undefined && numbers.length !== options.count) return fail(options.count === 1 ? p.oneOnly : p.allItems(options.count));
	return { ok: true, value: numbers };
}

/** Full-width digits (a Chinese input method's) as ASCII ones. */
function normalizeDigits(line: string): string {
	return line.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 48));
}

/** The letter of the right-hand item at `index` (0: a). */
export function letterOf(index: number): string {
	return String.fromCharCode(97 + index);
}

/** One letter per left item, a..(the last right item); "b a c" or "bac". */
export function parseLetters(line: string, count: number, max: number): Parsed<number[]> {
	const p = t().plain.problems;
	const last = letterOf(max - 1);
	let parts = words(line.toLowerCase().normalize('NFKC'));
	if (parts.length === 0) return fail(p.empty);
	if (parts.length === 1 && (parts[0] as string).length === count && count > 1) parts = [...(parts[0] as string)];
	const picked: number[] = [];
	for (const part of parts) {
		const index = part.length === 1 ? part.charCodeAt(0) - 97 : -1;
		if (index < 0 || index >= max) return fail(p.notLetter(part, last));
		picked.push(index);
	}
	if (picked.length !== count) return fail(p.letters(count, last));
	return { ok: true, value: picked };
}

/**
 * A closed question's answer from a line (explain questions take two lines: see the conversation). True-false
 * also takes t/f, true/false, y/n.
 */
export function parseAnswer(item: QuizItem, line: string): Parsed<Response> {
	const { question, choiceOrder } = item;
	const pick = (n: number) => choiceOrder[n - 1] as string;
	switch (question.type) {
		case 'single': {
			const numbers = parseNumbers(line, choiceOrder.length, { count: 1 });
			return numbers.ok ? { ok: true, value: { type: 'single', choiceId: pick(numbers.value[0] as number) } } : numbers;
		}
		case 'true-false': {
			const word = line.trim().toLowerCase();
			if (['t', 'true', 'y', 'yes'].includes(word)) return { ok: true, value: { type: 'true-false', value: true } };
			if (['f', 'false', 'n', 'no'].includes(word)) return { ok: true, value: { type: 'true-false', value: false } };
			const numbers = parseNumbers(line, 2, { count: 1 });
			return numbers.ok ? { ok: true, value: { type: 'true-false', value: pick(numbers.value[0] as number) === 'true' } } : numbers;
		}
		case 'multiple': {
			const numbers = parseNumbers(line, choiceOrder.length);
			return numbers.ok ? { ok: true, value: { type: 'multiple', choiceIds: numbers.value.map(pick) } } : numbers;
		}
		case 'ordering': {
			const numbers = parseNumbers(line, choiceOrder.length, { count: choiceOrder.length });
			return numbers.ok ? { ok: true, value: { type: 'ordering', order: numbers.value.map(pick) } } : numbers;
		}
		case 'matching': {
			const letters = parseLetters(line, question.left.length, choiceOrder.length);
			if (!letters.ok) return letters;
			const pairs: Record<string, string> = {};
			question.left.forEach((left, i) => {
				pairs[left.id] = choiceOrder[letters.value[i] as number] as string;
			});
			return { ok: true, value: { type: 'matching', pairs } };
		}
		case 'typed':
			return line.trim() ? { ok: true, value: { type: 'typed', text: line.trim() } } : fail(t().plain.problems.empty);
		case 'explain':
			// The first of its two lines: the answer itself, or nothing (said aloud).
			return { ok: true, value: { type: 'explain', text: line.trim(), ticked: [] } };
	}
}

/** The key points ticked on an explain question's second line: their numbers in the question's order, or none. */
export function parseTicks(line: string, keyPointIds: readonly string[]): Parsed<string[]> {
	if (!line.trim()) return { ok: true, value: [] };
	const numbers = parseNumbers(line, keyPointIds.length);
	return numbers.ok ? { ok: true, value: numbers.value.map((n) => keyPointIds[n - 1] as string) } : numbers;
}
