// Loads the lesson bank for the app and its commands. The bundled lessons were validated when this build was
// made, which recorded their digest; when the files on disk still have that digest they are used as plain JSON
// and the schema library is never loaded (it is the largest part of start-up otherwise: see `npm run bench`).
// Any other folder, or bundled files edited since the build, are validated in full.
import { readFileSync } from 'node:fs';
import { type BankResult, indexBank, lessonsDigest, type LessonFile, readLessonFiles } from './core/bank.js';
import type { Chapter } from './core/schema.js';
import { bundledLessonsDir, lessonsDigestFile } from './meta.js';

function recordedDigest(): string | undefined {
	try {
		return readFileSync(lessonsDigestFile(), 'utf8').trim();
	} catch {
		return undefined;
	}
}

/** The bank from files whose digest the build recorded after validating them; undefined if they differ. */
export function trustedBank(files: ReadonlyArray<LessonFile>, digest: string | undefined): BankResult | undefined {
	if (!digest || digest !== lessonsDigest(files)) return undefined;
	try {
		return { ok: true, bank: indexBank(files.map(({ text }) => JSON.parse(text) as Chapter)) };
	} catch {
		return undefined;
	}
}

/** Reads the lesson folder (default: the bundled one) and returns the bank or every problem found. */
export async function loadLessons(dir?: string): Promise<BankResult> {
	const folder = dir ?? bundledLessonsDir();
	const read = readLessonFiles(folder);
	if (!read.ok) return read;
	const trusted = dir === undefined ? trustedBank(read.files, recordedDigest()) : undefined;
	if (trusted) return trusted;
	const { buildBank } = await import('./core/validate.js');
	return buildBank(read.files);
}
