import { Box, Text } from 'ink';
import { textWidth, truncate, wrapText } from '../../core/wrap.js';

export const KEY_HELP: Array<[string, string]> = [
	['↑ ↓  j k', 'move in a list, scroll a page'],
	['Enter', 'choose; next page; next question'],
	['1-9', 'open the item showing that number (chapter, choice)'],
	['→ ← / n p', 'next / previous page of a lesson'],
	['Esc  b', 'back'],
	['Space Enter', 'ordering: pick up / drop the item'],
	['1-9  ← →', 'matching: pair the row with that option / the next one'],
	['Ctrl+W/U', 'typed answer: delete the word / everything before the cursor'],
	['Ctrl+D', 'explain: done (nothing typed: said aloud); Space ticks points'],
	['h  (Tab)', 'next hint (Tab while typing an answer)'],
	['PgUp PgDn', 'scroll a question whose text and hints do not fit'],
	['→ ←  r', 'packet walk: next / previous hop; route it'],
	['?', 'show or hide this help'],
	['q', 'quit (progress is already saved); a letter while typing'],
	['Ctrl+C', 'quit at once (progress is already saved)'],
];

const INDENT = 2;
const GAP = 2;
/** Below this many columns for the descriptions, each key goes on its own line with its description under it. */
const MIN_DESCRIPTION = 24;

/**
 * The key table as lines: keys in one column, descriptions in the next, wrapped descriptions continuing under
 * their own column. Columns are measured with the one width function, so wide glyphs do not shift them.
 */
export function keyHelpLines(width: number): string[] {
	const keyColumn = Math.max(...KEY_HELP.map(([keys]) => textWidth(keys))) + GAP;
	const room = width - INDENT - keyColumn;
	if (room < MIN_DESCRIPTION) {
		return KEY_HELP.flatMap(([keys, what]) => [
			' '.repeat(INDENT) + keys,
			...wrapText(what, width - INDENT * 2).map((line) => ' '.repeat(INDENT * 2) + line),
		]);
	}
	return KEY_HELP.flatMap(([keys, what]) =>
		wrapText(what, room).map((line, i) => ' '.repeat(INDENT) + (i === 0 ? keys + ' '.repeat(keyColumn - textWidth(keys)) : ' '.repeat(keyColumn)) + line),
	);
}

export function HelpScreen({ width, height }: { width: number; height: number }) {
	const lines = ['Keys', ...keyHelpLines(width), '', ...wrapText('Every answer is saved the moment you give it. Press ? or Esc to close.', width)];
	const shown = lines.length > height ? [...lines.slice(0, height - 1), '… (enlarge the terminal to see every key)'] : lines;
	return (
		<Box flexDirection="column">
			{shown.map((line, i) => (
				<Text key={i} bold={i === 0}>
					{truncate(line, width) || ' '}
				</Text>
			))}
		</Box>
	);
}
