// Loads the lesson bank for the app and its commands. The bundled lessons were validated when this build was
// made, which recorded their digest and outline; when the files on disk still have that digest they are trusted,
// each chapter is parsed only when first read, and the schema library is never loaded (it is the largest part of
// start-up otherwise: see `npm run bench`). Any other folder, or bundled files edited since the build, are
// validated in full.
import { readFileSync } from 'node:fs';
import { type BankResult, lazyBank, lessonsDigest, type LessonFile, type LessonsOutline, readLessonFiles } from './core/bank.js';
import { bundledLessonsDir, lessonsOutlineFile } from './meta.js';

function recordedOutline(): LessonsOutline | undefined {
	try {
		const outline = JSON.parse(readFileSync(lessonsOutlineFile(), 'utf8')) as LessonsOutline;
		return typeof outline?.digest === 'string' && Array.isArray(outline.chapters) ? outline : undefined;
	} catch {
		return undefined;
	}
}

/** The bank from files whose digest the build recorded after validating them; undefined if they differ. */
export function trustedBank(files: ReadonlyArray<LessonFile>, outline: LessonsOutline | undefined): BankResult | undefined {
	if (!outline || outline.digest !== lessonsDigest(files)) return undefined;
	const bank = lazyBank(files, outline);
	return bank ? { ok: true, bank } : undefined;
}

/** Reads the lesson folder (default: the bundled one) and returns the bank or every problem found. */
export async function loadLessons(dir?: string): Promise<BankResult> {
	const folder = dir ?? bundledLessonsDir();
	const read = readLessonFiles(folder);
	if (!read.ok) return read;
	const trusted = dir === undefined ? trustedBank(read.files, recordedOutline()) : undefined;
	if (trusted) return trusted;
	const { buildBank } = await import('./core/validate.js');
	return buildBank(read.files);
}
