import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/core/wrap.js';
import { ASCII_GLYPHS, asciiOnly, toAscii, writeAsciiOnly } from '../../src/ui/theme.js';

describe('asciiOnly: the locale decides', () => {
	it('a locale without UTF-8 means ASCII; LC_ALL over LC_CTYPE over LANG', () => {
		expect(asciiOnly({ LANG: 'C' }, 'linux')).toBe(true);
		expect(asciiOnly({ LANG: 'POSIX' }, 'linux')).toBe(true);
		expect(asciiOnly({ LANG: 'en_US.ISO-8859-1' }, 'linux')).toBe(true);
		expect(asciiOnly({ LANG: 'en_US.UTF-8' }, 'linux')).toBe(false);
		expect(asciiOnly({ LANG: 'C.utf8' }, 'linux')).toBe(false);
		expect(asciiOnly({ LANG: 'en_US.UTF-8', LC_ALL: 'C' }, 'linux')).toBe(true);
		expect(asciiOnly({ LANG: 'C', LC_CTYPE: 'en_US.UTF-8' }, 'linux')).toBe(false);
		expect(asciiOnly({ LANG: 'C', LC_ALL: '', LC_CTYPE: 'C.UTF-8' }, 'linux')).toBe(false);
	});

	it('no locale at all (a bare container shell) keeps Unicode, and so does Windows', () => {
		expect(asciiOnly({}, 'linux')).toBe(false);
		expect(asciiOnly({ LANG: 'C' }, 'win32')).toBe(false);
	});
});

describe('toAscii', () => {
	it('draws each glyph as one ASCII character of the same width', () => {
		expect(toAscii('❯ Chapter 1 → 2  ████░░  ✔ right ✘ wrong  ↑↓ move · q quit…')).toBe('> Chapter 1 > 2  ####--  + right x wrong  ^v move . q quit.');
		for (const [glyph, ascii] of Object.entries(ASCII_GLYPHS)) {
			expect(ascii, glyph).toMatch(/^[\x20-\x7e]$/);
			expect(textWidth(glyph), glyph).toBe(1);
		}
	});

	it('anything else becomes ? per column, and escape sequences pass untouched', () => {
		expect(toAscii('\u001b[36m中文\u001b[39m é')).toBe('\u001b[36m????\u001b[39m ?');
	});

	it('knows every glyph the app draws (a new one must be added to the table)', () => {
		const src = join(import.meta.dirname, '../../src');
		// The Chinese catalogues are text in another script, not glyphs: a terminal without UTF-8 cannot show them at all.
		const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('theme.ts') && !/i18n[\\/]messages[\\/]zh-/.test(f));
		const strings = files.flatMap((f) => [...readFileSync(join(src, f), 'utf8').matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2] ?? ''));
		const glyphs = new Set(strings.join('').match(/[^\x00-\x7f]/gu) ?? []);
		expect([...glyphs].filter((g) => !(g in ASCII_GLYPHS))).toEqual([]);
	});
});

describe('writeAsciiOnly', () => {
	it('turns what is written to the stream into ASCII', async () => {
		const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
		writeAsciiOnly(stream);
		stream.write('❯ Start\n');
		stream.end();
		expect(String(stream.read())).toBe('> Start\n');
	});
});
