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
