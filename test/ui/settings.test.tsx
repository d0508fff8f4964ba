// Settings: choosing a language saves it with the progress and redraws the app in it at once; the home menu
// then speaks that language, and the choice wins over the environment next time.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { chooseLocale, setLocale } from '../../src/core/i18n/locale.js';
import { en, loadMessages, useMessages } from '../../src/core/i18n/messages.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { bundledBank, cleanupInk, KEYS, press, renderInk, resize, tempDir, waitForFrame } from '../helpers.js';

const bank = bundledBank();

afterEach(async () => {
	await cleanupInk();
	setLocale('en');
	useMessages(en);
});

describe('Settings', () => {
	it('switches the whole app to zh-Hant, saves the choice, and switches back', async () => {
		// The catalogues are modules of their own, imported when chosen: loaded here first, so the app's import is
		// served from the module cache within the turns waitForFrame allows (a fresh import's time is the machine's).
		await loadMessages('zh-Hant');
		const { store } = openProgressStore({ cwd: tempDir() });
		const app = await renderInk(<App initial={initialState(bank, emptyProgress())} store={store} onExit={() => {}} />);
		await resize(app, 80, 24);
		// The last item but Quit: Settings, naming the language in use.
		let frame = app.lastFrame() ?? '';
		expect(frame).toContain('Settings · language: English');
		for (let i = 0; i < 30 && !(app.lastFrame() ?? '').includes('❯ Settings'); i++) await press(app, KEYS.down);
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('The language of the course and of the app.');
		expect(frame).toContain('English  ← now');
		await press(app, '2');
		expect((JSON.parse(readFileSync(store.path, 'utf8')) as Progress).settings).toEqual({ locale: 'zh-Hant' });
		// The zh-Hant catalogue is a module of its own, loaded now (a dynamic import: more turns of the loop).
		frame = await waitForFrame(app, '語言：繁體中文（台灣）', 5000);
		expect(frame).toContain('課程與程式介面的語言');
		expect((JSON.parse(readFileSync(store.path, 'utf8')) as Progress).settings).toEqual({ locale: 'zh-Hant' });
		frame = await press(app, KEYS.escape);
		expect(frame).toContain('獨棟房屋與公寓');
		expect(frame).toContain('設定 · 語言：繁體中文（台灣）');
		for (const row of frame.split('\n')) expect(row.length).toBeLessThanOrEqual(80);
		// Saved, it comes before the environment's language on the next start.
		expect(chooseLocale({ saved: 'zh-Hant', env: { LANG: 'en_US.UTF-8' } })).toEqual({ ok: true, locale: 'zh-Hant' });
		expect(chooseLocale({ option: 'zh-CN', saved: 'zh-Hant', env: {} })).toEqual({ ok: true, locale: 'zh-Hans' });
		await press(app, KEYS.enter);
		for (let i = 0; i < 30 && !(app.lastFrame() ?? '').includes('❯ 設定'); i++) await press(app, KEYS.down);
		await press(app, KEYS.enter);
		await press(app, '1');
		frame = await waitForFrame(app, 'Language: English.', 5000);
		expect(frame).toContain('The language of the course and of the app.');
	});
});

describe('chooseLocale', () => {
	it('--lang first (an unknown one is an error), then the saved choice, then LC_ALL, LC_MESSAGES, LANG', () => {
		expect(chooseLocale({ option: 'fr', env: {} })).toEqual({ ok: false, given: 'fr' });
		expect(chooseLocale({ env: { LANG: 'zh_TW.UTF-8' } })).toEqual({ ok: true, locale: 'zh-Hant' });
		expect(chooseLocale({ env: { LANG: 'zh_HK.UTF-8' } })).toEqual({ ok: true, locale: 'zh-Hant' });
		expect(chooseLocale({ env: { LANG: 'zh_CN.UTF-8' } })).toEqual({ ok: true, locale: 'zh-Hans' });
		expect(chooseLocale({ env: { LANG: 'zh_SG' } })).toEqual({ ok: true, locale: 'zh-Hans' });
		expect(chooseLocale({ env: { LC_ALL: 'C', LANG: 'zh_TW.UTF-8' } })).toEqual({ ok: true, locale: 'en' });
		expect(chooseLocale({ env: { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'de_DE.UTF-8' } })).toEqual({ ok: true, locale: 'zh-Hans' });
		expect(chooseLocale({ env: { LANG: 'fr_FR.UTF-8' } })).toEqual({ ok: true, locale: 'en' });
		expect(chooseLocale({ saved: 'xx', env: {} })).toEqual({ ok: true, locale: 'en' });
	});
});
