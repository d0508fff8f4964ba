// Plain mode's reading of a typed line as an answer, per question type, and what it says when the line is wrong.
import { describe, expect, it } from 'vitest';
import { letterOf, parseAnswer, parseNumbers, parseTicks } from '../../src/plain/answer.js';
import type { QuizItem } from '../../src/core/quiz.js';
import type { Question } from '../../src/core/schema.js';
import { bundledBank } from '../helpers.js';

const bank = bundledBank();
/** The first bundled question of a type, shown in a known order. */
function item(type: Question['type'], order?: (question: Question) => string[]): QuizItem {
	const question = [...bank.questions.values()].map((entry) => entry.question).find((candidate) => candidate.type === type) as Question;
	const ids =
		question.type === 'single' || question.type === 'multiple'
			? question.choices.map((choice) => choice.id)
			: question.type === 'ordering'
				? question.items.map((entry) => entry.id)
				: question.type === 'matching'
					? question.right.map((entry) => entry.id)
					: question.type === 'true-false'
						? ['true', 'false']
						: [];
	return { question, choiceOrder: order ? order(question) : ids };
}
const problem = (parsed: { ok: boolean; problem?: string }) => (parsed.ok ? undefined : parsed.problem);

describe('parseNumbers', () => {
	it('reads numbers separated by spaces or commas, in either script, and full-width digits', () => {
		expect(parseNumbers('1 3', 4)).toEqual({ ok: true, value: [1, 3] });
		expect(parseNumbers(' 1, 3 ', 4)).toEqual({ ok: true, value: [1, 3] });
		expect(parseNumbers('1，3、4', 4)).toEqual({ ok: true, value: [1, 3, 4] });
		expect(parseNumbers('２', 4)).toEqual({ ok: true, value: [2] });
		// Digits typed together count one each while no choice has two digits.
		expect(parseNumbers('312', 4)).toEqual({ ok: true, value: [3, 1, 2] });
	});

	it('says what is wrong and what to type', () => {
		expect(problem(parseNumbers('', 4))).toBe('Nothing was typed.');
		expect(problem(parseNumbers('x', 4))).toBe('"x" is not a number from 1 to 4.');
		expect(problem(parseNumbers('5', 4))).toBe('There is no 5: type a number from 1 to 4.');
		expect(problem(parseNumbers('2 2', 4))).toBe('2 is typed twice: type each number once.');
		expect(problem(parseNumbers('1 2', 4, { count: 1 }))).toBe('Type one number only: this question has one answer.');
		expect(problem(parseNumbers('1 2', 4, { count: 4 }))).toBe('Type all 4 numbers, each once, in the order you choose.');
	});
});

describe('parseAnswer', () => {
	it('single: the number of one choice, as shown', () => {
		const single = item('single', (question) => (question.type === 'single' ? question.choices.map((choice) => choice.id).reverse() : []));
		const last = single.choiceOrder.at(-1) as string;
		expect(parseAnswer(single, String(single.choiceOrder.length))).toEqual({ ok: true, value: { type: 'single', choiceId: last } });
		expect(parseAnswer(single, '1 2').ok).toBe(false);
		expect(parseAnswer(single, '12').ok).toBe(false);
	});

	it('multiple: every number picked, each once', () => {
		const multiple = item('multiple');
		expect(parseAnswer(multiple, '1 3')).toEqual({ ok: true, value: { type: 'multiple', choiceIds: [multiple.choiceOrder[0], multiple.choiceOrder[2]] } });
		expect(problem(parseAnswer(multiple, '1 1'))).toBe('1 is typed twice: type each number once.');
	});

	it('true-false: 1 or 2 as listed, or the word', () => {
		const tf = item('true-false');
		expect(parseAnswer(tf, '1')).toEqual({ ok: true, value: { type: 'true-false', value: true } });
		expect(parseAnswer(tf, '2')).toEqual({ ok: true, value: { type: 'true-false', value: false } });
		expect(parseAnswer(tf, 'T')).toEqual({ ok: true, value: { type: 'true-false', value: true } });
		expect(parseAnswer(tf, 'false')).toEqual({ ok: true, value: { type: 'true-false', value: false } });
		expect(problem(parseAnswer(tf, '3'))).toBe('There is no 3: type a number from 1 to 2.');
	});

	it('ordering: every number once, in the order given', () => {
		const ordering = item('ordering');
		const n = ordering.choiceOrder.length;
		const backwards = Array.from({ length: n }, (_, i) => n - i);
		expect(parseAnswer(ordering, backwards.join(' '))).toEqual({ ok: true, value: { type: 'ordering', order: [...ordering.choiceOrder].reverse() } });
		expect(problem(parseAnswer(ordering, '1 2'))).toBe(`Type all ${n} numbers, each once, in the order you choose.`);
	});

	it('matching: a letter for each left item, in their order', () => {
		const matching = item('matching');
		if (matching.question.type !== 'matching') throw new Error('not matching');
		const { left } = matching.question;
		const letters = left.map((_, i) => letterOf(i));
		const pairs = Object.fromEntries(left.map((entry, i) => [entry.id, matching.choiceOrder[i]]));
		expect(parseAnswer(matching, letters.join(' '))).toEqual({ ok: true, value: { type: 'matching', pairs } });
		expect(parseAnswer(matching, letters.join('').toUpperCase())).toEqual({ ok: true, value: { type: 'matching', pairs } });
		const last = letterOf(matching.choiceOrder.length - 1);
		expect(problem(parseAnswer(matching, 'a'))).toBe(`Type ${left.length} letters, a to ${last}, one for each left item, separated by spaces.`);
		expect(problem(parseAnswer(matching, `${letters.slice(1).join(' ')} z`))).toBe(`"z" is not a letter from a to ${last}.`);
	});

	it('typed: the line as typed, without the spaces around it; an empty line is no answer', () => {
		const typed = item('typed');
		expect(parseAnswer(typed, '  docker ps  ')).toEqual({ ok: true, value: { type: 'typed', text: 'docker ps' } });
		expect(problem(parseAnswer(typed, '   '))).toBe('Nothing was typed.');
	});

	it('explain: the answer line, empty when said aloud; then the numbers of the key points made', () => {
		const explain = item('explain');
		if (explain.question.type !== 'explain') throw new Error('not explain');
		const ids = explain.question.keyPoints.map((point) => point.id);
		expect(parseAnswer(explain, ' namespaces and cgroups ')).toEqual({ ok: true, value: { type: 'explain', text: 'namespaces and cgroups', ticked: [] } });
		expect(parseAnswer(explain, '')).toEqual({ ok: true, value: { type: 'explain', text: '', ticked: [] } });
		expect(parseTicks('', ids)).toEqual({ ok: true, value: [] });
		expect(parseTicks('3 1', ids)).toEqual({ ok: true, value: [ids[2], ids[0]] });
		expect(problem(parseTicks('9', ids))).toBe(`There is no 9: type a number from 1 to ${ids.length}.`);
	});
});
