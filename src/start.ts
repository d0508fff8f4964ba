// Start-up shared by the tutor (src/tutor.tsx) and plain mode (src/plain/start.ts): the lessons, the one clock,
// the progress store and the run's language, each refusal said in one line with its exit code; and the one line
// printed on the way out.
import { existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from './core/bank.js';
import { escapeForTerminal } from './core/escape.js';
import { type Clock, clockFromEnv } from './core/clock.js';
import { chooseLocale, setLocale } from './core/i18n/locale.js';
import { loadMessages, t, useMessages } from './core/i18n/messages.js';
import { type DeferredLoad, loadLessons } from './lessons.js';
import { describeSaveError, type OpenedProgress, openProgressStore, ProgressFileError, type ProgressStore, timestamp } from './store/progress-store.js';
import { writeFileSafely } from './store/safe-write.js';

export type OpenedRun = { ok: true; loaded: Extract<DeferredLoad, { ok: true }>; opened: OpenedProgress; now: Clock } | { ok: false; code: number };

/**
 * Loads the lessons (their contents checked now, or after the first frame with `verifyLater`), reads the clock and
 * opens the progress, then sets the language: `lang` (--lang), else the choice saved in Settings, else the
 * environment; English on a terminal drawn in ASCII (`asciiOnly`), which cannot show Chinese.
 */
export async function openRun(home: string | undefined, lessonsDir: string | undefined, options: { verifyLater: boolean; lang?: string | undefined; asciiOnly?: boolean }): Promise<OpenedRun> {
	const loaded = await loadLessons(lessonsDir, { verifyLater: options.verifyLater });
	if (!loaded.ok) {
		for (const problem of loaded.problems) process.stderr.write(`${formatProblem(problem)}\n`);
		process.stderr.write(`${t().cli.tutor.lessonsBroken}\n`);
		return { ok: false, code: 1 };
	}
	// The one clock (CVM_TUTOR_NOW is checked in cli.tsx before anything starts).
	const timing = clockFromEnv(process.env);
	if (!timing.ok) {
		process.stderr.write(`cvm-tutor: ${timing.message}\n`);
		return { ok: false, code: 2 };
	}
	const now = timing.clock;
	let opened: OpenedProgress;
	try {
		opened = openProgressStore({ ...(home ? { cwd: home } : {}), now });
	} catch (error) {
		if (!(error instanceof ProgressFileError)) throw error;
		process.stderr.write(`cvm-tutor: ${error.message}\n`);
		return { ok: false, code: 1 };
	}
	const choice = chooseLocale({ option: options.lang, saved: opened.progress.settings?.locale, env: process.env });
	const chosen = choice.ok ? choice.locale : 'en';
	const locale = options.asciiOnly ? 'en' : chosen;
	// In English on purpose: this terminal cannot show the Chinese it would otherwise be written in.
	if (locale !== chosen) process.stderr.write(`cvm-tutor: this terminal is not set to UTF-8 (LC_ALL/LC_CTYPE/LANG), so Chinese would show as question marks; using English. A UTF-8 locale (e.g. LANG=${chosen === 'zh-Hant' ? 'zh_TW' : 'zh_CN'}.UTF-8) shows ${chosen}.\n`);
	setLocale(locale);
	useMessages(await loadMessages(locale));
	return { ok: true, loaded, opened, now };
}

/** A path as a person would type it: the home folder as ~. */
function shortPath(path: string): string {
	const home = homedir();
	return home && home !== '/' && path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}

/** The one line printed on the way out, and whether the progress is safe (false: the "NOT saved" line). */
export function farewell(store: ProgressStore, now: Date = new Date(), folder: string = tmpdir()): { text: string; saved: boolean } {
	const unsaved = store.unsaved;
	const say = t().cli.tutor;
	const saved = { text: say.saved(shortPath(store.path)), saved: true };
	if (!unsaved && !existsSync(store.path)) return { text: say.nothingYet(shortPath(store.path)), saved: true };
	if (!unsaved) return saved;
	let why: string;
	try {
		// The disk may have room again, or the folder may be writable now.
		store.save(unsaved);
		return saved;
	} catch (error) {
		why = describeSaveError(error, store.path);
	}
	const copy = join(folder, `cvm-tutor-unsaved-${timestamp(now)}-${process.pid}.json`);
	try {
		writeFileSafely(copy, JSON.stringify(unsaved, undefined, '\t'), { mode: 0o600 });
	} catch (error) {
		return { text: say.notSavedNoCopy(why, copy, (error as NodeJS.ErrnoException).code ?? 'error'), saved: false };
	}
	return { text: say.notSaved(why, copy, store.path), saved: false };
}


/**
 * Waits until the Ink app ends, by itself or by SIGINT, SIGTERM or SIGHUP (each unmounts it: progress and rooms are
 * saved as they change, so a signal only has to restore the terminal). These are the only handlers; conf's writer,
 * which installed its own that re-raised the signal, is replaced at build. Returns the signal, if one ended it.
 */
export async function untilExit(instance: { unmount(): void; waitUntilExit(): Promise<unknown> }): Promise<NodeJS.Signals | undefined> {
	let signalled: NodeJS.Signals | undefined;
	const onSignal = (signal: NodeJS.Signals) => {
		signalled = signal;
		instance.unmount();
	};
	const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
	for (const signal of signals) process.once(signal, onSignal);
	await instance.waitUntilExit();
	for (const signal of signals) process.off(signal, onSignal);
	return signalled;
}

/** `text` written to `path` (an `--out` file), saying so on stdout; or why not, on stderr. The exit code: 0 or 1. */
export function writeOut(path: string, text: string): number {
	try {
		writeFileSafely(path, text);
		process.stdout.write(`${t().cli.room.written(path)}\n`);
		return 0;
	} catch (error) {
		process.stderr.write(`${escapeForTerminal(t().cli.room.notWritten(path, (error as NodeJS.ErrnoException).code ?? String(error)))}\n`);
		return 1;
	}
}
