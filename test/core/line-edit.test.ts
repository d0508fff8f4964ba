import { describe, expect, it } from 'vitest';
import { editLine, type LineEdit } from '../../src/core/line-edit.js';

const run = (edits: LineEdit[], start = { text: '', caret: 0 }) => edits.reduce(editLine, start);

describe('editLine', () => {
	it('inserts at the caret, moves it, and deletes before it', () => {
		expect(run([{ type: 'insert', text: 'abc' }, { type: 'home' }, { type: 'insert', text: 'X' }, { type: 'end' }, { type: 'insert', text: 'Y' }])).toEqual({ text: 'XabcY', caret: 5 });
		expect(run([{ type: 'insert', text: 'abc' }, { type: 'left' }, { type: 'backspace' }])).toEqual({ text: 'ac', caret: 1 });
		expect(run([{ type: 'insert', text: 'abc' }, { type: 'left' }, { type: 'kill-before' }])).toEqual({ text: 'c', caret: 0 });
	});
	it('stops at both ends, and drops control characters from pasted text', () => {
		const line = { text: 'ab', caret: 0 };
		expect(editLine(line, { type: 'left' })).toBe(line);
		expect(editLine(line, { type: 'backspace' })).toBe(line);
		expect(editLine({ text: 'ab', caret: 2 }, { type: 'right' })).toEqual({ text: 'ab', caret: 2 });
		expect(editLine(line, { type: 'insert', text: 'x\r\n\ty' })).toEqual({ text: 'xyab', caret: 2 });
	});
	it('Ctrl+W deletes the word before the caret and the spaces after it, as a shell does', () => {
		expect(editLine({ text: 'docker run nginx', caret: 16 }, { type: 'kill-word-before' })).toEqual({ text: 'docker run ', caret: 11 });
		expect(editLine({ text: 'docker run  ', caret: 12 }, { type: 'kill-word-before' })).toEqual({ text: 'docker ', caret: 7 });
		expect(editLine({ text: 'docker run nginx', caret: 10 }, { type: 'kill-word-before' })).toEqual({ text: 'docker  nginx', caret: 7 });
		expect(editLine({ text: '-p 8080:80', caret: 2 }, { type: 'kill-word-before' })).toEqual({ text: ' 8080:80', caret: 0 });
		const start = { text: 'abc', caret: 0 };
		expect(editLine(start, { type: 'kill-word-before' })).toBe(start);
	});
});
