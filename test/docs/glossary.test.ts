// docs/glossary.md decides the Chinese terms; this holds the lessons to it. The core technical terms are
// translated the glossary's way wherever their English appears (or kept in English), and neither script slips
// into the other region's vocabulary (網絡 or 內存 in zh-Hant, 網路-style Taiwan words in zh-Hans).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLessonFiles } from '../../src/core/bank.js';
import { translatableStrings } from '../../src/core/i18n/strings.js';
import type { Chapter } from '../../src/core/schema.js';
import { bundledLessonsDir } from '../../src/meta.js';

const GLOSSARY = readFileSync(join(import.meta.dirname, '../../docs/glossary.md'), 'utf8');
const HEADER = '| en | zh-Hant | zh-Hans | keep | note |';

interface Row {
	en: string;
	'zh-Hant': string;
	'zh-Hans': string;
	keep: boolean;
	note: string;
}

function glossaryRows(): Row[] {
	const lines = GLOSSARY.split('\n');
	const start = lines.indexOf(HEADER);
	const rows: Row[] = [];
	for (const line of lines.slice(start + 2)) {
		if (!line.startsWith('|')) break;
		const [en = '', hant = '', hans = '', keep = '', note = ''] = line.slice(1, -1).split('|').map((cell) => cell.trim());
		rows.push({ en, 'zh-Hant': hant, 'zh-Hans': hans, keep: keep === 'yes', note });
	}
	return rows;
}

const read = readLessonFiles(bundledLessonsDir());
const strings = (read.ok ? read.files : []).flatMap(({ text }) => {
	const chapter = JSON.parse(text) as Chapter;
	return translatableStrings(chapter).flatMap(({ path, value }) => (typeof value === 'string' ? [] : [{ at: `${chapter.id}:${path}`, en: value.en, 'zh-Hant': value['zh-Hant'] ?? '', 'zh-Hans': value['zh-Hans'] ?? '' }]));
});

/**
 * The nouns the course turns on: wherever the English says one, each translation says the glossary's word (or
 * keeps the English). `unless`: English phrases where the word means something else (a network card is a 網路卡/网卡;
 * to host is 承載/承载) and the strings that use it so.
 */
const CORE: Array<{ term: string; unless?: RegExp }> = [
	{ term: 'namespace' },
	{ term: 'container' },
	{ term: 'kernel' },
	{ term: 'process' },
	{ term: 'memory' },
	{ term: 'network', unless: /network card/i },
	{ term: 'image' },
	{ term: 'port' },
	{ term: 'volume' },
	{ term: 'virtual machine' },
	{ term: 'host', unless: /\bhost (them|many)\b|\bhosts? (many|them|a)\b|can host|\bLXD\b|\bLXC\b|node group/i },
	{ term: 'layer' },
	{ term: 'registry' },
	{ term: 'hypervisor' },
	{ term: 'isolation' },
	{ term: 'mount' },
	{ term: 'capability' },
	{ term: 'packet' },
	{ term: 'interface' },
	{ term: 'daemon' },
	{ term: 'guest' },
	{ term: 'cgroup' },
	{ term: 'seccomp' },
	{ term: 'socket' },
];

/** Each script's words from the other region (written in its own characters), which a converter would leave in. */
const SLIPS = {
	'zh-Hant': [/網絡/, /內存/, /進程/, /默認/, /端口/, /服務器/, /軟件/, /硬件/, /信息/, /視頻/, /數據包/, /鏡像/, /運行時/, /屏幕/, /線程/, /緩存/, /調度/, /接口/, /用戶(?!端)/],
	'zh-Hans': [/網路|网路(?!由)/, /记忆体/, /(?<!运)行程/, /档案/, /预设/, /连接埠/, /伺服器|伺服器/, /软体/, /硬体/, /资讯/, /执行绪/, /快取/, /介面/, /使用者/, /(?<![应驱])程式/],
} as const;

describe('docs/glossary.md', () => {
	const rows = glossaryRows();

	it('is one table a test can read: each English term once, both scripts filled in', () => {
		expect(rows.length).toBeGreaterThanOrEqual(120);
		const terms = rows.map((row) => row.en.toLowerCase());
		expect(terms.filter((term, i) => terms.indexOf(term) !== i)).toEqual([]);
		for (const row of rows) {
			expect(row['zh-Hant'], row.en).not.toBe('');
			expect(row['zh-Hans'], row.en).not.toBe('');
		}
	});

	it.each(CORE.map((core) => [core.term, core] as const))('"%s" is translated the glossary\'s way in every lesson string', (term, { unless }) => {
		const row = rows.find((candidate) => candidate.en.replace(/\s*\(.*\)$/, '').toLowerCase() === term);
		expect(row, `no glossary row for "${term}"`).toBeDefined();
		const pattern = new RegExp(`(?<![A-Za-z])${term}(e?s)?(?![A-Za-z])`, 'i');
		const off: string[] = [];
		for (const text of strings) {
			if (!pattern.test(text.en) || unless?.test(text.en)) continue;
			for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
				const forms = (row as Row)[locale].split(/\s*\/\s*/);
				if (!forms.some((form) => text[locale].includes(form)) && !text[locale].toLowerCase().includes(term)) off.push(`${text.at} ${locale}: ${text[locale].slice(0, 60)}`);
			}
		}
		expect(off).toEqual([]);
	});

	it.each(['zh-Hant', 'zh-Hans'] as const)('%s lesson text uses its own region\'s words', (locale) => {
		const slips = strings.flatMap((text) => SLIPS[locale].filter((slip) => slip.test(text[locale])).map((slip) => `${text.at}: ${slip.source} in ${text[locale].slice(0, 50)}`));
		expect(slips).toEqual([]);
	});
});
