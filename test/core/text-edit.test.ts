import { describe, expect, it } from 'vitest';
import { atLimit, caretPlace, editText, scrollToCaret, type TextDraft, type TextEdit, textRows } from '../../src/core/text-edit.js';

const apply = (draft: TextDraft, ...edits: TextEdit[]) => edits.reduce((d, edit) => editText(d, edit), draft);
const empty: TextDraft = { text: '', caret: 0 };
const typed = (text: string) => apply(empty, ...Array.from(text, (char): TextEdit => ({ type: 'insert', text: char })));

describe('editText', () => {
	it('types, breaks lines, and deletes back across a line break', () => {
		let d = apply(typed('ab'), { type: 'newline' }, { type: 'insert', text: 'c' });
		expect(d).toEqual({ text: 'ab\nc', caret: 4 });
		d = apply(d, { type: 'backspace' }, { type: 'backspace' });
		expect(d).toEqual({ text: 'ab', caret: 2 });
		expect(apply(empty, { type: 'backspace' }, { type: 'left' })).toEqual(empty);
	});

	it('a pasted chunk lands whole: CRLF and CR become line breaks, a tab a space, other control characters go', () => {
		const d = apply(typed('>'), { type: 'insert', text: 'one\r\ntwo\rthree\n\tfour\u0007' });
		expect(d).toEqual({ text: '>one\ntwo\nthree\n four', caret: 20 });
	});

	it('Left/Right step over a whole emoji; Home/End go to the ends of the line', () => {
		let d = apply(typed('a😀b'), { type: 'left' }, { type: 'left' });
		expect(d.caret).toBe(1);
		d = apply(d, { type: 'right' });
		expect(d.caret).toBe(3);
		d = apply(d, { type: 'backspace' });
		expect(d).toEqual({ text: 'ab', caret: 1 });
		d = apply({ text: 'one\ntwo\nthree', caret: 5 }, { type: 'home' });
		expect(d.caret).toBe(4);
		expect(apply(d, { type: 'end' }).caret).toBe(7);
	});

	it('Up/Down move by rows as drawn, keep the column where they can, and stop at the ends', () => {
		const text = 'first line\nab\nthird line';
		let d = apply({ text, caret: 8 }, { type: 'down', width: 20 });
		expect(d.caret).toBe(13); // end of "ab"
		d = apply(d, { type: 'down', width: 20 });
		expect(d.caret).toBe(16); // column 2 of "third line"
		expect(apply(d, { type: 'down', width: 20 }).caret).toBe(text.length);
		expect(apply({ text, caret: 3 }, { type: 'up', width: 20 }).caret).toBe(0);
		// One long line wrapped at 10 columns: Down goes to the next row of the same line.
		expect(apply({ text: 'aaaa bbbb cccc dddd', caret: 1 }, { type: 'down', width: 10 }).caret).toBe(11);
	});

	it('Ctrl+U and Ctrl+W delete within the line only', () => {
		expect(apply({ text: 'keep\nsome words', caret: 15 }, { type: 'kill-word-before' })).toEqual({ text: 'keep\nsome ', caret: 10 });
		expect(apply({ text: 'keep\nsome words', caret: 15 }, { type: 'kill-before' })).toEqual({ text: 'keep\n', caret: 5 });
	});

	it('stops at the length limit: a paste is cut there, and nothing more goes in', () => {
		let d = editText(typed('abc'), { type: 'insert', text: 'defghij' }, 5);
		expect(d).toEqual({ text: 'abcde', caret: 5 });
		expect(atLimit(d, 5)).toBe(true);
		expect(editText(d, { type: 'newline' }, 5)).toBe(d);
		d = editText(d, { type: 'backspace' }, 5);
		expect(atLimit(d, 5)).toBe(false);
	});
});

describe('textRows', () => {
	it('wraps after the last space that fits, cuts a word longer than a row, and keeps empty lines', () => {
		const text = 'aaaa bbbb cc\n\nxxxxxxxxxxxx';
		const rows = textRows(text, 10).map((row) => text.slice(row.start, row.end));
		expect(rows).toEqual(['aaaa bbbb ', 'cc', '', 'xxxxxxxxxx', 'xx']);
	});

	it('puts a caret at a wrap point on the next row, and one at the end of a line on that line', () => {
		const text = 'aaaa bbbb cc';
		const rows = textRows(text, 10);
		expect(caretPlace(rows, 10, text)).toEqual({ row: 1, column: 0 });
		expect(caretPlace(rows, 12, text)).toEqual({ row: 1, column: 2 });
		expect(caretPlace(textRows('', 10), 0, '')).toEqual({ row: 0, column: 0 });
	});
});

describe('scrollToCaret', () => {
	it('moves the window only as far as it takes to show the caret row', () => {
		expect(scrollToCaret(0, 2, 5, 20)).toBe(0);
		expect(scrollToCaret(0, 7, 5, 20)).toBe(3);
		expect(scrollToCaret(3, 5, 5, 20)).toBe(3);
		expect(scrollToCaret(3, 1, 5, 20)).toBe(1);
		expect(scrollToCaret(10, 3, 5, 4)).toBe(0);
	});
});
