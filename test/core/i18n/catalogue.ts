// Reading a UI catalogue in tests: its leaves by dotted path, and what each says (a function, for its samples).
export type Leaf = string | readonly string[] | ((...args: never[]) => string);
export type Entry = Leaf | { [key: string]: Entry };

/** Every leaf of a catalogue namespace, by dotted path. */
export function leaves(entry: Entry, path = ''): Array<[string, Leaf]> {
	if (typeof entry === 'string' || typeof entry === 'function' || Array.isArray(entry)) return [[path, entry as Leaf]];
	return Object.entries(entry).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

/** What an entry says: a string itself, each string of a list, a function for each of its samples. */
export function textsWith(samples: Readonly<Record<string, unknown[][]>>): (path: string, entry: Leaf) => string[] {
	return (path, entry) => {
		if (typeof entry === 'string') return [entry];
		if (Array.isArray(entry)) return [...entry];
		return (samples[path] ?? []).map((args) => (entry as (...values: unknown[]) => string)(...args));
	};
}

/** Function entries of the English with no samples, and samples for entries that are not functions. */
export function sampleGaps(english: ReadonlyMap<string, Leaf>, samples: Readonly<Record<string, unknown[][]>>): string[] {
	const functions = [...english].filter(([, entry]) => typeof entry === 'function').map(([path]) => path);
	return [...functions.filter((path) => !samples[path]).map((path) => `${path}: no samples`), ...Object.keys(samples).filter((path) => !functions.includes(path)).map((path) => `${path}: not a function entry`)];
}

/**
 * How a translated catalogue differs in shape from the English: entries missing or extra, of another kind, or
 * saying nothing (an empty text, or a list with no item: one may be empty in English, never in Chinese).
 */
export function shapeGaps(translated: ReadonlyMap<string, Leaf>, english: ReadonlyMap<string, Leaf>, texts: (path: string, entry: Leaf) => string[]): string[] {
	const gaps = [...english.keys()].filter((path) => !translated.has(path)).map((path) => `${path}: missing`);
	for (const [path, entry] of translated) {
		if (!english.has(path)) gaps.push(`${path}: not in the English`);
		else if (typeof entry !== typeof english.get(path)) gaps.push(`${path}: a ${typeof entry}, the English a ${typeof english.get(path)}`);
		const said = texts(path, entry);
		if (said.length === 0 || said.some((text) => typeof text !== 'string' || !text.trim())) gaps.push(`${path}: says nothing`);
	}
	return gaps;
}
