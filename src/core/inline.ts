// `Code` in lesson text: the wrapped lines of one paragraph as plain and code spans, backticks dropped. A span
// may continue onto the next line; a paragraph with an unpaired backtick is left as written.
export interface Span {
	text: string;
	code: boolean;
}

export function codeSpans(lines: readonly string[]): Span[][] {
	const ticks = lines.reduce((n, line) => n + line.split('`').length - 1, 0);
	if (ticks % 2 !== 0) return lines.map((text) => [{ text, code: false }]);
	let inCode = false;
	return lines.map((line) => {
		const spans: Span[] = [];
		line.split('`').forEach((part, i) => {
			if (i > 0) inCode = !inCode;
			if (part) spans.push({ text: part, code: inCode });
		});
		return spans;
	});
}
