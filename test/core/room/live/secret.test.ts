// The live room's join code: 55 random bits and a check character; read back in any case, with or without
// dashes, and every one-character typo caught on the attendee's machine.
import { describe, expect, it } from 'vitest';
import { ALPHABET } from '../../../../src/core/room/bits.js';
import { newSecret, parseSecret, SECRET_BITS, SECRET_LENGTH } from '../../../../src/core/room/live/secret.js';
import { createRng } from '../../../../src/core/rng.js';

const rng = createRng(5);
const byte = () => Math.floor(rng() * 256);

describe('join codes', () => {
	it('are 12 characters in groups of 4 that read back as themselves, however typed', () => {
		expect(SECRET_BITS).toBe(55);
		for (let n = 0; n < 50; n++) {
			const secret = newSecret(byte);
			expect(secret).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
			expect(parseSecret(secret)).toEqual({ ok: true, secret });
			expect(parseSecret(` ${secret.toLowerCase().replaceAll('-', ' ')}. `)).toEqual({ ok: true, secret });
			expect(parseSecret(secret.replaceAll('0', 'O').replaceAll('1', 'l'))).toEqual({ ok: true, secret });
		}
	});

	it('catch every single substitution and every adjacent swap', () => {
		for (let n = 0; n < 4; n++) {
			const chars = [...newSecret(byte).replaceAll('-', '')];
			for (let i = 0; i < SECRET_LENGTH; i++) {
				for (const other of ALPHABET) {
					if (other === chars[i]) continue;
					const typo = chars.with(i, other).join('');
					expect(parseSecret(typo).ok, typo).toBe(false);
				}
				if (i + 1 < SECRET_LENGTH && chars[i] !== chars[i + 1]) {
					const swapped = chars.with(i, chars[i + 1] as string).with(i + 1, chars[i] as string).join('');
					expect(parseSecret(swapped).ok, swapped).toBe(false);
				}
			}
		}
	});

	it('say what is wrong with one typed badly', () => {
		const why = (text: string) => {
			const parsed = parseSecret(text);
			return parsed.ok ? 'accepted' : parsed.message;
		};
		expect(why('')).toMatch(/empty/);
		expect(why('K7Q2-M9XD-4HTU')).toMatch(/character 12 \('U'\)/);
		expect(why('K7Q2-M9XD')).toMatch(/has 8 characters, it should have 12/);
		const good = newSecret(byte);
		expect(why(good.replace(/.$/, (c) => (c === '0' ? '1' : '0')))).toMatch(/mistyped/);
	});
});
