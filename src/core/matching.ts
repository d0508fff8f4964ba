// Pairing rows of a matching question. When the question pairs each right-hand option with at most one row (every
// bundled question does), an option is used once: picking it for a row takes it from the row that had it, and the
// arrow keys step over options other rows hold. Scoring is per row either way, so the two agree.
import type { MatchingQuestion } from './schema.js';

export type Pairs = Readonly<Record<string, string>>;

/** Whether each option pairs at most one row in the question's own answer. */
export function optionsUsedOnce(question: MatchingQuestion): boolean {
	const used = Object.values(question.answer);
	return new Set(used).size === used.length;
}

/** Pairs row `left` with `option`; `movedFrom` names the row that lost the option, if one did. */
export function pairOption(question: MatchingQuestion, pairs: Pairs, left: string, option: string): { pairs: Pairs; movedFrom?: string } {
	const holder = optionsUsedOnce(question) ? Object.keys(pairs).find((row) => row !== left && pairs[row] === option) : undefined;
	const next: Record<string, string> = { ...pairs, [left]: option };
	if (!holder) return { pairs: next };
	delete next[holder];
	return { pairs: next, movedFrom: holder };
}

/** The option after (or before) the row's current one, skipping options other rows hold when each is used once. */
export function stepOption(question: MatchingQuestion, options: readonly string[], pairs: Pairs, left: string, delta: 1 | -1): string | undefined {
	const once = optionsUsedOnce(question);
	const taken = new Set(Object.entries(pairs).flatMap(([row, option]) => (row !== left ? [option] : [])));
	const at = options.indexOf(pairs[left] ?? '');
	for (let step = 1; step <= options.length; step++) {
		// From no pick (-1), → starts at the first option and ← at the last.
		const index = (((at === -1 && delta === -1 ? 0 : at) + delta * step) % options.length + options.length) % options.length;
		const option = options[index] as string;
		if (!once || !taken.has(option)) return option;
	}
	return undefined;
}
