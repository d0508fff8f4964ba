import { describe, expect, it } from 'vitest';
import { hyperlinksSupported, osc8 } from '../../src/ui/hyperlinks.js';
import { linkRows } from '../../src/core/wrap.js';

describe('hyperlinksSupported', () => {
	it.each([
		[{}, false],
		[{ TERM: 'xterm-256color' }, false],
		[{ TERM: 'xterm-kitty' }, true],
		[{ VTE_VERSION: '7600', TERM: 'xterm-256color' }, true],
		[{ VTE_VERSION: '4601' }, false],
		[{ WT_SESSION: 'x' }, true],
		[{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.19' }, true],
		[{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0.15' }, false],
		[{ TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.95.0' }, true],
		[{ TERM: 'dumb', VTE_VERSION: '7600' }, false],
		[{ CI: 'true', WT_SESSION: 'x' }, false],
		[{ TMUX: '/tmp/tmux-1/default,1,0', VTE_VERSION: '7600' }, false],
		[{ CVM_TUTOR_HYPERLINKS: '0', TERM: 'xterm-kitty' }, false],
		[{ CVM_TUTOR_HYPERLINKS: '1', TERM: 'dumb' }, true],
		[{ FORCE_HYPERLINK: '1' }, true],
	])('%j: %s', (env, expected) => {
		expect(hyperlinksSupported(env)).toBe(expected);
	});
});

describe('osc8', () => {
	it('wraps text in an OSC 8 link, and leaves an address with spaces or control characters as plain text', () => {
		expect(osc8('https://a.b/c', 'here', 'x')).toBe('\u001B]8;id=x;https://a.b/c\u0007here\u001B]8;;\u0007');
		expect(osc8('https://a.b/\u0007c', 'here')).toBe('here');
	});
});

describe('linkRows', () => {
	it('keeps an address whole when it fits, else cuts it only at the width', () => {
		expect(linkRows('https://a.b/c-d', 20)).toEqual(['https://a.b/c-d']);
		expect(linkRows('https://a.b/c-d/e', 8)).toEqual(['https://', 'a.b/c-d/', 'e']);
	});
});
