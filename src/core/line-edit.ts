// Editing one line of typed input: a pure function of the line and an edit, so the typed-answer view only
// maps keys to edits (and tests can check the edits without a terminal).
export interface Line {
	text: string;
	/** Index in `text` before which the next character goes. */
	caret: number;
}

export type LineEdit =
	| { type: 'insert'; text: string }
	| { type: 'backspace' }
	| { type: 'left' }
	| { type: 'right' }
	| { type: 'home' }
	| { type: 'end' }
	/** Ctrl+U: delete everything before the caret (to the start of the line, as in a shell). */
	| { type: 'kill-before' }
	/** Ctrl+W: delete the word before the caret, and the spaces between it and the caret (as in a shell). */
	| { type: 'kill-word-before' };

export function editLine(line: Line, edit: LineEdit): Line {
	const { text, caret } = line;
	switch (edit.type) {
		case 'insert': {
			// Typed or pasted text; control characters (a pasted newline, a tab) are dropped.
			const clean = edit.text.replace(/[\u0000-\u001f\u007f]/g, '');
			return clean ? { text: text.slice(0, caret) + clean + text.slice(caret), caret: caret + clean.length } : line;
		}
		case 'backspace':
			return caret > 0 ? { text: text.slice(0, caret - 1) + text.slice(caret), caret: caret - 1 } : line;
		case 'left':
			return caret > 0 ? { text, caret: caret - 1 } : line;
		case 'right':
			return caret < text.length ? { text, caret: caret + 1 } : line;
		case 'home':
			return caret > 0 ? { text, caret: 0 } : line;
		case 'end':
			return caret < text.length ? { text, caret: text.length } : line;
		case 'kill-before':
			return caret > 0 ? { text: text.slice(caret), caret: 0 } : line;
		case 'kill-word-before': {
			const start = text.slice(0, caret).search(/\S*\s*$/);
			return start < caret ? { text: text.slice(0, start) + text.slice(caret), caret: start } : line;
		}
	}
}
