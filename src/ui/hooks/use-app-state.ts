// Holds AppState and turns intents into new state through the pure appReducer. When an intent changes
// progress, it is saved before the frame updates, so an answer is on disk the moment it is given. A save merges
// with what another window wrote, and the merged progress becomes this window's. A failed save leaves a warning
// that stays until a save succeeds (the notice, by contrast, goes at the next key).
import { useCallback, useRef, useState } from 'react';
import { type AppIntent, appReducer, type AppState, type Dispatch, type ScreenIntent } from '../../core/app-state.js';
import { type Clock, systemClock } from '../../core/clock.js';
import { t } from '../../core/i18n/messages.js';
import { describeSaveError, type ProgressStore } from '../../store/progress-store.js';

export function saveWarning(why: string): string {
	return t().app.saveWarning(why);
}

/** `now` is the app's one clock: every intent is stamped with it here, so screens never read the time. */
export function useAppState(initial: AppState, store: ProgressStore, now: Clock = systemClock): [AppState, Dispatch, string | undefined] {
	const [state, setState] = useState(initial);
	const [saveError, setSaveError] = useState(store.readOnly ? saveWarning(store.readOnly) : undefined);
	const current = useRef(initial);
	const dispatch = useCallback(
		(intent: ScreenIntent) => {
			const previous = current.current;
			let next = appReducer(previous, { ...intent, at: now().toISOString() } as AppIntent);
			if (next.progress !== previous.progress) {
				try {
					const saved = store.save(next.progress);
					if (saved !== next.progress) next = { ...next, progress: saved };
					setSaveError(undefined);
				} catch (error) {
					setSaveError(saveWarning(describeSaveError(error, store.path)));
				}
			}
			current.current = next;
			setState(next);
		},
		[store, now],
	);
	return [state, dispatch, saveError];
}
