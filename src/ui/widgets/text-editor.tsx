// A multi-line text box: draws a draft's rows (core/text-edit.ts lays them out) with the caret, in a window
// that follows the caret; and the keys that edit it. Render only: the state is the caller's.
import { type Key, Text } from 'ink';
import { caretPlace, type TextDraft, type TextEdit, textRows } from '../../core/text-edit.js';
import { fitWidth } from '../../core/wrap.js';
import { color } from '../theme.js';

/** Columns the gutter takes before each row. */
export const GUTTER = 2;

/** Columns the rows of text wrap at in an editor `width` wide: the gutter and one column for a caret after a full row. */
export function editorTextWidth(width: number): number {
	return Math.max(1, width - GUTTER - 1);
}

/** Keys to edits; undefined for keys that are not editing (Enter and Ctrl+D are the caller's, as are Tab and Esc). */
export function textEditOf(input: string, key: Key, width: number): TextEdit | undefined {
	if (key.backspace || key.delete) return { type: 'backspace' };
	if (key.leftArrow) return { type: 'left' };
	if (key.rightArrow) return { type: 'right' };
	if (key.upArrow) return { type: 'up', width: editorTextWidth(width) };
	if (key.downArrow) return { type: 'down', width: editorTextWidth(width) };
	if (key.home || (key.ctrl && input === 'a')) return { type: 'home' };
	if (key.end || (key.ctrl && input === 'e')) return { type: 'end' };
	if (key.ctrl && input === 'u') return { type: 'kill-before' };
	if (key.ctrl && input === 'w') return { type: 'kill-word-before' };
	if (key.ctrl || key.meta || key.tab || key.escape || key.return || key.pageUp || key.pageDown || !input) return undefined;
	return { type: 'insert', text: input };
}

/** The draft's rows in a window of `height` rows from `top`; an empty draft shows `placeholder` after the caret. */
export function TextEditor({ draft, top, width, height, placeholder }: { draft: TextDraft; top: number; width: number; height: number; placeholder: string }) {
	const { text, caret } = draft;
	const rows = textRows(text, editorTextWidth(width));
	const place = caretPlace(rows, caret, text);
	const shown = rows.slice(top, top + height);
	const gutter = <Text color={color('muted')}>{'│ '}</Text>;
	return (
		<>
			{shown.map((row, i) => {
				const line = text.slice(row.start, row.end);
				const n = top + i;
				if (n !== place.row) {
					return (
						<Text key={n}>
							{gutter}
							{line}
						</Text>
					);
				}
				const at = caret - row.start;
				const under = line.slice(at, at + (line.codePointAt(at) !== undefined && line.codePointAt(at)! > 0xffff ? 2 : 1));
				return (
					<Text key={n}>
						{gutter}
						{line.slice(0, at)}
						<Text inverse>{under || ' '}</Text>
						{line.slice(at + under.length)}
						{!text ? <Text color={color('muted')}>{fitWidth(placeholder, Math.max(0, width - GUTTER - 1))}</Text> : null}
					</Text>
				);
			})}
			{Array.from({ length: Math.max(0, height - shown.length) }, (_, i) => (
				<Text key={`pad${i}`}>{gutter}</Text>
			))}
		</>
	);
}
