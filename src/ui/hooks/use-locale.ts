// Applies the language chosen in Settings: when the saved choice differs from the run's, the catalogue of the new
// one is loaded (a chunk of its own), made current with the locale, and the app draws again in it.
import { useEffect, useState } from 'react';
import type { Dispatch } from '../../core/app-state.js';
import { currentLocale, LANGUAGE_NAMES, type Locale, setLocale } from '../../core/i18n/locale.js';
import { loadMessages, t, useMessages } from '../../core/i18n/messages.js';

export function useLocale(saved: Locale | undefined, dispatch: Dispatch): Locale {
	const [shown, setShown] = useState(currentLocale());
	useEffect(() => {
		if (!saved || saved === currentLocale()) return;
		let cancelled = false;
		void loadMessages(saved).then((messages) => {
			if (cancelled) return;
			useMessages(messages);
			setLocale(saved);
			setShown(saved);
			dispatch({ type: 'notice', text: t().app.settings.saved(LANGUAGE_NAMES[saved]) });
		});
		return () => {
			cancelled = true;
		};
	}, [saved, dispatch]);
	return shown;
}
