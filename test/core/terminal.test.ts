import { describe, expect, it } from 'vitest';
import { tutorTerminalProblem } from '../../src/core/terminal.js';
import { textWidth } from '../../src/core/wrap.js';

describe('tutorTerminalProblem', () => {
	it('names the stream that is not a terminal: output, input, or both', () => {
		expect(tutorTerminalProblem({ stdinTTY: true, stdoutTTY: false, term: 'xterm' })?.[0]).toMatch(/its output is a pipe or a file/);
		expect(tutorTerminalProblem({ stdinTTY: false, stdoutTTY: true, term: 'xterm' })?.[0]).toMatch(/its input is a pipe or a file/);
		expect(tutorTerminalProblem({ stdinTTY: false, stdoutTTY: false, term: 'xterm' })?.[0]).toMatch(/its input and output are pipes or files/);
	});

	it('refuses TERM=dumb (no cursor movement to redraw with), and allows a real terminal', () => {
		expect(tutorTerminalProblem({ stdinTTY: true, stdoutTTY: true, term: 'dumb' })?.[0]).toMatch(/TERM=dumb/);
		// The user is in a terminal: "run it in a terminal" is no advice; name a TERM that works.
		const advice = tutorTerminalProblem({ stdinTTY: true, stdoutTTY: true, term: 'dumb' })?.slice(1).join('\n') ?? '';
		expect(advice).not.toMatch(/Run it in a terminal,/);
		expect(advice).toMatch(/TERM=xterm-256color/);
		expect(tutorTerminalProblem({ stdinTTY: true, stdoutTTY: true, term: 'xterm-256color' })).toBeUndefined();
		expect(tutorTerminalProblem({ stdinTTY: true, stdoutTTY: true, term: undefined })).toBeUndefined();
	});

	it('every message fits 80 columns and points to the commands that need no terminal', () => {
		for (const [stdinTTY, stdoutTTY, term] of [[true, false, 'xterm'], [false, true, 'xterm'], [false, false, 'xterm'], [true, true, 'dumb']] as const) {
			const lines = tutorTerminalProblem({ stdinTTY, stdoutTTY, term }) ?? [];
			for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(80);
			expect(lines.join('\n')).toMatch(/validate.*stats.*\n.*whereami.*reset --yes/);
		}
	});
});
