// Quitting: the one line that says where progress is, and when it could not be saved, a copy and the way back.
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/commands.js';
import { emptyProgress, markPageRead, type Progress } from '../../src/core/progress.js';
import { openProgressStore, type ProgressStore } from '../../src/store/progress-store.js';
import { farewell } from '../../src/start.js';
import { tempDir } from '../helpers.js';

const answered = (progress: Progress, questionId: string): Progress => ({
	...progress,
	answers: [...progress.answers, { questionId, chapterId: 'c', correct: true, credit: 1, at: `2026-01-01T00:00:0${progress.answers.length}.000Z`, mode: 'quiz' }],
});

/** A farewell that says the progress is safe. */
const saved = (text: string) => ({ text, saved: true });

describe('farewell', () => {
	it('says where progress is saved and how to continue', () => {
		const { store, progress } = openProgressStore({ cwd: tempDir() });
		expect(farewell(store)).toEqual(saved(`No progress yet; it will be kept in ${store.path}.`));
		store.save(answered(progress, 'q1'));
		expect(farewell(store)).toEqual(saved(`Saved to ${store.path}. Run \`cvm-tutor\` to continue.`));
	});

	it('writes the home folder as ~, so the usual line fits 80 columns', () => {
		// A made-up home folder: the real user's is never touched.
		const realHome = process.env.HOME;
		process.env.HOME = tempDir();
		try {
			const store = { path: join(homedir(), '.config', 'cvm-tutor', 'progress.json'), unsaved: undefined } as unknown as ProgressStore;
			expect(farewell(store)).toEqual(saved('No progress yet; it will be kept in ~/.config/cvm-tutor/progress.json.'));
			mkdirSync(dirname(store.path), { recursive: true });
			writeFileSync(store.path, '{}');
			expect(farewell(store)).toEqual(saved('Saved to ~/.config/cvm-tutor/progress.json. Run `cvm-tutor` to continue.'));
		} finally {
			process.env.HOME = realHome;
		}
	});

	it('with unsaved progress: says why, writes a private copy, and `import` brings it back', () => {
		const home = tempDir();
		const path = join(home, 'progress.json');
		writeFileSync(path, JSON.stringify(markPageRead(emptyProgress(), 'c', 'p1')));
		chmodSync(path, 0o444);
		const { store, progress } = openProgressStore({ cwd: home });
		expect(() => store.save(answered(progress, 'q1'))).toThrow();
		const folder = tempDir();
		const { text: line, saved: safe } = farewell(store, new Date('2026-01-02T03:04:05.678Z'), folder);
		expect(safe).toBe(false);
		const [copyName] = readdirSync(folder);
		const copy = join(folder, copyName!);
		expect(line).toBe(`Progress NOT saved: ${path} is read-only. A copy is in ${copy}; once ${path} can be written, run \`cvm-tutor import ${copy}\` to bring it back.`);
		expect(statSync(copy).mode & 0o777).toBe(0o600);
		expect(JSON.parse(readFileSync(copy, 'utf8')).answers[0].questionId).toBe('q1');

		chmodSync(path, 0o644);
		// Meanwhile another window answered q2.
		const other = openProgressStore({ cwd: home });
		other.store.save(answered(other.progress, 'q2'));
		expect(importCommand(copy, home)).toMatchObject({ code: 0, stdout: [`Progress from ${copy} merged into ${path}. You can delete ${copy}.`] });
		const merged = openProgressStore({ cwd: home }).progress;
		expect(merged.answers.map((a) => a.questionId).sort()).toEqual(['q1', 'q2']);
		expect(merged.chapters.c?.pagesRead).toEqual(['p1']);
	});

	it('import refuses what is not progress', () => {
		const file = join(tempDir(), 'x.json');
		writeFileSync(file, '[1]');
		expect(importCommand(file, tempDir())).toMatchObject({ code: 1, stderr: [expect.stringContaining('does not hold cvm-tutor progress')] });
		expect(importCommand(join(tempDir(), 'missing.json'), tempDir())).toMatchObject({ code: 1, stderr: [expect.stringContaining('cannot read')] });
	});
});
