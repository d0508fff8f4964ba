// Every command under environments that once made the store hang, write into the current folder, or print a
// stack trace. Each run has a watchdog: it must end on its own within the limit (it is killed otherwise).
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/core/wrap.js';
import { tempDir } from '../helpers.js';

const BIN = join(import.meta.dirname, '../../bin/cvm-tutor.js');
const WATCHDOG_MS = 10_000;
const COMMANDS = [['validate'], ['stats'], ['stats', '--json'], ['reset', '--yes'], ['whereami'], []];
const PROGRESS = JSON.stringify({ version: 1, chapters: { c: { pagesRead: ['p'] } }, answers: [] });
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;
/** Root ignores permission bits; the read-only folder case runs as nobody, if nobody can run this node. */
const nobodyCanRun = asRoot && spawnSync(process.execPath, [BIN, '--version'], { uid: NOBODY, gid: NOBODY, stdio: 'ignore' }).status === 0;

interface Case {
	name: string;
	env: () => NodeJS.ProcessEnv;
	/** Run as this user (root makes permission bits moot, so the read-only folder runs as nobody). */
	uid?: number;
	/** Set when the case cannot be made here (root, and nobody cannot run this node binary). */
	skip?: boolean;
	/** Commands expected to fail, with the words their one-line error must carry. */
	fails: Partial<Record<string, RegExp>>;
}

function baseEnv(): NodeJS.ProcessEnv {
	const { CVM_TUTOR_HOME: _h, XDG_CONFIG_HOME: _x, ...env } = process.env;
	return env;
}

const file = () => {
	const path = join(tempDir(), 'a-file');
	writeFileSync(path, 'x');
	return path;
};

const STORE_COMMANDS = ['stats', 'stats --json', 'reset --yes'];
const allStore = (words: RegExp) => Object.fromEntries(STORE_COMMANDS.map((c) => [c, words]));

const CASES: Case[] = [
	{ name: 'CVM_TUTOR_HOME=/proc/x', env: () => ({ ...baseEnv(), CVM_TUTOR_HOME: '/proc/cvm-tutor-x' }), fails: { 'reset --yes': /cannot create \/proc\/cvm-tutor-x \(ENOENT\)\. Set CVM_TUTOR_HOME/ } },
	{ name: 'CVM_TUTOR_HOME=/dev/null/x', env: () => ({ ...baseEnv(), CVM_TUTOR_HOME: '/dev/null/x' }), fails: allStore(/cannot use \/dev\/null\/x: part of it is a file/) },
	{ name: 'CVM_TUTOR_HOME is a file', env: () => ({ ...baseEnv(), CVM_TUTOR_HOME: file() }), fails: allStore(/a-file is a file; set CVM_TUTOR_HOME/) },
	{
		name: 'a read-only folder',
		uid: asRoot ? NOBODY : undefined,
		skip: asRoot && !nobodyCanRun,
		env: () => {
			const home = tempDir();
			writeFileSync(join(home, 'progress.json'), PROGRESS);
			chmodSync(join(home, 'progress.json'), 0o644);
			chmodSync(home, 0o555);
			return { ...baseEnv(), CVM_TUTOR_HOME: home };
		},
		fails: { 'reset --yes': /cannot reset: no permission to write .* \(EACCES\)/ },
	},
	{ name: "HOME='' and no XDG_CONFIG_HOME", env: () => ({ ...baseEnv(), HOME: '' }), fails: allStore(/HOME is empty/) },
	{ name: 'a relative XDG_CONFIG_HOME', env: () => ({ ...baseEnv(), XDG_CONFIG_HOME: 'cfg' }), fails: allStore(/XDG_CONFIG_HOME "cfg" is not a full path/) },
	{ name: 'a relative CVM_TUTOR_HOME', env: () => ({ ...baseEnv(), CVM_TUTOR_HOME: 'here' }), fails: allStore(/CVM_TUTOR_HOME must be a full path/) },
	{
		name: 'a 0444 progress file',
		env: () => {
			const home = tempDir();
			writeFileSync(join(home, 'progress.json'), PROGRESS);
			chmodSync(join(home, 'progress.json'), 0o444);
			return { ...baseEnv(), CVM_TUTOR_HOME: home };
		},
		fails: { 'reset --yes': /is read-only; chmod u\+w to reset/ },
	},
	{
		name: 'progress.json linked to a file outside its folder',
		env: () => {
			const home = tempDir();
			const other = join(tempDir(), 'other-app.json');
			writeFileSync(other, '{}');
			symlinkSync(other, join(home, 'progress.json'));
			return { ...baseEnv(), CVM_TUTOR_HOME: home };
		},
		fails: { 'reset --yes': /links outside; put a copy there/ },
	},
];

describe('every command in a hostile environment', () => {
	for (const c of CASES) {
		it.skipIf(c.skip)(`${c.name}: ends on its own, with a clear one-line error or a result, no stack trace, nothing in the cwd`, () => {
			for (const args of COMMANDS) {
				const command = args.join(' ');
				const cwd = tempDir();
				if (c.uid !== undefined) chownSync(cwd, c.uid, c.uid);
				const started = Date.now();
				const result = spawnSync(process.execPath, [BIN, ...args], {
					cwd,
					env: c.env(),
					encoding: 'utf8',
					input: '',
					timeout: WATCHDOG_MS,
					killSignal: 'SIGKILL',
					...(c.uid !== undefined ? { uid: c.uid, gid: c.uid } : {}),
				});
				const label = `${c.name}: cvm-tutor ${command}\n${result.stderr}`;
				expect(result.signal, `${label} (killed after ${Date.now() - started} ms)`).toBeNull();
				expect(result.stderr, label).not.toMatch(/\n\s+at |Error:|node:internal/);
				expect(readdirSync(cwd), label).toEqual([]);
				const failure = c.fails[command];
				if (failure) {
					expect(result.status, label).toBe(1);
					expect(result.stderr, label).toMatch(failure);
					expect(result.stderr.trim().split('\n'), label).toHaveLength(1);
					// The short paths here leave room: the line fits an 80-column terminal.
					expect(textWidth(result.stderr.trim()), label).toBeLessThanOrEqual(80);
				} else if (command === '') {
					expect(result.status, label).toBe(2); // no terminal here
					expect(result.stderr, label).toContain('the tutor needs a terminal');
				} else {
					expect(result.status, label).toBe(0);
					if (command === 'stats --json') expect(() => JSON.parse(result.stdout), label).not.toThrow();
				}
			}
		}, 120_000);
	}
});

it.runIf(nobodyCanRun)('(the read-only folder case really is read-only for its user)', () => {
	const home = tempDir();
	chmodSync(home, 0o555);
	const result = spawnSync('sh', ['-c', `touch ${home}/x`], { uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
	expect(result.status).not.toBe(0);
});
