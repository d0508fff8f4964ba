import { spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { type AnswerRecord, emptyProgress, markPageRead, type Progress } from '../../src/core/progress.js';
import { COMPACT_AFTER_ANSWERS, KEEP_PER_QUESTION, MAX_PROGRESS_BYTES, openProgressStore } from '../../src/store/progress-store.js';
import { tempDir } from '../helpers.js';

describe('openProgressStore', () => {
	it('loading the store (and conf) installs no signal handlers: the tutor owns them', () => {
		for (const signal of ['SIGHUP', 'SIGINT', 'SIGTERM'] as const) expect(process.listenerCount(signal), signal).toBe(0);
	});

	it('starts empty, writes nothing until asked, and reads back what it saved after a restart', () => {
		const cwd = tempDir();
		const first = openProgressStore({ cwd });
		expect(first.progress).toEqual(emptyProgress());
		expect(first.notice).toBeUndefined();
		expect(existsSync(first.store.path)).toBe(false);
		const saved = markPageRead(emptyProgress(), 'house', 'intro');
		first.store.save(saved);
		const second = openProgressStore({ cwd });
		expect(second.store.path).toBe(join(cwd, 'progress.json'));
		expect(second.progress).toEqual(saved);
	});

	it('moves a file that is not JSON aside with a timestamp, keeps its bytes, and starts fresh', () => {
		const cwd = tempDir();
		writeFileSync(join(cwd, 'progress.json'), '{"version":1, "chapters": {');
		const opened = openProgressStore({ cwd, now: () => new Date('2026-01-02T03:04:05.678Z') });
		const aside = join(cwd, 'progress.json.unreadable-2026-01-02T03-04-05-678Z');
		expect(opened.progress).toEqual(emptyProgress());
		expect(opened.notice).toBe(`Progress file could not be read (it is not valid JSON); it was moved to ${aside}. Starting fresh.`);
		expect(readFileSync(aside, 'utf8')).toBe('{"version":1, "chapters": {');
		expect(existsSync(join(cwd, 'progress.json'))).toBe(false);
	});

	it('moves a file of the wrong shape aside too (an array, a version that never existed)', () => {
		for (const content of ['[1,2]', '{"version": 0, "chapters": {}, "answers": []}', '{"version":1,"chapters":{},"answers":[{"questionId":3}]}']) {
			const cwd = tempDir();
			writeFileSync(join(cwd, 'progress.json'), content);
			const opened = openProgressStore({ cwd });
			expect(opened.notice).toMatch(/moved to .*progress\.json\.unreadable-/);
			expect(readdirSync(cwd).filter((name) => name.includes('unreadable'))).toHaveLength(1);
		}
	});

	it('keeps fields written by a newer version instead of dropping them', () => {
		const cwd = tempDir();
		writeFileSync(join(cwd, 'progress.json'), JSON.stringify({ ...emptyProgress(), reviews: { due: ['x'] } }));
		const opened = openProgressStore({ cwd });
		expect((opened.progress as Record<string, unknown>).reviews).toEqual({ due: ['x'] });
	});

	it('reset empties the file', () => {
		const cwd = tempDir();
		const { store } = openProgressStore({ cwd });
		store.save(markPageRead(emptyProgress(), 'a', 'b'));
		store.reset();
		expect(openProgressStore({ cwd }).progress).toEqual(emptyProgress());
	});
});

describe('saving with another window open', () => {
	const answer = (questionId: string, at: string): AnswerRecord => ({ questionId, chapterId: 'c', correct: true, credit: 1, at, mode: 'quiz' });
	const add = (progress: Progress, a: AnswerRecord): Progress => ({ ...progress, answers: [...progress.answers, a] });

	it('keeps both windows\' answers, and each window adopts the other\'s', () => {
		const cwd = tempDir();
		const a = openProgressStore({ cwd });
		const b = openProgressStore({ cwd });
		let mineA = a.store.save(add(a.progress, answer('qa', '2026-01-01T00:00:01.000Z')));
		const mineB = b.store.save(add(b.progress, answer('qb', '2026-01-01T00:00:02.000Z')));
		expect(mineB.answers.map((x) => x.questionId)).toEqual(['qa', 'qb']);
		const next = add(mineA, answer('qa2', '2026-01-01T00:00:03.000Z'));
		mineA = a.store.save(next);
		expect(mineA).not.toBe(next); // B's answer came in
		expect(mineA.answers.map((x) => x.questionId)).toEqual(['qa', 'qb', 'qa2']);
		expect(openProgressStore({ cwd }).progress.answers).toHaveLength(3);
		// Nothing changed elsewhere since: the window's own object comes back.
		const again = add(mineA, answer('qa3', '2026-01-01T00:00:04.000Z'));
		expect(a.store.save(again)).toBe(again);
	});

	it('reset --yes while a window is open: the window\'s next save adds only what it did after, nothing reset comes back', () => {
		const cwd = tempDir();
		const win = openProgressStore({ cwd });
		let mine = win.store.save(markPageRead(add(win.progress, answer('q1', '2026-01-01T00:00:01.000Z')), 'c', 'p1'));
		mine = win.store.save({ ...mine, chapters: { c: { ...mine.chapters.c!, bestScore: { correct: 3, total: 3, at: 'x' } } } });
		openProgressStore({ cwd, read: false }).store.reset();
		mine = win.store.save(add(mine, answer('q2', '2026-01-01T00:00:02.000Z')));
		const onDisk = openProgressStore({ cwd }).progress;
		expect(onDisk.answers.map((x) => x.questionId)).toEqual(['q2']);
		expect(onDisk.chapters).toEqual({});
		expect(mine).toEqual(onDisk);
	});

	it('two real processes saving interleaved answers into one folder lose none', async () => {
		const cwd = tempDir();
		const worker = await buildWorker();
		const count = 100;
		const runs = ['A', 'B', 'C'].map(
			(id) =>
				new Promise<number | null>((resolve) => {
					const child = spawn(process.execPath, [worker, cwd, id, String(count)], { stdio: 'inherit', timeout: 60_000 });
					child.on('exit', (code) => resolve(code));
				}),
		);
		expect(await Promise.all(runs)).toEqual([0, 0, 0]);
		const saved = JSON.parse(readFileSync(join(cwd, 'progress.json'), 'utf8')) as Progress;
		expect(new Set(saved.answers.map((x) => x.questionId)).size).toBe(3 * count);
		expect(saved.answers).toHaveLength(3 * count);
		expect(readdirSync(cwd).sort()).toEqual(['progress.json']); // no lock or temporary file left
	}, 120_000);
});

/** Bundles test/store/save-worker.ts (a window that answers `count` questions, saving after each) to run under node. */
async function buildWorker(): Promise<string> {
	const outfile = join(tempDir(), 'save-worker.mjs');
	await build({
		entryPoints: [join(import.meta.dirname, 'save-worker.ts')],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		alias: { atomically: join(import.meta.dirname, '../../src/store/safe-write.ts') },
		banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
		logLevel: 'error',
	});
	return outfile;
}

describe('where the store will not write', () => {
	const answered = (progress: Progress): Progress => ({ ...progress, answers: [{ questionId: 'q', chapterId: 'c', correct: true, credit: 1, at: 't', mode: 'quiz' }] });

	it('refuses a relative or empty config root, and creates nothing in the current folder', () => {
		const before = readdirSync(process.cwd());
		expect(() => openProgressStore({ cwd: 'rel/dir' })).toThrow('CVM_TUTOR_HOME must be a full path, not "rel/dir"');
		expect(() => openProgressStore({ env: { HOME: '' }, platform: 'linux' })).toThrow('HOME is empty: no config folder. Set HOME or CVM_TUTOR_HOME.');
		expect(() => openProgressStore({ env: { HOME: '/root', XDG_CONFIG_HOME: 'cfg' }, platform: 'linux' })).toThrow('XDG_CONFIG_HOME "cfg" is not a full path');
		expect(() => openProgressStore({ env: { HOME: 'x' }, platform: 'darwin', readOnly: true })).toThrow('HOME is not a full path ("x")');
		expect(readdirSync(process.cwd())).toEqual(before);
	});

	it('says plainly, and fast, that /proc, /dev/null/x or a file cannot hold progress', () => {
		const file = join(tempDir(), 'a-file');
		writeFileSync(file, '');
		for (const [cwd, message] of [
			['/proc/cvm-tutor-test', /cannot create \/proc\/cvm-tutor-test \(ENOENT\)/],
			['/dev/null/x', /cannot use \/dev\/null\/x: part of it is a file/],
			[file, /is a file; set CVM_TUTOR_HOME/],
			[join(file, 'sub'), /part of it is a file/],
		] as const) {
			const started = Date.now();
			expect(() => openProgressStore({ cwd }), cwd).toThrow(message);
			expect(Date.now() - started, cwd).toBeLessThan(1_000);
		}
	});

	it('a read-only command creates no folder and leaves a broken file in place', () => {
		const cwd = join(tempDir(), 'a', 'b');
		expect(openProgressStore({ cwd, readOnly: true }).progress).toEqual(emptyProgress());
		expect(existsSync(join(cwd, '..'))).toBe(false);
		const home = tempDir();
		writeFileSync(join(home, 'progress.json'), '{');
		expect(openProgressStore({ cwd: home, readOnly: true }).notice).toMatch(/cannot be read: it is not valid JSON\. The tutor will move it aside/);
		expect(readdirSync(home)).toEqual(['progress.json']);
	});

	it('respects a read-only (0444) file: reads it, does not replace it, and says so', () => {
		const cwd = tempDir();
		const path = join(cwd, 'progress.json');
		writeFileSync(path, JSON.stringify(markPageRead(emptyProgress(), 'c', 'p')));
		chmodSync(path, 0o444);
		const { store, progress } = openProgressStore({ cwd });
		expect(progress.chapters.c?.pagesRead).toEqual(['p']);
		expect(store.readOnly).toBe(`${path} is read-only`);
		expect(() => store.save(answered(progress))).toThrow('is read-only');
		expect(store.unsaved?.answers).toHaveLength(1);
		expect(() => store.reset()).toThrow('chmod u+w');
		expect(statSync(path).mode & 0o777).toBe(0o444);
		expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(progress);
	});

	it('will not write through a link that points outside its folder; a link inside the folder is followed', () => {
		const outside = join(tempDir(), 'other-app.json');
		writeFileSync(outside, '{}');
		const cwd = tempDir();
		symlinkSync(outside, join(cwd, 'progress.json'));
		expect(() => openProgressStore({ cwd })).toThrow(`${join(cwd, 'progress.json')} links outside; put a copy there.`);
		expect(openProgressStore({ cwd, readOnly: true }).notice).toMatch(/will not write through it/);
		expect(readFileSync(outside, 'utf8')).toBe('{}');

		const inside = tempDir();
		writeFileSync(join(inside, 'real.json'), '{}');
		symlinkSync('real.json', join(inside, 'progress.json'));
		const { store, progress } = openProgressStore({ cwd: inside });
		store.save(answered(progress));
		expect(lstatSync(join(inside, 'progress.json')).isSymbolicLink()).toBe(true);
		expect(JSON.parse(readFileSync(join(inside, 'real.json'), 'utf8')).answers).toHaveLength(1);
	});

	it('sweeps temporary files left by killed saves: old ones and those of processes that are gone', () => {
		const cwd = tempDir();
		const old = join(cwd, 'progress.json.tmp-1700000000000abc'); // atomically's naming
		const dead = join(cwd, 'progress.json.tmp-999999999-abc');
		const live = join(cwd, `progress.json.tmp-${process.ppid}-abc`);
		for (const path of [old, dead, live]) writeFileSync(path, '{');
		utimesSync(old, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
		openProgressStore({ cwd });
		expect(readdirSync(cwd)).toEqual([`progress.json.tmp-${process.ppid}-abc`]);
		openProgressStore({ cwd, readOnly: true });
		expect(existsSync(live)).toBe(true);
	});

	it('reports a file over the size limit without reading it; reset still erases it', () => {
		const cwd = tempDir();
		const path = join(cwd, 'progress.json');
		writeFileSync(path, '');
		truncateSync(path, MAX_PROGRESS_BYTES + 1);
		expect(() => openProgressStore({ cwd })).toThrow(/is 8\.0 MB, more than the 8\.0 MB cvm-tutor reads/);
		openProgressStore({ cwd, read: false }).store.reset();
		expect(readFileSync(path, 'utf8')).toBe('{}');
	});

	it('keeps the newest answers of each question once the history grows past the bound', () => {
		const { store, progress } = openProgressStore({ cwd: tempDir() });
		const answers = Array.from({ length: COMPACT_AFTER_ANSWERS + 1 }, (_, i) => ({ questionId: `q${i % 2}`, chapterId: 'c', correct: true, credit: 1, at: String(i).padStart(6, '0'), mode: 'quiz' as const }));
		const saved = store.save({ ...progress, answers });
		expect(saved.answers).toHaveLength(2 * KEEP_PER_QUESTION);
		expect(saved.answers.at(-1)?.at).toBe(String(COMPACT_AFTER_ANSWERS).padStart(6, '0'));
	});
});
