// Translations waiting to go into the lesson files (docs/translations/<lesson file>.json, one per chapter,
// written by translators from `translatableStrings`): each covers its chapter exactly, says the English it
// translates (so a later change to the English shows up as stale), and leaves code, commands and numbers alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatableStrings } from '../../../src/core/i18n/strings.js';
import type { Chapter } from '../../../src/core/schema.js';
import { bundledLessonsDir } from '../../../src/meta.js';

const DIR = join(import.meta.dirname, '../../../docs/translations');
const LOCALES = ['zh-Hant', 'zh-Hans'] as const;

interface Entry {
	path: string;
	en: string;
	'zh-Hant': string;
	'zh-Hans': string;
}
interface Sidecar {
	file: string;
	strings: Entry[];
	/** A text description of each diagram (pages[N].diagram, walks[N]) for plain mode, in all three languages. */
	alt: Entry[];
	/** Key point terms a learner writing in Chinese would use, per locale. */
	terms: Array<{ path: string; 'zh-Hant': string[]; 'zh-Hans': string[] }>;
}

const sidecars = existsSync(DIR) ? readdirSync(DIR).filter((name) => name.endsWith('.json')) : [];

/** What must come through a translation unchanged: `code`, numbers, and ASCII words with a digit, dash or dot inside. */
function untouchables(text: string): string[] {
	const code = [...text.matchAll(/`[^`]+`/g)].map((m) => m[0]);
	const rest = text.replace(/`[^`]+`/g, ' ');
	const numbers = [...rest.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/,/g, ''));
	return [...code, ...numbers];
}

describe('untouchables', () => {
	it('are code spans and numbers', () => {
		expect(untouchables('Run `docker run --rm alpine` on 1,024 CPUs since Linux 6.3')).toEqual(['`docker run --rm alpine`', '1024', '6.3']);
	});
});

describe.runIf(sidecars.length > 0)('docs/translations', () => {
	it.each(sidecars)('%s covers its chapter, is current, and keeps code and numbers', (name) => {
		const sidecar = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Sidecar;
		const chapter = JSON.parse(readFileSync(join(bundledLessonsDir(), sidecar.file), 'utf8')) as Chapter;
		const wanted = translatableStrings(chapter);
		const given = new Map(sidecar.strings.map((entry) => [entry.path, entry]));
		expect([...given.keys()].sort()).toEqual(wanted.map((entry) => entry.path).sort());
		const problems: string[] = [];
		for (const { path, en } of wanted) {
			const entry = given.get(path) as Entry;
			if (entry.en !== en) problems.push(`${path}: stale (the English changed)`);
			for (const locale of LOCALES) {
				const text = entry[locale];
				if (typeof text !== 'string' || !text.trim()) {
					problems.push(`${path}: no ${locale}`);
					continue;
				}
				const keep = untouchables(text.replace(/，/g, ','));
				for (const token of untouchables(en)) if (!keep.includes(token)) problems.push(`${path} ${locale}: lost ${token}`);
			}
		}
		const diagrams = [...chapter.pages.flatMap((page, p) => (page.diagram ? [`pages[${p}].diagram`] : [])), ...(chapter.walks ?? []).map((_, w) => `walks[${w}]`)];
		expect(sidecar.alt.map((entry) => entry.path).sort()).toEqual(diagrams.sort());
		for (const entry of sidecar.alt) for (const locale of ['en', ...LOCALES] as const) if (!entry[locale]?.trim()) problems.push(`${entry.path}: alt has no ${locale}`);
		const points = new Set(chapter.questions.flatMap((question, q) => (question.type === 'explain' ? question.keyPoints.map((_, k) => `questions[${q}].keyPoints[${k}]`) : [])));
		for (const entry of sidecar.terms) {
			if (!points.has(entry.path)) problems.push(`${entry.path}: terms for no key point`);
			for (const locale of LOCALES) if (!Array.isArray(entry[locale]) || entry[locale].length === 0) problems.push(`${entry.path}: no ${locale} terms`);
		}
		expect(problems).toEqual([]);
	});
});
