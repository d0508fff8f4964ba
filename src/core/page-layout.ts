// A lesson page laid out as terminal lines: prose wrapped to the width, the diagram kept as drawn (cut, never
// wrapped). Pure, so the reader renders it and the lesson tests check that every page fits an 80x24 terminal.
import type { Page } from './schema.js';
import { codeSpans, type Span } from './inline.js';
import { localize } from './text.js';
import { truncate, wrapText } from './wrap.js';

export type PageLineKind = 'title' | 'text' | 'diagram' | 'caption' | 'point' | 'blank';
export interface PageLine {
	kind: PageLineKind;
	text: string;
	/** Prose and key points: the line as plain and `code` spans (backticks dropped). */
	spans?: Span[];
}

export function layoutPage(page: Page, width: number): PageLine[] {
	const lines: PageLine[] = [{ kind: 'title', text: truncate(localize(page.title), width) }];
	const blank = () => lines.push({ kind: 'blank', text: '' });
	for (const paragraph of page.body) {
		blank();
		const wrapped = wrapText(localize(paragraph), width);
		codeSpans(wrapped).forEach((spans, i) => lines.push({ kind: 'text', text: wrapped[i] as string, spans }));
	}
	if (page.diagram) {
		blank();
		for (const line of page.diagram.lines) lines.push({ kind: 'diagram', text: truncate(line, width) });
		if (page.diagram.caption) lines.push({ kind: 'caption', text: truncate(localize(page.diagram.caption), width) });
	}
	if (page.keyPoints?.length) {
		blank();
		for (const point of page.keyPoints) {
			const wrapped = wrapText(localize(point), width - 2);
			codeSpans(wrapped).forEach((spans, i) => {
				const bullet = i === 0 ? '• ' : '  ';
				lines.push({ kind: 'point', text: `${bullet}${wrapped[i]}`, spans: [{ text: bullet, code: false }, ...spans] });
			});
		}
	}
	return lines;
}
