// Starts the tutor in plain mode (`--plain`, INK_SCREEN_READER=true or TERM=dumb: src/cli.tsx): the same
// lessons, clock, progress store and language as src/tutor.tsx, then the conversation on stdin and stdout.
import { appReducer, initialState } from '../core/app-state.js';
// The start-up and the farewell line of the app, so both modes open and say goodbye the same way (and plain mode
// loads no Ink).
import { farewell, openRun } from '../start.js';
import { newSeed } from '../ui/seed.js';
import { runPlain } from './run.js';

/** `interview`: open on a new mock interview (`cvm-tutor interview --plain`), as src/tutor.tsx does. */
export async function startPlain(home: string | undefined, lessonsDir: string | undefined, lang: string | undefined, interview?: { seed: number; minutes: number }, asciiOnly = false): Promise<number> {
	// Every file is checked before the first line: nothing is drawn early here, so there is nothing to gain by waiting.
	const started = await openRun(home, lessonsDir, { verifyLater: false, lang, asciiOnly });
	if (!started.ok) return started.code;
	const { loaded, opened, now } = started;
	let initial = initialState(loaded.bank, opened.progress, opened.notice, now());
	if (interview) initial = appReducer(initial, { type: 'start-interview', seed: interview.seed, minutes: interview.minutes, at: now().toISOString() });
	return runPlain({
		initial,
		store: opened.store,
		now,
		seeds: newSeed,
		input: process.stdin,
		output: process.stdout,
		farewell: () => farewell(opened.store, now()),
	});
}
