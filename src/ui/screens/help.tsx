import { Box, Text } from 'ink';
import { type Messages, t } from '../../core/i18n/messages.js';
import { textWidth, truncate, wrapText } from '../../core/wrap.js';

type HelpRow = keyof Messages['app']['help']['rows'];

/** The keys of each row of the key table: the same in every language (the descriptions are in the catalogue). */
const KEY_ROWS: Array<[string, HelpRow]> = [
	['↑ ↓  j k', 'move'],
	['Enter', 'enter'],
	['1-9', 'digit'],
	['→ ← / n p', 'page'],
	['Esc  b', 'back'],
	['Space Enter', 'ordering'],
	['1-9  ← →', 'matching'],
	['Ctrl+W/U', 'deleteWord'],
	['Ctrl+D', 'explainDone'],
	['h  (Tab)', 'hint'],
	['PgUp PgDn', 'scrollQuestion'],
	['→ ←  r', 'walk'],
	['?', 'help'],
	['q', 'quit'],
	['Ctrl+C', 'interrupt'],
];

/** The key table: keys, and what they do in the run's language. */
export function keyHelp(): Array<[string, string]> {
	const rows = t().app.help.rows;
	return KEY_ROWS.map(([keys, row]) => [keys, rows[row]]);
}

const INDENT = 2;
const GAP = 2;
/** Below this many columns for the descriptions, each key goes on its own line with its description under it. */
const MIN_DESCRIPTION = 24;

/**
 * The key table as lines: keys in one column, descriptions in the next, wrapped descriptions continuing under
 * their own column. Columns are measured with the one width function, so wide glyphs do not shift them.
 */
export function keyHelpLines(width: number): string[] {
	const KEY_HELP = keyHelp();
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
	const help = t().app.help;
	const lines = [help.title, ...keyHelpLines(width), '', ...wrapText(help.saved, width)];
	const shown = lines.length > height ? [...lines.slice(0, height - 1), help.cut] : lines;
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
