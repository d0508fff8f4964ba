// A fresh seed for a new quiz; everything after that is deterministic (core/rng.ts).
export function newSeed(): number {
	return (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0;
}
