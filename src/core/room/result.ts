// Result codes: one attendee's answers to a room, as one chat-safe line ("CVMR-…") with a CRC-16.
import { t } from '../i18n/messages.js';
import type { QuizItem } from '../quiz.js';
import { hashSeed } from '../rng.js';
import type { Response } from '../scoring.js';
import { ALPHABET, BitReader, bitsFor, BitWriter, crc16, OutOfBitsError, packBits, symbolValue } from './bits.js';
import { encodeRoomCode, type RoomSpec } from './code.js';

export interface RoomAnswer {
	questionId: string;
	/** null: time ran out. */
	response: Response | null;
	/** Whole seconds taken, 0..spec.seconds (clamped when encoded); the full time for an unanswered question. */
	seconds: number;
}

export interface RoomResult {
	attendee: string;
	/** Only when the room allows names and the attendee gave one. */
	name?: string;
	/** In the room's question order, one per question. */
	answers: RoomAnswer[];
}

export type ResultCodeDecode = { ok: true; result: RoomResult } | { ok: false; why: 'damaged' | 'other-room' | 'malformed'; message: string };

export const RESULT_PREFIX = 'CVMR-';
const RESULT_FORMAT = 1;
/** Attendee ids are this many base32 characters (40 bits). */
export const ATTENDEE_LENGTH = 8;
export const NAME_MAX_CHARS = 24;
/** Typed answers are kept to this many characters. */
export const TYPED_MAX_CHARS = 60;
const NAME_MAX_BYTES = 63;

/** A random attendee id from a source of numbers in [0, 1) (Math.random at the edge, a fixed one in tests). */
export function newAttendeeId(random: () => number): string {
	return Array.from({ length: ATTENDEE_LENGTH }, () => ALPHABET[Math.floor(random() * 32)]).join('');
}

// Control, format (bidi and zero-width included), private-use and separator characters other than a space.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** A name as it may travel: printable characters only, spaces collapsed, at most 24 characters and 63 UTF-8 bytes. */
export function sanitizeName(name: string): string {
	let chars = [...name.replace(UNPRINTABLE, '').replace(/\s+/g, ' ').trim()].slice(0, NAME_MAX_CHARS);
	while (new TextEncoder().encode(chars.join('')).length > NAME_MAX_BYTES) chars = chars.slice(0, -1);
	return chars.join('').trim();
}

/** A typed answer as a code carries it: its first 60 characters. */
export function capTyped(text: string): string {
	return [...text].slice(0, TYPED_MAX_CHARS).join('');
}

/** 20 bits that tell one room's codes from another's. */
function roomHash(spec: RoomSpec): number {
	return hashSeed(encodeRoomCode(spec)) >>> 12;
}

function indexOf(ids: readonly string[], id: string, what: string): number {
	const index = ids.indexOf(id);
	if (index === -1) throw new RangeError(`"${id}" is not ${what}`);
	return index;
}

function writeResponse(bits: BitWriter, item: QuizItem, response: Response): void {
	const question = item.question;
	if (question.type !== response.type) throw new RangeError(`a ${response.type} response cannot answer ${question.type} question "${question.id}"`);
	switch (response.type) {
		case 'single': {
			if (question.type !== 'single') return;
			const ids = question.choices.map((c) => c.id);
			bits.write(indexOf(ids, response.choiceId, `a choice of ${question.id}`), bitsFor(ids.length - 1));
			return;
		}
		case 'multiple': {
			if (question.type !== 'multiple') return;
			const picked = new Set(response.choiceIds);
			for (const choice of question.choices) bits.write(picked.has(choice.id) ? 1 : 0, 1);
			return;
		}
		case 'true-false':
			bits.write(response.value ? 1 : 0, 1);
			return;
		case 'ordering': {
			if (question.type !== 'ordering') return;
			// Lehmer code: each item's index among the items not placed yet, in the lesson's item order.
			const left = question.items.map((i) => i.id);
			if (response.order.length !== left.length) throw new RangeError(`an ordering of ${question.id} must place all ${left.length} items`);
			for (const id of response.order.slice(0, -1)) {
				const index = indexOf(left, id, `an unplaced item of ${question.id}`);
				bits.write(index, bitsFor(left.length - 1));
				left.splice(index, 1);
			}
			return;
		}
		case 'matching': {
			if (question.type !== 'matching') return;
			const right = question.right.map((i) => i.id);
			for (const { id } of question.left) {
				const picked = response.pairs[id];
				bits.write(picked === undefined ? right.length : indexOf(right, picked, `a right-hand item of ${question.id}`), bitsFor(right.length));
			}
			return;
		}
		case 'typed': {
			const bytes = new TextEncoder().encode(capTyped(response.text));
			bits.write(bytes.length, 8).bytes(bytes);
			return;
		}
		case 'explain':
			throw new RangeError('explain questions are not asked in a room');
	}
}

/**
 * Layout, most significant bit first: CRC-16 of everything after it | format 3 | room hash 20 | attendee 40 |
 * answers 6 | has name 1 (+ UTF-8 byte length 6, bytes) | per question in room order: answered 1, then
 * seconds (bits for 0..spec.seconds) and the response: single: choice index; multiple: one bit per choice;
 * true-false: 1 bit; ordering: Lehmer code; matching: per left item the right index (or "none"); typed: UTF-8
 * byte length 8 and the bytes. Indices are into the question's own order in the lesson, not the display order.
 */
export function encodeResultCode(input: { spec: RoomSpec; attendee: string; name?: string; answers: readonly RoomAnswer[] }, items: readonly QuizItem[]): string {
	const { spec } = input;
	const attendee = input.attendee.toUpperCase();
	if (attendee.length !== ATTENDEE_LENGTH || [...attendee].some((char) => !ALPHABET.includes(char))) throw new RangeError(`attendee id "${input.attendee}" is not ${ATTENDEE_LENGTH} base32 characters`);
	const bits = new BitWriter().write(RESULT_FORMAT, 3).write(roomHash(spec), 20);
	for (const char of attendee) bits.write(ALPHABET.indexOf(char), 5);
	bits.write(items.length, 6);
	const name = spec.names && input.name ? new TextEncoder().encode(sanitizeName(input.name)) : new Uint8Array();
	bits.write(name.length > 0 ? 1 : 0, 1);
	if (name.length > 0) bits.write(name.length, 6).bytes(name);
	const byId = new Map(input.answers.map((answer) => [answer.questionId, answer]));
	const secondsBits = bitsFor(spec.seconds);
	for (const item of items) {
		const answer = byId.get(item.question.id);
		if (!answer?.response) {
			bits.write(0, 1);
			continue;
		}
		bits.write(1, 1).write(Math.min(spec.seconds, Math.max(0, Math.round(answer.seconds))), secondsBits);
		writeResponse(bits, item, answer.response);
	}
	// The CRC covers the payload exactly as the reader will see it after the CRC: padded to whole characters.
	const payload = [...bits.list, ...Array<number>((5 - ((16 + bits.length) % 5)) % 5).fill(0)];
	const withCrc = new BitWriter().write(crc16(packBits(payload)), 16);
	for (const bit of payload) withCrc.write(bit, 1);
	return RESULT_PREFIX + withCrc.symbols().map((value) => ALPHABET[value]).join('');
}

class MalformedError extends Error {}

function readResponse(bits: BitReader, item: QuizItem): Response {
	const question = item.question;
	const words = t().cli.resultCode;
	const fail = (what: string) => new MalformedError(words.answer(question.id, what));
	switch (question.type) {
		case 'single': {
			const choice = question.choices[bits.read(bitsFor(question.choices.length - 1))];
			if (!choice) throw fail(words.noSuchChoice);
			return { type: 'single', choiceId: choice.id };
		}
		case 'multiple':
			return { type: 'multiple', choiceIds: question.choices.filter(() => bits.read(1) === 1).map((c) => c.id) };
		case 'true-false':
			return { type: 'true-false', value: bits.read(1) === 1 };
		case 'ordering': {
			const left = question.items.map((i) => i.id);
			const order: string[] = [];
			while (left.length > 1) {
				const index = bits.read(bitsFor(left.length - 1));
				if (index >= left.length) throw fail(words.noSuchItem);
				order.push(...left.splice(index, 1));
			}
			return { type: 'ordering', order: [...order, ...left] };
		}
		case 'matching': {
			const pairs: Record<string, string> = {};
			for (const { id } of question.left) {
				const index = bits.read(bitsFor(question.right.length));
				if (index > question.right.length) throw fail(words.noSuchPair);
				const right = question.right[index];
				if (right) pairs[id] = right.id;
			}
			return { type: 'matching', pairs };
		}
		case 'typed': {
			const length = bits.read(8);
			let text: string;
			try {
				text = new TextDecoder('utf-8', { fatal: true }).decode(bits.bytes(length));
			} catch (error) {
				if (error instanceof OutOfBitsError) throw error;
				throw fail(words.notUtf8);
			}
			return { type: 'typed', text };
		}
		case 'explain':
			throw fail(words.explain);
	}
}

/** Reads one result code (with or without "CVMR-", any case) against the room it should belong to. */
export function decodeResultCode(text: string, spec: RoomSpec, items: readonly QuizItem[]): ResultCodeDecode {
	const body = text.trim().replace(/^CVMR-/i, '');
	const words = t().cli.resultCode;
	const damaged = (why: string): ResultCodeDecode => ({ ok: false, why: 'damaged', message: words.damaged(why) });
	const symbols: number[] = [];
	for (const [i, char] of [...body].entries()) {
		const value = symbolValue(char);
		if (value === undefined) return damaged(words.badCharacter(i + 1, char));
		symbols.push(value);
	}
	const reader = new BitReader(symbols);
	if (reader.bits.length < 16 + 3 + 20) return damaged(words.tooShort);
	const crc = reader.read(16);
	if (crc16(packBits(reader.bits.slice(16))) !== crc) return damaged(words.checksum);
	try {
		const format = reader.read(3);
		if (format !== RESULT_FORMAT) return { ok: false, why: 'malformed', message: words.otherFormat(format) };
		if (reader.read(20) !== roomHash(spec)) return { ok: false, why: 'other-room', message: words.otherRoom };
		const attendee = Array.from({ length: ATTENDEE_LENGTH }, () => ALPHABET[reader.read(5)]).join('');
		const count = reader.read(6);
		if (count !== items.length) return { ok: false, why: 'malformed', message: words.count(count, items.length) };
		let name: string | undefined;
		if (reader.read(1) === 1) {
			const bytes = reader.bytes(reader.read(6));
			name = sanitizeName(new TextDecoder('utf-8').decode(bytes));
		}
		const answers = items.map((item): RoomAnswer => {
			if (reader.read(1) === 0) return { questionId: item.question.id, response: null, seconds: spec.seconds };
			const seconds = reader.read(bitsFor(spec.seconds));
			return { questionId: item.question.id, response: readResponse(reader, item), seconds };
		});
		if (reader.left >= 5) return { ok: false, why: 'malformed', message: words.tooLong };
		return { ok: true, result: { attendee, ...(spec.names && name ? { name } : {}), answers } };
	} catch (error) {
		if (error instanceof OutOfBitsError) return { ok: false, why: 'malformed', message: words.cutShort };
		if (error instanceof MalformedError) return { ok: false, why: 'malformed', message: error.message };
		throw error;
	}
}

/** Every result code in a pasted chat log, in order, wherever it sits (quotes, backticks, names, times around it). */
export function findResultCodes(text: string): string[] {
	return locateResultCodes(text).map((found) => found.code);
}

/** The same, with where each code starts in `text`. */
export function locateResultCodes(text: string): Array<{ code: string; index: number }> {
	return [...text.matchAll(/(?<![0-9A-Za-z])CVMR-[0-9A-HJKMNP-TV-Z]+/gi)].map((match) => ({ code: match[0].toUpperCase(), index: match.index }));
}
