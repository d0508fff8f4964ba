// Starts the interactive tutor: loads lessons and progress, renders the App, and waits for it to end.
import { render } from 'ink';
import { type ExitReason, App } from './app.js';
import { initialState } from './core/app-state.js';
import { formatProblem } from './core/bank.js';
import { loadLessons } from './lessons.js';
import { openProgressStore, ProgressFileError } from './store/progress-store.js';

export async function startTutor(home: string | undefined, lessonsDir?: string): Promise<number> {
	const loaded = await loadLessons(lessonsDir);
	if (!loaded.ok) {
		for (const problem of loaded.problems) process.stderr.write(`${formatProblem(problem)}\n`);
		process.stderr.write('cvm-tutor: the lesson files above are broken. Fix them (`cvm-tutor validate` lists every problem).\n');
		return 1;
	}
	let opened;
	try {
		opened = openProgressStore(home ? { cwd: home } : {});
	} catch (error) {
		if (!(error instanceof ProgressFileError)) throw error;
		process.stderr.write(`cvm-tutor: ${error.message}\n`);
		return 1;
	}
	let reason = 'quit' as ExitReason;
	let signalCode: number | undefined;
	const instance = render(
		<App initial={initialState(loaded.bank, opened.progress, opened.notice)} store={opened.store} onExit={(r) => (reason = r)} />,
		{ exitOnCtrlC: false },
	);
	// Progress is saved after every change, so a signal only has to restore the terminal and leave.
	const onSignal = (signal: NodeJS.Signals) => {
		reason = 'interrupt';
		instance.unmount();
		signalCode = signal === 'SIGTERM' ? 143 : 130;
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	process.once('SIGHUP', onSignal);
	await instance.waitUntilExit();
	return signalCode ?? (reason === 'interrupt' ? 130 : 0);
}
