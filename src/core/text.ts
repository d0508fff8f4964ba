// Lesson strings are either plain English or a map of locale → text, so translations can be
// added to a file later without changing its shape or anyone's saved progress.
export const LOCALES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];

export type LocalizedText = string | ({ en: string } & Partial<Record<Exclude<Locale, 'en'>, string>>);

export function localize(text: LocalizedText, locale: Locale = 'en'): string {
	if (typeof text === 'string') return text;
	return text[locale] ?? text.en;
}
