import { describe, expect, it } from 'vitest';
import { fitWidth, linkRows, truncate, wrapText } from '../../src/core/wrap.js';

describe('wrap', () => {
	it('fitWidth keeps the longest start that fits, counting wide characters as two columns', () => {
		expect(fitWidth('abcdef', 4)).toBe('abcd');
		expect(fitWidth('日本語', 5)).toBe('日本');
		expect(fitWidth('abc', 0)).toBe('');
	});

	it('wrapText splits a word longer than a line at the width, and a character wider than the line gets its own row', () => {
		expect(wrapText('to abcdefghij ok', 4)).toEqual(['to', 'abcd', 'efgh', 'ij', 'ok']);
		expect(wrapText('日本', 1)).toEqual(['日', '本']); // used to loop forever: nothing fit, so nothing was cut
	});

	it('truncate ends a cut line with an ellipsis within the width', () => {
		expect(truncate('abcdef', 6)).toBe('abcdef');
		expect(truncate('abcdef', 4)).toBe('abc…');
		expect(truncate('日本語', 4)).toBe('日…');
	});

	it('linkRows cuts only at the width, with no empty row before a character wider than the width', () => {
		expect(linkRows('https://a.b/c-d/e', 8)).toEqual(['https://', 'a.b/c-d/', 'e']);
		expect(linkRows('日本', 1)).toEqual(['日', '本']);
		expect(linkRows('', 10)).toEqual(['']);
	});
});
