// The live room's guards that are rules, not sockets: how many wrong join codes an address may try, and how an
// attendee reads HOST:PORT. The network edge (src/net) asks these and does what they say.
import { t } from '../../i18n/messages.js';

/** Wrong join codes an address may send within WRONG_CODE_WINDOW_MS before it must wait. */
export const WRONG_CODES_ALLOWED = 5;
export const WRONG_CODE_WINDOW_MS = 60_000;
/** Addresses remembered at once; the oldest are forgotten first (a flood of spoofed sources cannot grow memory). */
const ADDRESSES_KEPT = 10_000;

/**
 * Wrong join codes per address over a sliding window. Only failures count: a room of 300 laptops behind one
 * address (a NAT) joins freely, while a guesser gets WRONG_CODES_ALLOWED tries a minute: against the 2^55 join
 * codes, even every address of a /16 guessing at once (5,461 tries a second) needs about 100,000 years on average.
 */
export class WrongCodeLimiter {
	private readonly failures = new Map<string, number[]>();

	constructor(
		private readonly allowed = WRONG_CODES_ALLOWED,
		private readonly windowMs = WRONG_CODE_WINDOW_MS,
	) {}

	/** 0 when `address` may try a code now; else how many ms until it may. */
	waitMs(address: string, now: number): number {
		const recent = this.recent(address, now);
		if (recent.length < this.allowed) return 0;
		return (recent[recent.length - this.allowed] as number) + this.windowMs - now;
	}

	/** Counts one wrong code from `address`. */
	fail(address: string, now: number): void {
		const recent = this.recent(address, now);
		recent.push(now);
		this.failures.delete(address);
		this.failures.set(address, recent.slice(-this.allowed));
		if (this.failures.size > ADDRESSES_KEPT) this.failures.delete(this.failures.keys().next().value as string);
	}

	private recent(address: string, now: number): number[] {
		return (this.failures.get(address) ?? []).filter((at) => now - at < this.windowMs);
	}
}

export type HostPort = { ok: true; host: string; port: number; label: string } | { ok: false; message: string };

/**
 * "192.168.1.23:7420", "trainer.local:7420" or "[fe80::1]:7420", as the host's lobby shows it. `host` is what a
 * connection takes (IPv6 without brackets); `label` is the text as it should be shown again.
 */
export function parseHostPort(text: string): HostPort {
	const given = text.trim();
	const match = /^(?:\[([0-9A-Fa-f:.%\w]+)\]|([^\s:[\]/]+)):(\d{1,5})$/.exec(given);
	if (!match) return { ok: false, message: t().cli.live.hostPort(given) };
	const port = Number(match[3]);
	if (port < 1 || port > 65535) return { ok: false, message: t().cli.live.port(match[3] as string) };
	const host = (match[1] ?? match[2]) as string;
	return { ok: true, host, port, label: match[1] ? `[${host}]:${port}` : `${host}:${port}` };
}
