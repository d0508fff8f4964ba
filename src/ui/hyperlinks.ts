// Clickable links (OSC 8: ESC ] 8 ; params ; URL ST text ESC ] 8 ; ; ST) in terminals known to draw them. A terminal
// that does not know OSC 8 should ignore it, but some print it raw, so it is on only where the terminal says who
// it is, as the supports-hyperlinks package decides. CVM_TUTOR_HYPERLINKS=0 turns links off, =1 forces them on
// (FORCE_HYPERLINK is honoured the same way).

type Env = Readonly<Record<string, string | undefined>>;

function atLeast(version: string | undefined, major: number, minor = 0): boolean {
	const [a = 0, b = 0] = (version ?? '').split('.').map((part) => Number.parseInt(part, 10) || 0);
	return a > major || (a === major && b >= minor);
}

/** Whether the terminal described by `env` draws OSC 8 links. */
export function hyperlinksSupported(env: Env): boolean {
	for (const name of ['CVM_TUTOR_HYPERLINKS', 'FORCE_HYPERLINK']) {
		const value = env[name];
		if (value !== undefined && value !== '') return value !== '0' && value !== 'false';
	}
	if (env.TERM === 'dumb' || env.CI) return false;
	// Multiplexers pass OSC 8 on only when set up to: off unless forced.
	if (env.TMUX || env.STY || env.TERM_PROGRAM === 'tmux' || env.TERM?.startsWith('screen')) return false;
	if (env.WT_SESSION || env.DOMTERM || env.KONSOLE_VERSION) return true;
	if (Number(env.VTE_VERSION ?? 0) >= 5000) return true;
	switch (env.TERM_PROGRAM) {
		case 'iTerm.app':
			return atLeast(env.TERM_PROGRAM_VERSION, 3, 1);
		case 'WezTerm':
		case 'ghostty':
			return true;
		case 'vscode':
			return atLeast(env.TERM_PROGRAM_VERSION, 1, 72);
	}
	return ['xterm-kitty', 'xterm-ghostty', 'foot', 'foot-extra', 'alacritty', 'wezterm'].includes(env.TERM ?? '');
}

/** `text` as a link to `url`; `id` groups several rows of one address into one link. Plain text for an odd URL. */
export function osc8(url: string, text: string, id?: string): string {
	if (!/^[\x21-\x7e]+$/.test(url)) return text;
	return `\u001B]8;${id ? `id=${id}` : ''};${url}\u0007${text}\u001B]8;;\u0007`;
}
