// The tutor in a real terminal: it owns its signals (conf's writer used to install handlers that re-raised
// them before ours could restore the terminal), says where progress is on the way out, and the reset prompt
// takes Ctrl+C and Ctrl+D without a stack trace.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, terminalEnv } from '../helpers.js';

const BIN = join(import.meta.dirname, '../../bin/cvm-tutor.js');
const PTY = join(import.meta.dirname, 'run-in-pty.py');
const hasPython = spawnSync('python3', ['-c', 'import pty'], { stdio: 'ignore' }).status === 0;

type Step = { wait: string } | { send: string } | { signal: string } | { sleep: number } | { run: string[] };

/** A config folder that already holds (empty) progress. */
function homeWithProgress(): string {
	const home = tempDir();
	writeFileSync(join(home, 'progress.json'), '{}');
	return home;
}

function inTerminal(args: string[], steps: Step[], home = tempDir()) {
	const result = spawnSync('python3', [PTY, JSON.stringify([process.execPath, BIN, ...args]), JSON.stringify(steps)], {
		encoding: 'utf8',
		env: terminalEnv({ CVM_TUTOR_HOME: home, COLUMNS: '80', LINES: '24' }),
		timeout: 60_000,
		killSignal: 'SIGKILL',
	});
	const parsed = JSON.parse(result.stdout) as { code: number | null; signal: number | null; out: string; error?: string };
	expect(parsed.error, parsed.out).toBeUndefined();
	return { ...parsed, home };
}

const TITLE = 'containers vs virtual machines';

describe.runIf(hasPython)('the tutor in a terminal', () => {
	it('SIGHUP and SIGTERM: our handler unmounts and exits with 128+signal (it is not killed by a re-raised signal)', () => {
		const hup = inTerminal([], [{ wait: TITLE }, { signal: 'SIGHUP' }]);
		expect({ code: hup.code, signal: hup.signal }).toEqual({ code: 129, signal: null });
		const term = inTerminal([], [{ wait: TITLE }, { signal: 'SIGTERM' }], homeWithProgress());
		expect({ code: term.code, signal: term.signal }).toEqual({ code: 143, signal: null });
		expect(term.out).toContain(`Saved to ${join(term.home, 'progress.json')}.`);
	}, 90_000);

	it('q prints one line: where progress is saved and how to continue', () => {
		const run = inTerminal([], [{ wait: TITLE }, { send: 'q' }], homeWithProgress());
		expect(run.code).toBe(0);
		const after = run.out.slice(run.out.lastIndexOf(TITLE));
		expect(after).toContain(`Saved to ${join(run.home, 'progress.json')}. Run \`cvm-tutor\` to continue.`);
	}, 60_000);

	it('reset --yes while a window is open stays done: the window\'s next save adds only what it did after', () => {
		const home = tempDir();
		const run = inTerminal(
			[],
			[
				{ wait: 'Start: ' },
				{ sleep: 0.5 }, // until the app listens for keys
				{ send: '\r' }, // Start: the first chapter's first page, read and saved
				{ wait: 'page 1/' },
				{ sleep: 0.3 },
				{ run: [process.execPath, BIN, 'reset', '--yes'] },
				{ send: '\u001B[C' }, // the next page: read, saved
				{ wait: 'page 2/' },
				{ sleep: 0.3 },
				{ send: 'q' },
			],
			home,
		);
		expect(run.code).toBe(0);
		const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as { chapters: Record<string, { pagesRead: string[] }> };
		const chapters = Object.values(saved.chapters);
		expect(chapters).toHaveLength(1);
		expect(chapters[0]?.pagesRead).toHaveLength(1); // page 2 only: page 1 was erased and stays erased
	}, 60_000);

	it('reset: Ctrl+C or Ctrl+D at the [y/N] prompt erases nothing, says so, exits 130, no stack trace', () => {
		for (const key of ['\u0003', '\u0004']) {
			const run = inTerminal(['reset'], [{ wait: '[y/N]' }, { send: key }]);
			expect(run.out).toContain('Nothing erased.');
			expect(run.out).not.toMatch(/AbortError|\n\s+at /);
			expect(run.code).toBe(130);
		}
	}, 90_000);
});
