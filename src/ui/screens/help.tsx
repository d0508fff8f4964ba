import { Box, Text } from 'ink';
import { truncate, wrapText } from '../../core/wrap.js';

export const KEY_HELP: Array<[string, string]> = [
	['↑ ↓  j k', 'move in a list, scroll a page'],
	['Enter', 'choose; next page; next question'],
	['1-9', 'open the item showing that number (chapter, choice)'],
	['→ ← / n p', 'next / previous page of a lesson'],
	['Esc  b', 'back'],
	['Space Enter', 'ordering: pick up / drop the item'],
	['h  (Tab)', 'next hint (Tab while typing an answer)'],
	['→ ←  r', 'packet walk: next / previous hop; route it'],
	['?', 'show or hide this help'],
	['q', 'quit (progress is already saved); a letter while typing'],
	['Ctrl+C', 'quit at once (progress is already saved)'],
];

export function HelpScreen({ width, height }: { width: number; height: number }) {
	const lines = [
		'Keys',
		...KEY_HELP.map(([keys, what]) => `  ${keys.padEnd(12)}${what}`),
		'',
		'Every answer is saved the moment you give it. Press ? or Esc to close.',
	].flatMap((line) => (line ? wrapText(line, width) : ['']));
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
