// argv → one command. The only place that writes to stdout/stderr directly and decides the exit code.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { type CommandOutput, importCommand, resetCommand, statsCommand, validateCommand, whereamiCommand } from './commands.js';
import { VERSION } from './meta.js';

export const HELP = `cvm-tutor ${VERSION}: learn how containers differ from virtual machines

Usage
  cvm-tutor                  open the tutor (needs an interactive terminal)
      --lessons DIR          use the lesson files in DIR (to preview your own)
  cvm-tutor validate [DIR]   check a lesson folder (default: the bundled lessons)
      --json                 print {"chapters","questions","byType","chapterIds"}
  cvm-tutor stats [--json]   show the progress that is stored
  cvm-tutor reset [--yes]    erase stored progress (asks first unless --yes)
  cvm-tutor import FILE      merge a copy of progress (written when saving failed)
  cvm-tutor whereami [--json] inspect this machine: namespaces, cgroup, VM?

Options
  -h, --help                 show this help
  -v, --version              print the version

Progress is saved after every answer, in progress.json inside $CVM_TUTOR_HOME
if set, else your user config folder (~/.config/cvm-tutor on Linux).`;

const NOT_A_TERMINAL = `cvm-tutor: the tutor needs an interactive terminal, and this input is not one.
Without a terminal you can run: cvm-tutor validate [DIR] [--json] | stats [--json]
  | reset --yes | whereami [--json] | --help`;

function print(result: CommandOutput): number {
	for (const line of result.stdout) process.stdout.write(`${line}\n`);
	for (const line of result.stderr) process.stderr.write(`${line}\n`);
	return result.code;
}

/** true: yes; false: no; undefined: the user left with Ctrl+C or Ctrl+D. */
async function confirm(question: string): Promise<boolean | undefined> {
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	const aborted = new AbortController();
	rl.once('SIGINT', () => aborted.abort());
	rl.once('close', () => aborted.abort());
	try {
		return /^y(es)?$/i.test((await rl.question(question, { signal: aborted.signal })).trim());
	} catch {
		process.stdout.write('\n');
		return undefined;
	} finally {
		rl.close();
	}
}

async function runTutor(home: string | undefined, lessonsDir: string | undefined): Promise<number> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) return print({ code: 2, stdout: [], stderr: [NOT_A_TERMINAL] });
	const { startTutor } = await import('./tutor.js');
	return startTutor(home, lessonsDir);
}

export async function main(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				help: { type: 'boolean', short: 'h' },
				version: { type: 'boolean', short: 'v' },
				json: { type: 'boolean' },
				yes: { type: 'boolean', short: 'y' },
				lessons: { type: 'string' },
			},
		});
	} catch (error) {
		// Node's own wording suggests `-- "--x"`, which means nothing here; name the option instead.
		const { code, message } = error as NodeJS.ErrnoException;
		const option = /'([^']+)'/.exec(message)?.[1];
		const why =
			code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
				? `unknown option ${option}`
				: code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option
					? `option ${option.split(' ')[0]} needs a value`
					: message;
		return print({ code: 2, stdout: [], stderr: [`cvm-tutor: ${why}.`, 'Run `cvm-tutor --help` for usage.'] });
	}
	const { values, positionals } = parsed;
	const home = process.env.CVM_TUTOR_HOME || undefined;
	if (values.help || positionals[0] === 'help') return print({ code: 0, stdout: [HELP], stderr: [] });
	if (values.version) return print({ code: 0, stdout: [VERSION], stderr: [] });
	const [command, ...rest] = positionals;
	const extra = (max: number) =>
		rest.length > max ? print({ code: 2, stdout: [], stderr: [`cvm-tutor: unexpected argument "${rest[max]}".`, 'Run `cvm-tutor --help` for usage.'] }) : undefined;
	switch (command) {
		case undefined:
			if (values.json || values.yes) {
				return print({ code: 2, stdout: [], stderr: [`cvm-tutor: ${values.json ? '--json' : '--yes'} goes with a command (e.g. \`cvm-tutor stats --json\`).`, 'Run `cvm-tutor --help` for usage.'] });
			}
			return runTutor(home, values.lessons);
		case 'validate':
			return extra(1) ?? print(await validateCommand(rest[0], values.json === true));
		case 'stats':
			return extra(0) ?? print(await statsCommand(values.json === true, home));
		case 'whereami':
			return extra(0) ?? print(await whereamiCommand(values.json === true));
		case 'reset': {
			const tooMany = extra(0);
			if (tooMany !== undefined) return tooMany;
			if (!values.yes) {
				if (!process.stdin.isTTY) return print({ code: 2, stdout: [], stderr: ['cvm-tutor: reset needs confirmation; run `cvm-tutor reset --yes` to erase progress.'] });
				const answer = await confirm('Erase all saved progress? This cannot be undone. [y/N] ');
				if (answer === undefined) return print({ code: 130, stdout: ['Nothing erased.'], stderr: [] });
				if (!answer) return print({ code: 1, stdout: ['Nothing erased.'], stderr: [] });
			}
			return print(resetCommand(home));
		}
		case 'import':
			if (!rest[0]) return print({ code: 2, stdout: [], stderr: ['cvm-tutor: import needs a file: `cvm-tutor import FILE`.'] });
			return extra(1) ?? print(importCommand(rest[0], home));
		default:
			return print({ code: 2, stdout: [], stderr: [`cvm-tutor: unknown command "${command}".`, 'Run `cvm-tutor --help` for usage.'] });
	}
}

// A reader that stops early (`cvm-tutor stats | head`) closes the pipe; that is not an error worth a trace.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') throw error;
		process.exit(process.exitCode ?? 0);
	});
}

process.exitCode = await main(process.argv.slice(2));
