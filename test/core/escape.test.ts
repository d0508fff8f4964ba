import { describe, expect, it } from 'vitest';
import { escapeForTerminal, escapeStrings, SAFE_TEXT_PATTERN, safeJson, UNSAFE_CHAR } from '../../src/core/escape.js';

const EVERY_UNSAFE = [
	...Array.from({ length: 0x20 }, (_, i) => i),
	...Array.from({ length: 0xa0 - 0x7f }, (_, i) => 0x7f + i),
	0x061c,
	0x200e,
	0x200f,
	0x202a,
	0x202b,
	0x202c,
	0x202d,
	0x202e,
	0x2066,
	0x2067,
	0x2068,
	0x2069,
].map((code) => String.fromCharCode(code));

describe('escapeForTerminal', () => {
	it('writes every C0/C1 control and bidi control as a \\u escape, and nothing else', () => {
		for (const char of EVERY_UNSAFE) expect(escapeForTerminal(`a${char}b`)).toBe(`a\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}b`);
		const fine = 'plain ASCII, 中文, é, ❯ → █, emoji 🐳, the zero-width joiner \u200d';
		expect(escapeForTerminal(fine)).toBe(fine);
	});

	it('the JSON Schema pattern and the check agree on every character of the BMP', () => {
		const pattern = new RegExp(SAFE_TEXT_PATTERN);
		for (let code = 0; code < 0x10000; code += 1) {
			const char = String.fromCharCode(code);
			if (code >= 0xd800 && code < 0xe000) continue;
			expect(pattern.test(char), code.toString(16)).toBe(!UNSAFE_CHAR.test(char));
		}
	});
});

describe('safeJson', () => {
	it('is JSON that parses back to the same value, with no raw control or bidi character in it', () => {
		const value = { comm: 'x\u001b]0;t\u0007\u009b\u202e\u2066y', nested: ['\u0085'], n: 1 };
		const text = safeJson(value, 2);
		expect(JSON.parse(text)).toEqual(value);
		expect(text.replace(/\n/g, '')).not.toMatch(UNSAFE_CHAR);
	});
});

describe('escapeStrings', () => {
	it('escapes every string of a value, keys included, and keeps the rest', () => {
		expect(escapeStrings({ 'k\u001b': ['v\u202e', 3, null, true, { x: '\u0007' }] })).toEqual({ 'k\\u001b': ['v\\u202e', 3, null, true, { x: '\\u0007' }] });
	});
});
