// The build swaps Ink's string-width for src/core/width.ts; it must give the same widths.
import { describe, expect, it } from 'vitest';
import realStringWidth from '../../node_modules/string-width/index.js';
import stringWidth, { isFastCodePoint } from '../../src/core/width.js';
import { loadBankFromDir } from '../../src/core/validate.js';
import { bundledLessonsDir } from '../../src/meta.js';

describe('fast string-width', () => {
	it('agrees with string-width on every code point of its fast ranges, narrow and wide ambiguity', () => {
		const differ: string[] = [];
		for (let cp = 0x20; cp <= 0xffff; cp++) {
			if (!(cp < 0x7f || isFastCodePoint(cp))) continue;
			const char = String.fromCodePoint(cp);
			for (const ambiguousIsNarrow of [true, false]) {
				if (stringWidth(char, { ambiguousIsNarrow }) !== realStringWidth(char, { ambiguousIsNarrow })) differ.push(cp.toString(16));
			}
		}
		expect(differ).toEqual([]);
	});

	it('agrees on the strings the app draws, with colours, emoji, joiners and combining marks', () => {
		const loaded = loadBankFromDir(bundledLessonsDir());
		const texts = loaded.ok ? JSON.stringify(loaded.bank.chapters).split(/\\n|"/) : [];
		const samples = [
			...texts,
			'❯ Start: House vs apartment   ███░░░░░░░ best 91%',
			'\u001B[32m✔ Correct.\u001B[39m  ·  → ←',
			'👍🏽 family 👨‍👩‍👧 flag 🇯🇵 keycap 1️⃣ ✔️',
			'e\u0301 a\u20dd 容器 コンテナ ｆｕｌｌ',
			'',
		];
		expect(samples.length).toBeGreaterThan(1000);
		for (const text of samples) expect(stringWidth(text), text).toBe(realStringWidth(text));
		expect(stringWidth('\u001B[1mab\u001B[22m', { countAnsiEscapeCodes: true })).toBe(realStringWidth('\u001B[1mab\u001B[22m', { countAnsiEscapeCodes: true }));
	});
});
