// The only code that touches the progress file. conf names the platform's config folder; reading and writing
// are done here, because a save is a locked read-merge-write that conf's API cannot express:
// - every save merges this window's changes since its last sync into what the file holds now
//   (core/progress-merge.ts), under a lock file, so two windows never lose each other's answers, and a
//   `reset` done meanwhile is not undone;
// - the file is replaced only by a complete, verified copy (safe-write.ts), never a truncated one;
// - nothing is written or created where it should not be: a relative or empty config root, a link that points
//   outside the folder, a read-only file, or (for read-only commands) anywhere at all;
// - nothing is lost between versions: a file of a later version is left alone (opened read-only), and a
//   version-2 file that an older cvm-tutor (0.1.0) moved aside as unreadable is merged back at start.
import Conf from 'conf';
import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, type Stats, statSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { compactAnswers, mergeProgress } from '../core/progress-merge.js';
import { emptyProgress, parseProgress, type Progress, PROGRESS_VERSION } from '../core/progress.js';
import { t } from '../core/i18n/messages.js';
import { processAlive, withLock } from './lock.js';
import { TEMP_INFIX, writeFileSafely } from './safe-write.js';

/** A progress file bigger than this is not read (with the history bound below, a file stays under about 2 MB). */
export const MAX_PROGRESS_BYTES = 8 * 1024 * 1024;
/** Past this many answers, each question keeps its newest KEEP_PER_QUESTION answers. */
export const COMPACT_AFTER_ANSWERS = 20_000;
export const KEEP_PER_QUESTION = 50;
/** Temporary files older than this, or left by a process that is gone, are removed at start. */
const STALE_TEMP_MS = 60_000;

export interface ProgressStore {
	readonly path: string;
	/**
	 * Merges `progress` with what the file holds now, under a lock, and writes the result. Returns the progress
	 * now on disk: `progress` itself unless another window (or a reset) changed the file. Throws if the disk
	 * refuses; `describeSaveError` words it, and `unsaved` keeps what could not be written.
	 */
	save(progress: Progress): Progress;
	reset(): void;
	/**
	 * Replaces the file's progress with `change` of it, under the lock: for removals (`reset --chapter`), which
	 * a save cannot make, since a save only adds this window's changes to what the file holds.
	 */
	rewrite(change: (onDisk: Progress) => Progress): Progress;
	/** Set when this store will not write at all (a read-only file): say so from the start. */
	readonly readOnly?: string | undefined;
	/** The last progress that could not be saved; cleared by a successful save. */
	readonly unsaved?: Progress | undefined;
}

export interface OpenedProgress {
	store: ProgressStore;
	progress: Progress;
	/** Set when the old file was unreadable: says what was wrong and where it was moved (or, read-only, will be). */
	notice?: string;
}

export interface OpenOptions {
	/** The folder for progress.json (CVM_TUTOR_HOME); default: the user's config folder. */
	cwd?: string | undefined;
	now?: () => Date;
	/** For commands that only look: never create, write, move or sweep anything. */
	readOnly?: boolean;
	/** false: do not read the file (reset replaces it whatever it holds, even one too big to read). */
	read?: boolean;
	env?: NodeJS.ProcessEnv;
	platform?: NodeJS.Platform;
}

export class ProgressFileError extends Error {}

const quote = (text: string) => JSON.stringify(text);
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** A reason without its detail in parentheses ("it is not valid JSON"), in either script's parentheses. */
const shortWhy = (why: string) => why.split(/ \(|（/)[0] as string;

/** A time for a file name (no colons or dots): progress moved aside, a copy of unsaved progress. */
export function timestamp(now: Date): string {
	return now.toISOString().replace(/[:.]/g, '-');
}

/** Refuses config roots that would put progress in the current folder. */
function checkRoot(cwd: string | undefined, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): void {
	if (cwd !== undefined) {
		if (!isAbsolute(cwd)) throw new ProgressFileError(t().cli.store.homeRelative(quote(cwd)));
		return;
	}
	if (platform === 'win32') return;
	const xdg = env.XDG_CONFIG_HOME;
	if (platform !== 'darwin' && xdg) {
		if (!isAbsolute(xdg)) throw new ProgressFileError(t().cli.store.xdgRelative(quote(xdg)));
		return;
	}
	// os.homedir() is $HOME when it is set, even to nothing.
	const home = 'HOME' in env ? (env.HOME ?? '') : homedir();
	if (!home || !isAbsolute(home)) {
		throw new ProgressFileError(t().cli.store.noHome(home ? quote(home) : undefined));
	}
}

/** conf reads the file and creates its folder in its constructor; here it only names the file. */
class ProgressConf extends Conf<Record<string, unknown>> {
	override get store(): Record<string, unknown> {
		return {};
	}
	override set store(_value: Record<string, unknown>) {
		throw new Error('progress is written by the progress store');
	}
}

function progressPath(cwd: string | undefined): string {
	return new ProgressConf({ projectName: 'cvm-tutor', projectSuffix: '', configName: 'progress', ...(cwd ? { cwd } : {}), clearInvalidConfig: false }).path;
}

/** The language saved in Settings, read without opening the store (a command's output follows it); undefined if none. */
export function savedLocale(cwd: string | undefined): unknown {
	try {
		const path = progressPath(cwd);
		if ((lstatOrUndefined(path)?.size ?? Number.POSITIVE_INFINITY) > MAX_PROGRESS_BYTES) return undefined;
		const data = JSON.parse(readFileSync(path, 'utf8')) as { settings?: { locale?: unknown } };
		return data?.settings?.locale;
	} catch {
		return undefined;
	}
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

function lstatOrUndefined(path: string): Stats | undefined {
	try {
		return lstatSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/**
 * Creates the folder one level at a time (Node's recursive mkdir spins forever on /proc), and says plainly
 * why it cannot be made.
 */
function ensureFolder(folder: string): void {
	const missing: string[] = [];
	let at = folder;
	for (let depth = 0; depth < 64; depth++) {
		let stat: Stats | undefined;
		try {
			stat = statSync(at);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ENOTDIR') throw new ProgressFileError(t().cli.store.partFile(folder));
			if (code !== 'ENOENT') throw new ProgressFileError(t().cli.store.cannotUse(folder, String(code)));
		}
		if (stat) {
			if (!stat.isDirectory()) throw new ProgressFileError(t().cli.store.partIsFile(folder, at));
			break;
		}
		missing.unshift(at);
		const parent = dirname(at);
		if (parent === at) break;
		at = parent;
	}
	for (const dir of missing) {
		try {
			mkdirSync(dir, { mode: 0o700 });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
			throw new ProgressFileError(t().cli.store.cannotCreate(folder, errno(error)));
		}
	}
}

/** Removes temporary files a killed save left behind: old ones, or ones whose process is gone. */
function sweepTemporaryFiles(folder: string, name: string, now: number): void {
	let entries: string[];
	try {
		entries = readdirSync(folder);
	} catch {
		return;
	}
	for (const entry of entries) {
		if (!entry.startsWith(`${name}${TEMP_INFIX}`)) continue;
		const path = join(folder, entry);
		try {
			const stat = lstatSync(path);
			if (!stat.isFile()) continue;
			const pid = Number(/^(\d+)-/.exec(entry.slice(name.length + TEMP_INFIX.length))?.[1]);
			if (now - stat.mtimeMs > STALE_TEMP_MS || (pid && pid !== process.pid && !processAlive(pid))) unlinkSync(path);
		} catch {}
	}
}

/** `newer`: the file is of a later progress version; it must be left as it is, not moved aside. */
type Reading = { ok: true; progress: Progress } | { ok: false; why: string; newer?: number };

/** The text of a progress file as progress, or why it is not (for the store's own file and for `import`). */
export function deserialize(text: string): Reading {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { ok: false, why: t().cli.store.notJson((error as Error).message) };
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, why: t().cli.store.notObject };
	const parsed = parseProgress(data);
	if (parsed.ok) return parsed;
	if (parsed.newer !== undefined) return { ok: false, why: parsed.why, newer: parsed.newer };
	return { ok: false, why: t().cli.store.wrongShape(parsed.why) };
}

/** Where a progress file that could not be read is moved: `<name>.unreadable-<time>` (the same in 0.1.0). */
const ASIDE_INFIX = '.unreadable-';
/** A moved-aside file whose progress was merged back is renamed `<name>.recovered-<time>`. */
const RECOVERED_INFIX = '.recovered-';
/** One that `reset` set aside, so it does not come back: `<name>.reset-<time>`. */
const RESET_INFIX = '.reset-';

/**
 * Files that an older cvm-tutor moved aside as unreadable because they are of this version (0.1.0 reads version 1
 * only, and moves any other file to `<name>.unreadable-<time>`), oldest first. Other moved-aside files (really
 * broken ones) are not progress and are left alone.
 */
export function movedAsideByOlder(folder: string, name: string): { path: string; progress: Progress }[] {
	let entries: string[];
	try {
		entries = readdirSync(folder);
	} catch {
		return [];
	}
	const found: { path: string; progress: Progress }[] = [];
	for (const entry of entries.filter((e) => e.startsWith(`${name}${ASIDE_INFIX}`)).sort()) {
		const path = join(folder, entry);
		try {
			const stat = lstatSync(path);
			if (!stat.isFile() || stat.size > MAX_PROGRESS_BYTES) continue;
			const text = readFileSync(path, 'utf8');
			if ((JSON.parse(text) as { version?: unknown }).version !== PROGRESS_VERSION) continue;
			const reading = deserialize(text);
			if (reading.ok) found.push({ path, progress: reading.progress });
		} catch {}
	}
	return found;
}

// Compact: a third smaller and faster to write than indented JSON; `cvm-tutor stats --json` shows it readable.
const serialize = (progress: Progress) => JSON.stringify(progress);

/** Words a save failure for the one-line warning: what happened, where. */
export function describeSaveError(error: unknown, path: string): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (error instanceof ProgressFileError) return error.message;
	const say = t().cli.store;
	switch (code) {
		case 'ENOSPC':
		case 'EDQUOT':
			return say.diskFull(code, path);
		case 'EACCES':
		case 'EPERM':
			return say.noPermission(dirname(path), code);
		case 'EROFS':
			return say.readOnlyFs(dirname(path));
		case 'ELOCKED':
			return say.locked((error as Error).message);
		default:
			return say.cannotWrite(path, code ?? (error as Error).message);
	}
}

const sameFile = (a: Stats | undefined, b: Stats | undefined) =>
	a !== undefined && b !== undefined && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

/** Opens the progress file in `cwd` (default: the user's config folder for cvm-tutor). */
export function openProgressStore(options: OpenOptions = {}): OpenedProgress {
	const now = options.now ?? (() => new Date());
	checkRoot(options.cwd, options.env ?? process.env, options.platform ?? process.platform);
	let path: string;
	try {
		path = progressPath(options.cwd);
	} catch (error) {
		throw new ProgressFileError(t().cli.store.noFolder(errno(error)));
	}
	const folder = dirname(path);
	const readOnlyCommand = options.readOnly === true;

	// What is there: nothing, a regular file, or a link (followed only inside the folder).
	let target = path;
	let notice: string | undefined;
	let readOnly: string | undefined;
	let stat: Stats | undefined;
	try {
		const folderStat = lstatOrUndefined(folder);
		if (folderStat && !statSync(folder).isDirectory()) throw new ProgressFileError(t().cli.store.folderIsFile(folder));
		if (!readOnlyCommand) ensureFolder(folder);
		stat = folderStat ? lstatOrUndefined(path) : undefined;
	} catch (error) {
		if (error instanceof ProgressFileError) throw error;
		const code = errno(error);
		throw new ProgressFileError(
			code === 'ENOTDIR' ? t().cli.store.partFile(folder) : t().cli.store.cannotOpen(folder, code),
		);
	}
	if (stat?.isSymbolicLink()) {
		let real: string;
		try {
			real = realpathSync(path);
		} catch (error) {
			throw new ProgressFileError(t().cli.store.danglingLink(path, errno(error)));
		}
		if (dirname(real) !== realpathSync(folder)) {
			if (!readOnlyCommand) throw new ProgressFileError(t().cli.store.linksOutside(path));
			notice = t().cli.store.linkOutside(path, real, folder);
		}
		target = real;
		stat = lstatSync(real);
	}
	if (stat && !stat.isFile()) throw new ProgressFileError(t().cli.store.notRegular(path));
	const read = options.read !== false;
	if (stat && read && stat.size > MAX_PROGRESS_BYTES) {
		throw new ProgressFileError(t().cli.store.tooBig(path, megabytes(stat.size), megabytes(MAX_PROGRESS_BYTES)));
	}
	if (stat && (stat.mode & 0o222) === 0) readOnly = t().cli.store.readOnly(path);

	let base = emptyProgress();
	let lastWritten: Stats | undefined;
	if (stat && read) {
		let text: string;
		try {
			text = readFileSync(target, 'utf8');
		} catch (error) {
			throw new ProgressFileError(t().cli.store.cannotRead(path, errno(error)));
		}
		const reading = deserialize(text);
		if (reading.ok) {
			base = reading.progress;
			lastWritten = stat;
		} else if (reading.newer !== undefined) {
			// Moving it aside would lose it for the newer cvm-tutor too: leave it, and save nothing.
			readOnly = t().cli.store.newerReadOnly(path);
			notice = t().cli.store.newer(path, reading.newer);
		} else if (readOnlyCommand) {
			notice = t().cli.store.willMoveAside(path, shortWhy(reading.why));
		} else {
			const aside = `${path}.unreadable-${timestamp(now())}`;
			try {
				renameSync(path, aside);
			} catch (error) {
				throw new ProgressFileError(t().cli.store.cannotMoveAside(path, reading.why, errno(error)));
			}
			target = path;
			readOnly = undefined;
			notice = t().cli.store.movedAside(shortWhy(reading.why), aside);
		}
	}
	if (!readOnlyCommand) sweepTemporaryFiles(dirname(target), basename(target), now().getTime());

	const lockPath = `${target}.lock`;
	/** The file's content now; `base` itself when it is the file this store last read or wrote. */
	const readDisk = (): Progress => {
		let current: Stats;
		try {
			current = statSync(target);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyProgress(); // removed: as good as reset
			throw error;
		}
		if (sameFile(current, lastWritten)) return base;
		if (current.size > MAX_PROGRESS_BYTES) throw new ProgressFileError(t().cli.store.grew(path, megabytes(current.size)));
		const reading = deserialize(readFileSync(target, 'utf8'));
		if (reading.ok) return reading.progress;
		if (reading.newer !== undefined) throw new ProgressFileError(t().cli.store.newerMeanwhile(path, reading.newer));
		// Someone wrote something that is not progress: keep it aside, and write ours over it.
		try {
			renameSync(target, `${target}.unreadable-${timestamp(now())}`);
		} catch {}
		return base;
	};
	const write = (progress: Progress, text = serialize(progress)) => {
		writeFileSafely(target, text, { mode: 0o600 });
		lastWritten = statSync(target);
		base = progress;
	};

	let unsaved: Progress | undefined;
	const store: ProgressStore = {
		path,
		get readOnly() {
			return readOnly;
		},
		get unsaved() {
			return unsaved;
		},
		save(mine) {
			if (readOnlyCommand) throw new Error('this command does not save progress');
			try {
				if (readOnly) throw new ProgressFileError(readOnly);
				ensureFolder(folder);
				const saved = withLock(lockPath, () => {
					let merged = mergeProgress(base, mine, readDisk());
					if (merged.answers.length > COMPACT_AFTER_ANSWERS) merged = { ...merged, answers: compactAnswers(merged.answers, KEEP_PER_QUESTION) };
					write(merged);
					return merged;
				});
				unsaved = undefined;
				return saved;
			} catch (error) {
				unsaved = mine;
				throw error;
			}
		},
		reset() {
			if (readOnly) throw new ProgressFileError(t().cli.store.chmodReset(readOnly));
			ensureFolder(folder);
			// An empty object, as a fresh file would be. A window still open applies only its later changes to it.
			withLock(lockPath, () => write(emptyProgress(), '{}'));
			// Progress an older cvm-tutor moved aside would come back at the next start: it is erased too (kept, renamed).
			for (const aside of movedAsideByOlder(folder, basename(path))) {
				try {
					renameSync(aside.path, aside.path.replace(ASIDE_INFIX, RESET_INFIX));
				} catch {}
			}
		},
		rewrite(change) {
			if (readOnlyCommand) throw new Error('this command does not save progress');
			if (readOnly) throw new ProgressFileError(t().cli.store.chmodChange(readOnly));
			ensureFolder(folder);
			return withLock(lockPath, () => {
				const next = change(readDisk());
				write(next);
				return next;
			});
		},
	};
	let progress = base;
	if (!readOnlyCommand && read && !readOnly) {
		const recovered = recoverMovedAside(store, base, folder, basename(path));
		if (recovered) {
			progress = recovered.progress;
			notice = notice ? `${notice} ${recovered.notice}` : recovered.notice;
		}
	}
	return { store, progress, ...(notice ? { notice } : {}) };
}

/**
 * Merges back progress an older cvm-tutor moved aside (movedAsideByOlder) into what the file holds now, saves it,
 * and renames each merged file `<name>.recovered-<time>`. The file now was written later, so its resume point and
 * unfinished sessions win; answers and other facts are the union. If the save fails, the files stay for next time.
 */
function recoverMovedAside(store: ProgressStore, current: Progress, folder: string, name: string): { progress: Progress; notice: string } | undefined {
	const aside = movedAsideByOlder(folder, name);
	if (aside.length === 0) return undefined;
	let merged = current;
	for (const file of aside) merged = mergeProgress(emptyProgress(), merged, file.progress);
	let saved: Progress;
	try {
		saved = store.save(merged);
	} catch {
		return undefined;
	}
	for (const file of aside) {
		try {
			renameSync(file.path, file.path.replace(ASIDE_INFIX, RECOVERED_INFIX));
		} catch {}
	}
	const answers = saved.answers.length - current.answers.length;
	const kept = aside.map((file) => basename(file.path).replace(ASIDE_INFIX, RECOVERED_INFIX)).join(', ');
	return {
		progress: saved,
		notice: t().cli.store.recovered(answers, kept),
	};
}
