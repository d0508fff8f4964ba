import { describe, expect, it } from 'vitest';
import { clockFromEnv, systemClock } from '../../src/core/clock.js';

describe('clockFromEnv (CVM_TUTOR_NOW)', () => {
	const real = () => new Date('2026-11-30T12:00:00.000Z');

	it('without it, the real clock', () => {
		expect(clockFromEnv({}, real)).toEqual({ ok: true, clock: real });
		expect(clockFromEnv({ CVM_TUTOR_NOW: '' }, systemClock)).toEqual({ ok: true, clock: systemClock });
	});

	it('starts at the time given and runs on from there', () => {
		let t = Date.parse('2026-11-30T12:00:00.000Z');
		const ticking = () => new Date(t);
		const result = clockFromEnv({ CVM_TUTOR_NOW: '2026-12-02T09:00:00Z' }, ticking);
		if (!result.ok) throw new Error(result.message);
		expect(result.fake).toBe('2026-12-02T09:00:00.000Z');
		expect(result.clock().toISOString()).toBe('2026-12-02T09:00:00.000Z');
		t += 1500;
		expect(result.clock().toISOString()).toBe('2026-12-02T09:00:01.500Z');
	});

	it.each(['2026-12-02', '2026-12-02T09:00', '2026-12-02T09:00:00+01:00', '2026-12-02 09:00:00Z'])('accepts %s', (value) => {
		expect(clockFromEnv({ CVM_TUTOR_NOW: value }, real).ok).toBe(true);
	});

	it.each(['tomorrow', '12/02/2026', '2026-13-45T09:00:00Z', '1733130000', '2026-12-02T25:00:00Z'])('refuses %s, saying what to give', (value) => {
		const result = clockFromEnv({ CVM_TUTOR_NOW: value }, real);
		expect(result).toEqual({ ok: false, message: `CVM_TUTOR_NOW is "${value}", which is not a time. Give an ISO time such as 2026-12-02T09:00:00Z, or unset it to use the real clock.` });
	});
});
