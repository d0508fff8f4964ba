// argv → one command. The only place that writes to stdout/stderr directly and sets the exit code.
import { parseArgs } from 'node:util';
import { type CommandOutput, validateCommand } from './commands.js';
import { VERSION } from './meta.js';

export const HELP = `cvm-tutor ${VERSION}: learn how containers differ from virtual machines

Usage
  cvm-tutor                  open the tutor (needs an interactive terminal)
  cvm-tutor validate [DIR]   check a lesson folder (default: the bundled lessons)
      --json                 print {"chapters","questions","byType","chapterIds"}
  cvm-tutor stats [--json]   show the progress that is stored
  cvm-tutor reset [--yes]    erase stored progress (asks first unless --yes)

Options
  -h, --help                 show this help
  -v, --version              print the version

Progress is stored in the folder named by CVM_TUTOR_HOME, or your user config folder.`;

function print(result: CommandOutput): number {
	for (const line of result.stdout) process.stdout.write(`${line}\n`);
	for (const line of result.stderr) process.stderr.write(`${line}\n`);
	return result.code;
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
			},
		});
	} catch (error) {
		return print({ code: 2, stdout: [], stderr: [`cvm-tutor: ${(error as Error).message}`, 'Run `cvm-tutor --help` for usage.'] });
	}
	const { values, positionals } = parsed;
	if (values.help) return print({ code: 0, stdout: [HELP], stderr: [] });
	if (values.version) return print({ code: 0, stdout: [VERSION], stderr: [] });
	const [command, ...rest] = positionals;
	switch (command) {
		case 'validate':
			return print(validateCommand(rest[0], values.json === true));
		default:
			return print({ code: 2, stdout: [], stderr: [`cvm-tutor: unknown command "${command}".`, 'Run `cvm-tutor --help` for usage.'] });
	}
}

process.exitCode = await main(process.argv.slice(2));
