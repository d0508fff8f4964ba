// Whether the interactive tutor can run on what it was started with, and if not, what to tell the user.
// Pure: cli.tsx passes in the streams' TTY flags and TERM.
import { t } from './i18n/messages.js';

const COMMANDS = ['  cvm-tutor validate [DIR] [--json]    cvm-tutor stats [--json]', '  cvm-tutor whereami [--json]          cvm-tutor reset --yes'];

/**
 * Why the tutor cannot start here, as lines of at most 80 columns; undefined when it can. TERM=dumb is refused:
 * Ink redraws every frame by moving the cursor up and erasing lines, and has no mode without cursor movement,
 * so on a dumb terminal each key would print the whole screen again below the last one. Plain mode (`plain`,
 * src/plain/) never moves the cursor: it runs on TERM=dumb, and its output may be a file (a transcript); only
 * its input must be a terminal, where the learner types.
 */
export function tutorTerminalProblem(terminal: { stdinTTY: boolean; stdoutTTY: boolean; term: string | undefined; plain?: boolean }): string[] | undefined {
	const { stdinTTY, stdoutTTY, term, plain } = terminal;
	const say = t().cli.terminal;
	let why: string;
	// Without a terminal on its input, plain mode is refused in the same words as the tutor.
	if (plain && stdinTTY) return undefined;
	if (!stdinTTY && !stdoutTTY) why = say.pipes;
	else if (!stdoutTTY) why = say.output;
	else if (!stdinTTY) why = say.input;
	// On TERM=dumb the user is in a terminal already: say what to change.
	else if (term === 'dumb') return [say.dumb, ...say.dumbAlternatives, ...COMMANDS];
	else return undefined;
	return [why, say.alternatives, ...COMMANDS];
}

/**
 * Whether the environment asks for plain mode without `--plain`: a screen reader announced the way Ink reads it
 * (INK_SCREEN_READER=true), or a terminal that cannot move the cursor (TERM=dumb: Emacs' shell, some braille setups).
 */
export function plainWanted(env: Readonly<Record<string, string | undefined>>): boolean {
	return env.INK_SCREEN_READER === 'true' || env.TERM === 'dumb';
}
