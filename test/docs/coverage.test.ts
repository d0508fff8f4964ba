// The interview coverage list (docs/interview-coverage.md): every mapping points at real pages and questions of the
// bundled bank, every source is cited, and the share answered in full is computed from the table, never written down.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/core/bank.js';
import { loadBankFromDir } from '../../src/core/validate.js';
import { bundledLessonsDir } from '../../src/meta.js';

const COVERAGE_FILE = fileURLToPath(new URL('../../docs/interview-coverage.md', import.meta.url));
const STATUSES = ['full', 'partly', 'not'] as const;
type Status = (typeof STATUSES)[number];

interface Source {
	key: string;
	title: string;
	url: string;
}

interface Row {
	number: number;
	question: string;
	source: string;
	pages: string[];
	questionIds: string[];
	status: string;
}

/** The data rows of the first Markdown table under `## heading`, as trimmed cells (header and separator dropped). */
function tableUnder(markdown: string, heading: string): string[][] {
	const lines = markdown.split('\n');
	const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
	if (start < 0) return [];
	const rows: string[][] = [];
	let inTable = false;
	for (const line of lines.slice(start + 1)) {
		if (line.startsWith('## ')) break;
		if (!line.trim().startsWith('|')) {
			if (inTable) break;
			continue;
		}
		inTable = true;
		rows.push(line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim()));
	}
	// Header, then the |---| separator.
	return rows.slice(2);
}

function list(cell: string): string[] {
	return cell === '-' || cell === '' ? [] : cell.split(',').map((item) => item.trim());
}

function parseCoverage(markdown: string): { sources: Source[]; rows: Row[] } {
	const sources = tableUnder(markdown, 'Sources').map(([key = '', title = '', url = '']) => ({ key, title, url }));
	const rows = tableUnder(markdown, 'Questions').map(([number = '', question = '', source = '', pages = '', ids = '', status = '']) => ({
		number: Number(number),
		question,
		source,
		pages: list(pages),
		questionIds: list(ids),
		status,
	}));
	return { sources, rows };
}

/** Everything wrong with a coverage list against a bank, one line each; empty when it is sound. */
function coverageProblems(markdown: string, bank: Bank): string[] {
	const { sources, rows } = parseCoverage(markdown);
	const problems: string[] = [];
	const keys = new Set<string>();
	for (const source of sources) {
		if (keys.has(source.key)) problems.push(`source key ${source.key} is defined twice`);
		keys.add(source.key);
		if (!/^https:\/\/\S+$/.test(source.url)) problems.push(`source ${source.key} has no https URL`);
		if (source.title.length === 0) problems.push(`source ${source.key} has no title`);
	}
	const pages = new Set(bank.chapters.flatMap((chapter) => chapter.pages.map((page) => `${chapter.id}/${page.id}`)));
	rows.forEach((row, i) => {
		const at = `question ${row.number || `row ${i + 1}`}`;
		if (row.number !== i + 1) problems.push(`${at}: numbered ${row.number}, expected ${i + 1}`);
		if (row.question.length === 0) problems.push(`${at}: has no question text`);
		if (!keys.has(row.source)) problems.push(`${at}: source key "${row.source}" is not in the sources table`);
		if (!STATUSES.includes(row.status as Status)) problems.push(`${at}: status "${row.status}" is not one of ${STATUSES.join(', ')}`);
		if (row.status !== 'not' && row.pages.length === 0) problems.push(`${at}: is ${row.status} but maps no page`);
		for (const page of row.pages) if (!pages.has(page)) problems.push(`${at}: page "${page}" is not in the bundled lessons`);
		for (const id of row.questionIds) if (!bank.questions.has(id)) problems.push(`${at}: question id "${id}" is not in the bundled lessons`);
	});
	const texts = rows.map((row) => row.question.toLowerCase());
	for (const [i, text] of texts.entries()) if (texts.indexOf(text) !== i) problems.push(`question ${i + 1}: repeats question ${texts.indexOf(text) + 1}`);
	return problems;
}

const loaded = loadBankFromDir(bundledLessonsDir());
const markdown = readFileSync(COVERAGE_FILE, 'utf8');

describe('the interview coverage list', () => {
	it('loads with the bundled bank', () => {
		expect(loaded.ok).toBe(true);
	});
	if (!loaded.ok) return;
	const { bank } = loaded;
	const { sources, rows } = parseCoverage(markdown);

	it('maps only pages and question ids that exist, and cites every source it uses', () => {
		expect(coverageProblems(markdown, bank)).toEqual([]);
	});

	it('holds at least 80 questions from at least 3 sources, each source used', () => {
		expect(rows.length).toBeGreaterThanOrEqual(80);
		expect(sources.length).toBeGreaterThanOrEqual(3);
		const used = new Set(rows.map((row) => row.source));
		expect(sources.filter((source) => !used.has(source.key)).map((source) => source.key)).toEqual([]);
	});

	it('has at least 95 % of its questions answered in full by the lessons', () => {
		const full = rows.filter((row) => row.status === 'full').length;
		const share = full / rows.length;
		expect(share, `${full} of ${rows.length} answered in full`).toBeGreaterThanOrEqual(0.95);
	});

	it('catches a mapping to a page or question id that does not exist, and an undefined source key', () => {
		// The checks above pass on the real list; the same checker on a broken copy must name each fault.
		const broken = markdown
			.replace('| 1 | What is a Container? | BREG | house-vs-apartment/house-and-apartment,', '| 1 | What is a Container? | NOPE | house-vs-apartment/no-such-page,')
			.replace('hva-tf-lightweight-vm, proc-is-ordinary-process', 'hva-no-such-question, proc-is-ordinary-process');
		expect(broken).not.toEqual(markdown);
		const problems = coverageProblems(broken, bank);
		expect(problems).toContain('question 1: source key "NOPE" is not in the sources table');
		expect(problems).toContain('question 1: page "house-vs-apartment/no-such-page" is not in the bundled lessons');
		expect(problems).toContain('question 1: question id "hva-no-such-question" is not in the bundled lessons');
	});
});
