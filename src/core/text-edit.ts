// Editing a multi-line answer: a pure function of the draft and an edit, and the draft laid out as terminal rows,
// so the editor widget only maps keys to edits and draws rows (and tests check both without a terminal).
import { textWidth } from './wrap.js';

/** The longest answer kept: about a page of speech, far more than a good interview answer needs. */
export const ANSWER_MAX_CHARS = 2000;

export interface TextDraft {
	/** Lines joined by "\n". */
	text: string;
	/** Index in `text` before which the next character goes. */
	caret: number;
}

export type TextEdit =
	/** Typed or pasted text: a CR, CRLF or LF starts a new line, a tab becomes a space, other control characters go. */
	| { type: 'insert'; text: string }
	| { type: 'newline' }
	| { type: 'backspace' }
	| { type: 'left' }
	| { type: 'right' }
	/** Up and Down move by rows as drawn (`width` columns), keeping the column where the row allows. */
	| { type: 'up'; width: number }
	| { type: 'down'; width: number }
	/** Home and End go to the start and end of the line (up to the next line break). */
	| { type: 'home' }
	| { type: 'end' }
	/** Ctrl+U: delete from the start of the line to the caret (as in a shell). */
	| { type: 'kill-before' }
	/** Ctrl+W: delete the word before the caret and the spaces after it (as in a shell). */
	| { type: 'kill-word-before' };

/** Where a character before `index` starts (a surrogate pair is one character). */
function before(text: string, index: number): number {
	const code = text.charCodeAt(index - 1);
	return index >= 2 && code >= 0xdc00 && code <= 0xdfff ? index - 2 : index - 1;
}

function after(text: string, index: number): number {
	const code = text.charCodeAt(index);
	return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? index + 2 : index + 1;
}

/** What an insert adds: line breaks as "\n", tabs as spaces, no other control characters. */
export function cleanInsert(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');
}

/** The draft is at the length limit: the editor says so, and an insert adds nothing more. */
export function atLimit(draft: TextDraft, max = ANSWER_MAX_CHARS): boolean {
	return draft.text.length >= max;
}

function insert(draft: TextDraft, added: string, max: number): TextDraft {
	const room = max - draft.text.length;
	let kept = '';
	for (const char of added) {
		if (kept.length + char.length > room) break;
		kept += char;
	}
	if (!kept) return draft;
	const { text, caret } = draft;
	return { text: text.slice(0, caret) + kept + text.slice(caret), caret: caret + kept.length };
}

/** One row as drawn: `text.slice(start, end)`, without the line break that may end it. */
export interface TextRow {
	start: number;
	end: number;
	/** The last row of its line: the caret may sit at `end` (after the last character) on this row. */
	lineEnd: boolean;
}

/**
 * The draft's text as rows of at most `width` columns: each line is wrapped after the last space that fits, or
 * cut at the width inside a longer word. The widget passes one column less than it has, so a caret after a full
 * row still shows.
 */
export function textRows(text: string, width: number): TextRow[] {
	const limit = Math.max(1, Math.floor(width));
	const rows: TextRow[] = [];
	let lineStart = 0;
	for (const line of text.split('\n')) {
		let start = lineStart;
		const lineEndAt = lineStart + line.length;
		while (true) {
			let used = 0;
			let end = start;
			let lastBreak = -1;
			while (end < lineEndAt) {
				const next = after(text, end);
				const w = textWidth(text.slice(end, next));
				if (used + w > limit && end > start) break;
				used += w;
				end = next;
				if (text[end - 1] === ' ') lastBreak = end;
			}
			if (end >= lineEndAt) {
				rows.push({ start, end: lineEndAt, lineEnd: true });
				break;
			}
			// Break after the last space that fits, unless that leaves the row empty of words.
			const cut = lastBreak > start ? lastBreak : end;
			rows.push({ start, end: cut, lineEnd: false });
			start = cut;
		}
		lineStart = lineEndAt + 1;
	}
	return rows;
}

/** The row the caret is on and its column there. */
export function caretPlace(rows: readonly TextRow[], caret: number, text: string): { row: number; column: number } {
	const row = Math.max(
		0,
		rows.findIndex((r) => caret >= r.start && (caret < r.end || (caret === r.end && r.lineEnd))),
	);
	const start = rows[row]?.start ?? 0;
	return { row, column: textWidth(text.slice(start, caret)) };
}

/** The index on `row` nearest to `column`, never past the row's end (nor onto the next row's first character). */
function indexAt(text: string, row: TextRow, column: number): number {
	const last = row.lineEnd ? row.end : Math.max(row.start, before(text, row.end));
	let index = row.start;
	let used = 0;
	while (index < last) {
		const next = after(text, index);
		const w = textWidth(text.slice(index, next));
		if (used + w > column) break;
		used += w;
		index = next;
	}
	return index;
}

export function editText(draft: TextDraft, edit: TextEdit, max = ANSWER_MAX_CHARS): TextDraft {
	const { text, caret } = draft;
	const lineStart = text.lastIndexOf('\n', caret - 1) + 1;
	const nextBreak = text.indexOf('\n', caret);
	const lineEnd = nextBreak === -1 ? text.length : nextBreak;
	switch (edit.type) {
		case 'insert':
			return insert(draft, cleanInsert(edit.text), max);
		case 'newline':
			return insert(draft, '\n', max);
		case 'backspace': {
			if (caret === 0) return draft;
			const from = before(text, caret);
			return { text: text.slice(0, from) + text.slice(caret), caret: from };
		}
		case 'left':
			return caret > 0 ? { text, caret: before(text, caret) } : draft;
		case 'right':
			return caret < text.length ? { text, caret: after(text, caret) } : draft;
		case 'up':
		case 'down': {
			const rows = textRows(text, edit.width);
			const { row, column } = caretPlace(rows, caret, text);
			const target = rows[row + (edit.type === 'up' ? -1 : 1)];
			if (!target) return { text, caret: edit.type === 'up' ? 0 : text.length };
			return { text, caret: indexAt(text, target, column) };
		}
		case 'home':
			return { text, caret: lineStart };
		case 'end':
			return { text, caret: lineEnd };
		case 'kill-before':
			return caret > lineStart ? { text: text.slice(0, lineStart) + text.slice(caret), caret: lineStart } : draft;
		case 'kill-word-before': {
			const start = lineStart + text.slice(lineStart, caret).search(/\S*[ ]*$/);
			return start < caret ? { text: text.slice(0, start) + text.slice(caret), caret: start } : draft;
		}
	}
}

/** The first row to show so the caret's row is in a window of `height` rows, moving the window as little as possible. */
export function scrollToCaret(top: number, caretRow: number, height: number, rowCount: number): number {
	const rows = Math.max(1, height);
	let first = Math.min(top, caretRow);
	if (caretRow >= first + rows) first = caretRow - rows + 1;
	return Math.max(0, Math.min(first, Math.max(0, rowCount - rows)));
}
