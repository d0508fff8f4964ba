// The one text-wrapping helper. Widths come from the one width function (src/core/width.ts), the one Ink lays out
// with: an East Asian wide character takes two columns.
import stringWidth from './width.js';

export function textWidth(text: string): number {
	return stringWidth(text);
}

/** The longest start of `text` that fits in `width` columns. */
export function fitWidth(text: string, width: number): string {
	let out = '';
	let used = 0;
	for (const char of text) {
		const w = textWidth(char);
		if (used + w > width) break;
		out += char;
		used += w;
	}
	return out;
}

/** `text` cut at the width only, into rows of at most `width` columns (a character wider than that gets a row of its own). */
function cutAtWidth(text: string, width: number): string[] {
	const rows: string[] = [];
	let rest = text;
	while (textWidth(rest) > width) {
		const head = fitWidth(rest, width) || String.fromCodePoint(rest.codePointAt(0) as number);
		if (head === rest) break;
		rows.push(head);
		rest = rest.slice(head.length);
	}
	return [...rows, rest];
}

/** Word-wraps one paragraph to `width` columns; words longer than a line are split. Chinese text: see wrapCjk. */
export function wrapText(text: string, width: number): string[] {
	const limit = Math.max(1, Math.floor(width));
	if (CJK_CHAR.test(text)) return wrapCjk(text, limit);
	const lines: string[] = [];
	let line = '';
	let lineWidth = 0;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const wordWidth = textWidth(word);
		const gap = line ? 1 : 0;
		if (lineWidth + gap + wordWidth <= limit) {
			line += (gap ? ' ' : '') + word;
			lineWidth += gap + wordWidth;
			continue;
		}
		if (line) lines.push(line);
		const rows = cutAtWidth(word, limit);
		line = rows.pop() as string;
		lineWidth = textWidth(line);
		lines.push(...rows);
	}
	if (line || lines.length === 0) lines.push(line);
	return lines;
}

/** Han characters, kana, CJK punctuation and full-width forms: text broken between any two of them. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Punctuation a line may not start with (closing marks, pauses, stops) ... */
const NO_START = new Set([...'，。、；：？！」』）】〉》〕〗〙〛”’…·%，．：；？！）｝］〜']);
/** ... and may not end with (opening marks). */
const NO_END = new Set([...'「『（【〈《〔〖〘〚“‘｛［']);

interface Unit {
	text: string;
	width: number;
	/** A space stood before it in the text: a line break may go there, and the space is kept inside a line. */
	space: boolean;
}

/** The unbreakable pieces of Chinese text: each CJK character, each run of Latin letters, digits and signs, each `code` span. */
function units(text: string): Unit[] {
	const out: Unit[] = [];
	let space = false;
	let run = '';
	const flush = () => {
		if (run) out.push({ text: run, width: textWidth(run), space });
		if (run) space = false;
		run = '';
	};
	const chars = [...text];
	for (let i = 0; i < chars.length; i++) {
		const char = chars[i] as string;
		if (/\s/.test(char)) {
			flush();
			space = out.length > 0;
		} else if (char === '`' && chars.indexOf('`', i + 1) !== -1) {
			// A `code` span stays whole (what is in it is typed as it is), unless it is wider than a line.
			const end = chars.indexOf('`', i + 1);
			run += chars.slice(i, end + 1).join('');
			i = end;
		} else if (CJK_CHAR.test(char)) {
			flush();
			out.push({ text: char, width: textWidth(char), space });
			space = false;
		} else run += char;
	}
	flush();
	return out;
}

/**
 * Wraps text holding Chinese the way its readers expect: a line may break between any two CJK characters, never
 * inside a Latin word, a command or a `code` span, never before closing punctuation (，。」） ...) and never after
 * opening punctuation (「（ ...): the character before such a mark goes to the next line with it.
 */
function wrapCjk(text: string, limit: number): string[] {
	const lines: Unit[][] = [];
	let line: Unit[] = [];
	let used = 0;
	const widthOf = (row: Unit[]) => row.reduce((sum, unit, i) => sum + unit.width + (i > 0 && unit.space ? 1 : 0), 0);
	for (const unit of units(text)) {
		const gap = line.length > 0 && unit.space ? 1 : 0;
		if (used + gap + unit.width <= limit) {
			line.push(unit);
			used += gap + unit.width;
			continue;
		}
		const next: Unit[] = [];
		// No line starts with closing punctuation: the unit before it comes along, and the one before that if it
		// is closing punctuation too (」。); a row of one unit keeps it.
		while (NO_START.has((next[0] ?? unit).text) && line.length > 1) next.unshift(...line.splice(-1));
		// No line ends with opening punctuation: it goes down with what it opens.
		while (line.length > 1 && NO_END.has((line.at(-1) as Unit).text)) next.unshift(...line.splice(-1));
		if (line.length) lines.push(line);
		line = [...next, unit];
		used = widthOf(line);
		// A unit wider than a line (a long command) is cut at the width.
		if (used > limit && line.length === 1) {
			const rows = cutAtWidth(unit.text, limit);
			const last = rows.pop() as string;
			for (const row of rows) lines.push([{ text: row, width: textWidth(row), space: false }]);
			line = [{ text: last, width: textWidth(last), space: false }];
			used = textWidth(last);
		}
	}
	if (line.length || lines.length === 0) lines.push(line);
	return lines.map((row) => row.map((unit, i) => (i > 0 && unit.space ? ` ${unit.text}` : unit.text)).join(''));
}

/** Cuts a single line to `width` columns, ending with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
	return textWidth(text) <= width ? text : `${fitWidth(text, width - 1)}…`;
}

/**
 * A web address as rows: whole on one row when it fits, else cut only at the width, with nothing else on its
 * rows (never at a word-wrap point, never indented), so the rows read back as the address.
 */
export function linkRows(url: string, width: number): string[] {
	return cutAtWidth(url, Math.max(1, Math.floor(width)));
}
