import { describe, expect, it } from 'vitest';
import { fitWidth, linkRows, textWidth, truncate, wrapText } from '../../src/core/wrap.js';

describe('wrap', () => {
	it('fitWidth keeps the longest start that fits, counting wide characters as two columns', () => {
		expect(fitWidth('abcdef', 4)).toBe('abcd');
		expect(fitWidth('日本語', 5)).toBe('日本');
		expect(fitWidth('abc', 0)).toBe('');
	});

	it('wrapText splits a word longer than a line at the width, and a character wider than the line gets its own row', () => {
		expect(wrapText('to abcdefghij ok', 4)).toEqual(['to', 'abcd', 'efgh', 'ij', 'ok']);
		expect(wrapText('日本', 1)).toEqual(['日', '本']); // used to loop forever: nothing fit, so nothing was cut
	});

	it('truncate ends a cut line with an ellipsis within the width', () => {
		expect(truncate('abcdef', 6)).toBe('abcdef');
		expect(truncate('abcdef', 4)).toBe('abc…');
		expect(truncate('日本語', 4)).toBe('日…');
	});

	it('linkRows cuts only at the width, with no empty row before a character wider than the width', () => {
		expect(linkRows('https://a.b/c-d/e', 8)).toEqual(['https://', 'a.b/c-d/', 'e']);
		expect(linkRows('日本', 1)).toEqual(['日', '本']);
		expect(linkRows('', 10)).toEqual(['']);
	});

	describe('Chinese text', () => {
		const widths = (rows: string[]) => rows.map((row) => textWidth(row));

		it('breaks between any two CJK characters, filling each line to the width', () => {
			expect(wrapText('容器共用主機的核心', 8)).toEqual(['容器共用', '主機的核', '心']);
			expect(widths(wrapText('容器共用主機的核心', 8))).toEqual([8, 8, 2]);
		});

		it('never starts a line with closing punctuation: the character before it comes along', () => {
			// Greedy would give "容器共用" / "，主機…": the comma may not open a line.
			expect(wrapText('容器共用，主機核心', 8)).toEqual(['容器共', '用，主機', '核心']);
			// 」 and 。 both close: the 好 before them comes down, and the 「 that opens it too.
			expect(wrapText('他說「好」。然後', 10)).toEqual(['他說', '「好」。然', '後']);
			for (const row of wrapText('這是第一句。這是第二句，還有第三句！最後一句：結束。', 6)) expect('，。、；：？！」』）'.includes(row[0] as string), row).toBe(false);
		});

		it('never ends a line with opening punctuation: it goes down with what it opens', () => {
			const rows = wrapText('請看「命名空間」這一節', 8);
			for (const row of rows) expect('「『（【'.includes(row.at(-1) as string), row).toBe(false);
			expect(rows.join('')).toBe('請看「命名空間」這一節');
		});

		it('keeps Latin words, commands and `code` whole, with their spaces', () => {
			const rows = wrapText('執行 `docker run --rm alpine` 之後，容器的 PID 1 是 sleep', 30);
			expect(rows.some((row) => row.includes('`docker run --rm alpine`'))).toBe(true);
			expect(rows.join(' ').replace(/ +/g, ' ')).toContain('PID 1');
			for (const row of rows) expect(textWidth(row)).toBeLessThanOrEqual(30);
			// A word wider than the line is cut at the width, as in English.
			expect(wrapText('用 namespace 隔離', 6)).toEqual(['用', 'namesp', 'ace 隔', '離']);
			expect(wrapText('cgroup 限制記憶體', 12)).toEqual(['cgroup 限制', '記憶體']);
		});

		it('measures with the width function Ink uses (the one in src/core/width.ts)', () => {
			expect(textWidth('「命名空間」，PID')).toBe(17);
		});
	});
});
