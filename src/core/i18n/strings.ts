// What in a chapter is text for the learner to read, by JSON path: the list a translation covers, that
// `validate --locale` checks, and that a translator is given. Ids, commands, addresses, diagrams' art and source
// titles (citations of English pages) are not in it.
import { formatPath } from '../bank.js';
import type { Chapter } from '../schema.js';
import { type Locale, type LocalizedText, localize } from '../text.js';

export interface TranslatableString {
	/** Where it is, as validate.ts names places: `questions[3].choices[1].feedback`. */
	path: string;
	/** Its English text. */
	en: string;
	/** Its value in the file: a plain string, or the map of locales it already is. */
	value: LocalizedText;
}

type Path = Array<string | number>;

export function translatableStrings(chapter: Chapter): TranslatableString[] {
	const out: TranslatableString[] = [];
	const add = (value: LocalizedText | undefined, path: Path) => {
		if (value !== undefined) out.push({ path: formatPath(path), en: localize(value), value });
	};
	const addAll = (values: readonly LocalizedText[] | undefined, path: Path) => values?.forEach((value, i) => add(value, [...path, i]));
	add(chapter.title, ['title']);
	add(chapter.summary, ['summary']);
	chapter.pages.forEach((page, p) => {
		const at: Path = ['pages', p];
		add(page.title, [...at, 'title']);
		addAll(page.body, [...at, 'body']);
		add(page.diagram?.caption, [...at, 'diagram', 'caption']);
		add(page.diagram?.alt, [...at, 'diagram', 'alt']);
		addAll(page.keyPoints, [...at, 'keyPoints']);
	});
	chapter.questions.forEach((question, q) => {
		const at: Path = ['questions', q];
		add(question.prompt, [...at, 'prompt']);
		addAll(question.hints, [...at, 'hints']);
		switch (question.type) {
			case 'single':
			case 'multiple':
				question.choices.forEach((choice, c) => {
					add(choice.text, [...at, 'choices', c, 'text']);
					add(choice.feedback, [...at, 'choices', c, 'feedback']);
				});
				break;
			case 'true-false':
				add(question.wrongFeedback, [...at, 'wrongFeedback']);
				break;
			case 'ordering':
				question.items.forEach((item, i) => add(item.text, [...at, 'items', i, 'text']));
				question.traps.forEach((trap, t) => add(trap.feedback, [...at, 'traps', t, 'feedback']));
				break;
			case 'matching':
				question.left.forEach((item, i) => add(item.text, [...at, 'left', i, 'text']));
				question.right.forEach((item, i) => add(item.text, [...at, 'right', i, 'text']));
				question.traps.forEach((trap, t) => add(trap.feedback, [...at, 'traps', t, 'feedback']));
				break;
			case 'typed':
				question.nearMisses.forEach((miss, m) => add(miss.feedback, [...at, 'nearMisses', m, 'feedback']));
				break;
			case 'explain':
				add(question.modelAnswer, [...at, 'modelAnswer']);
				question.keyPoints.forEach((point, k) => add(point.text, [...at, 'keyPoints', k, 'text']));
				break;
		}
		add(question.explanation, [...at, 'explanation']);
	});
	chapter.walks?.forEach((walk, w) => {
		const at: Path = ['walks', w];
		add(walk.title, [...at, 'title']);
		add(walk.summary, [...at, 'summary']);
		add(walk.alt, [...at, 'alt']);
		walk.hops.forEach((hop, h) => {
			add(hop.label, [...at, 'hops', h, 'label']);
			add(hop.actor, [...at, 'hops', h, 'actor']);
		});
		walk.distractors.forEach((distractor, d) => {
			add(distractor.label, [...at, 'distractors', d, 'label']);
			add(distractor.feedback, [...at, 'distractors', d, 'feedback']);
		});
	});
	return out;
}

/** What must come through a translation unchanged: `code` spans and numbers (1,024 is 1024). */
export function untouchables(text: string): string[] {
	const code = [...text.matchAll(/`[^`]+`/g)].map((m) => m[0]);
	const rest = text.replace(/`[^`]+`/g, ' ');
	const numbers = [...rest.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/,/g, ''));
	return [...code, ...numbers];
}

/**
 * Where a chapter's translation into `locale` is missing or empty, or lost a `code` span or a number of the
 * English: what `cvm-tutor validate --locale` reports, by JSON path.
 */
export function translationProblems(chapter: Chapter, locale: Exclude<Locale, 'en'>): Array<{ at: string; message: string }> {
	const problems: Array<{ at: string; message: string }> = [];
	for (const { path, en, value } of translatableStrings(chapter)) {
		const text = typeof value === 'string' ? undefined : value[locale];
		if (text === undefined || !text.trim()) {
			problems.push({ at: path, message: `has no ${locale} text` });
			continue;
		}
		const kept = untouchables(text);
		const lost = untouchables(en).filter((token) => !kept.includes(token));
		if (lost.length) problems.push({ at: `${path}.${locale}`, message: `loses ${lost.map((token) => (token.startsWith('`') ? token : `"${token}"`)).join(', ')} of the English (code and numbers stay as they are)` });
	}
	return problems;
}
