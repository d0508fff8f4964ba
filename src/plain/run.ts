// Plain mode's edge: reads lines from the terminal, turns each into intents (src/plain/conversation.ts), runs
// them through the app's reducer, saves every change at once exactly as the Ink app does
// (src/ui/hooks/use-app-state.ts), and prints what is new. Text only ever goes down the screen.
//
// Why not Ink here, even with its screen-reader mode (INK_SCREEN_READER): that mode still redraws its last
// frame with erase-line sequences on every change and reads keys one at a time, so a screen reader hears the
// screen again after each key. Plain mode instead leaves the terminal in its normal line mode (readline with
// `terminal: false`): the terminal echoes and edits the line as the learner types (backspace, Ctrl+U, an input
// method), Ctrl+D ends input and Ctrl+C interrupts, and nothing is written but whole lines of text.
import { createInterface } from 'node:readline';
import { type AppIntent, appReducer, type AppState, type ScreenIntent } from '../core/app-state.js';
import type { Clock } from '../core/clock.js';
import { t } from '../core/i18n/messages.js';
import { describeSaveError, type ProgressStore } from '../store/progress-store.js';
import { narrate, respond, screenLines, type Seeds, supported, type Talk } from './conversation.js';

export interface PlainOptions {
	initial: AppState;
	store: ProgressStore;
	now: Clock;
	seeds: Seeds;
	input: NodeJS.ReadableStream;
	output: NodeJS.WritableStream;
	/** The app's farewell line (src/tutor.tsx), and whether the progress is safe. */
	farewell: () => { text: string; saved: boolean };
}

/** Runs the conversation until the learner quits, input ends or a signal comes; the exit code, as the Ink app's. */
export function runPlain(options: PlainOptions): Promise<number> {
	const { store, now, seeds, input, output } = options;
	const p = t().plain;
	let talk: Talk = { state: options.initial };
	let saveError = store.readOnly ? p.saveFailed(store.readOnly) : undefined;
	const write = (lines: readonly string[]) => {
		if (lines.length) output.write(`${lines.join('\n')}\n`);
	};
	const ask = () => output.write(p.prompt);

	/** The same path as useAppState: stamp the intent with the one clock, reduce, save a changed progress at once. */
	const dispatch = (intent: ScreenIntent) => {
		const previous = talk.state;
		let next = appReducer(previous, { ...intent, at: now().toISOString() } as AppIntent);
		if (next.progress !== previous.progress) {
			const before = saveError;
			try {
				const saved = store.save(next.progress);
				if (saved !== next.progress) next = { ...next, progress: saved };
				saveError = undefined;
			} catch (error) {
				saveError = p.saveFailed(describeSaveError(error, store.path));
			}
			if (saveError && saveError !== before) write([saveError]);
		}
		talk = { ...talk, state: next };
	};

	return new Promise((resolve) => {
		const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
		let ended = false;
		const finish = (code: number, say = true) => {
			if (ended) return;
			ended = true;
			for (const [signal, handler] of handlers) process.off(signal, handler);
			lines.close();
			const line = options.farewell();
			if (say) write(['', line.text]);
			resolve(code !== 0 ? code : line.saved ? 0 : 1);
		};
		// Progress is saved after every change: a signal only has to say goodbye. A hang-up has no terminal to say it to.
		const handlers: Array<[NodeJS.Signals, () => void]> = [
			['SIGINT', () => finish(130)],
			['SIGTERM', () => finish(143)],
			['SIGHUP', () => finish(129, false)],
		];
		for (const [signal, handler] of handlers) process.once(signal, handler);

		lines.on('line', (text) => {
			if (ended) return;
			const reply = respond(talk, text, seeds);
			if (reply.kind === 'quit') return finish(0);
			if (reply.kind === 'say') write(reply.lines);
			else if (reply.kind === 'repeat') write(screenLines(talk));
			else {
				const before = talk;
				for (const intent of reply.intents) dispatch(intent);
				if ('explained' in reply) {
					const { explained: _, ...rest } = talk;
					talk = reply.explained ? { ...rest, explained: reply.explained } : rest;
				}
				if (!supported(talk.state)) {
					write([p.unsupported]);
					dispatch({ type: 'open', screen: 'home' });
				}
				const said = narrate(before, talk);
				// An intent that changed nothing (a quiz with no questions): say again what to type here.
				write(said.length ? ['', ...said] : [screenLines(talk).at(-1) ?? '']);
			}
			ask();
		});
		// Ctrl+D on an empty line, or the end of the input: leave as `q` does.
		lines.on('close', () => finish(0));

		write([p.welcome, p.missing, ...(talk.state.notice ? [talk.state.notice] : []), ...(saveError ? [saveError] : []), '', ...screenLines(talk)]);
		ask();
	});
}
