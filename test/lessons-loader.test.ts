// The app's lesson loader: bundled files the build validated are used as plain JSON; anything else is validated.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonsDigest, readLessonFiles } from '../src/core/bank.js';
import { buildBank } from '../src/core/validate.js';
import { loadLessons, trustedBank } from '../src/lessons.js';
import { bundledLessonsDir } from '../src/meta.js';
import { fixtureChapter } from './helpers.js';

const read = readLessonFiles(bundledLessonsDir());
if (!read.ok) throw new Error('the bundled lessons cannot be read');
const { files } = read;

describe('trustedBank', () => {
	it('gives exactly the bank that full validation gives, for files with the recorded digest', () => {
		const validated = buildBank(files);
		expect(validated.ok).toBe(true);
		expect(trustedBank(files, lessonsDigest(files))).toEqual(validated);
	});

	it('refuses files whose digest differs by one byte, or when no digest was recorded', () => {
		const digest = lessonsDigest(files);
		const edited = files.map((f, i) => (i === 0 ? { ...f, text: `${f.text} ` } : f));
		expect(trustedBank(edited, digest)).toBeUndefined();
		expect(trustedBank(files, undefined)).toBeUndefined();
		const renamed = files.map((f, i) => (i === 0 ? { ...f, file: `${f.file}.x.json` } : f));
		expect(trustedBank(renamed, digest)).toBeUndefined();
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
	it('recorded the digest of the bundled lessons it validated (dist/lessons.digest), so the app skips validating them', () => {
		// `npm test` builds before it runs vitest; a stale digest here means the shipped app validates on every start.
		expect(readFileSync(join(bundledLessonsDir(), '../dist/lessons.digest'), 'utf8').trim()).toBe(lessonsDigest(files));
	});
});
