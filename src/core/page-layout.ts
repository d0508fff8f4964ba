// A lesson page laid out as terminal lines: prose wrapped to the width, the diagram kept as drawn (cut, never
// wrapped). Pure, so the reader renders it and the lesson tests check that every page fits an 80x24 terminal.
import type { Page } from './schema.js';
import { localize } from './text.js';
import { truncate, wrapText } from './wrap.js';

export type PageLineKind = 'title' | 'text' | 'diagram' | 'caption' | 'point' | 'blank';
export interface PageLine {
	kind: PageLineKind;
	text: string;
}

export function layoutPage(page: Page, width: number): PageLine[] {
	const lines: PageLine[] = [{ kind: 'title', text: truncate(localize(page.title), width) }];
	const blank = () => lines.push({ kind: 'blank', text: '' });
	for (const paragraph of page.body) {
		blank();
		for (const text of wrapText(localize(paragraph), width)) lines.push({ kind: 'text', text });
	}
	if (page.diagram) {
		blank();
		for (const line of page.diagram.lines) lines.push({ kind: 'diagram', text: truncate(line, width) });
		if (page.diagram.caption) lines.push({ kind: 'caption', text: truncate(localize(page.diagram.caption), width) });
	}
	if (page.keyPoints?.length) {
		blank();
		for (const point of page.keyPoints) {
			wrapText(localize(point), width - 2).forEach((text, i) => lines.push({ kind: 'point', text: `${i === 0 ? '•' : ' '} ${text}` }));
		}
	}
	return lines;
}
