// The one definition of the lesson format. Types are inferred from it, the loader validates with it,
// and lessons/lesson.schema.json is generated from it (`npm run schema`), so nothing is written twice.
import * as z from 'zod';
import { SAFE_TEXT_PATTERN } from './escape.js';
import { textWidth } from './wrap.js';

// Lessons are parsed once per run: zod's JIT (new Function per object schema) costs more than it saves here.
z.config({ jitless: true });

// No transforms anywhere: a valid file's parsed data equals its JSON, so files validated at build time can be
// used as plain JSON at run time (src/lessons.ts).
// Every string in a lesson is text for a terminal: no control characters, no bidi controls (src/core/escape.ts).
// No message here: validate.ts names the character and where it is.
const SAFE_TEXT = new RegExp(SAFE_TEXT_PATTERN);
const safeString = () => z.string().regex(SAFE_TEXT);

const localeText = safeString().regex(/\S/, 'must not be empty');

export const localizedText = z.union([
	localeText,
	z
		.object({ en: localeText, 'zh-Hant': localeText.optional(), 'zh-Hans': localeText.optional() })
		.strict(),
]);

// Ids key plain objects in the core and in progress files (`results[id]`, `pairs[id]`). Of the names every
// JavaScript object already has, kebab-case lets through only "constructor": refusing it here keeps every such
// lookup sound without an own-property check at each one.
const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, e.g. "shared-kernel"')
	.refine((value) => value !== 'constructor', 'must not be "constructor", a name every JavaScript object already has');

export const DIAGRAM_MAX_WIDTH = 76;

const diagramLine = safeString().refine(
		(line) => [...line].length <= DIAGRAM_MAX_WIDTH,
		`must be at most ${DIAGRAM_MAX_WIDTH} characters wide so it fits an 80-column terminal`,
	);

export const pageSchema = z
	.object({
		id,
		title: localizedText,
		body: z.array(localizedText).min(1, 'needs at least one paragraph'),
		// `alt`: what the picture shows, in words, for a learner who cannot see ASCII art (plain mode, screen readers).
		diagram: z
			.object({ caption: localizedText.optional(), alt: localizedText, lines: z.array(diagramLine).min(1) })
			.strict()
			.optional(),
		keyPoints: z.array(localizedText).optional(),
	})
	.strict();

export const sourceSchema = z
	.object({
		title: localeText,
		// The text checks come first: zod's URL check would otherwise trim the value and strip tabs and newlines
		// from it, and a valid file's data must equal its JSON. The message is for the URL check only.
		url: safeString()
			.regex(/^\S+$/, 'must not contain spaces')
			.url({ protocol: /^https$/, error: (issue) => (issue.code === 'invalid_format' && issue.format === 'url' ? 'must be an https:// URL' : undefined) }),
	})
	.strict();

const difficulty = z.number().int().min(1).max(5);

const choiceSchema = z
	.object({
		id,
		text: localizedText,
		// What to tell a learner who picks this choice when it is wrong: the misconception it stands for.
		feedback: localizedText.optional(),
		// A stable tag naming that misconception, e.g. "container-has-own-kernel".
		misconception: id.optional(),
	})
	.strict();

const questionBase = {
	id,
	difficulty,
	prompt: localizedText,
	explanation: localizedText,
	source: sourceSchema,
	tags: z.array(id).optional(),
	// Revealed one at a time with `h`; an answer given after a hint is recorded as such.
	hints: z.array(localizedText).min(1).max(5).optional(),
};

// An item to put in order or to pair up.
const itemSchema = z.object({ id, text: localizedText }).strict();

// What to tell a learner whose answer shows a known misconception, and its tag.
const trapFields = { feedback: localizedText, misconception: id };

export const singleChoiceSchema = z
	.object({
		...questionBase,
		type: z.literal('single'),
		choices: z.array(choiceSchema).min(2).max(6),
		answer: id,
	})
	.strict();

export const multipleChoiceSchema = z
	.object({
		...questionBase,
		type: z.literal('multiple'),
		choices: z.array(choiceSchema).min(3).max(7),
		answers: z.array(id).min(1),
	})
	.strict();

export const trueFalseSchema = z
	.object({
		...questionBase,
		type: z.literal('true-false'),
		answer: z.boolean(),
		// Shown when the learner picks the wrong side; names the misconception.
		wrongFeedback: localizedText.optional(),
		misconception: id.optional(),
	})
	.strict();

/** Put the items in order (shown shuffled). Credit: the share of neighbouring pairs kept in the right order. */
export const orderingSchema = z
	.object({
		...questionBase,
		type: z.literal('ordering'),
		items: z.array(itemSchema).min(3).max(8),
		// Item ids in the right order.
		answer: z.array(id).min(3),
		// `wrongOrder: [a, b]` fires when the learner puts a before b (the answer has b first).
		traps: z.array(z.object({ wrongOrder: z.tuple([id, id]), ...trapFields }).strict()).min(1),
	})
	.strict();

/** Pair each left item with a right item (the right list may hold extra, unused items). Credit per right pair. */
export const matchingSchema = z
	.object({
		...questionBase,
		type: z.literal('matching'),
		left: z.array(itemSchema).min(2).max(6),
		right: z.array(itemSchema).min(2).max(8),
		// Left id -> right id.
		answer: z.record(id, id),
		// A wrong pair that reveals a misconception.
		traps: z.array(z.object({ left: id, right: id, ...trapFields }).strict()).min(1),
	})
	.strict();

/** The learner types a command or a value, compared after normalising (src/core/command-line.ts). */
export const typedSchema = z
	.object({
		...questionBase,
		type: z.literal('typed'),
		// `command`: tokens, flag aliases and the order of options are normalised; `value`: spacing and case.
		kind: z.enum(['command', 'value']),
		// Every form that is right; the first is the one shown as the answer.
		accept: z.array(localeText).min(1),
		// Shown in the empty input line, e.g. "docker ...".
		placeholder: localeText.optional(),
		// Wrong answers a learner is likely to type, each with what it reveals.
		nearMisses: z.array(z.object({ answer: localeText, ...trapFields }).strict()).min(1),
		// Commands: options the question tests, so they count even when extra. By default a learner may add an
		// option that cannot change the point (`--rm`, `--name x`, `-i`, `-t`, see command-line.ts).
		strictOptions: z.array(z.string().regex(/^--?[A-Za-z]/, 'must be an option such as `--rm`')).optional(),
	})
	.strict();

/** Words in a model answer: an interview answer said in about a minute. */
export const MODEL_ANSWER_MAX_WORDS = 130;

/** One thing a good answer says, and the words that show it was said (synonyms included), for suggested ticks. */
const keyPointSchema = z
	.object({
		id,
		// One short sentence.
		text: localizedText,
		// Words or phrases, any of which in the learner's typed answer suggests the point was made (case and
		// spacing ignored; a term matches whole words only). Give synonyms and the common abbreviations.
		// English terms first, then the words a learner answering in Chinese would use (both scripts).
		terms: z.array(localeText).min(1).max(40),
	})
	.strict();

/**
 * Say it as in an interview: the learner answers in their own words (typed, or aloud), then compares with the
 * model answer and ticks the key points they made. Credit: the share of key points ticked.
 */
export const explainSchema = z
	.object({
		...questionBase,
		type: z.literal('explain'),
		// What a strong candidate would say, in about a minute (at most MODEL_ANSWER_MAX_WORDS words).
		modelAnswer: localizedText,
		keyPoints: z.array(keyPointSchema).min(3).max(6),
		// Question ids (any chapter) an interviewer would ask next, asked right after this one.
		followUps: z.array(id).min(1).max(3).optional(),
		// Further primary sources beyond `source`, for claims the first one does not cover.
		moreSources: z.array(sourceSchema).min(1).max(4).optional(),
	})
	.strict();

export const questionSchema = z.discriminatedUnion('type', [
	singleChoiceSchema,
	multipleChoiceSchema,
	trueFalseSchema,
	orderingSchema,
	matchingSchema,
	typedSchema,
	explainSchema,
]);

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'ordering', 'matching', 'typed', 'explain'] as const;

/** A menu item's text: at most 34 columns in every language (a CJK character takes two). */
const menuLabel = localizedText.refine(
	(label) => (typeof label === 'string' ? [label] : Object.values(label)).every((text) => textWidth(text) <= 34),
	'must be at most 34 columns wide in every language (a Chinese character takes two): it is a menu item',
);

/** One hop of a packet walk: where the packet is, its addresses there, and which kernel object acted. */
const walkHopSchema = z
	.object({
		id,
		// Short name of the hop, also offered as a choice in "you route it" mode.
		label: menuLabel,
		// Text in the walk's diagram to highlight at this hop; must appear there exactly once.
		mark: safeString().min(1),
		src: localeText,
		dst: localeText,
		// Which kernel object acted here and what it did.
		actor: localizedText,
		// This hop is another packet (a reply, or the connection after a lookup): its addresses are not a
		// rewrite of the hop before.
		newPacket: z.boolean().optional(),
	})
	.strict();

/** An interactive packet walk through one topology, stepped hop by hop and then routed by the learner. */
export const walkSchema = z
	.object({
		id,
		title: localizedText,
		summary: localizedText,
		diagram: z.array(diagramLine).min(1).max(12),
		// What the diagram shows, in words (see the page diagram's `alt`).
		alt: localizedText,
		hops: z.array(walkHopSchema).min(3).max(12),
		// Wrong next hops offered in "you route it" mode, each with what picking it reveals.
		distractors: z
			.array(z.object({ label: menuLabel, feedback: localizedText, misconception: id }).strict())
			.min(2),
		source: sourceSchema,
	})
	.strict();

export const chapterSchema = z
	.object({
		$schema: safeString().optional(),
		formatVersion: z.literal(1),
		id,
		order: z.number().int().min(1),
		title: localizedText,
		summary: localizedText,
		pages: z.array(pageSchema).min(1),
		questions: z.array(questionSchema).min(1),
		walks: z.array(walkSchema).optional(),
	})
	.strict();

export type Chapter = z.infer<typeof chapterSchema>;
export type Page = z.infer<typeof pageSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Choice = z.infer<typeof choiceSchema>;
export type SingleChoiceQuestion = z.infer<typeof singleChoiceSchema>;
export type MultipleChoiceQuestion = z.infer<typeof multipleChoiceSchema>;
export type TrueFalseQuestion = z.infer<typeof trueFalseSchema>;
export type OrderingQuestion = z.infer<typeof orderingSchema>;
export type MatchingQuestion = z.infer<typeof matchingSchema>;
export type TypedQuestion = z.infer<typeof typedSchema>;
export type ExplainQuestion = z.infer<typeof explainSchema>;
export type KeyPoint = z.infer<typeof keyPointSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Walk = z.infer<typeof walkSchema>;
export type WalkHop = z.infer<typeof walkHopSchema>;

export function lessonJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(chapterSchema, { target: 'draft-2020-12', io: 'input', reused: 'ref' }) as Record<string, unknown>;
}
