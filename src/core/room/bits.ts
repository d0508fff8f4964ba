// Crockford base32 and a bit writer/reader: the shared plumbing of room codes and result codes.
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The 5-bit value of one Crockford character, reading O as 0 and I/L as 1, any case; undefined if it is not one. */
export function symbolValue(char: string): number | undefined {
	const upper = char.toUpperCase();
	const normal = upper === 'O' ? '0' : upper === 'I' || upper === 'L' ? '1' : upper;
	const value = ALPHABET.indexOf(normal);
	return value === -1 || normal.length !== 1 ? undefined : value;
}

/** A code's characters as typed or pasted: surrounding quotes and trailing punctuation, spaces and dashes (any kind) dropped. */
export function typedChars(text: string): string[] {
	return [...text.trim().replace(/^["'`]+|["'`.,;:!?]+$/g, '')].filter((char) => !/[\s\-‐‑–—]/.test(char));
}

/** The symbols of `chars`, or the first (1-based) position that is not one. */
export function symbolsOf(chars: readonly string[]): { ok: true; symbols: number[] } | { ok: false; position: number; char: string } {
	const symbols: number[] = [];
	for (const [i, char] of chars.entries()) {
		const value = symbolValue(char);
		if (value === undefined) return { ok: false, position: i + 1, char };
		symbols.push(value);
	}
	return { ok: true, symbols };
}

/** Bits needed to write every whole number from 0 to `max`. */
export function bitsFor(max: number): number {
	let bits = 0;
	while (2 ** bits <= max) bits += 1;
	return bits;
}

export class BitWriter {
	private readonly bits: number[] = [];

	/** Appends `value` in `width` bits, most significant first; throws when it does not fit (a bug in the caller). */
	write(value: number, width: number): this {
		if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) throw new RangeError(`${value} does not fit in ${width} bits`);
		for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
		return this;
	}

	bytes(values: Uint8Array): this {
		for (const byte of values) this.write(byte, 8);
		return this;
	}

	get list(): readonly number[] {
		return this.bits;
	}

	get length(): number {
		return this.bits.length;
	}

	/** The bits so far as base32 symbols (the last one padded with zero bits). */
	symbols(): number[] {
		const out: number[] = [];
		for (let i = 0; i < this.bits.length; i += 5) {
			let value = 0;
			for (let j = 0; j < 5; j++) value = value * 2 + (this.bits[i + j] ?? 0);
			out.push(value);
		}
		return out;
	}

	/** The bits packed into bytes (the last one padded with zero bits), for a checksum. */
	packed(): Uint8Array {
		return packBits(this.bits);
	}
}

export function packBits(bits: readonly number[]): Uint8Array {
	const out = new Uint8Array(Math.ceil(bits.length / 8));
	bits.forEach((bit, i) => {
		if (bit) out[i >> 3] = (out[i >> 3] as number) | (0x80 >> (i & 7));
	});
	return out;
}

/** Thrown when a reader runs past the end: the code is shorter than what it says it holds. */
export class OutOfBitsError extends Error {}

export class BitReader {
	private position = 0;
	readonly bits: number[];

	constructor(symbols: readonly number[]) {
		this.bits = symbols.flatMap((value) => [4, 3, 2, 1, 0].map((shift) => (value >> shift) & 1));
	}

	read(width: number): number {
		if (this.position + width > this.bits.length) throw new OutOfBitsError('the code ends too early');
		let value = 0;
		for (let i = 0; i < width; i++) value = value * 2 + (this.bits[this.position++] as number);
		return value;
	}

	bytes(count: number): Uint8Array {
		const out = new Uint8Array(count);
		for (let i = 0; i < count; i++) out[i] = this.read(8);
		return out;
	}

	/** Bits not read yet. */
	get left(): number {
		return this.bits.length - this.position;
	}
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF): detects every error burst up to 16 bits long. */
export function crc16(bytes: Uint8Array): number {
	let crc = 0xffff;
	for (const byte of bytes) {
		crc ^= byte << 8;
		for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
	}
	return crc;
}
