// Feeds Ink's input to the app one key at a time, each rendered before the next.
// Why: Ink 6.8 reads a stdin chunk and emits it to every useInput handler at once. It splits out escape
// sequences (arrows) but passes a run of plain characters as one string ("jjj", "2\r"), which no handler
// recognises; and all the events of one chunk run synchronously against the handlers of the last render,
// because React renders the state they set later, at Default priority. So a burst (a paste, an SSH link,
// `tmux send-keys Down Down Enter`) saw one state for all its keys: ink-select-input's Enter read the
// selection from before the Downs, a screen that opened mid-burst never got the keys after it.
// Here each key runs inside the reconciler's flushSync: its updates render, commit and re-subscribe every
// handler (passive effects of a sync render flush at once) before the next key is handed out.
import { useStdin } from 'ink';
import parseKeypress from 'ink-parse-keypress';
import inkReconciler from 'ink-reconciler';
import { useLayoutEffect, useRef } from 'react';
import { splitKeys } from '../../core/keys.js';

/**
 * Whether Ink's useInput can read `key`. A sequence with a Ctrl modifier that names no key (`ESC [ 5 k`,
 * which a terminal's line editing makes of keys typed ahead before the app is in raw mode: `↑ Backspace 5 k`)
 * makes Ink 6.8 throw (it reads the missing name); such a key means nothing, so it is dropped.
 */
export function inkCanRead(key: string): boolean {
	const parsed = parseKeypress(key);
	if (parsed.isKittyProtocol) return true;
	return typeof (parsed.ctrl ? parsed.name : parsed.sequence) === 'string';
}

/**
 * `accept` (read at each key, so the latest) drops the keys it refuses before any handler sees them: the app
 * uses it to keep a hidden screen deaf while the terminal is below its minimum size.
 */
export function useKeyByKey(accept: (key: string) => boolean = () => true): void {
	const { internal_eventEmitter: emitter } = useStdin() as ReturnType<typeof useStdin> & { internal_eventEmitter?: NodeJS.EventEmitter };
	const latestAccept = useRef(accept);
	latestAccept.current = accept;
	useLayoutEffect(() => {
		if (!emitter) return;
		const emit = emitter.emit;
		emitter.emit = function (this: NodeJS.EventEmitter, event: string | symbol, ...args: unknown[]): boolean {
			const [data] = args;
			if (event !== 'input' || typeof data !== 'string') return emit.call(this, event, ...args);
			let heard = false;
			for (const key of splitKeys(data)) {
				if (inkCanRead(key) && latestAccept.current(key)) inkReconciler.flushSyncFromReconciler(() => (heard = emit.call(this, 'input', key) || heard));
			}
			return heard;
		};
		return () => {
			emitter.emit = emit;
		};
	}, [emitter]);
}
