import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/core/progress.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { type WriteFs, writeFileSafely } from '../../src/store/safe-write.js';
import { tempDir } from '../helpers.js';

/** node:fs, except that writes stop after `room` bytes the way a full disk does: a short count, then ENOSPC. */
function fullDisk(room: number): WriteFs {
	let used = 0;
	return {
		...fs,
		writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
			if (used >= room) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
			const n = Math.min(length, room - used);
			used += n;
			return fs.writeSync(fd, buffer, offset, n);
		}) as WriteFs['writeSync'],
	};
}

describe('writeFileSafely', () => {
	it('on a full disk (a short write, then ENOSPC) throws and keeps the old file whole, with no temporary file left', () => {
		const dir = tempDir();
		const path = join(dir, 'progress.json');
		fs.writeFileSync(path, '{"old":true}');
		expect(() => writeFileSafely(path, JSON.stringify({ big: 'x'.repeat(10_000) }), { fs: fullDisk(4096) })).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
		expect(fs.readFileSync(path, 'utf8')).toBe('{"old":true}');
		expect(fs.readdirSync(dir)).toEqual(['progress.json']);
	});

	it('continues after short writes that are not errors, and writes every byte', () => {
		const path = join(tempDir(), 'f.json');
		let calls = 0;
		const dribble: WriteFs = {
			...fs,
			writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
				calls++;
				return fs.writeSync(fd, buffer, offset, Math.min(length, 7));
			}) as WriteFs['writeSync'],
		};
		const text = JSON.stringify({ data: 'y'.repeat(100) });
		writeFileSafely(path, text, { fs: dribble });
		expect(fs.readFileSync(path, 'utf8')).toBe(text);
		expect(calls).toBeGreaterThan(10);
	});

	it('does not rename a copy that reads back different', () => {
		const dir = tempDir();
		const path = join(dir, 'f.json');
		fs.writeFileSync(path, 'old');
		const liar: WriteFs = { ...fs, readFileSync: ((p: string) => fs.readFileSync(p).subarray(1)) as WriteFs['readFileSync'] };
		expect(() => writeFileSafely(path, 'new content', { fs: liar })).toThrow(/did not read back/);
		expect(fs.readFileSync(path, 'utf8')).toBe('old');
		expect(fs.readdirSync(dir)).toEqual(['f.json']);
	});
});

describe('a nearly full disk (a 64 KB tmpfs; needs root, skipped otherwise)', () => {
	const mountPoint = tempDir();
	let mounted = false;
	try {
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'ignore', timeout: 5_000 });
		mounted = true;
	} catch {}
	afterAll(() => {
		if (mounted) execFileSync('umount', [mountPoint], { stdio: 'ignore' });
	});

	it.runIf(mounted)('a save that does not fit fails, the file stays whole and readable, and nothing is left behind', () => {
		const { store, progress } = openProgressStore({ cwd: mountPoint });
		const answers = (n: number): Progress => ({
			...progress,
			answers: Array.from({ length: n }, (_, i) => ({ questionId: `q${i}`, chapterId: 'c', correct: true, credit: 1, at: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`, mode: 'quiz' as const })),
		});
		const small = store.save(answers(100));
		const before = fs.readFileSync(store.path, 'utf8');
		expect(before.length).toBeGreaterThan(8_000);
		// About 60 KB: it would fit alone in 64 KB, but not beside the old file, which stays until the rename.
		expect(() => store.save(answers(550))).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
		expect(fs.readFileSync(store.path, 'utf8')).toBe(before);
		expect(openProgressStore({ cwd: mountPoint }).progress).toEqual(small);
		expect(fs.readdirSync(mountPoint)).toEqual(['progress.json']);
		expect(store.unsaved?.answers).toHaveLength(550);
	});
});
