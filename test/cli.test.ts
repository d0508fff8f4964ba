// The built binary, run as a user would run it (no TTY here, which is itself one of the cases).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
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
		expect(result.stderr).toMatch(/needs an interactive terminal/);
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
		expect(JSON.parse(result.stdout)).toEqual({ chapters: 1, questions: 3, byType: { single: 1, multiple: 1, 'true-false': 1, ordering: 0, matching: 0, typed: 0 }, chapterIds: ['example-chapter'] });
	});

	it('stats --json shows what is stored; a corrupt file is reported and left where it is (stats never writes)', () => {
		const home = tempDir();
		writeFileSync(join(home, 'progress.json'), 'not json at all');
		const result = run(['stats', '--json'], home);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/cannot be read: it is not valid JSON\. The tutor will move it aside and start fresh when it opens\./);
		const parsed = JSON.parse(result.stdout);
		expect(parsed.file).toBe(join(home, 'progress.json'));
		expect(parsed.progress).toEqual({ version: 1, chapters: {}, answers: [] });
		expect(readdirSync(home)).toEqual(['progress.json']);
		expect(readFileSync(join(home, 'progress.json'), 'utf8')).toBe('not json at all');
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
});
