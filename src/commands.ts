// The commands that need no terminal: each returns what to print and the exit code, and never throws
// for anything a user can cause. cli.tsx turns argv into one of these and owns the process exit.
import { type BankProblem, formatProblem, readLessonFiles } from './core/bank.js';
import { translationProblems } from './core/i18n/strings.js';
import { t } from './core/i18n/messages.js';
import type { Locale } from './core/i18n/locale.js';
import type { Chapter } from './core/schema.js';
import { readFileSync, statSync } from 'node:fs';
import { escapeForTerminal, safeJson } from './core/escape.js';
import { mergeProgress } from './core/progress-merge.js';
import { emptyProgress, resetChapter } from './core/progress.js';
import { statsReport } from './core/stats/index.js';
import { localize } from './core/text.js';
import { loadLessons } from './lessons.js';
import { bundledLessonsDir } from './meta.js';
import { describeSaveError, deserialize, MAX_PROGRESS_BYTES, openProgressStore, ProgressFileError } from './store/progress-store.js';

export interface CommandOutput {
	stdout: string[];
	stderr: string[];
	code: number;
}

const output = (code: number, stdout: string[] = [], stderr: string[] = []): CommandOutput => ({ code, stdout, stderr });

/** Always a full validation, whatever the build recorded. Everything quoted from the files is escaped. */
/**
 * `validate --locale L`: after the full check, every string of the lessons that has no L text, or whose L text
 * loses a `code` span or a number of the English, by file and JSON path. English is the source: nothing to check.
 */
function localeProblems(folder: string, locale: Locale): BankProblem[] {
	if (locale === 'en') return [];
	const read = readLessonFiles(folder);
	if (!read.ok) return read.problems;
	return read.files.flatMap(({ file, text }) => translationProblems(JSON.parse(text) as Chapter, locale).map((problem) => ({ file, ...problem })));
}

export async function validateCommand(dir: string | undefined, json: boolean, locale?: Locale): Promise<CommandOutput> {
	const folder = dir ?? bundledLessonsDir();
	const { loadBankFromDir, summarizeBank } = await import('./core/validate.js');
	const result = loadBankFromDir(folder);
	const warnings = result.warnings ?? [];
	const say = t().cli.validate;
	const warningLines = warnings.map((warning) => say.warning(formatProblem(warning)));
	if (!result.ok) {
		const count = result.problems.length;
		// The folder itself is unusable (missing, a file): that one line says it all.
		const folderOnly = count === 1 && result.problems[0]?.file === folder && result.problems[0].at === '';
		const lines = folderOnly
			? [`cvm-tutor: ${formatProblem(result.problems[0]!)}`]
			: [
					...result.problems.map(formatProblem),
					...warningLines,
					escapeForTerminal(say.problems(count, folder, `cvm-tutor validate${dir ? ` ${dir}` : ''}`)),
				];
		return output(1, json ? [safeJson({ ok: false, problems: result.problems, warnings })] : [], lines);
	}
	const summary = summarizeBank(result.bank);
	if (locale !== undefined) {
		const missing = localeProblems(folder, locale);
		const count = missing.length;
		if (json) return output(count ? 1 : 0, [safeJson({ ok: count === 0, locale, ...summary, problems: missing, warnings })], warningLines);
		if (count) return output(1, [], [...missing.map(formatProblem), ...warningLines, escapeForTerminal(say.notReady(count, folder, locale, `cvm-tutor validate${dir ? ` ${dir}` : ''} --locale ${locale}`))]);
		return output(0, [escapeForTerminal(say.okIn(folder, locale)), say.complete(summary.chapters, summary.questions, locale)], warningLines);
	}
	if (json) return output(0, [safeJson({ ok: true, ...summary, warnings })], warningLines);
	const types = Object.entries(summary.byType)
		.filter(([, n]) => n > 0)
		.map(([type, n]) => say.typeCount(n, type))
		.join(say.typeSeparator);
	return output(
		0,
		[
			escapeForTerminal(say.ok(folder)),
			say.summary(summary.chapters, summary.questions, types),
			...result.bank.chapters.map((c) => say.chapter(c.order, c.id, c.pages.length, c.questions.length)),
		],
		warningLines,
	);
}

export async function statsCommand(json: boolean, home: string | undefined, now: Date = new Date()): Promise<CommandOutput> {
	const loaded = await loadLessons();
	if (!loaded.ok) return output(1, [], [...loaded.problems.map(formatProblem), t().cli.lessonsBroken]);
	let opened;
	try {
		// Only looks: creates no folder, writes nothing, leaves a broken file where it is.
		opened = openProgressStore({ ...(home ? { cwd: home } : {}), readOnly: true });
	} catch (error) {
		return output(1, [], [escapeForTerminal(`cvm-tutor: ${(error as Error).message}`)]);
	}
	const notices = opened.notice ? [escapeForTerminal(opened.notice)] : [];
	const stats = statsReport(loaded.bank, opened.progress, now.toISOString(), now.getTimezoneOffset());
	// The file is anyone's to edit: what it holds is printed escaped, like everything read from outside.
	if (json) return output(0, [safeJson({ file: opened.store.path, progress: opened.progress, stats }, 2)], notices);
	const rate = stats.answersGiven ? Math.round((100 * stats.answersCorrect) / stats.answersGiven) : 0;
	const say = t().cli.stats;
	return output(
		0,
		[
			escapeForTerminal(say.file(opened.store.path)),
			...loaded.bank.chapters.map((chapter, i) => {
				const s = stats.chapters[i];
				return say.chapter(chapter.order, localize(chapter.title), { pagesRead: s?.pagesRead, pagesTotal: s?.pagesTotal, answered: s?.answered, questions: s?.questionsTotal, best: s?.bestScore ? { correct: s.bestScore.correct, total: s.bestScore.total } : undefined });
			}),
			say.answers(stats.answersGiven, rate, stats.mistakesToReview),
			say.study(stats.study.total, stats.study.streak, stats.study.longest),
			say.due(stats.due[0] ?? 0, stats.due.length - 1, stats.due.slice(1)),
			...(stats.scores.length ? [say.scores(stats.scores.map((point) => `${Math.round(point.percent)}%`))] : []),
			...(stats.misconceptions.some((m) => m.fell > 0)
				? [say.weakest(stats.misconceptions.filter((m) => m.fell > 0).slice(0, 3).map((m) => ({ tag: m.tag, percent: Math.round(m.accuracy * 100) })))]
				: []),
		],
		notices,
	);
}

export function resetCommand(home: string | undefined): CommandOutput {
	let store;
	try {
		store = openProgressStore({ ...(home ? { cwd: home } : {}), read: false }).store;
		store.reset();
		return output(0, [t().cli.reset.erased(store.path)]);
	} catch (error) {
		return output(1, [], [store && !(error instanceof ProgressFileError) ? t().cli.reset.cannot(describeSaveError(error, store.path)) : `cvm-tutor: ${(error as Error).message}`]);
	}
}

/** The chapter `reset --chapter ID` names, or the error that lists the ids there are (exit 2, as for a usage error). */
export async function findChapterToReset(id: string): Promise<{ ok: true; id: string; title: string; questionIds: string[] } | { ok: false; output: CommandOutput }> {
	const loaded = await loadLessons();
	if (!loaded.ok) return { ok: false, output: output(1, [], [...loaded.problems.map(formatProblem), t().cli.lessonsBroken]) };
	const chapter = loaded.bank.chapters.find((c) => c.id === id);
	if (!chapter) {
		const ids = loaded.bank.chapters.map((c) => `  ${c.id}  (${c.order}. ${localize(c.title)})`);
		return { ok: false, output: output(2, [], [escapeForTerminal(t().cli.noChapter(id)), ...ids]) };
	}
	return { ok: true, id: chapter.id, title: `${chapter.order}. ${localize(chapter.title)}`, questionIds: chapter.questions.map((q) => q.id) };
}

/** Erases one chapter's progress (core/progress.ts resetChapter) in the file, under its lock. */
export function resetChapterCommand(chapter: { id: string; title: string; questionIds: string[] }, home: string | undefined): CommandOutput {
	let store;
	try {
		store = openProgressStore(home ? { cwd: home } : {}).store;
		store.rewrite((onDisk) => resetChapter(onDisk, chapter.id, new Set(chapter.questionIds)));
		return output(0, [t().cli.reset.chapterErased(chapter.title, store.path)]);
	} catch (error) {
		return output(1, [], [store && !(error instanceof ProgressFileError) ? t().cli.reset.cannot(describeSaveError(error, store.path)) : `cvm-tutor: ${(error as Error).message}`]);
	}
}

/** Merges a progress file (a copy written when saving failed) into the stored progress, as a save would. */
export function importCommand(file: string, home: string | undefined): CommandOutput {
	const say = t().cli.import;
	let text: string;
	try {
		if (statSync(file).size > MAX_PROGRESS_BYTES) return output(1, [], [say.tooBig(file)]);
		text = readFileSync(file, 'utf8');
	} catch (error) {
		return output(1, [], [say.cannotRead(file, (error as NodeJS.ErrnoException).code ?? 'error')]);
	}
	const parsed = deserialize(text);
	if (!parsed.ok) return output(1, [], [say.notProgress(file, parsed.why)]);
	let opened;
	try {
		opened = openProgressStore(home ? { cwd: home } : {});
	} catch (error) {
		return output(1, [], [say.failed((error as Error).message)]);
	}
	const { store, progress } = opened;
	try {
		// With an empty base, everything in the copy counts as new: answers and pages are added, best scores kept.
		store.save(mergeProgress(emptyProgress(), parsed.progress, progress));
		return output(0, [say.merged(file, store.path)]);
	} catch (error) {
		return output(1, [], [say.failed(describeSaveError(error, store.path))]);
	}
}

/** Read-only look at the machine; loaded on demand so the tutor's start-up does not pay for it. */
export async function whereamiCommand(json: boolean): Promise<CommandOutput> {
	const [{ probeHost }, { buildReport, formatReport }] = await Promise.all([import('./whereami-probe.js'), import('./core/whereami.js')]);
	const report = buildReport(probeHost());
	// Text read from the machine (PID 1's name, cgroup paths) is escaped: formatReport does it for the text form.
	return output(0, json ? [safeJson(report, 2)] : formatReport(report));
}
