import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBank, loadBankFromDir, parseChapter, summarizeBank } from '../../src/core/validate.js';
import { lessonJsonSchema } from '../../src/core/schema.js';
import { fixtureChapter, tempDir } from '../helpers.js';

function problemsOf(mutate: (chapter: any) => void) {
	const chapter = fixtureChapter();
	mutate(chapter);
	return parseChapter('lesson.json', JSON.stringify(chapter)).problems;
}

describe('parseChapter', () => {
	it('accepts the fixture chapter', () => {
		const { chapter, problems } = parseChapter('lesson.json', JSON.stringify(fixtureChapter()));
		expect(problems).toEqual([]);
		expect(chapter?.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'true-false']);
	});

	it('names the line and column of a JSON syntax error', () => {
		const [problem] = parseChapter('broken.json', '{\n  "id": "x",\n  oops\n}').problems;
		expect(problem?.file).toBe('broken.json');
		expect(problem?.message).toMatch(/not valid JSON at line 3, column 3/);
	});

	it('points at an answer that is not one of the choices', () => {
		const problems = problemsOf((c) => (c.questions[0].answer = 'nope'));
		expect(problems).toEqual([{ file: 'lesson.json', at: 'questions[0].answer', message: expect.stringMatching(/"nope" is not one of the choice ids/) }]);
	});

	it('points at a missing field, a wrong type and an unknown key', () => {
		const problems = problemsOf((c) => {
			delete c.questions[1].explanation;
			c.questions[2].difficulty = 9;
			c.pages[0].colour = 'red';
		});
		const at = problems.map((p) => p.at).sort();
		expect(at).toEqual(['pages[0]', 'questions[1].explanation', 'questions[2].difficulty']);
	});

	it('requires feedback on every wrong choice and on the wrong side of a true/false', () => {
		const problems = problemsOf((c) => {
			delete c.questions[0].choices[0].feedback;
			delete c.questions[2].wrongFeedback;
		});
		expect(problems.map((p) => p.at)).toEqual(['questions[0].choices[0].feedback', 'questions[2].wrongFeedback']);
	});

	it('rejects a diagram line too wide for 80 columns, and a non-https source', () => {
		const problems = problemsOf((c) => {
			c.pages[0].diagram.lines.push('x'.repeat(77));
			c.questions[0].source.url = 'http://example.com';
		});
		expect(problems.map((p) => p.at).sort()).toEqual(['pages[0].diagram.lines[5]', 'questions[0].source.url']);
	});

	it('accepts translated strings beside plain ones', () => {
		const problems = problemsOf((c) => (c.title = { en: 'House', 'zh-Hant': '房子' }));
		expect(problems).toEqual([]);
	});
});

describe('buildBank', () => {
	it('rejects question ids and chapter orders used twice across files', () => {
		const a = fixtureChapter();
		const b = { ...fixtureChapter(), id: 'other' };
		const result = buildBank([
			{ file: 'a.json', text: JSON.stringify(a) },
			{ file: 'b.json', text: JSON.stringify(b) },
		]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const messages = result.problems.map((p) => `${p.file} ${p.at} ${p.message}`);
		expect(messages).toContain('b.json order order 1 is also used by a.json');
		expect(messages).toContain('b.json questions[0].id question id "ex-shared-kernel" is also used in a.json');
	});

	it('summarizes a good bank', () => {
		const result = buildBank([{ file: 'a.json', text: JSON.stringify(fixtureChapter()) }]);
		expect(result.ok && summarizeBank(result.bank)).toEqual({
			chapters: 1,
			questions: 3,
			byType: { single: 1, multiple: 1, 'true-false': 1, ordering: 0, matching: 0, typed: 0 },
			chapterIds: ['example-chapter'],
		});
	});
});

describe('loadBankFromDir', () => {
	it('reports a missing folder and an empty one', () => {
		const missing = loadBankFromDir('/no/such/folder');
		expect(!missing.ok && missing.problems[0]?.message).toBe('does not exist');
		const empty = loadBankFromDir(tempDir());
		expect(!empty.ok && empty.problems[0]?.message).toMatch(/no lesson files/);
	});

	it('skips the JSON Schema file and names the broken file', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'lesson.schema.json'), '{}');
		writeFileSync(join(dir, '01-a.json'), JSON.stringify(fixtureChapter()));
		writeFileSync(join(dir, '02-b.json'), '{ not json');
		const result = loadBankFromDir(dir);
		expect(!result.ok && result.problems.map((p) => p.file)).toEqual([join(dir, '02-b.json')]);
	});
});

describe('the published JSON Schema', () => {
	it('is exactly what the zod schema emits (run `npm run schema` after changing src/core/schema.ts)', () => {
		const published = JSON.parse(readFileSync(join(import.meta.dirname, '../../lessons/lesson.schema.json'), 'utf8'));
		expect(published).toEqual(lessonJsonSchema());
	});
});
