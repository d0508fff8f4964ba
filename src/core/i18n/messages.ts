// The one catalogue of UI strings: menus, key bars, help, notices, errors and command output. English is the
// source (messages/en/), and each other locale's catalogue has the same shape, checked by the type checker, so a
// string missing in zh-Hant or zh-Hans does not build. `t()` gives the catalogue of the run's locale; only that
// one is loaded (`loadMessages`). A string that takes values is a function of them.
import type { Locale } from './locale.js';
import { app } from './messages/en/app.js';
import { cli } from './messages/en/cli.js';
import { core } from './messages/en/core.js';
import { plain } from './messages/en/plain.js';

export const en = { app, core, cli, plain };
export type Messages = typeof en;

let active: Messages = en;

/** The UI strings of the run's locale. */
export function t(): Messages {
	return active;
}

/** Makes `messages` the catalogue `t()` gives (start-up, after `loadMessages`; tests). */
export function useMessages(messages: Messages): void {
	active = messages;
}

/** A locale's catalogue, loaded on demand: English is built in, the others are chunks of their own. */
export async function loadMessages(locale: Locale): Promise<Messages> {
	if (locale === 'zh-Hant') return (await import('./messages/zh-Hant/index.js')).messages;
	if (locale === 'zh-Hans') return (await import('./messages/zh-Hans/index.js')).messages;
	return en;
}
