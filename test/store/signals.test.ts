// The tutor in a real terminal: it owns its signals (conf's writer used to install handlers that re-raised
// them before ours could restore the terminal), says where progress is on the way out, and the reset prompt
// takes Ctrl+C and Ctrl+D without a stack trace.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Terminal } from '../e2e/terminal.js';
import { KEYS, tempDir, terminalEnv } from '../helpers.js';

const BIN = join(import.meta.dirname, '../../bin/cvm-tutor.js');
const TITLE = 'containers vs virtual machines';
/** Seconds any one wait may take (as the old driver allowed): a loaded CI machine starts the app slowly. */
const WAIT = 15;

/** A config folder that already holds (empty) progress. */
function homeWithProgress(): string {
	const home = tempDir();
	writeFileSync(join(home, 'progress.json'), '{}');
	return home;
}

const opened: Terminal[] = [];
afterEach(() => {
	for (const terminal of opened.splice(0)) terminal.kill();
});

function inTerminal(args: string[], home: string): Terminal {
	const terminal = new Terminal(args, terminalEnv({ CVM_TUTOR_HOME: home }));
	opened.push(terminal);
	return terminal;
}

describe('the tutor in a terminal', () => {
	it('SIGHUP and SIGTERM: our handler unmounts and exits with 128+signal (it is not killed by a re-raised signal)', { timeout: 90_000 }, async () => {
		const hup = inTerminal([], tempDir());
		await hup.waitFor(TITLE, WAIT);
		await hup.signal('SIGHUP');
		expect((await hup.exit(WAIT)).code).toBe(129); // a death by the signal itself would be -1
		const home = homeWithProgress();
		const term = inTerminal([], home);
		await term.waitFor(TITLE, WAIT);
		await term.signal('SIGTERM');
		const { code, output } = await term.exit(WAIT);
		expect(code).toBe(143);
		expect(output).toContain(`Saved to ${join(home, 'progress.json')}.`);
	});

	it('q prints one line: where progress is saved and how to continue', { timeout: 60_000 }, async () => {
		const home = homeWithProgress();
		const terminal = inTerminal([], home);
		await terminal.waitFor(TITLE, WAIT);
		await terminal.send('q');
		const { code, output } = await terminal.exit(WAIT);
		expect(code).toBe(0);
		const after = output.slice(output.lastIndexOf(TITLE));
		expect(after).toContain(`Saved to ${join(home, 'progress.json')}. Run \`cvm-tutor\` to continue.`);
	});

	it('q with progress that could not be saved prints the NOT saved line and exits 1', { timeout: 60_000 }, async () => {
		const home = homeWithProgress();
		chmodSync(join(home, 'progress.json'), 0o444);
		const terminal = new Terminal([], terminalEnv({ CVM_TUTOR_HOME: home, TMPDIR: tempDir() }));
		opened.push(terminal);
		await terminal.waitFor(TITLE, WAIT);
		// Reading the first page marks it read: a change that cannot be saved.
		await terminal.send('1');
		await terminal.waitFor('Read the lesson', WAIT);
		await terminal.send(KEYS.enter);
		await terminal.waitFor('page 1/', WAIT);
		await terminal.send('q');
		const { code, output } = await terminal.exit(WAIT);
		expect(output).toContain('Progress NOT saved');
		expect(code).toBe(1);
	});

	it("reset --yes while a window is open stays done: the window's next save adds only what it did after", { timeout: 60_000 }, async () => {
		const home = tempDir();
		const terminal = inTerminal([], home);
		await terminal.waitFor('Start: ', WAIT);
		// Start: the first chapter's first page, read and saved before its frame is drawn.
		await terminal.burst([KEYS.enter], 'page 1/', WAIT);
		const reset = spawnSync(process.execPath, [BIN, 'reset', '--yes'], { env: terminalEnv({ CVM_TUTOR_HOME: home }), stdio: 'ignore', timeout: 30_000 });
		expect(reset.status).toBe(0);
		await terminal.burst([KEYS.right], 'page 2/', WAIT); // the next page: read, saved
		await terminal.send('q');
		expect((await terminal.exit(WAIT)).code).toBe(0);
		const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as { chapters: Record<string, { pagesRead: string[] }> };
		const chapters = Object.values(saved.chapters);
		expect(chapters).toHaveLength(1);
		expect(chapters[0]?.pagesRead).toHaveLength(1); // page 2 only: page 1 was erased and stays erased
	});

	it('reset: Ctrl+C or Ctrl+D at the [y/N] prompt erases nothing, says so, exits 130, no stack trace', { timeout: 90_000 }, async () => {
		for (const key of [KEYS.ctrlC, '\u0004']) {
			const terminal = inTerminal(['reset'], tempDir());
			await terminal.waitFor('[y/N]', WAIT);
			await terminal.send(key);
			const { code, output } = await terminal.exit(WAIT);
			expect(output).toContain('Nothing erased.');
			expect(output).not.toMatch(/AbortError|\n\s+at /);
			expect(code).toBe(130);
		}
	});
});
