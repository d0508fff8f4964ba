// The learner's language for this run. Chosen once at start-up (--lang, else the saved setting, else the
// environment: src/cli.tsx) and read wherever text is shown, so that lesson text and UI strings follow it
// without threading a parameter through every screen. Progress never depends on it: it stores ids only.
export const LOCALES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in its own script, as a menu offers it (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', 'zh-Hant': '繁體中文（台灣）', 'zh-Hans': '简体中文（中国大陆）' };

let current: Locale = 'en';

export function setLocale(locale: Locale): void {
	current = locale;
}

export function currentLocale(): Locale {
	return current;
}

/** A locale as a person or a tool writes it: `zh-Hant`, `zh_TW`, `zh-tw`, `ZH-HANS`, `en`, `en_GB.UTF-8` ... */
export function parseLocale(text: string): Locale | undefined {
	const tag = text.trim().replace(/[.@].*$/, '').replace(/_/g, '-').toLowerCase();
	if (tag === 'c' || tag === 'posix' || tag === 'en' || tag.startsWith('en-')) return 'en';
	if (tag === 'zh-hant' || /^zh-(tw|hk|mo)$/.test(tag) || tag.startsWith('zh-hant-')) return 'zh-Hant';
	if (tag === 'zh-hans' || tag === 'zh' || /^zh-(cn|sg|my)$/.test(tag) || tag.startsWith('zh-hans-')) return 'zh-Hans';
	return undefined;
}

/**
 * The locale the environment asks for, the way POSIX programs read it: the first of LC_ALL, LC_MESSAGES and LANG
 * that is set and not empty decides (zh_TW, zh_HK, zh_MO: zh-Hant; zh_CN, zh_SG: zh-Hans; anything else: en).
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
	for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
		const value = env[name];
		if (value) return parseLocale(value) ?? 'en';
	}
	return 'en';
}

/**
 * The run's locale: `--lang` if given (an unknown value is an error, not a silent fallback), else the choice saved
 * in Settings, else the environment's.
 */
export function chooseLocale(options: { option?: string | undefined; saved?: unknown; env: Readonly<Record<string, string | undefined>> }): { ok: true; locale: Locale } | { ok: false; given: string } {
	if (options.option !== undefined) {
		const locale = parseLocale(options.option);
		return locale ? { ok: true, locale } : { ok: false, given: options.option };
	}
	if (typeof options.saved === 'string' && (LOCALES as readonly string[]).includes(options.saved)) return { ok: true, locale: options.saved as Locale };
	return { ok: true, locale: localeFromEnv(options.env) };
}
