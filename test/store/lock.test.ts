import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLock } from '../../src/store/lock.js';
import { type WriteFs, writeFileSafely } from '../../src/store/safe-write.js';
import { tempDir } from '../helpers.js';

describe('withLock', () => {
	it('holds the lock file while working and removes it after, also when the work throws', () => {
		const lock = join(tempDir(), 'p.lock');
		expect(withLock(lock, () => fs.existsSync(lock))).toBe(true);
		expect(fs.existsSync(lock)).toBe(false);
		expect(() => withLock(lock, () => { throw new Error('boom'); })).toThrow('boom');
		expect(fs.existsSync(lock)).toBe(false);
	});

	it('waits for a live holder and gives up with ELOCKED, leaving its lock alone', () => {
		const lock = join(tempDir(), 'p.lock');
		fs.writeFileSync(lock, `${process.ppid} 0`);
		expect(() => withLock(lock, () => 1, { timeoutMs: 30 })).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
		expect(fs.readFileSync(lock, 'utf8')).toBe(`${process.ppid} 0`);
	});

	it('takes over a lock whose process is gone', () => {
		const lock = join(tempDir(), 'p.lock');
		fs.writeFileSync(lock, '999999999 0');
		const old = new Date(Date.now() - 1_000);
		fs.utimesSync(lock, old, old);
		expect(withLock(lock, () => 'done', { timeoutMs: 30 })).toBe('done');
	});

	it('fails at once, without retrying, when the folder cannot take a lock file', () => {
		expect(() => withLock(join(tempDir(), 'missing', 'p.lock'), () => 1)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
	});
});

it('writeFileSafely fails at once on a folder it may not write (no retry loop)', () => {
	let opens = 0;
	const denied: WriteFs = {
		...fs,
		openSync: (() => {
			opens++;
			throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
		}) as WriteFs['openSync'],
	};
	expect(() => writeFileSafely(join(tempDir(), 'f.json'), '{}', { fs: denied })).toThrow(expect.objectContaining({ code: 'EACCES' }));
	expect(opens).toBe(1);
});
