// The commands that need no terminal: each returns what to print and the exit code, and never throws
// for anything a user can cause. cli.tsx turns argv into one of these and owns the process exit.
import { formatProblem, loadBankFromDir, summarizeBank } from './core/bank.js';
import { bundledLessonsDir } from './meta.js';

export interface CommandOutput {
	stdout: string[];
	stderr: string[];
	code: number;
}

const output = (code: number, stdout: string[] = [], stderr: string[] = []): CommandOutput => ({ code, stdout, stderr });

export function validateCommand(dir: string | undefined, json: boolean): CommandOutput {
	const folder = dir ?? bundledLessonsDir();
	const result = loadBankFromDir(folder);
	if (!result.ok) {
		const lines = result.problems.map(formatProblem);
		const count = result.problems.length;
		return output(1, json ? [JSON.stringify({ ok: false, problems: result.problems })] : [], [
			...lines,
			`${count} problem${count === 1 ? '' : 's'} in ${folder}. Fix ${count === 1 ? 'it' : 'them'} and run \`cvm-tutor validate${dir ? ` ${dir}` : ''}\` again.`,
		]);
	}
	const summary = summarizeBank(result.bank);
	if (json) return output(0, [JSON.stringify(summary)]);
	const types = Object.entries(summary.byType)
		.map(([type, n]) => `${n} ${type}`)
		.join(', ');
	return output(0, [
		`${folder}: OK`,
		`${summary.chapters} chapter${summary.chapters === 1 ? '' : 's'}, ${summary.questions} questions (${types})`,
		...result.bank.chapters.map((c) => `  ${String(c.order).padStart(2)}. ${c.id}  ${c.pages.length} pages, ${c.questions.length} questions`),
	]);
}
