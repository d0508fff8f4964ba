// Whether the interactive tutor can run on what it was started with, and if not, what to tell the user.
// Pure: cli.tsx passes in the streams' TTY flags and TERM.
import { t } from './i18n/messages.js';

const COMMANDS = ['  cvm-tutor validate [DIR] [--json]    cvm-tutor stats [--json]', '  cvm-tutor whereami [--json]          cvm-tutor reset --yes'];

/**
 * Why the tutor cannot start here, as lines of at most 80 columns; undefined when it can. TERM=dumb is refused:
 * Ink redraws every frame by moving the cursor up and erasing lines, and has no mode without cursor movement,
 * so on a dumb terminal each key would print the whole screen again below the last one.
 */
export function tutorTerminalProblem(terminal: { stdinTTY: boolean; stdoutTTY: boolean; term: string | undefined }): string[] | undefined {
	const { stdinTTY, stdoutTTY, term } = terminal;
	const say = t().cli.terminal;
	let why: string;
	if (!stdinTTY && !stdoutTTY) why = say.pipes;
	else if (!stdoutTTY) why = say.output;
	else if (!stdinTTY) why = say.input;
	// On TERM=dumb the user is in a terminal already: say what to change.
	else if (term === 'dumb') return [say.dumb, ...say.dumbAlternatives, ...COMMANDS];
	else return undefined;
	return [why, say.alternatives, ...COMMANDS];
}
