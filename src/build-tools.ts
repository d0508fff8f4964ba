// Used by esbuild.config.mjs at build time only (never shipped): validates the bundled lessons so the build
// can record their digest, and emits the JSON Schema.
import { formatProblem, type LessonsOutline, outlineLessons, readLessonFiles } from './core/bank.js';
import { lessonJsonSchema } from './core/schema.js';
import { buildBank } from './core/validate.js';

export { lessonJsonSchema };

/** The digest and outline of the lessons in `dir` if they validate, else the problems found. */
export function stampLessons(dir: string): { ok: true; outline: LessonsOutline } | { ok: false; problems: string[] } {
	const read = readLessonFiles(dir);
	if (!read.ok) return { ok: false, problems: read.problems.map(formatProblem) };
	const built = buildBank(read.files);
	if (!built.ok) return { ok: false, problems: built.problems.map(formatProblem) };
	// The outline follows the files' order, as the loader pairs them by name.
	const chapters = read.files.map(({ text }) => JSON.parse(text) as Parameters<typeof outlineLessons>[1][number]);
	return { ok: true, outline: outlineLessons(read.files, chapters) };
}
