// The one width function: how many terminal columns a string takes. It replaces the `string-width` that Ink and
// its helpers import (see esbuild.config.mjs), and src/core/wrap.ts measures with it, so what we wrap and what Ink
// lays out agree to the column (a CJK character is two). string-width tests every
// non-ASCII character against /^\p{RGI_Emoji}$/v, and V8 compiles that regular expression on first use: 23 ms,
// measured, which was most of what our first frame cost over an Ink hello-world (whose text is plain ASCII).
// The characters this app draws (❯ █ ░ · → ✔ ✘, box drawing, Latin-1, CJK) are never emoji sequences on their
// own, so their width is their East Asian Width. Anything else, and any string holding a joiner or a
// variation selector, goes to the real string-width. test/core/width.test.ts checks every code point
// of the fast ranges against the real function.
import { eastAsianWidth } from 'get-east-asian-width';
// A relative path, so the build's alias for the bare name `string-width` does not point this import back here.
import realStringWidth from '../../node_modules/string-width/index.js';
import stripAnsi from 'strip-ansi';

interface Options {
	ambiguousIsNarrow?: boolean;
	countAnsiEscapeCodes?: boolean;
}

/** Code points whose width the fast path knows: single, non-combining, never part of an emoji on their own. */
export function isFastCodePoint(cp: number): boolean {
	return (
		(cp >= 0xa1 && cp <= 0xff && cp !== 0xad) ||
		(cp >= 0x2010 && cp <= 0x2027) ||
		(cp >= 0x2030 && cp <= 0x205e) ||
		(cp >= 0x2190 && cp <= 0x22ff) ||
		(cp >= 0x2500 && cp <= 0x27bf) ||
		// CJK punctuation (、。「」『』【】〈〉), not the combining tone marks 302A-302F.
		(cp >= 0x3000 && cp <= 0x3029) ||
		(cp >= 0x3030 && cp <= 0x303e) ||
		(cp >= 0x3041 && cp <= 0x3096) ||
		(cp >= 0x30a1 && cp <= 0x30fa) ||
		(cp >= 0x3400 && cp <= 0x4dbf) ||
		(cp >= 0x4e00 && cp <= 0x9fff) ||
		(cp >= 0xff01 && cp <= 0xff60)
	);
}

function fastWidth(text: string, ambiguousAsWide: boolean): number | undefined {
	let width = 0;
	for (let i = 0; i < text.length; i++) {
		const cp = text.charCodeAt(i);
		if (cp >= 0x20 && cp < 0x7f) width += 1;
		else if (isFastCodePoint(cp)) width += eastAsianWidth(cp, { ambiguousAsWide });
		else return undefined;
	}
	return width;
}

export default function stringWidth(text: string, options: Options = {}): number {
	if (typeof text !== 'string' || text.length === 0) return 0;
	if (options.countAnsiEscapeCodes) return realStringWidth(text, options);
	const plain = text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text;
	return fastWidth(plain, options.ambiguousIsNarrow === false) ?? realStringWidth(text, options);
}
