// A lock file beside the progress file, so two windows never read-merge-write at the same time. Created with
// O_EXCL; holds "<pid> <time>". A lock whose process is gone, or older than STALE_MS (a save takes
// milliseconds), is taken over. Waiting sleeps (Atomics.wait), it never spins, and gives up after `timeoutMs`.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';

const STALE_MS = 5_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}

/** Whether a process with this id runs (one we may not signal counts: it exists). */
export function processAlive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function holder(lockPath: string): { pid: number; stale: boolean } | undefined {
	try {
		const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
		const age = Date.now() - statSync(lockPath).mtimeMs;
		return { pid, stale: age > STALE_MS || (!processAlive(pid) && age > 50) };
	} catch {
		return undefined; // gone meanwhile: try again
	}
}

export function withLock<T>(lockPath: string, work: () => T, options: { timeoutMs?: number } = {}): T {
	const deadline = Date.now() + (options.timeoutMs ?? 2_000);
	const token = `${process.pid} ${Date.now()}`;
	for (let attempt = 0; ; attempt++) {
		try {
			const fd = openSync(lockPath, 'wx', 0o600);
			try {
				writeSync(fd, token);
			} finally {
				closeSync(fd);
			}
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // read-only folder and such: fail fast
			const held = holder(lockPath);
			if (held?.stale && attempt < 100) {
				try {
					unlinkSync(lockPath);
				} catch (unlinkError) {
					if ((unlinkError as NodeJS.ErrnoException).code !== 'ENOENT') throw unlinkError;
				}
				continue;
			}
			if (Date.now() > deadline || attempt > 1_000) {
				throw Object.assign(new Error(`${lockPath} is held by process ${held?.pid ?? '?'}`), { code: 'ELOCKED' });
			}
			sleep(Math.min(2 + attempt, 20));
		}
	}
	try {
		return work();
	} finally {
		try {
			if (readFileSync(lockPath, 'utf8') === token) unlinkSync(lockPath);
		} catch {}
	}
}
