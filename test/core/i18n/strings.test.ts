// The list of a chapter's text for learners: every string a screen can show, and nothing that is not text.
import { describe, expect, it } from 'vitest';
import { readLessonFiles } from '../../../src/core/bank.js';
import { translatableStrings } from '../../../src/core/i18n/strings.js';
import type { Chapter } from '../../../src/core/schema.js';
import { bundledLessonsDir } from '../../../src/meta.js';

const read = readLessonFiles(bundledLessonsDir());
const chapters = read.ok ? read.files.map((file) => JSON.parse(file.text) as Chapter) : [];

/** Every string in a JSON value, by path, for comparing with the list. */
function allStrings(value: unknown, path = ''): Map<string, string> {
	const out = new Map<string, string>();
	if (typeof value === 'string') out.set(path, value);
	else if (value && typeof value === 'object' && 'en' in value && typeof (value as { en: unknown }).en === 'string') out.set(path, (value as { en: string }).en);
	else if (Array.isArray(value)) value.forEach((v, i) => allStrings(v, `${path}[${i}]`).forEach((s, p) => out.set(p, s)));
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) allStrings(v, path ? `${path}.${k}` : k).forEach((s, p) => out.set(p, s));
	return out;
}

describe('translatableStrings', () => {
	it('lists each string at its real JSON path, with its English', () => {
		expect(chapters.length).toBe(9);
		for (const chapter of chapters) {
			const strings = allStrings(chapter);
			for (const entry of translatableStrings(chapter)) expect(strings.get(entry.path), entry.path).toBe(entry.en);
		}
	});

	it('covers every string but ids, tags, answers, commands, addresses, marks, diagram art, sources and terms', () => {
		const notText = /(^|\.)(\$schema|id|type|answer|answers|tags|misconception|url|mark|src|dst|placeholder|terms|followUps|wrongOrder|left|right)(\[\d+\])?$|\.source\.title$|\.moreSources\[\d+\]\.title$|diagram(\.lines)?\[\d+\]$|\.accept\[\d+\]$|\.nearMisses\[\d+\]\.answer$|\.answer\.[a-z0-9-]+$|\.strictOptions\[\d+\]$|^walks\[\d+\]\.source\.title$|\.kind$/;
		for (const chapter of chapters) {
			const listed = new Set(translatableStrings(chapter).map((entry) => entry.path));
			const left = [...allStrings(chapter).keys()].filter((path) => !listed.has(path) && !notText.test(path));
			expect(left, chapter.id).toEqual([]);
		}
	});
});
