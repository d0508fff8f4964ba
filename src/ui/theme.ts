// Colours and glyphs in one place. NO_COLOR (https://no-color.org) turns every colour off; bold and inverse stay.
import { textWidth } from '../core/wrap.js';

const noColor = typeof process.env.NO_COLOR === 'string' && process.env.NO_COLOR !== '';

const palette = {
	accent: 'cyan',
	good: 'green',
	bad: 'red',
	warn: 'yellow',
	muted: 'gray',
} as const;

export type Tone = keyof typeof palette;

export function color(tone: Tone): string | undefined {
	return noColor ? undefined : palette[tone];
}

// ---- Glyphs: what to draw on a terminal whose locale is not UTF-8. ----

/**
 * Each glyph the app draws (and box drawing, which Ink's borders use), with the ASCII character that stands for
 * it. One column for one column: the frame is laid out before it is translated, so a wider stand-in ("->")
 * would push everything after it out of line.
 */
export const ASCII_GLYPHS: Readonly<Record<string, string>> = {
	'❯': '>',
	'▶': '>',
	'→': '>',
	'←': '<',
	'↑': '^',
	'↓': 'v',
	'↕': '|',
	'·': '.',
	'•': '*',
	'…': '.',
	'✔': '+',
	'✓': '+',
	'✘': 'x',
	'✗': 'x',
	'█': '#',
	'░': '-',
	'◐': 'o',
	'–': '-',
	'—': '-',
	'─': '-',
	'━': '-',
	'═': '=',
	'│': '|',
	'┃': '|',
	'║': '|',
	'┌': '+',
	'┐': '+',
	'└': '+',
	'┘': '+',
	'├': '+',
	'┤': '+',
	'┬': '+',
	'┴': '+',
	'┼': '+',
	'╭': '+',
	'╮': '+',
	'╯': '+',
	'╰': '+',
	'▸': '>',
	'►': '>',
	'●': '*',
	'○': 'o',
	'◆': '*',
	'×': 'x',
	'«': '<',
	'»': '>',
	'↵': '<',
	'“': '"',
	'”': '"',
	'‘': "'",
	'’': "'",
};

/**
 * True when the locale says the terminal cannot show UTF-8: the first of LC_ALL, LC_CTYPE and LANG that is set
 * (the POSIX order) names no UTF-8 charset, e.g. `LANG=C` or `LC_ALL=en_US.ISO-8859-1`. With none set we keep
 * Unicode: a container's shell often sets no locale at all while the terminal it runs in shows UTF-8.
 */
export function asciiOnly(env: Readonly<Record<string, string | undefined>>, platform: string = process.platform): boolean {
	if (platform === 'win32') return false;
	const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
	return locale !== undefined && !/utf-?8/i.test(locale);
}

/** Every non-ASCII character as its ASCII stand-in, or `?` per column it takes; escape sequences are ASCII and pass. */
export function toAscii(text: string): string {
	return text.replace(/[^\u0000-\u007f]/gu, (char) => ASCII_GLYPHS[char] ?? '?'.repeat(textWidth(char)));
}

/** Makes everything written to `stream` ASCII (toAscii), for a tutor on a terminal that cannot show UTF-8. */
export function writeAsciiOnly(stream: NodeJS.WriteStream): void {
	const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
	stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? toAscii(chunk) : chunk, ...rest)) as typeof stream.write;
}
