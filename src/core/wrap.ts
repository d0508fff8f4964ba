// The one text-wrapping helper. Widths count East Asian wide characters as two columns.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) width += WIDE.test(char) ? 2 : 1;
	return width;
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

/** Word-wraps one paragraph to `width` columns; words longer than a line are split. */
export function wrapText(text: string, width: number): string[] {
	const limit = Math.max(1, Math.floor(width));
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
