// The built binary, run as a user would run it (no TTY here, which is itself one of the cases).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_LESSON, tempDir } from './helpers.js';
import { readFileSync } from 'node:fs';

const BIN = join(import.meta.dirname, '../bin/cvm-tutor.js');

function run(args: string[], home = tempDir()) {
	const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, CVM_TUTOR_HOME: home }, input: '' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cvm-tutor (built bundle)', () => {
	it('says what is wrong with the arguments in its own words, exit 2', () => {
		expect(run(['--bogus'])).toMatchObject({ code: 2, stderr: 'cvm-tutor: unknown option --bogus.\nRun `cvm-tutor --help` for usage.\n' });
		expect(run(['--lessons'])).toMatchObject({ code: 2, stderr: expect.stringContaining('option --lessons needs a value.') });
		expect(run(['--json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--json goes with a command') });
		expect(run(['help']).stdout).toContain('Usage');
	});

	it('--version and --help', () => {
		const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'));
		expect(run(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
		const help = run(['--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('cvm-tutor validate [DIR]');
	});

	it('without a terminal, explains itself in one line plus the commands that work, and exits 2', () => {
		const result = run([]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/^cvm-tutor: the tutor needs a terminal; its input and output are pipes or files\.\n/);
		expect(result.stderr).toContain('validate');
		expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
	});

	it('rejects an unknown command or option with usage, exit 2, no stack trace', () => {
		for (const args of [['frobnicate'], ['--frob'], ['validate', 'a', 'b']]) {
			const result = run(args);
			expect(result.code).toBe(2);
			expect(result.stderr).toContain('--help');
			expect(result.stderr).not.toMatch(/\n\s+at /);
		}
	});

	it('validate: names the file and place of a problem and exits 1', () => {
		const dir = tempDir();
		const chapter = JSON.parse(readFileSync(FIXTURE_LESSON, 'utf8'));
		chapter.questions[1].answers = ['a', 'zzz'];
		writeFileSync(join(dir, '01-x.json'), JSON.stringify(chapter));
		const result = run(['validate', dir]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`${join(dir, '01-x.json')}: questions[1].answers[1] "zzz" is not one of the choice ids`);
		expect(result.stderr).toContain('1 problem in');
	});

	it('validate --json on a good folder', () => {
		const dir = tempDir();
		writeFileSync(join(dir, '01-x.json'), readFileSync(FIXTURE_LESSON));
		const result = run(['validate', dir, '--json']);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual({
			ok: true,
			chapters: 1,
			questions: 3,
			byType: { single: 1, multiple: 1, 'true-false': 1, ordering: 0, matching: 0, typed: 0, explain: 0 },
			chapterIds: ['example-chapter'],
			warnings: [],
		});
	});

	it('stats --json shows what is stored; a corrupt file is reported and left where it is (stats never writes)', () => {
		const home = tempDir();
		writeFileSync(join(home, 'progress.json'), 'not json at all');
		const result = run(['stats', '--json'], home);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/cannot be read: it is not valid JSON\. The tutor will move it aside and start fresh when it opens\./);
		const parsed = JSON.parse(result.stdout);
		expect(parsed.file).toBe(join(home, 'progress.json'));
		expect(parsed.progress).toEqual({ version: 2, chapters: {}, answers: [] });
		expect(readdirSync(home)).toEqual(['progress.json']);
		expect(readFileSync(join(home, 'progress.json'), 'utf8')).toBe('not json at all');
	});

	it('stats prints what a hand-edited progress file holds escaped, never as raw terminal controls', () => {
		const home = tempDir();
		const planted = '\u001b]0;pwned\u0007\u009b2J\u202e';
		writeFileSync(join(home, 'progress.json'), JSON.stringify({ version: 1, chapters: {}, answers: [], note: planted }));
		for (const args of [['stats', '--json'], ['stats']]) {
			const result = run(args, home);
			expect(result.code).toBe(0);
			expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
		}
		expect(JSON.parse(run(['stats', '--json'], home).stdout).progress.note).toBe(planted);
	});

	it('stats --json carries the numbers the stats screen shows: scores over time, study days, misconceptions', () => {
		const home = tempDir();
		const answers = [
			{ questionId: 'hva-tf-lightweight-vm', chapterId: 'house-vs-apartment', correct: false, credit: 0, at: '2026-11-02T10:00:00.000Z', mode: 'quiz' },
			{ questionId: 'hva-tf-lightweight-vm', chapterId: 'house-vs-apartment', correct: true, credit: 1, at: '2026-11-03T10:00:00.000Z', mode: 'review' },
		];
		const scores = [{ session: 'chapter:house-vs-apartment', correct: 3, total: 4, at: '2026-11-03T11:00:00.000Z' }];
		writeFileSync(join(home, 'progress.json'), JSON.stringify({ version: 1, chapters: {}, answers, scores }));
		const { stats } = JSON.parse(run(['stats', '--json'], home).stdout);
		expect(stats.scores).toEqual([{ at: '2026-11-03T11:00:00.000Z', percent: 75, kind: 'quiz', label: '1' }]);
		expect(stats.study.total).toBe(2);
		expect(stats.misconceptions.find((m: { tag: string }) => m.tag === 'container-is-lightweight-vm')).toMatchObject({ answered: 2, fell: 1, accuracy: 0.5 });
		const text = run(['stats'], home).stdout;
		expect(text).toContain('Study days: 2;');
		expect(text).toContain('Scores over time (oldest first): 75%');
	});

	it('refuses a CVM_TUTOR_NOW that is not a time before doing anything, exit 2', () => {
		const home = tempDir();
		const result = spawnSync(process.execPath, [BIN, 'stats'], { encoding: 'utf8', env: { ...process.env, CVM_TUTOR_HOME: home, CVM_TUTOR_NOW: 'tomorrow' }, input: '' });
		expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
			code: 2,
			stdout: '',
			stderr: 'cvm-tutor: CVM_TUTOR_NOW is "tomorrow", which is not a time. Give an ISO time such as 2026-12-02T09:00:00Z, or unset it to use the real clock.\n',
		});
	});

	it('stats takes "today" from CVM_TUTOR_NOW, as the app does (streak and due counts agree with the app)', () => {
		const home = tempDir();
		const answers = [{ questionId: 'hva-tf-lightweight-vm', chapterId: 'house-vs-apartment', correct: false, credit: 0, at: '2026-12-01T10:00:00.000Z', mode: 'quiz' }];
		writeFileSync(join(home, 'progress.json'), JSON.stringify({ version: 2, chapters: {}, answers }));
		const result = spawnSync(process.execPath, [BIN, 'stats', '--json'], { encoding: 'utf8', env: { ...process.env, CVM_TUTOR_HOME: home, CVM_TUTOR_NOW: '2026-12-02T09:00:00Z' }, input: '' });
		const { stats } = JSON.parse(result.stdout);
		expect(stats.study.streak).toBe(1);
		expect(stats.due[0]).toBe(1);
	});

	it('stats creates nothing: no folder, no file', () => {
		const home = join(tempDir(), 'not', 'yet');
		const result = run(['stats'], home);
		expect(result.code).toBe(0);
		expect(existsSync(join(home, '..'))).toBe(false);
	});

	it('whereami --json: a report that lists every namespace in /proc/self/ns with its inode', () => {
		const result = run(['whereami', '--json']);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		const report = JSON.parse(result.stdout);
		expect(report.platform).toBe(process.platform);
		expect(Object.keys(report.verdict).sort()).toEqual(['container', 'vm', 'wsl']);
		if (process.platform !== 'linux') return;
		// The CLI is another process, but namespace types are the kernel's, so the list is the same.
		expect(report.namespaces.map((n: { type: string }) => n.type)).toEqual(readdirSync('/proc/self/ns').sort());
		for (const n of report.namespaces) expect(Number.isInteger(n.inode), n.type).toBe(true);
		expect(run(['whereami', 'extra']).code).toBe(2);
	});

	it('reset asks for --yes when it cannot ask, and erases with it', () => {
		const home = tempDir();
		writeFileSync(join(home, 'progress.json'), JSON.stringify({ version: 1, chapters: { a: { pagesRead: ['p'] } }, answers: [] }));
		const refused = run(['reset'], home);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('reset --yes');
		expect(JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')).chapters.a).toBeDefined();
		expect(run(['reset', '--yes'], home).code).toBe(0);
		expect(JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'))).toEqual({});
	});

	it('interview: refuses without a terminal (pointing to stats --json), and names a wrong --minutes or --seed', () => {
		for (const args of [['interview'], ['interview', '--json']]) {
			const result = run(args);
			expect(result).toMatchObject({ code: 2, stdout: '' });
			expect(result.stderr).toBe('cvm-tutor: a mock interview asks its questions on a terminal, and this is not one.\nPast mocks are in `cvm-tutor stats --json` (field "interviews").\n');
		}
		const usage = 'Usage: cvm-tutor interview [--minutes 20] [--seed S] [--json]';
		expect(run(['interview', '--minutes', '3'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--minutes wants a whole number of minutes from 5 to 90, not "3".') });
		expect(run(['interview', '--minutes', '2.5']).stderr).toContain(usage);
		expect(run(['interview', '--seed', 'abc'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--seed wants a whole number from 0 to 4294967295, not "abc".') });
		expect(run(['interview', '--yes']).stderr).toContain('interview does not take --yes.');
		expect(run(['--help']).stdout).toContain('cvm-tutor interview        a mock interview: 8-12 questions, a clock on each');
	});

	it('reset --chapter ID erases that chapter only, asks first (--yes without a terminal), and lists the ids for a wrong one', () => {
		const home = tempDir();
		const file = join(home, 'progress.json');
		const answer = (questionId: string, chapterId: string) => ({ questionId, chapterId, correct: true, credit: 1, at: '2026-11-30T10:00:00.000Z', mode: 'quiz' });
		const stored = {
			version: 1,
			chapters: { 'network-drivers': { pagesRead: ['p'] }, 'house-vs-apartment': { pagesRead: ['q'] } },
			answers: [answer('x1', 'network-drivers'), answer('x2', 'house-vs-apartment')],
		};
		writeFileSync(file, JSON.stringify(stored));
		const unknown = run(['reset', '--chapter', 'nope', '--yes'], home);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain('there is no chapter "nope". Give one of these ids:');
		expect(unknown.stderr).toContain('  network-drivers  (6. Docker network drivers)');
		const refused = run(['reset', '--chapter', 'network-drivers'], home);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('cvm-tutor reset --chapter network-drivers --yes');
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(stored);
		const done = run(['reset', '--chapter', 'network-drivers', '--yes'], home);
		expect(done).toMatchObject({ code: 0, stdout: expect.stringContaining('Progress in chapter 6. Docker network drivers erased') });
		const after = JSON.parse(readFileSync(file, 'utf8'));
		expect(Object.keys(after.chapters)).toEqual(['house-vs-apartment']);
		expect(after.answers.map((a: { questionId: string }) => a.questionId)).toEqual(['x2']);
	});

	it('an option the command does not take is a usage error: its usage, exit 2, nothing done', () => {
		const cases: Array<[string[], string, string]> = [
			[['stats', '--lessons', 'x'], 'stats does not take --lessons.', 'cvm-tutor stats [--json]'],
			[['validate', '--yes'], 'validate does not take --yes.', 'cvm-tutor validate [DIR] [--locale en|zh-Hant|zh-Hans] [--json]'],
			[['whereami', '--lessons', 'x'], 'whereami does not take --lessons.', 'cvm-tutor whereami [--json]'],
			[['reset', '--json'], 'reset does not take --json.', 'cvm-tutor reset [--chapter ID] [--yes]'],
			[['stats', '--yes'], 'stats does not take --yes.', 'cvm-tutor stats [--json]'],
		];
		for (const [args, message, usage] of cases) {
			const result = run(args);
			expect(result, args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr: `cvm-tutor: ${message}\nUsage: ${usage}\nRun \`cvm-tutor --help\` for more.\n` });
		}
	});

	it('validate FILE says it wants a folder and which one; a missing folder is said once', () => {
		const dir = tempDir();
		const file = join(dir, '01-x.json');
		writeFileSync(file, readFileSync(FIXTURE_LESSON));
		expect(run(['validate', file])).toMatchObject({ code: 1, stderr: `cvm-tutor: ${file} is a file, not a folder: give the folder that holds the lesson files (${dir})\n` });
		const missing = run(['validate', join(dir, 'nope')]);
		expect(missing).toMatchObject({ code: 1, stderr: `cvm-tutor: ${join(dir, 'nope')} does not exist\n` });
		const tutor = run(['--lessons', join(dir, 'nope')]);
		expect(tutor.code).toBe(2);
		expect(tutor.stderr.match(/does not exist/g)).toHaveLength(1);
		expect(tutor.stderr).toContain(`the lesson folder ${join(dir, 'nope')} does not exist.`);
		expect(run(['--lessons', file]).stderr).toContain(`--lessons wants a folder of lesson files, and ${file} is a file.`);
	});

	it('validate --json always carries ok: a good folder, a broken one, a missing one, a usage error', () => {
		const good = tempDir();
		writeFileSync(join(good, '01-x.json'), readFileSync(FIXTURE_LESSON));
		const broken = tempDir();
		writeFileSync(join(broken, '01-x.json'), '{');
		const cases: Array<[string[], boolean, number]> = [
			[['validate', good, '--json'], true, 0],
			[['validate', broken, '--json'], false, 1],
			[['validate', join(good, 'nope'), '--json'], false, 1],
			[['validate', '--json', '--yes'], false, 2],
			[['validate', 'a', 'b', '--json'], false, 2],
			[['validate', '--json', '--bogus'], false, 2],
		];
		for (const [args, ok, code] of cases) {
			const result = run(args);
			expect(result.code, args.join(' ')).toBe(code);
			expect(JSON.parse(result.stdout).ok, args.join(' ')).toBe(ok);
		}
	});

	it('validate quotes file names, keys and values escaped, never raw escape sequences', () => {
		const dir = tempDir();
		const chapter = { ...JSON.parse(readFileSync(FIXTURE_LESSON, 'utf8')), '\u001b]0;pwned\u0007': 1 };
		chapter.questions[0].prompt = 'Look \u001b[2J\u202eright';
		writeFileSync(join(dir, '01-\u001b[31mred.json'), JSON.stringify(chapter));
		for (const args of [['validate', dir], ['validate', dir, '--json']]) {
			const result = run(args);
			expect(result.code).toBe(1);
			expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
		}
		const text = run(['validate', dir]).stderr;
		expect(text).toContain('01-\\u001b[31mred.json');
		expect(text).toContain('"\\u001b]0;pwned\\u0007"');
		expect(text).toContain('questions[0].prompt contains the control character U+001B at character 6');
	});

	it('validate warns about a lesson larger than the limits and still passes it', () => {
		const dir = tempDir();
		const chapter = JSON.parse(readFileSync(FIXTURE_LESSON, 'utf8'));
		chapter.pages[0].body.push('word '.repeat(1000));
		writeFileSync(join(dir, '01-x.json'), JSON.stringify(chapter));
		const result = run(['validate', dir]);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/^warning: \S+01-x\.json: pages\[0\] holds 5\d{3} characters of text; keep a page under 4000 \(about three screens\) by splitting it\n$/);
	});

	it.runIf(existsSync('/dev/full'))('a full disk on stdout is one line on stderr and exit 1, no source and no stack', () => {
		const full = openSync('/dev/full', 'w');
		try {
			for (const args of [['stats', '--json'], ['validate'], ['whereami'], ['--help']]) {
				const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, CVM_TUTOR_HOME: tempDir() }, stdio: ['pipe', full, 'pipe'] });
				expect(result.status, args.join(' ')).toBe(1);
				expect(result.stderr, args.join(' ')).toBe('cvm-tutor: cannot write to standard output (ENOSPC).\n');
			}
		} finally {
			closeSync(full);
		}
	});

	it('a reader that stops early is not an error', () => {
		const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate | head -c 1 >/dev/null`], { encoding: 'utf8', env: { ...process.env, CVM_TUTOR_HOME: tempDir() } });
		expect(result.stderr).toBe('');
	});
});
