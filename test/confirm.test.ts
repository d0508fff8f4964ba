import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askYesNo } from '../src/confirm.js';
import { en, loadMessages, useMessages } from '../src/core/i18n/messages.js';

async function ask(keys: string): Promise<{ answer: string; shown: string }> {
	const input = new PassThrough();
	const output = new PassThrough();
	let shown = '';
	output.on('data', (chunk) => (shown += String(chunk)));
	const pending = askYesNo('Erase? [y/N] ', input, output, true);
	input.write(keys);
	return { answer: await pending, shown };
}

describe('askYesNo (the reset prompt)', () => {
	it('y or yes is yes; anything else, or nothing, is no', async () => {
		expect((await ask('y\r')).answer).toBe('yes');
		expect((await ask('YES\r')).answer).toBe('yes');
		expect((await ask('n\r')).answer).toBe('no');
		expect((await ask('\r')).answer).toBe('no');
	});

	it('in Chinese, 是 (and y) is yes too; 否 is no', async () => {
		for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
			useMessages(await loadMessages(locale));
			try {
				expect((await ask('是\r')).answer).toBe('yes');
				expect((await ask('y\r')).answer).toBe('yes');
				expect((await ask('否\r')).answer).toBe('no');
			} finally {
				useMessages(en);
			}
		}
		expect((await ask('是\r')).answer).toBe('no');
	});

	it('Ctrl+C and Ctrl+D end it as aborted, on a fresh line, with no stack trace', async () => {
		for (const key of ['\u0003', '\u0004']) {
			const { answer, shown } = await ask(key);
			expect(answer).toBe('aborted');
			expect(shown.endsWith('\n')).toBe(true);
		}
	});
});
