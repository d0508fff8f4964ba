// The first frame costs what the home menu needs and no more: drawn from the lessons' outline, it parses no
// chapter, with or without cards due for review (each chapter is parsed when it is opened).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { outlineLessons, readLessonFiles } from '../../src/core/bank.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import type { Chapter } from '../../src/core/schema.js';
import { trustedBank } from '../../src/lessons.js';
import { bundledLessonsDir } from '../../src/meta.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { cleanupInk, renderInk, tempDir } from '../helpers.js';

afterEach(async () => {
	await cleanupInk();
	vi.restoreAllMocks();
});

function lazyBundledBank() {
	const read = readLessonFiles(bundledLessonsDir());
	if (!read.ok) throw new Error('unreadable lessons');
	const outline = outlineLessons(read.files, read.files.map(({ text }) => JSON.parse(text) as Chapter));
	const result = trustedBank(read.files, outline);
	if (!result?.ok) throw new Error('not trusted');
	return result.bank;
}

describe('the home menu on start', () => {
	it.each([
		['no progress', emptyProgress()],
		['a wrong answer due for review', { ...emptyProgress(), answers: [{ questionId: 'hva-tf-lightweight-vm', chapterId: 'house-vs-apartment', correct: false, credit: 0, at: '2026-11-01T10:00:00.000Z', mode: 'quiz' as const }] } satisfies Progress],
	])('parses no chapter (%s)', async (_what, progress) => {
		const bank = lazyBundledBank();
		const parse = vi.spyOn(JSON, 'parse');
		const { store } = openProgressStore({ cwd: tempDir() });
		const app = await renderInk(<App initial={initialState(bank, progress, undefined, new Date('2026-11-30T10:00:00.000Z'))} store={store} onExit={() => {}} />);
		expect(app.lastFrame()).toContain('Review (');
		expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.includes('"formatVersion"'))).toEqual([]);
	});
});
