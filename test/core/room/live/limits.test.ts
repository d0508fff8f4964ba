// The wrong-code limit per address over a sliding window, HOST:PORT as typed, the reconnect backoff, and the
// event-stream reader's framing and cap.
import { describe, expect, it } from 'vitest';
import { parseHostPort, WrongCodeLimiter } from '../../../../src/core/room/live/limits.js';
import { MESSAGE_MAX_BYTES } from '../../../../src/core/room/live/protocol.js';
import { BACKOFF_MAX_MS, backoffMs, EventStreamReader } from '../../../../src/net/attendee-link.js';

describe('WrongCodeLimiter', () => {
	it('lets an address try 5 wrong codes a minute, then says how long to wait, per address', () => {
		const limiter = new WrongCodeLimiter(5, 60_000);
		for (let i = 0; i < 5; i++) {
			expect(limiter.waitMs('10.0.0.7', 1000 * i)).toBe(0);
			limiter.fail('10.0.0.7', 1000 * i);
		}
		expect(limiter.waitMs('10.0.0.7', 5000)).toBe(55_000);
		expect(limiter.waitMs('10.0.0.8', 5000)).toBe(0);
		// The oldest failure leaves the window: one more try.
		expect(limiter.waitMs('10.0.0.7', 60_000)).toBe(0);
		limiter.fail('10.0.0.7', 60_000);
		expect(limiter.waitMs('10.0.0.7', 60_001)).toBe(999);
	});

	it('forgets the oldest addresses past 10 000, so a flood cannot grow memory', () => {
		const limiter = new WrongCodeLimiter(1, 60_000);
		for (let i = 0; i <= 10_000; i++) limiter.fail(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, 0);
		expect(limiter.waitMs('10.0.0.0', 1)).toBe(0);
		expect(limiter.waitMs('10.0.39.16', 1)).toBeGreaterThan(0);
	});
});

describe('parseHostPort', () => {
	it('reads an IPv4 address, a name and a bracketed IPv6 address with a port', () => {
		expect(parseHostPort(' 192.168.1.23:7420 ')).toEqual({ ok: true, host: '192.168.1.23', port: 7420, label: '192.168.1.23:7420' });
		expect(parseHostPort('trainer.local:80')).toEqual({ ok: true, host: 'trainer.local', port: 80, label: 'trainer.local:80' });
		expect(parseHostPort('[fe80::1]:7420')).toEqual({ ok: true, host: 'fe80::1', port: 7420, label: '[fe80::1]:7420' });
	});

	it('says what is wrong with anything else', () => {
		for (const bad of ['192.168.1.23', '192.168.1.23:', ':7420', 'http://h:1', 'fe80::1:7420', 'a b:1', '']) expect(parseHostPort(bad)).toMatchObject({ ok: false, message: expect.stringContaining('HOST:PORT') });
		expect(parseHostPort('h:70000')).toMatchObject({ ok: false, message: expect.stringContaining('70000') });
		expect(parseHostPort('h:0')).toMatchObject({ ok: false });
	});
});

describe('backoffMs', () => {
	it('doubles from 0.5 s to a 10 s ceiling, jittered between half and all of it', () => {
		expect([0, 1, 2, 3, 4, 5, 30].map((n) => backoffMs(n, () => 1))).toEqual([500, 1000, 2000, 4000, 8000, BACKOFF_MAX_MS, BACKOFF_MAX_MS]);
		expect([0, 1, 5].map((n) => backoffMs(n, () => 0))).toEqual([250, 500, 5000]);
	});
});

describe('EventStreamReader', () => {
	it('gives whole events however the chunks fall, and skips comments', () => {
		const reader = new EventStreamReader();
		expect(reader.push(': ping\n\ndata: {"a"')).toEqual([]);
		expect(reader.push(':1}\n')).toEqual([]);
		expect(reader.push('\ndata:{"b":2}\n\ndata: x\ndata: y\n\n')).toEqual(['{"a":1}', '{"b":2}', 'x\ny']);
	});

	it('ends the stream when an event grows past the message cap', () => {
		const reader = new EventStreamReader();
		expect(reader.push(`data: ${'x'.repeat(MESSAGE_MAX_BYTES)}`)).toEqual([]);
		expect(reader.push('x'.repeat(100))).toBeUndefined();
	});
});
