import { describe, expect, it } from 'vitest';
import { splitKeys } from '../../src/core/keys.js';

describe('splitKeys', () => {
	it('splits a run of plain characters into keys, whole code points', () => {
		expect(splitKeys('jjj')).toEqual(['j', 'j', 'j']);
		expect(splitKeys('2\r')).toEqual(['2', '\r']);
		expect(splitKeys('a😀b')).toEqual(['a', '😀', 'b']);
	});
	it('reads a pasted Windows line ending (CR LF) as one Enter, so a pasted answer gets no blank lines between its lines', () => {
		expect(splitKeys('one\r\ntwo\r\n')).toEqual(['o', 'n', 'e', '\r', 't', 'w', 'o', '\r']);
		expect(splitKeys('a\r\rb')).toEqual(['a', '\r', '\r', 'b']);
		expect(splitKeys('a\nb')).toEqual(['a', '\n', 'b']);
	});
	it('keeps an escape sequence (Ink cuts them out one per event) and a single key whole', () => {
		expect(splitKeys('\u001B[B')).toEqual(['\u001B[B']);
		expect(splitKeys('\u001Bj')).toEqual(['\u001Bj']);
		expect(splitKeys('q')).toEqual(['q']);
		expect(splitKeys('')).toEqual(['']);
	});
});
