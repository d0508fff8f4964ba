// The commands that need no terminal: each returns what to print and the exit code, and never throws
// for anything a user can cause. cli.tsx turns argv into one of these and owns the process exit.
import { formatProblem } from './core/bank.js';
import { escapeForTerminal, safeJson } from './core/escape.js';
import { computeStats } from './core/progress.js';
import { localize } from './core/text.js';
import { loadLessons } from './lessons.js';
import { bundledLessonsDir } from './meta.js';
import { openProgressStore } from './store/progress-store.js';

export interface CommandOutput {
	stdout: string[];
	stderr: string[];
	code: number;
}

const output = (code: number, stdout: string[] = [], stderr: string[] = []): CommandOutput => ({ code, stdout, stderr });

/** Always a full validation, whatever the build recorded. Everything quoted from the files is escaped. */
export async function validateCommand(dir: string | undefined, json: boolean): Promise<CommandOutput> {
	const folder = dir ?? bundledLessonsDir();
	const { loadBankFromDir, summarizeBank } = await import('./core/validate.js');
	const result = loadBankFromDir(folder);
	const warnings = result.warnings ?? [];
	const warningLines = warnings.map((warning) => `warning: ${formatProblem(warning)}`);
	if (!result.ok) {
		const count = result.problems.length;
		// The folder itself is unusable (missing, a file): that one line says it all.
		const folderOnly = count === 1 && result.problems[0]?.file === folder && result.problems[0].at === '';
		const lines = folderOnly
			? [`cvm-tutor: ${formatProblem(result.problems[0]!)}`]
			: [
					...result.problems.map(formatProblem),
					...warningLines,
					escapeForTerminal(`${count} problem${count === 1 ? '' : 's'} in ${folder}. Fix ${count === 1 ? 'it' : 'them'} and run \`cvm-tutor validate${dir ? ` ${dir}` : ''}\` again.`),
				];
		return output(1, json ? [safeJson({ ok: false, problems: result.problems, warnings })] : [], lines);
	}
	const summary = summarizeBank(result.bank);
	if (json) return output(0, [safeJson({ ok: true, ...summary, warnings })], warningLines);
	const types = Object.entries(summary.byType)
		.filter(([, n]) => n > 0)
		.map(([type, n]) => `${n} ${type}`)
		.join(', ');
	return output(
		0,
		[
			escapeForTerminal(`${folder}: OK`),
			`${summary.chapters} chapter${summary.chapters === 1 ? '' : 's'}, ${summary.questions} questions (${types})`,
			...result.bank.chapters.map((c) => `  ${String(c.order).padStart(2)}. ${c.id}  ${c.pages.length} pages, ${c.questions.length} questions`),
		],
		warningLines,
	);
}

export async function statsCommand(json: boolean, home: string | undefined): Promise<CommandOutput> {
	const loaded = await loadLessons();
	if (!loaded.ok) return output(1, [], [...loaded.problems.map(formatProblem), 'The bundled lessons are broken; reinstall cvm-tutor.']);
	let opened;
	try {
		opened = openProgressStore(home ? { cwd: home } : {});
	} catch (error) {
		return output(1, [], [`cvm-tutor: ${(error as Error).message}`]);
	}
	const notices = opened.notice ? [opened.notice] : [];
	const stats = computeStats(loaded.bank, opened.progress);
	if (json) return output(0, [JSON.stringify({ file: opened.store.path, progress: opened.progress, stats }, null, 2)], notices);
	const rate = stats.answersGiven ? Math.round((100 * stats.answersCorrect) / stats.answersGiven) : 0;
	return output(
		0,
		[
			`Progress file: ${opened.store.path}`,
			...loaded.bank.chapters.map((chapter, i) => {
				const s = stats.chapters[i];
				const best = s?.bestScore ? `best ${s.bestScore.correct}/${s.bestScore.total}` : 'quiz not taken';
				return `  ${chapter.order}. ${localize(chapter.title)}: ${s?.pagesRead}/${s?.pagesTotal} pages, ${s?.answered}/${s?.questionsTotal} answered, ${best}`;
			}),
			`${stats.answersGiven} answers given, ${rate}% right; ${stats.mistakesToReview} to review.`,
		],
		notices,
	);
}

export function resetCommand(home: string | undefined): CommandOutput {
	try {
		const { store } = openProgressStore(home ? { cwd: home } : {});
		store.reset();
		return output(0, [`Progress erased (${store.path}).`]);
	} catch (error) {
		return output(1, [], [`cvm-tutor: could not reset progress: ${(error as Error).message}`]);
	}
}

/** Read-only look at the machine; loaded on demand so the tutor's start-up does not pay for it. */
export async function whereamiCommand(json: boolean): Promise<CommandOutput> {
	const [{ probeHost }, { buildReport, formatReport }] = await Promise.all([import('./whereami-probe.js'), import('./core/whereami.js')]);
	const report = buildReport(probeHost());
	// Text read from the machine (PID 1's name, cgroup paths) is escaped: formatReport does it for the text form.
	return output(0, json ? [safeJson(report, 2)] : formatReport(report));
}
