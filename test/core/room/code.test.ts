import { describe, expect, it } from 'vitest';
import { ALPHABET } from '../../../src/core/room/bits.js';
import { decodeRoomCode, encodeRoomCode, ROOM_TYPES, type RoomSpec } from '../../../src/core/room/code.js';

const base: RoomSpec = { version: '0.1.0', structure: 'a3f', chapters: [2, 3], count: 8, seconds: 30, types: ['single', 'multiple'], names: false, seed: 12345 };

const specs: RoomSpec[] = [
	base,
	{ ...base, chapters: 'all', types: [...ROOM_TYPES], names: true, seed: 0 },
	{ version: '3.63.63', structure: 'fff', chapters: [0, 11], count: 40, seconds: 300, types: ['typed'], names: true, seed: 0xffff },
	{ version: '0.0.0', structure: '000', chapters: [0], count: 1, seconds: 10, types: ['true-false', 'ordering', 'matching'], names: false, seed: 1 },
];

const ok = (text: string) => {
	const decoded = decodeRoomCode(text);
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded;
};

describe('room codes', () => {
	it('round-trip every field, and look like CVM-XXXX-XXXX-XXXX-XXXX', () => {
		for (const spec of specs) {
			const code = encodeRoomCode(spec);
			expect(code).toMatch(/^CVM-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
			const decoded = ok(code);
			expect(decoded.spec).toEqual(spec);
			expect(decoded.code).toBe(code);
		}
	});

	it('carry only a prefix of the structure digest, and read "no types" as every closed type', () => {
		const decoded = ok(encodeRoomCode({ ...base, structure: 'a3f09c12', types: [] }));
		expect(decoded.spec.structure).toBe('a3f');
		expect(decoded.spec.types).toEqual([...ROOM_TYPES]);
	});

	it('read lower case, spaces, missing dashes or prefix, O as 0 and I/L as 1', () => {
		const code = encodeRoomCode(base);
		const body = code.slice(4).replace(/-/g, '');
		const variants = [code.toLowerCase(), ` ${code.replace(/-/g, ' ')} `, body, `cvm${body}`, `\`${code}\`.`];
		const withOne = encodeRoomCode({ ...base, seed: 12346 });
		for (const text of variants) expect(ok(text).code).toBe(code);
		for (const seed of Array.from({ length: 200 }, (_, i) => i)) {
			const other = encodeRoomCode({ ...base, seed });
			const typed = other.replace(/0/g, 'O').replace(/1/g, (_, i: number) => (i % 2 ? 'I' : 'l'));
			expect(ok(typed).code).toBe(other);
		}
		expect(withOne).not.toBe(code);
	});

	it('detect EVERY single-character substitution and EVERY adjacent transposition (exhaustive over a few codes)', () => {
		let tried = 0;
		for (const spec of specs) {
			const code = encodeRoomCode(spec);
			const chars = [...code.slice(4).replace(/-/g, '')];
			for (let i = 0; i < chars.length; i++) {
				for (const replacement of ALPHABET) {
					if (replacement === chars[i]) continue;
					const typo = [...chars];
					typo[i] = replacement;
					expect(decodeRoomCode(`CVM-${typo.join('')}`).ok, `${code} with ${replacement} at ${i + 1}`).toBe(false);
					tried++;
				}
				if (i + 1 < chars.length && chars[i] !== chars[i + 1]) {
					const swapped = [...chars];
					[swapped[i], swapped[i + 1]] = [chars[i + 1] as string, chars[i] as string];
					expect(decodeRoomCode(`CVM-${swapped.join('')}`).ok, `${code} swapped at ${i + 1}`).toBe(false);
					tried++;
				}
			}
		}
		expect(tried).toBeGreaterThan(specs.length * 16 * 31);
	});

	it('a mistyped character gets the check message (or, in the first place, may read as a newer format)', () => {
		const code = encodeRoomCode(base);
		const typo = `${code.slice(0, 9)}${code[9] === 'X' ? 'Y' : 'X'}${code.slice(10)}`;
		expect(decodeRoomCode(typo)).toEqual({ ok: false, message: 'the check character does not match: a character was mistyped; ask the trainer to paste the code again' });
	});

	it('says what is wrong: length, a character, a newer format, empty', () => {
		const code = encodeRoomCode(base);
		expect(decodeRoomCode(code.slice(0, -2))).toEqual({ ok: false, message: 'CVM-… has 14 characters after CVM-, a room code has 16: check you copied all of it' });
		expect(decodeRoomCode(`${code}7`)).toMatchObject({ ok: false, message: expect.stringContaining('has 17 characters after CVM-, a room code has 16: check for extra characters') });
		expect(decodeRoomCode(`${code.slice(0, 10)}U${code.slice(11)}`)).toEqual({ ok: false, message: "character 6 ('U') cannot be in a room code (it uses digits and letters but U): check that character" });
		expect(decodeRoomCode('CVM-')).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
		// Format 2 sits in the top bits of the first character: G..Z.
		// Another length and a later format: a newer cvm-tutor's code, or junk; the message says both.
		expect(decodeRoomCode('CVM-G000-0000-0000-0000-0000')).toMatchObject({ ok: false, message: expect.stringMatching(/has 20 characters after CVM-, a room code has 16: check for extra characters \(or, if the trainer runs a newer cvm-tutor, use npx cvm-tutor@latest\)/) });
		expect(decodeRoomCode('CVM-XXXX')).toMatchObject({ ok: false, message: expect.stringMatching(/^CVM-… has 4 characters after CVM-, a room code has 16: check you copied all of it/) });
	});

	it('refuses a spec no code can hold (a bug in the caller)', () => {
		expect(() => encodeRoomCode({ ...base, count: 41 })).toThrow(RangeError);
		expect(() => encodeRoomCode({ ...base, seconds: 33 })).toThrow(RangeError);
		expect(() => encodeRoomCode({ ...base, chapters: [12] })).toThrow(RangeError);
		expect(() => encodeRoomCode({ ...base, seed: 0x10000 })).toThrow(RangeError);
		expect(() => encodeRoomCode({ ...base, version: '0.64.0' })).toThrow(RangeError);
	});
});
