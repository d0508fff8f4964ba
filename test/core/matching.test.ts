import { describe, expect, it } from 'vitest';
import { optionsUsedOnce, pairOption, stepOption } from '../../src/core/matching.js';
import type { MatchingQuestion } from '../../src/core/schema.js';
import { scoreAnswer } from '../../src/core/scoring.js';
import { bankOf, practiceChapter } from '../helpers.js';

const question = bankOf(practiceChapter()).questions.get('pr-match')!.question as MatchingQuestion;
const options = ['hostname', 'stack', 'ids', 'memory'];

describe('pairing a matching question', () => {
	it('uses each option once when the answer does: picking a used option takes it from the other row', () => {
		expect(optionsUsedOnce(question)).toBe(true);
		const first = pairOption(question, {}, 'uts', 'stack');
		expect(first).toEqual({ pairs: { uts: 'stack' } });
		expect(pairOption(question, first.pairs, 'net', 'stack')).toEqual({ pairs: { net: 'stack' }, movedFrom: 'uts' });
		expect(pairOption(question, first.pairs, 'uts', 'hostname')).toEqual({ pairs: { uts: 'hostname' } });
	});

	it('lets an option pair several rows when the answer itself reuses one, and scores per row either way', () => {
		const reused: MatchingQuestion = { ...question, answer: { uts: 'hostname', net: 'hostname', pid: 'ids' } };
		expect(optionsUsedOnce(reused)).toBe(false);
		const { pairs } = pairOption(reused, { uts: 'hostname' }, 'net', 'hostname');
		expect(pairs).toEqual({ uts: 'hostname', net: 'hostname' });
		expect(scoreAnswer(reused, { type: 'matching', pairs: { ...pairs, pid: 'ids' } }).correct).toBe(true);
	});

	it('steps with the arrows over options other rows hold', () => {
		const pairs = { uts: 'stack', net: 'ids' };
		expect(stepOption(question, options, pairs, 'pid', 1)).toBe('hostname');
		expect(stepOption(question, options, { ...pairs, pid: 'hostname' }, 'pid', 1)).toBe('memory');
		expect(stepOption(question, options, pairs, 'pid', -1)).toBe('memory');
		expect(stepOption(question, options, { uts: 'hostname', net: 'stack', pid: 'ids', x: 'memory' }, 'uts', 1)).toBe('hostname');
	});
});
