// The one text-wrapping helper. Widths count East Asian wide characters as two columns.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) width += WIDE.test(char) ? 2 : 1;
	return width;
}

/** Word-wraps one paragraph to `width` columns; words longer than a line are split. */
export function wrapText(text: string, width: number): string[] {
	const limit = Math.max(1, Math.floor(width));
	const lines: string[] = [];
	let line = '';
	let lineWidth = 0;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		let rest = word;
		let restWidth = textWidth(rest);
		const gap = line ? 1 : 0;
		if (lineWidth + gap + restWidth <= limit) {
			line += (gap ? ' ' : '') + rest;
			lineWidth += gap + restWidth;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		lineWidth = 0;
		while (restWidth > limit) {
			let head = '';
			let headWidth = 0;
			for (const char of rest) {
				const w = textWidth(char);
				if (headWidth + w > limit) break;
				head += char;
				headWidth += w;
			}
			lines.push(head);
			rest = rest.slice(head.length);
			restWidth = textWidth(rest);
		}
		line = rest;
		lineWidth = restWidth;
	}
	if (line || lines.length === 0) lines.push(line);
	return lines;
}

/** Cuts a single line to `width` columns, ending with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
	if (textWidth(text) <= width) return text;
	let out = '';
	let used = 0;
	for (const char of text) {
		const w = textWidth(char);
		if (used + w > width - 1) break;
		out += char;
		used += w;
	}
	return `${out}…`;
}

/**
 * A web address as rows: whole on one row when it fits, else cut only at the width, with nothing else on its
 * rows (never at a word-wrap point, never indented), so the rows read back as the address.
 */
export function linkRows(url: string, width: number): string[] {
	const limit = Math.max(1, Math.floor(width));
	const rows: string[] = [];
	let row = '';
	let used = 0;
	for (const char of url) {
		const w = textWidth(char);
		if (used + w > limit) {
			rows.push(row);
			row = '';
			used = 0;
		}
		row += char;
		used += w;
	}
	return row || rows.length === 0 ? [...rows, row] : rows;
}
