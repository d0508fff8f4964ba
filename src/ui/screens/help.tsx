import { Box, Text } from 'ink';

export const KEY_HELP: Array<[string, string]> = [
	['↑ ↓  j k', 'move in a list, scroll a page'],
	['Enter', 'choose; next page; next question'],
	['1-9', 'pick a choice by its number'],
	['→ ← / n p', 'next / previous page of a lesson'],
	['Esc  b', 'back'],
	['Space', 'ordering: pick up / drop the item'],
	['h  (Tab)', 'next hint (Tab while typing an answer)'],
	['→ ←  r', 'packet walk: next / previous hop; route it'],
	['?', 'show or hide this help'],
	['q', 'quit (progress is already saved); a letter while typing'],
	['Ctrl+C', 'quit at once (progress is already saved)'],
];

export function HelpScreen() {
	return (
		<Box flexDirection="column">
			<Text bold>Keys</Text>
			{KEY_HELP.map(([keys, what]) => (
				<Text key={keys}>
					{`  ${keys.padEnd(12)}`}
					{what}
				</Text>
			))}
			<Text> </Text>
			<Text>Every answer is saved the moment you give it. Press ? or Esc to close.</Text>
		</Box>
	);
}
