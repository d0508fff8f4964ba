// Starts the tutor in plain mode (`--plain`, INK_SCREEN_READER=true or TERM=dumb: src/cli.tsx): the same
// lessons, clock, progress store and language as src/tutor.tsx, then the conversation on stdin and stdout.
import { appReducer, initialState } from '../core/app-state.js';
import { formatProblem } from '../core/bank.js';
import { clockFromEnv } from '../core/clock.js';
import { chooseLocale, setLocale } from '../core/i18n/locale.js';
import { loadMessages, useMessages } from '../core/i18n/messages.js';
import { loadLessons } from '../lessons.js';
import { openProgressStore, ProgressFileError } from '../store/progress-store.js';
// The app's own farewell line, so both modes say goodbye the same way.
import { farewell } from '../tutor.js';
import { newSeed } from '../ui/seed.js';
import { runPlain } from './run.js';

/** `interview`: open on a new mock interview (`cvm-tutor interview --plain`), as src/tutor.tsx does. */
export async function startPlain(home: string | undefined, lessonsDir: string | undefined, lang: string | undefined, interview?: { seed: number; minutes: number }): Promise<number> {
	// Every file is checked before the first line: nothing is drawn early here, so there is nothing to gain by waiting.
	const loaded = await loadLessons(lessonsDir, { verifyLater: false });
	if (!loaded.ok) {
		for (const problem of loaded.problems) process.stderr.write(`${formatProblem(problem)}\n`);
		process.stderr.write('cvm-tutor: the lesson files above are broken. Fix them (`cvm-tutor validate` lists every problem).\n');
		return 1;
	}
	const timing = clockFromEnv(process.env);
	if (!timing.ok) {
		process.stderr.write(`cvm-tutor: ${timing.message}\n`);
		return 2;
	}
	const now = timing.clock;
	let opened;
	try {
		opened = openProgressStore({ ...(home ? { cwd: home } : {}), now });
	} catch (error) {
		if (!(error instanceof ProgressFileError)) throw error;
		process.stderr.write(`cvm-tutor: ${error.message}\n`);
		return 1;
	}
	const choice = chooseLocale({ option: lang, saved: opened.progress.settings?.locale, env: process.env });
	const locale = choice.ok ? choice.locale : 'en';
	setLocale(locale);
	useMessages(await loadMessages(locale));
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
