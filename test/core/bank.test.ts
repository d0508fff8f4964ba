import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, LESSON_LIMITS, readLessonFiles } from '../../src/core/bank.js';
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
			byType: { single: 1, multiple: 1, 'true-false': 1, ordering: 0, matching: 0, typed: 0, explain: 0 },
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

/** A matching question from the bundled lessons, so the tests below start from a valid one. */
function matchingQuestion(): any {
	const dir = join(import.meta.dirname, '../../lessons');
	const read = readLessonFiles(dir);
	if (!read.ok) throw new Error('bundled lessons unreadable');
	return read.files.flatMap(({ text }) => JSON.parse(text).questions).find((q: any) => q.type === 'matching');
}

describe('schema problems in plain words', () => {
	it('says "is missing", "must be text", "must be at most", "must have at least", "must be one of"; never zod\'s wording', () => {
		const problems = problemsOf((c) => {
			delete c.questions[0].prompt;
			c.questions[1].prompt = 3;
			c.questions[2].difficulty = 9;
			c.questions[0].choices = [c.questions[0].choices[1]];
			c.questions[2].answer = 'yes';
			c.formatVersion = 2;
			c.pages[0].colour = 'red';
		});
		const byPlace = Object.fromEntries(problems.map((p) => [p.at, p.message]));
		expect(byPlace['questions[0].prompt']).toBe('is missing');
		expect(byPlace['questions[1].prompt']).toMatch(/^must be text, or an object of translations with "en"/);
		expect(byPlace['questions[2].difficulty']).toBe('must be at most 5');
		expect(byPlace['questions[0].choices']).toBe('must have at least 2 entries');
		expect(byPlace['questions[2].answer']).toBe('must be true or false');
		expect(byPlace.formatVersion).toBe('must be 1');
		expect(byPlace['pages[0]']).toBe('has a field the lesson format does not know: "colour" (check the spelling)');
		for (const { message } of problems) expect(message).not.toMatch(/Invalid|expected|received/);
	});

	it('names the question types when a type is missing or unknown', () => {
		const problems = problemsOf((c) => (c.questions[0].type = 'essay'));
		expect(problems).toEqual([
			{ file: 'lesson.json', at: 'questions[0].type', message: 'must be one of "single", "multiple", "true-false", "ordering", "matching", "typed", "explain"' },
		]);
		expect(problemsOf((c) => delete c.questions[0].type)[0]?.message).toMatch(/^is missing: it must be one of "single"/);
	});
});

describe('validate reports every problem of a file in one run', () => {
	it('a schema problem and an answer that is not a choice, together', () => {
		const problems = problemsOf((c) => {
			delete c.questions[0].explanation;
			c.questions[0].answer = 'nope';
			c.questions[1].answers = ['a', 'zzz'];
			c.questions[2].prompt = '';
			delete c.questions[2].wrongFeedback;
		});
		expect(problems.map((p) => p.at)).toEqual([
			'questions[0].explanation',
			'questions[2].prompt',
			'questions[0].answer',
			'questions[1].answers[1]',
			'questions[2].wrongFeedback',
		]);
	});

	it('does not throw on parts that are missing or of the wrong shape', () => {
		for (const mutate of [
			(c: any) => (c.questions = 'x'),
			(c: any) => (c.questions[0] = null),
			(c: any) => delete c.questions[0].choices,
			(c: any) => (c.questions[0].choices = [{ id: 1 }]),
			(c: any) => (c.pages = [null, 3, { id: 'first-page' }, { id: 'first-page' }]),
			(c: any) => (c.walks = [{ id: 'w' }]),
		]) {
			expect(problemsOf(mutate).length).toBeGreaterThan(0);
		}
		expect(parseChapter('x.json', 'null').problems.length).toBeGreaterThan(0);
		expect(parseChapter('x.json', '[]').problems.length).toBeGreaterThan(0);
	});
});

describe('matching answers keyed by ids', () => {
	it('a left id named like an Object.prototype property is refused', () => {
		const problems = problemsOf((c) => {
			const question = matchingQuestion();
			question.left[0].id = 'constructor';
			question.left[1].id = 'to-string';
			delete question.answer[Object.keys(question.answer)[0]!];
			c.questions.push(question);
		});
		expect(problems.some((p) => p.at === 'questions[3].left[0].id' && /constructor/.test(p.message))).toBe(true);
	});

	it('refuses "constructor" as an id anywhere: it would look answered, paired or present in every plain-object lookup', () => {
		const problems = problemsOf((c) => {
			c.questions[0].id = 'constructor';
		});
		expect(problems.some((p) => p.at === 'questions[0].id' && /constructor/.test(p.message))).toBe(true);
	});

	it('the bundled matching question used above is valid as it is', () => {
		expect(problemsOf((c) => c.questions.push(matchingQuestion()))).toEqual([]);
	});
});

describe('control and bidi characters in lesson strings', () => {
	const unsafe: Array<[string, (c: any, text: string) => void]> = [
		['a prompt', (c, text) => (c.questions[0].prompt = `Question ${text}?`)],
		['a translated title', (c, text) => (c.title = { en: 'House', 'zh-Hant': `房${text}子` })],
		['a choice', (c, text) => (c.questions[0].choices[1].text = `right ${text}`)],
		['a diagram line', (c, text) => c.pages[0].diagram.lines.push(`| ${text} |`)],
		['a source title', (c, text) => (c.questions[0].source.title = `man ${text}`)],
		['the $schema', (c, text) => (c.$schema = `./x${text}.json`)],
	];
	const chars = ['\u001b]0;pwned\u0007', '\u0007', '\n', '\r', '\t', '\u007f', '\u009b31m', '\u202e', '\u2066', '\u200f'];

	it('are rejected in every kind of string, each named by code point', () => {
		for (const [where, put] of unsafe) {
			for (const text of chars) {
				const problems = problemsOf((c) => put(c, text));
				expect(problems, `${where} ${JSON.stringify(text)}`).toHaveLength(1);
				const code = text.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
				expect(problems[0]?.message, where).toMatch(text === '\t' ? /^contains a tab at character \d+; use spaces$/ : new RegExp(`U\\+${code}`));
			}
		}
	});

	it('and in a source URL, where they are named beside any URL problem', () => {
		for (const text of chars) {
			const problems = problemsOf((c) => (c.questions[0].source.url = `https://example.com/a${text}b`));
			const code = text.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
			expect(problems.some((p) => p.at === 'questions[0].source.url' && (text === '\t' ? /tab/ : new RegExp(`U\\+${code}`)).test(p.message)), JSON.stringify(text)).toBe(true);
		}
		expect(problemsOf((c) => (c.questions[0].source.url = 'http://example.com'))[0]?.message).toBe('must be an https:// URL');
		// zod's URL check would trim this, and a valid file's data must equal its JSON (src/lessons.ts).
		expect(problemsOf((c) => (c.questions[0].source.url = ' https://example.com'))[0]?.message).toBe('must not contain spaces');
	});

	it('and in ids (the kebab-case rule already excludes them)', () => {
		const problems = problemsOf((c) => (c.questions[0].id = 'ex\u202eshared'));
		expect(problems.map((p) => p.at)).toEqual(['questions[0].id']);
	});

	it('formatProblem escapes what it quotes: file names, keys and values', () => {
		const problems = parseChapter('evil\u001b[2J.json', JSON.stringify({ ...fixtureChapter(), 'x\u001b]8;;http://e\u0007': 1, id: 'a\u202eb' })).problems;
		const lines = problems.map(formatProblem);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
		expect(lines.join('\n')).toContain('evil\\u001b[2J.json');
		expect(lines.join('\n')).toContain('"x\\u001b]8;;http://e\\u0007"');
	});
});

describe('lesson sizes', () => {
	it('validate warns above the limits and still accepts the file', () => {
		const chapter: any = fixtureChapter();
		chapter.pages[0].body.push('word '.repeat(LESSON_LIMITS.warnPageChars / 5 + 1));
		for (let i = 0; i < LESSON_LIMITS.warnQuestions; i += 1) chapter.questions.push({ ...chapter.questions[2], id: `tf-${i}`, answer: i % 2 === 0 });
		const result = buildBank([{ file: 'big.json', text: JSON.stringify(chapter) }]);
		expect(result.ok).toBe(true);
		expect(result.warnings?.map((w) => w.at)).toEqual(['questions', 'pages[0]']);
		expect(result.warnings?.[0]?.message).toBe(`has ${LESSON_LIMITS.warnQuestions + 3} questions; keep a chapter to ${LESSON_LIMITS.warnQuestions} (split it)`);
	});

	it('the bundled lessons are within every limit', () => {
		const read = readLessonFiles(join(import.meta.dirname, '../../lessons'));
		const result = read.ok ? buildBank(read.files) : read;
		expect(result.ok && (result.warnings ?? [])).toEqual([]);
	});

	it('the loader refuses a file above the hard limit without reading it, with what to do', () => {
		const dir = tempDir();
		writeFileSync(join(dir, '01-huge.json'), Buffer.alloc(LESSON_LIMITS.fileBytes + 1, 32));
		const read = readLessonFiles(dir);
		expect(read).toEqual({ ok: false, problems: [{ file: join(dir, '01-huge.json'), at: '', message: 'is 1024 KB; a lesson file may be at most 1024 KB: split the chapter or shorten it' }] });
	});
});
