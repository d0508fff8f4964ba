// Whether the interactive tutor can run on what it was started with, and if not, what to tell the user.
// Pure: cli.tsx passes in the streams' TTY flags and TERM.

const COMMANDS = ['  cvm-tutor validate [DIR] [--json]    cvm-tutor stats [--json]', '  cvm-tutor whereami [--json]          cvm-tutor reset --yes'];
const ALTERNATIVES = ['Run it in a terminal, or use a command that needs none:', ...COMMANDS];
// On TERM=dumb the user is in a terminal already: say what to change.
const DUMB_ALTERNATIVES = ['Run it with a TERM that moves the cursor (for example TERM=xterm-256color),', 'or use a command that needs none:', ...COMMANDS];

/**
 * Why the tutor cannot start here, as lines of at most 80 columns; undefined when it can. TERM=dumb is refused:
 * Ink redraws every frame by moving the cursor up and erasing lines, and has no mode without cursor movement,
 * so on a dumb terminal each key would print the whole screen again below the last one. Plain mode (`plain`,
 * src/plain/) never moves the cursor: it runs on TERM=dumb, and its output may be a file (a transcript); only
 * its input must be a terminal, where the learner types.
 */
export function tutorTerminalProblem(terminal: { stdinTTY: boolean; stdoutTTY: boolean; term: string | undefined; plain?: boolean }): string[] | undefined {
	const { stdinTTY, stdoutTTY, term, plain } = terminal;
	let why: string;
	// Without a terminal on its input, plain mode is refused in the same words as the tutor.
	if (plain && stdinTTY) return undefined;
	if (!stdinTTY && !stdoutTTY) why = 'cvm-tutor: the tutor needs a terminal; its input and output are pipes or files.';
	else if (!stdoutTTY) why = 'cvm-tutor: the tutor draws on a terminal, but its output is a pipe or a file.';
	else if (!stdinTTY) why = 'cvm-tutor: the tutor reads keys from a terminal; its input is a pipe or a file.';
	else if (term === 'dumb') return ['cvm-tutor: the tutor moves the cursor, which this terminal (TERM=dumb) cannot.', ...DUMB_ALTERNATIVES];
	else return undefined;
	return [why, ...ALTERNATIVES];
}

/**
 * Whether the environment asks for plain mode without `--plain`: a screen reader announced the way Ink reads it
 * (INK_SCREEN_READER=true), or a terminal that cannot move the cursor (TERM=dumb: Emacs' shell, some braille setups).
 */
export function plainWanted(env: Readonly<Record<string, string | undefined>>): boolean {
	return env.INK_SCREEN_READER === 'true' || env.TERM === 'dumb';
}
