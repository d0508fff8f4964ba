// A live room's join code: the secret an attendee types after HOST:PORT. 11 random Crockford characters (55 bits)
// and a check character, written XXXX-XXXX-XXXX. The check catches a typo on the attendee's own machine, before
// it costs one of the few wrong tries the host allows per address; the 55 bits make guessing hopeless.
import { t } from '../../i18n/messages.js';
import { ALPHABET, symbolsOf, typedChars } from '../bits.js';
import { checkSymbol, checksOut } from '../code.js';

/** Characters in a join code, its check character included. */
export const SECRET_LENGTH = 12;
/** Random bits in a join code: 11 characters of 5 bits. */
export const SECRET_BITS = (SECRET_LENGTH - 1) * 5;

/** A new join code from `random` (crypto bytes at the edge, a seeded source in tests): 0..255 per call. */
export function newSecret(randomByte: () => number): string {
	// 256 is a multiple of 32: the low 5 bits of a uniform byte are uniform.
	const data = Array.from({ length: SECRET_LENGTH - 1 }, () => randomByte() & 31);
	return formatSecret([...data, checkSymbol(data)]);
}

const formatSecret = (symbols: readonly number[]) =>
	symbols
		.map((value) => ALPHABET[value])
		.join('')
		.replace(/(.{4})(?=.)/g, '$1-');

/**
 * A join code as typed or pasted: any case, dashes and spaces anywhere, O read as 0 and I/L as 1. `secret` is the
 * canonical form, the one the host compares. Messages say what to do.
 */
export function parseSecret(text: string): { ok: true; secret: string } | { ok: false; message: string } {
	const say = t().cli.live.secret;
	const chars = typedChars(text);
	if (chars.length === 0) return { ok: false, message: say.empty };
	const read = symbolsOf(chars);
	if (!read.ok) return { ok: false, message: say.character(read.position, read.char) };
	const { symbols } = read;
	if (symbols.length !== SECRET_LENGTH) return { ok: false, message: say.length(symbols.length, SECRET_LENGTH) };
	if (!checksOut(symbols)) return { ok: false, message: say.check };
	return { ok: true, secret: formatSecret(symbols) };
}
