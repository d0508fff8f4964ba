// When plain mode starts by itself, and what it needs of the terminal: input from one; TERM=dumb is fine.
import { describe, expect, it } from 'vitest';
import { plainWanted, tutorTerminalProblem } from '../../src/core/terminal.js';

describe('plain mode and the terminal', () => {
	it('starts by itself on INK_SCREEN_READER=true or TERM=dumb, not otherwise', () => {
		expect(plainWanted({ INK_SCREEN_READER: 'true' })).toBe(true);
		expect(plainWanted({ TERM: 'dumb' })).toBe(true);
		expect(plainWanted({ TERM: 'xterm-256color' })).toBe(false);
		expect(plainWanted({ INK_SCREEN_READER: 'false', TERM: 'xterm' })).toBe(false);
		expect(plainWanted({})).toBe(false);
	});

	it('runs on TERM=dumb and with its output in a file, but not without a terminal on its input', () => {
		expect(tutorTerminalProblem({ stdinTTY: true, stdoutTTY: true, term: 'dumb', plain: true })).toBeUndefined();
		expect(tutorTerminalProblem({ stdinTTY: true, stdoutTTY: false, term: 'xterm', plain: true })).toBeUndefined();
		expect(tutorTerminalProblem({ stdinTTY: false, stdoutTTY: true, term: 'dumb', plain: true })?.[0]).toBe('cvm-tutor: the tutor reads keys from a terminal; its input is a pipe or a file.');
		expect(tutorTerminalProblem({ stdinTTY: false, stdoutTTY: false, term: 'xterm', plain: true })?.[0]).toBe('cvm-tutor: the tutor needs a terminal; its input and output are pipes or files.');
		// The full-screen tutor still refuses TERM=dumb (a room or a mock interview, which plain mode does not run).
		expect(tutorTerminalProblem({ stdinTTY: true, stdoutTTY: true, term: 'dumb' })?.[0]).toMatch(/TERM=dumb/);
	});
});
