// Text that reaches the terminal from outside the program (lesson files, file names, the machine whereami
// reads) may carry characters a terminal acts on instead of showing: C0/C1 control characters (ESC starts a
// sequence that can set the window title, clear the screen or plant a link; BEL rings) and bidirectional
// controls (U+202E shows text backwards). The schema rejects them in lessons; everything quoted back to the
// user goes through `escapeForTerminal`, which writes them as JSON-style \u escapes.

/**
 * C0 controls (tab and newline included: lesson text is split into arrays of paragraphs and lines, so it never
 * needs them), DEL, C1 controls, and the Unicode bidi controls: the embeddings and overrides U+202A–U+202E, the
 * isolates U+2066–U+2069, and the invisible marks U+200E, U+200F and U+061C. The marks cannot reorder text on
 * their own, but they are invisible, no lesson language needs them (English, Chinese), and in an id they would
 * make two different ids look the same.
 */
const C0 = '\\u0000-\\u001f';
/** Everything unsafe but C0, which JSON.stringify escapes on its own. */
const BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
export const UNSAFE_CHAR = new RegExp(`[${C0}${BEYOND_C0}]`);
const UNSAFE_GLOBAL = new RegExp(UNSAFE_CHAR.source, 'g');

/** The same set as a JSON Schema `pattern` for a whole string (ECMA-262 syntax, no flags). */
export const SAFE_TEXT_PATTERN = `^[^${UNSAFE_CHAR.source.slice(1, -1)}]*$`;

const hex = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with every unsafe character written as \uXXXX, so it shows as text and does nothing. */
export function escapeForTerminal(text: string): string {
	return text.replace(UNSAFE_GLOBAL, hex);
}

// What JSON.stringify leaves raw inside strings: it escapes C0 itself, and the newlines of `space` must stay.
const UNSAFE_AFTER_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

/** JSON.stringify, with DEL, C1 and bidi controls escaped too (JSON.stringify itself escapes only C0). */
export function safeJson(value: unknown, space?: number): string {
	return JSON.stringify(value, null, space).replace(UNSAFE_AFTER_JSON, hex);
}

/** A copy of a plain JSON-like value with every string (object keys included) passed through escapeForTerminal. */
export function escapeStrings<T>(value: T): T {
	if (typeof value === 'string') return escapeForTerminal(value) as T;
	if (Array.isArray(value)) return value.map(escapeStrings) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, inner]) => [escapeForTerminal(key), escapeStrings(inner)])) as T;
	}
	return value;
}
