// Command-line option values read as numbers: the one reader for --count, --port, --max and the like.

/** A whole number from an option's text, within a range; undefined when it is not one. */
export function wholeNumber(text: string, min: number, max: number): number | undefined {
	if (!/^\d+$/.test(text.trim())) return undefined;
	const n = Number(text);
	return n >= min && n <= max ? n : undefined;
}
