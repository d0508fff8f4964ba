// The bundled lessons in every language: each learner-facing string has its zh-Hant and zh-Hans text, which keeps
// the English's `code` and numbers, and every diagram has its description (alt) in all three.
import { describe, expect, it } from 'vitest';
import { readLessonFiles } from '../../../src/core/bank.js';
import { translatableStrings, translationProblems, untouchables } from '../../../src/core/i18n/strings.js';
import type { Chapter } from '../../../src/core/schema.js';
import { bundledLessonsDir } from '../../../src/meta.js';

const read = readLessonFiles(bundledLessonsDir());
const chapters = read.ok ? read.files.map((file) => JSON.parse(file.text) as Chapter) : [];

describe('untouchables', () => {
	it('are code spans and numbers', () => {
		expect(untouchables('Run `docker run --rm alpine` on 1,024 CPUs since Linux 6.3')).toEqual(['`docker run --rm alpine`', '1024', '6.3']);
	});
});

describe('translationProblems', () => {
	it('names a missing, an empty and a changed translation by path', () => {
		const chapter = structuredClone(chapters[0]!);
		const [first, second, third] = translatableStrings(chapter);
		(chapter as { title: unknown }).title = first!.en;
		(chapter as { summary: unknown }).summary = { en: 'Use `ls` 2 times', 'zh-Hant': ' ', 'zh-Hans': '用 `ls` 两次' };
		const problems = translationProblems(chapter, 'zh-Hans');
		expect(problems).toContainEqual({ at: 'title', message: 'has no zh-Hans text' });
		expect(problems).toContainEqual({ at: 'summary.zh-Hans', message: 'loses "2" of the English (code and numbers stay as they are)' });
		expect(translationProblems(chapter, 'zh-Hant')).toContainEqual({ at: 'summary', message: 'has no zh-Hant text' });
		expect(second && third).toBeTruthy();
	});
});

describe('the bundled lessons', () => {
	it.each(['zh-Hant', 'zh-Hans'] as const)('are complete in %s', (locale) => {
		expect(chapters).toHaveLength(9);
		for (const chapter of chapters) expect(translationProblems(chapter, locale), chapter.id).toEqual([]);
	});

	it('describe every diagram and walk in words, in all three languages', () => {
		for (const chapter of chapters) {
			for (const page of chapter.pages) if (page.diagram) expect(typeof page.diagram.alt === 'object' && Object.keys(page.diagram.alt).sort(), `${chapter.id}/${page.id}`).toEqual(['en', 'zh-Hans', 'zh-Hant']);
			for (const walk of chapter.walks ?? []) expect(typeof walk.alt === 'object' && Object.keys(walk.alt).sort(), `${chapter.id}/${walk.id}`).toEqual(['en', 'zh-Hans', 'zh-Hant']);
		}
	});
});
