// Room codes: everything that decides a room's quiz, in 16 typeable characters with a check character.
import type { QuestionType } from '../schema.js';
import { t } from '../i18n/messages.js';
import { ALPHABET, BitReader, BitWriter, symbolsOf, typedChars } from './bits.js';

/** The closed question types a room can ask, in the order of the code's type bits. */
export const ROOM_TYPES = ['single', 'multiple', 'true-false', 'ordering', 'matching', 'typed'] as const satisfies readonly QuestionType[];
export type RoomQuestionType = (typeof ROOM_TYPES)[number];

export const ROOM_LIMITS = {
	count: { min: 1, max: 40 },
	seconds: { min: 10, max: 300, step: 5 },
	/** Chapters a code can name one by one (indices 0..11 of the bank's chapter order); beyond, only "all". */
	chapters: 12,
	/** The seed is 16 bits. */
	seed: 0xffff,
} as const;

export interface RoomSpec {
	/** The app version that made the room, e.g. "0.1.0" (major 0-3, minor 0-63, patch 0-63 fit in a code). */
	version: string;
	/** The lessons' structureDigest (compose.ts): a code carries its first STRUCTURE_HEX hex digits. */
	structure: string;
	/** Indices into the bank's chapter order, or every chapter. */
	chapters: number[] | 'all';
	count: number;
	/** Per question. */
	seconds: number;
	/** Closed types only; empty or all six both mean every closed type (decoded as all six). */
	types: RoomQuestionType[];
	/** Whether attendees may add a name to their result code. */
	names: boolean;
	seed: number;
}

/** The format this build writes. 2 bits in the code: 1 now, 2 and 3 for later formats (3 also meaning "3 or later"). */
export const ROOM_FORMAT = 1;
/** Hex digits of the structure digest a code carries: 12 bits. */
export const STRUCTURE_HEX = 3;
/** Characters after "CVM-": 15 data characters (75 bits) and one check character. */
export const ROOM_CODE_LENGTH = 16;

/*
 * The 75 data bits, most significant first: format 2 | version major 2, minor 6, patch 6 | structure 12 |
 * chapters 12 (bit i = chapter index i; 0 = all) | count-1 6 | (seconds-10)/5 6 | types 6 (bit i = ROOM_TYPES[i];
 * 0 = all) | names 1 | seed 16.
 *
 * The check: the 16 symbols s_0..s_15 are elements of GF(32) (polynomial x^5 + x^2 + 1), and the check symbol
 * s_15 makes sum(a^(15-i) * s_i) = 0, with a a primitive element. Every weight a^(15-i) is distinct and non-zero,
 * so a substitution (e != 0 at i) changes the sum by a^(15-i)*e != 0, and swapping two different symbols x, y at
 * any two positions i, j changes it by (a^(15-i) - a^(15-j))*(x - y) != 0: a field has no zero divisors. Every
 * single substitution and every transposition (adjacent or not) is therefore detected; other errors slip through
 * 1 time in 32.
 */
const GF_POLY = 0b100101;

function gfMul(a: number, b: number): number {
	let product = 0;
	let x = a;
	for (let y = b; y > 0; y >>= 1) {
		if (y & 1) product ^= x;
		x <<= 1;
		if (x & 0b100000) x ^= GF_POLY;
	}
	return product;
}

/** a^n for the primitive element a = x (2). */
function gfPow(n: number): number {
	let value = 1;
	for (let i = 0; i < n; i++) value = gfMul(value, 2);
	return value;
}

/**
 * sum(a^(length-1-i) * s_i) over GF(32), `length` being the whole code's (data and check symbol). For a whole code
 * it is 0 when the code checks out; for its data alone, it is the check symbol that makes it so. Lengths up to 31
 * keep every weight distinct (a has order 31), which is what catches every substitution and transposition.
 */
function checkSum(symbols: readonly number[], length = symbols.length): number {
	return symbols.reduce((sum, value, i) => sum ^ gfMul(gfPow(length - 1 - i), value), 0);
}

/** The check symbol for `data` (the symbols before it): the same check as a room code's, at any length up to 30. */
export const checkSymbol = (data: readonly number[]): number => checkSum(data, data.length + 1);
/** Whether a whole code (its check symbol last) checks out. */
export const checksOut = (symbols: readonly number[]): boolean => checkSum(symbols) === 0;

function parseVersion(version: string): [number, number, number] {
	const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
	if (!match) throw new RangeError(`version "${version}" is not major.minor.patch`);
	const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (major > 3 || minor > 63 || patch > 63) throw new RangeError(`version ${version} does not fit room code format ${ROOM_FORMAT} (major 0-3, minor and patch 0-63): add a format`);
	return [major, minor, patch];
}

/** The code's groups: "CVM-XXXX-XXXX-XXXX-XXXX". */
function formatSymbols(symbols: readonly number[]): string {
	const text = symbols.map((value) => ALPHABET[value]).join('');
	return `CVM-${text.match(/.{1,4}/g)?.join('-') ?? ''}`;
}

/** Throws a RangeError for a spec no code can hold (a caller's bug: `room new` checks its options first). */
export function encodeRoomCode(spec: RoomSpec): string {
	const [major, minor, patch] = parseVersion(spec.version);
	const structure = spec.structure.slice(0, STRUCTURE_HEX);
	if (!/^[0-9a-f]{3}$/i.test(structure)) throw new RangeError(`structure "${spec.structure}" is not a hex digest`);
	const chapters = spec.chapters === 'all' ? 0 : spec.chapters.reduce((mask, index) => {
		if (!Number.isInteger(index) || index < 0 || index >= ROOM_LIMITS.chapters) throw new RangeError(`chapter index ${index} is not 0-${ROOM_LIMITS.chapters - 1}`);
		return mask | (1 << index);
	}, 0);
	const { count: c, seconds: s } = ROOM_LIMITS;
	if (!Number.isInteger(spec.count) || spec.count < c.min || spec.count > c.max) throw new RangeError(`count ${spec.count} is not ${c.min}-${c.max}`);
	if (!Number.isInteger(spec.seconds) || spec.seconds < s.min || spec.seconds > s.max || spec.seconds % s.step !== 0) throw new RangeError(`seconds ${spec.seconds} is not ${s.min}-${s.max} in steps of ${s.step}`);
	const typeMask = spec.types.reduce((mask, type) => {
		const bit = ROOM_TYPES.indexOf(type);
		if (bit === -1) throw new RangeError(`type "${type}" cannot be asked in a room`);
		return mask | (1 << bit);
	}, 0);
	if (!Number.isInteger(spec.seed) || spec.seed < 0 || spec.seed > ROOM_LIMITS.seed) throw new RangeError(`seed ${spec.seed} is not 0-${ROOM_LIMITS.seed}`);
	const data = new BitWriter()
		.write(ROOM_FORMAT, 2)
		.write(major, 2)
		.write(minor, 6)
		.write(patch, 6)
		.write(Number.parseInt(structure, 16), 12)
		.write(chapters, 12)
		.write(spec.count - 1, 6)
		.write((spec.seconds - s.min) / s.step, 6)
		.write(typeMask === 0b111111 ? 0 : typeMask, 6)
		.write(spec.names ? 1 : 0, 1)
		.write(spec.seed, 16)
		.symbols();
	return formatSymbols([...data, checkSymbol(data)]);
}

export type RoomCodeResult = { ok: true; spec: RoomSpec; code: string } | { ok: false; message: string };

/**
 * Reads a room code as typed or pasted: any case, spaces and dashes anywhere, O read as 0 and I/L as 1, with or
 * without "CVM-". `code` is the canonical form (as encodeRoomCode writes it). Messages say what to do.
 */
export function decodeRoomCode(text: string): RoomCodeResult {
	const say = t().cli.room.code;
	const chars = typedChars(text);
	const hasPrefix = chars.slice(0, 3).join('').toUpperCase() === 'CVM';
	// "CVM" is also three data characters: a code typed without its prefix is read whole.
	const body = hasPrefix && chars.length !== ROOM_CODE_LENGTH ? chars.slice(3) : chars;
	if (body.length === 0) return { ok: false, message: say.empty };
	const read = symbolsOf(body);
	if (!read.ok) return { ok: false, message: say.character(read.position, read.char) };
	const { symbols } = read;
	const format = (symbols[0] as number) >> 3;
	const newer = { ok: false as const, message: say.newer(format) };
	if (body.length !== ROOM_CODE_LENGTH) {
		// A later format may have another length; but so has a code cut short: without a check to go by, say both.
		return { ok: false, message: say.length(body.length, ROOM_CODE_LENGTH, body.length < ROOM_CODE_LENGTH, format > ROOM_FORMAT) };
	}
	if (!checksOut(symbols)) return { ok: false, message: say.check };
	if (format > ROOM_FORMAT) return newer;
	if (format < ROOM_FORMAT) return { ok: false, message: say.format0 };
	const bits = new BitReader(symbols.slice(0, -1));
	bits.read(2);
	const version = `${bits.read(2)}.${bits.read(6)}.${bits.read(6)}`;
	const structure = bits.read(12).toString(16).padStart(STRUCTURE_HEX, '0');
	const chapterMask = bits.read(12);
	const count = bits.read(6) + 1;
	const seconds = bits.read(6) * ROOM_LIMITS.seconds.step + ROOM_LIMITS.seconds.min;
	const typeMask = bits.read(6);
	const names = bits.read(1) === 1;
	const seed = bits.read(16);
	if (count > ROOM_LIMITS.count.max || seconds > ROOM_LIMITS.seconds.max) {
		return { ok: false, message: say.tooMany(count, seconds, ROOM_LIMITS.count.max, ROOM_LIMITS.seconds.max) };
	}
	const chapters = chapterMask === 0 ? 'all' : Array.from({ length: ROOM_LIMITS.chapters }, (_, i) => i).filter((i) => chapterMask & (1 << i));
	const types = ROOM_TYPES.filter((_, i) => typeMask === 0 || typeMask & (1 << i));
	const spec: RoomSpec = { version, structure, chapters, count, seconds, types, names, seed };
	return { ok: true, spec, code: formatSymbols(symbols) };
}
