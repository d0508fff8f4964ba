// Splitting terminal input into keypresses: pure, so it is tested with plain strings.

/**
 * The keys in one input event from Ink. Ink already cuts escape sequences (arrows, Esc, Alt+x) out of a
 * chunk, one per event; a run of plain characters comes whole ("jjj", "b\r"), and is split here into
 * characters (whole code points, so an emoji stays one key); CRLF counts as one Enter.
 */
export function splitKeys(input: string): string[] {
	if (input.startsWith('\u001B') || input.length <= 1) return [input];
	// A pasted Windows line ending is one line break: a terminal sends CR for Enter, never CR and LF together.
	return Array.from(input.replaceAll('\r\n', '\r'));
}
