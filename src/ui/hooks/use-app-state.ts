// Holds AppState and turns intents into new state through the pure appReducer. When an intent changes
// progress, it is saved before the frame updates, so an answer is on disk the moment it is given.
import { useCallback, useRef, useState } from 'react';
import { type AppIntent, appReducer, type AppState } from '../../core/app-state.js';
import type { ProgressStore } from '../../store/progress-store.js';

export function useAppState(initial: AppState, store: ProgressStore): [AppState, (intent: AppIntent) => void] {
	const [state, setState] = useState(initial);
	const current = useRef(initial);
	const dispatch = useCallback(
		(intent: AppIntent) => {
			const previous = current.current;
			let next = appReducer(previous, intent);
			if (next.progress !== previous.progress) {
				try {
					store.save(next.progress);
				} catch (error) {
					const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
					next = { ...next, notice: `Could not save progress to ${store.path} (${code}); it is kept until you quit.` };
				}
			}
			current.current = next;
			setState(next);
		},
		[store],
	);
	return [state, dispatch];
}
