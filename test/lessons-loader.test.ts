// The app's lesson loader: bundled files the build validated are used as plain JSON; anything else is validated.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chapterOutline, lessonsDigest, outlineLessons, readLessonFiles } from '../src/core/bank.js';
import type { Chapter } from '../src/core/schema.js';
import { buildBank } from '../src/core/validate.js';
import { deferredBank, loadLessons, trustedBank } from '../src/lessons.js';
import { bundledLessonsDir } from '../src/meta.js';
import { fixtureChapter } from './helpers.js';

const read = readLessonFiles(bundledLessonsDir());
if (!read.ok) throw new Error('the bundled lessons cannot be read');
const { files } = read;
const outline = outlineLessons(files, files.map(({ text }) => JSON.parse(text) as Chapter));

describe('trustedBank', () => {
	it('digests the bytes read from disk exactly as their text', () => {
		expect(files.every((f) => f.bytes !== undefined)).toBe(true);
		expect(lessonsDigest(files)).toBe(lessonsDigest(files.map((f) => ({ file: f.file, text: f.text }))));
	});

	it('gives exactly the bank that full validation gives, for files with the recorded digest', () => {
		const validated = buildBank(files);
		expect(validated.ok).toBe(true);
		expect(trustedBank(files, outline)).toEqual(validated);
	});

	it('parses a chapter only when something reads its pages, questions or walks; ids come from the outline', () => {
		const result = trustedBank(files, outline);
		if (!result?.ok) throw new Error('not trusted');
		const parse = vi.spyOn(JSON, 'parse');
		const { chapters, questions } = result.bank;
		expect(chapters.map((c) => c.order)).toEqual([...chapters.map((c) => c.order)].sort((a, b) => a - b));
		const first = chapters[0]!;
		expect(chapterOutline(first).questionIds.length).toBeGreaterThan(0);
		expect(questions.has(chapterOutline(first).questionIds[0]!)).toBe(true);
		expect(parse).not.toHaveBeenCalled();
		expect(first.pages.length).toBe(chapterOutline(first).pageIds.length);
		expect(parse).toHaveBeenCalledTimes(1);
		expect(questions.get(chapterOutline(first).questionIds[0]!)?.question.id).toBe(chapterOutline(first).questionIds[0]);
		expect(parse).toHaveBeenCalledTimes(1);
		parse.mockRestore();
	});

	it('refuses files whose digest differs by one byte, or when no digest was recorded', () => {
		const digest = outline;
		// An edited file as the loader would read it: new bytes (a file object holds the bytes it was read with).
		const edited = files.map((f, i) => (i === 0 ? { file: f.file, text: `${f.text} `, bytes: Buffer.from(`${f.text} `) } : f));
		expect(trustedBank([{ file: files[0]!.file, text: `${files[0]!.text} ` }, ...files.slice(1)], digest)).toBeUndefined();
		expect(trustedBank(edited, digest)).toBeUndefined();
		expect(trustedBank(files, undefined)).toBeUndefined();
		const renamed = files.map((f, i) => (i === 0 ? { ...f, file: `${f.file}.x.json` } : f));
		expect(trustedBank(renamed, digest)).toBeUndefined();
	});
});

describe('deferredBank (the tutor: names and sizes at start, contents checked after the first frame)', () => {
	const copy = () => {
		const dir = mkdtempSync(join(tmpdir(), 'cvm-lessons-'));
		cpSync(bundledLessonsDir(), dir, { recursive: true });
		return dir;
	};

	it('starts without parsing a chapter, and verify() reads the files and checks their digest', () => {
		const dir = copy();
		const parse = vi.spyOn(JSON, 'parse');
		const load = deferredBank(dir, outline);
		expect(load?.ok && load.bank.chapters.length).toBe(9);
		expect(parse).not.toHaveBeenCalled();
		parse.mockRestore();
		expect(load?.verify?.()).toBe(true);
		const trusted = trustedBank(files, outline);
		expect(load?.ok && load.bank).toEqual(trusted?.ok && trusted.bank);
		rmSync(dir, { recursive: true });
	});

	it('a file edited to the same size passes the listing and fails verify(); another size fails at once', () => {
		const dir = copy();
		const name = outline.chapters[0]!.file;
		const text = readFileSync(join(dir, name), 'utf8');
		writeFileSync(join(dir, name), text.replace('"order": 1', '"order": 7'));
		const load = deferredBank(dir, outline);
		expect(load?.ok).toBe(true);
		expect(load?.verify?.()).toBe(false);
		writeFileSync(join(dir, name), `${text} `);
		expect(deferredBank(dir, outline)).toBeUndefined();
		rmSync(dir, { recursive: true });
	});

	it('verify() is false, not a throw, when a file went away after the listing', () => {
		const dir = copy();
		const load = deferredBank(dir, outline);
		rmSync(join(dir, outline.chapters[2]!.file));
		expect(load?.verify?.()).toBe(false);
		rmSync(dir, { recursive: true });
	});
});

describe('loadLessons', () => {
	it('validates any folder other than the bundled one, and reports its problems', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cvm-lessons-'));
		const chapter = fixtureChapter() as { questions: Array<{ answer?: unknown }> };
		chapter.questions[0]!.answer = 'nope';
		writeFileSync(join(dir, 'a.json'), JSON.stringify(chapter));
		const result = await loadLessons(dir);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems[0]?.at).toBe('questions[0].answer');
	});

	it('loads the bundled lessons', async () => {
		const result = await loadLessons();
		expect(result.ok && result.bank.chapters.length).toBe(9);
	});
});

describe('the build', () => {
	it('recorded the digest and outline of the bundled lessons it validated (dist/lessons.outline.json), so the app skips validating them', () => {
		// `npm test` builds before it runs vitest; a stale digest here means the shipped app validates on every start.
		expect(JSON.parse(readFileSync(join(bundledLessonsDir(), '../dist/lessons.outline.json'), 'utf8'))).toEqual(outline);
		expect(outline.digest).toBe(lessonsDigest(files));
	});
});
