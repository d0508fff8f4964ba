// Every screen renders inside this: a title line, a body of at most `bodyHeight` lines, an optional notice,
// and the key-hint bar. The whole frame stays one line shorter than the terminal, so Ink never has to clear
// and redraw the screen on each key (which flickers).
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { t } from '../../core/i18n/messages.js';
import { textWidth, truncate, wrapText } from '../../core/wrap.js';
import { color } from '../theme.js';

export const CHROME_LINES = 4; // title, blank, hint bar, spare line at the bottom

export interface KeyHint {
	keys: string;
	action: string;
}

/** The body's rows: what the chrome and the status lines under the body (a notice, a save warning) leave. */
export function bodyHeight(rows: number, statusLines = 0): number {
	return Math.max(1, rows - CHROME_LINES - statusLines);
}

/** A lasting warning (a failed save) as drawn: wrapped, never cut, since its end says what happens next. */
export function warningLines(warning: string | undefined, width: number): string[] {
	return warning ? wrapText(warning, width) : [];
}

/**
 * The key bar as one line: the separators tighten before anything is cut, and then the hints before the last
 * are cut, so the last one (how to quit) always stays in view.
 */
export function keyHintText(hints: KeyHint[], width: number): string {
	const parts = hints.map((hint) => `${hint.keys} ${hint.action}`);
	const text = ['  ·  ', ' · ', '  '].map((separator) => parts.join(separator)).find((line) => textWidth(line) <= width);
	if (text !== undefined) return text;
	const last = parts.at(-1) ?? '';
	const room = width - textWidth(last) - 3;
	return room >= 8 ? `${truncate(parts.slice(0, -1).join(' · '), room)} · ${last}` : truncate(parts.join(' · '), width);
}

export function KeyHints({ hints, width }: { hints: KeyHint[]; width: number }) {
	return <Text color={color('muted')}>{keyHintText(hints, width)}</Text>;
}

export function Layout(props: {
	title: string;
	right?: string;
	width: number;
	hints: KeyHint[];
	notice?: string | undefined;
	/** A warning that stays until its cause is gone (a failed save), unlike the notice. */
	warning?: string | undefined;
	children: ReactNode;
}) {
	const right = props.right ?? '';
	// Columns, not characters: a CJK character takes two.
	const title = truncate(props.title, Math.max(1, props.width - textWidth(right) - 2));
	const gap = Math.max(1, props.width - textWidth(title) - textWidth(right));
	return (
		// No fixed width: while a resize is being handled, Ink wraps to the new terminal width itself, so the
		// terminal never wraps a line behind Ink's back.
		<Box flexDirection="column">
			<Text>
				<Text bold color={color('accent')}>
					{title}
				</Text>
				{' '.repeat(gap)}
				<Text color={color('muted')}>{right}</Text>
			</Text>
			<Text> </Text>
			<Box flexDirection="column">{props.children}</Box>
			{props.warning ? <Text color={color('warn')}>{warningLines(props.warning, props.width).join('\n')}</Text> : null}
			{props.notice ? <Text color={color('warn')}>{truncate(props.notice, props.width)}</Text> : null}
			<KeyHints hints={props.hints} width={props.width} />
		</Box>
	);
}

/** A window of pre-wrapped lines, `height` tall, starting at `scroll`, with a marker when more is hidden. */
export function LineView({ lines, height, scroll }: { lines: ReactNode[]; height: number; scroll: number }) {
	const more = lines.length > height;
	const top = Math.min(Math.max(0, scroll), maxScroll(lines.length, height));
	const visible = lines.slice(top, top + (more ? height - 1 : height));
	return (
		<Box flexDirection="column">
			{visible.map((line, i) => (
				<Box key={top + i}>{typeof line === 'string' ? <Text>{line || ' '}</Text> : line}</Box>
			))}
			{more ? (
				<Text color={color('muted')}>
					{top + height - 1 < lines.length ? t().app.more.below(top + 1, top + height - 1, lines.length) : t().app.more.above(top + 1, lines.length)}
				</Text>
			) : null}
		</Box>
	);
}

export function maxScroll(lineCount: number, height: number): number {
	return lineCount > height ? lineCount - (height - 1) : 0;
}
