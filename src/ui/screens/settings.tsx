// Settings: the language of the course and the app. Choosing one saves it with the progress (the app state's
// `set-locale`); useLocale (src/ui/hooks/use-locale.ts) then switches the text on screen.
import { Box, Text } from 'ink';
import type { AppState, Dispatch } from '../../core/app-state.js';
import { currentLocale, LANGUAGE_NAMES, LOCALES } from '../../core/i18n/locale.js';
import { t } from '../../core/i18n/messages.js';
import { wrapText } from '../../core/wrap.js';
import { Menu } from '../widgets/menu.js';

export function SettingsScreen(props: { state: AppState; dispatch: Dispatch; width: number; height: number }) {
	const { dispatch, width } = props;
	const settings = t().app.settings;
	const active = currentLocale();
	const items = LOCALES.map((locale, i) => ({ key: locale, label: `${i + 1}. ${LANGUAGE_NAMES[locale]}${locale === active ? `  ← ${settings.now}` : ''}`, value: locale, number: i + 1 }));
	const heading = wrapText(settings.heading, width);
	return (
		<Box flexDirection="column">
			<Text>{heading.join('\n')}</Text>
			<Text> </Text>
			<Menu key={active} items={items} focus={active} height={Math.max(3, props.height - heading.length - 1)} onSelect={(item) => dispatch({ type: 'set-locale', locale: item.value })} />
		</Box>
	);
}
