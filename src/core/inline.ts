// `Code` in lesson text: the wrapped lines of one paragraph as plain and code spans, backticks dropped. A span
// may continue onto the next line; a paragraph with an unpaired backtick is left as written.
import { fitWidth, textWidth } from './wrap.js';

export interface Span {
	text: string;
	code: boolean;
}

/** Text as it reads once `code` is drawn: the backticks that mark it dropped (an unpaired one stays). */
export function withoutTicks(text: string): string {
	return (codeSpans([text])[0] ?? []).map((span) => span.text).join('');
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

/**
 * One line cut to `width` drawn columns, as spans: backticks that mark `code` are not drawn, so they do not
 * count, and a code span cut short stays code. Ends with an ellipsis when cut.
 */
export function truncateSpans(text: string, width: number): Span[] {
	const spans = codeSpans([text])[0] ?? [];
	if (textWidth(spans.map((span) => span.text).join('')) <= width) return spans;
	const out: Span[] = [];
	let room = Math.max(0, width - 1);
	for (const span of spans) {
		const kept = fitWidth(span.text, room);
		room -= textWidth(kept);
		if (kept) out.push({ text: kept, code: span.code });
		if (kept.length < span.text.length) break;
	}
	out.push({ text: '…', code: false });
	return out;
}
