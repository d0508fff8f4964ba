// Start-up with bundled lessons edited after the build: the first frame comes from the build's record of names
// and sizes, the contents are checked right after it, and a file that differs sends the tutor back to a full
// validation (never a chapter parsed unchecked, never a stack trace).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Terminal } from './e2e/terminal.js';
import { tempDir, terminalEnv } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const WAIT = 15;
const opened: Terminal[] = [];
afterEach(() => {
	for (const terminal of opened.splice(0)) terminal.kill();
});

/** A copy of the built package whose first chapter's title is edited in place, keeping the file's size. */
function packageWithEditedLessons(edit: (text: string) => string): string {
	const dir = tempDir();
	for (const part of ['bin', 'dist', 'lessons', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
	const file = join(dir, 'lessons/01-house-vs-apartment.json');
	const before = readFileSync(file, 'utf8');
	const after = edit(before);
	expect(Buffer.byteLength(after)).toBe(Buffer.byteLength(before));
	writeFileSync(file, after);
	return dir;
}

describe('bundled lessons edited after the build', () => {
	it('same size, still valid: the tutor says so, validates them in full and shows the edited text', { timeout: 60_000 }, async () => {
		const dir = packageWithEditedLessons((text) => text.replace('"en": "House vs apartment"', '"en": "House vs APARTMENT"'));
		const terminal = new Terminal([], terminalEnv({ CVM_TUTOR_HOME: tempDir() }), 80, 24, join(dir, 'bin/cvm-tutor.js'));
		opened.push(terminal);
		await terminal.waitFor('House vs APARTMENT', WAIT);
		await terminal.send('q');
		const { code, output } = await terminal.exit(WAIT);
		expect(output).toContain('The lesson files changed since this build was made; checking them in full.');
		expect(code).toBe(0);
	});

	it('same size, now broken: the problem is named and the tutor exits 1, with no stack trace', { timeout: 60_000 }, async () => {
		const dir = packageWithEditedLessons((text) => text.replace('"formatVersion": 1', '"formatVersion": 7'));
		const terminal = new Terminal([], terminalEnv({ CVM_TUTOR_HOME: tempDir() }), 80, 24, join(dir, 'bin/cvm-tutor.js'));
		opened.push(terminal);
		const { code, output } = await terminal.exit(WAIT);
		expect(output).toContain('01-house-vs-apartment.json');
		expect(output).toContain('the lesson files above are broken');
		expect(output).not.toMatch(/\n\s+at /);
		expect(code).toBe(1);
	});
});
