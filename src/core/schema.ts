// The one definition of the lesson format. Types are inferred from it, the loader validates with it,
// and lessons/lesson.schema.json is generated from it (`npm run schema`), so nothing is written twice.
import * as z from 'zod';

// Lessons are parsed once per run: zod's JIT (new Function per object schema) costs more than it saves here.
z.config({ jitless: true });

// No transforms anywhere: a valid file's parsed data equals its JSON, so files validated at build time can be
// used as plain JSON at run time (src/lessons.ts).
const localeText = z.string().regex(/\S/, 'must not be empty');

export const localizedText = z.union([
	localeText,
	z
		.object({ en: localeText, 'zh-Hant': localeText.optional(), 'zh-Hans': localeText.optional() })
		.strict(),
]);

const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, e.g. "shared-kernel"');

export const DIAGRAM_MAX_WIDTH = 76;

const diagramLine = z
	.string()
	.refine((line) => !line.includes('\t'), 'must not contain tabs (use spaces)')
	.refine(
		(line) => [...line].length <= DIAGRAM_MAX_WIDTH,
		`must be at most ${DIAGRAM_MAX_WIDTH} characters wide so it fits an 80-column terminal`,
	);

export const pageSchema = z
	.object({
		id,
		title: localizedText,
		body: z.array(localizedText).min(1, 'needs at least one paragraph'),
		diagram: z
			.object({ caption: localizedText.optional(), lines: z.array(diagramLine).min(1) })
			.strict()
			.optional(),
		keyPoints: z.array(localizedText).optional(),
	})
	.strict();

export const sourceSchema = z
	.object({
		title: localeText,
		url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
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
};

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

export const questionSchema = z.discriminatedUnion('type', [
	singleChoiceSchema,
	multipleChoiceSchema,
	trueFalseSchema,
]);

export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;

export const chapterSchema = z
	.object({
		$schema: z.string().optional(),
		formatVersion: z.literal(1),
		id,
		order: z.number().int().min(1),
		title: localizedText,
		summary: localizedText,
		pages: z.array(pageSchema).min(1),
		questions: z.array(questionSchema).min(1),
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

export function lessonJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(chapterSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
