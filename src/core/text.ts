// Lesson strings are either plain English or a map of locale → text, so translations can be
// added to a file later without changing its shape or anyone's saved progress.
import { currentLocale, type Locale } from './i18n/locale.js';

export { LOCALES, type Locale } from './i18n/locale.js';

export type LocalizedText = string | ({ en: string } & Partial<Record<Exclude<Locale, 'en'>, string>>);

/** The text in `locale` (by default the run's), or its English when that locale has none. */
export function localize(text: LocalizedText, locale: Locale = currentLocale()): string {
	if (typeof text === 'string') return text;
	return text[locale] ?? text.en;
}
