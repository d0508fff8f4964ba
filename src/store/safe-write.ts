// The one way a file is replaced on disk: every byte written (a short write is continued, ENOSPC throws),
// flushed, read back and compared, then renamed over the old file. On any failure the temporary file is removed
// and the old file stays as it was. conf's own `atomically` dependency is aliased to this module at build time
// (esbuild.config.mjs, vitest.config.ts): its writeFileSync ignored short writes (a nearly full disk left a
// truncated progress.json), retried a read-only folder in a busy loop for about a second, and its `when-exit`
// dependency installed SIGHUP/SIGINT/SIGTERM handlers that re-raised the signal before ours could restore the terminal.
import * as nodeFs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The part of node:fs the writer uses; tests pass a fake to simulate a full disk. */
export type WriteFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'readFileSync' | 'renameSync' | 'unlinkSync'>;

/** Temporary files are `<name>.tmp-<pid>-<random>`, so a sweep can tell whose they are. */
export const TEMP_INFIX = '.tmp-';

function errorWithCode(message: string, code: string): NodeJS.ErrnoException {
	return Object.assign(new Error(message), { code });
}

/** A fresh temporary name beside `path`. */
const tempFor = (path: string) => join(dirname(path), `${basename(path)}${TEMP_INFIX}${process.pid}-${Math.random().toString(36).slice(2, 10)}`);

export function writeFileSafely(path: string, data: string | Uint8Array, options: { mode?: number; fs?: WriteFs } = {}): void {
	const fs = options.fs ?? nodeFs;
	const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
	const temp = tempFor(path);
	// 'wx': never follow or reuse something already at the temporary name.
	const fd = fs.openSync(temp, 'wx', options.mode ?? 0o666);
	let open = true;
	try {
		let offset = 0;
		// Each pass writes at least one byte or throws, so this ends; the bound is a second guard.
		for (let pass = 0; offset < bytes.length; pass++) {
			const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
			if (written <= 0 || pass > bytes.length) throw errorWithCode(`no space left to write ${path}`, 'ENOSPC');
			offset += written;
		}
		fs.fsyncSync(fd);
		fs.closeSync(fd);
		open = false;
		const back = fs.readFileSync(temp);
		if (!back.equals(bytes)) throw errorWithCode(`${temp} did not read back as written (${back.length} of ${bytes.length} bytes)`, 'EIO');
		fs.renameSync(temp, path);
	} catch (error) {
		if (open) {
			try {
				fs.closeSync(fd);
			} catch {}
		}
		try {
			fs.unlinkSync(temp);
		} catch {}
		throw error;
	}
	if (!options.fs) syncFolder(dirname(path));
}

/** Makes the rename itself durable; a folder that cannot be opened or synced (some filesystems) is no error. */
function syncFolder(folder: string): void {
	try {
		const fd = nodeFs.openSync(folder, 'r');
		try {
			nodeFs.fsyncSync(fd);
		} finally {
			nodeFs.closeSync(fd);
		}
	} catch {}
}

/**
 * writeFileSafely off the event loop, by the same steps (every byte written, flushed, read back and compared,
 * renamed over the old file, the folder synced), for a writer that must go on serving while the disk works: the
 * live room's host, whose answers keep arriving during a save.
 */
export async function writeFileSafelyAsync(path: string, data: string, options: { mode?: number } = {}): Promise<void> {
	const bytes = Buffer.from(data, 'utf8');
	const temp = tempFor(path);
	const handle = await fsp.open(temp, 'wx', options.mode ?? 0o666);
	let open = true;
	try {
		let offset = 0;
		for (let pass = 0; offset < bytes.length; pass++) {
			const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
			if (bytesWritten <= 0 || pass > bytes.length) throw errorWithCode(`no space left to write ${path}`, 'ENOSPC');
			offset += bytesWritten;
		}
		await handle.sync();
		await handle.close();
		open = false;
		const back = await fsp.readFile(temp);
		if (!back.equals(bytes)) throw errorWithCode(`${temp} did not read back as written (${back.length} of ${bytes.length} bytes)`, 'EIO');
		await fsp.rename(temp, path);
	} catch (error) {
		if (open) await handle.close().catch(() => {});
		await fsp.unlink(temp).catch(() => {});
		throw error;
	}
	try {
		const folder = await fsp.open(dirname(path), 'r');
		await folder.sync().finally(() => folder.close());
	} catch {}
}

/** The `atomically` API that conf calls: `writeFileSync(path, data, { mode })`. */
export function writeFileSync(path: string, data: string | Uint8Array, options?: { mode?: number } | string): void {
	writeFileSafely(path, data, typeof options === 'object' && options.mode !== undefined ? { mode: options.mode } : {});
}
