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

/**
 * A load whose contents are checked after the app's first frame (`verify`): the tutor calls it before it reads a
 * key, so no chapter is opened unchecked. `verify()` is false when a file differs from the build's record: the
 * tutor then loads again with `loadLessons()`, which validates the files in full.
 */
export type DeferredLoad = BankResult & { verify?: () => boolean };

/**
 * The bank of the files in `folder` if their names and sizes are those of `outline`, with `verify` to compare
 * their contents with its digest; undefined if they differ already in name or size.
 */
export function deferredBank(folder: string, outline: LessonsOutline): DeferredLoad | undefined {
	const listed = readLessonFiles(folder, { read: false });
	const bank = listed.ok ? lazyBank(listed.files, outline) : undefined;
	if (!listed.ok || !bank) return undefined;
	const { files } = listed;
	const verify = () => {
		try {
			return lessonsDigest(files) === outline.digest;
		} catch {
			return false; // a file gone or unreadable since it was listed: the full load says which
		}
	};
	return { ok: true, bank, verify };
}

/**
 * Reads the lesson folder (default: the bundled one) and returns the bank or every problem found. With
 * `verifyLater`, bundled files whose names and sizes match the build's record are trusted at once and their
 * digest is left to `verify()`: start-up then costs a directory listing, however large the bank.
 */
export async function loadLessons(dir?: string, { verifyLater = false }: { verifyLater?: boolean } = {}): Promise<DeferredLoad> {
	const folder = dir ?? bundledLessonsDir();
	const outline = dir === undefined ? recordedOutline() : undefined;
	const deferred = verifyLater && outline ? deferredBank(folder, outline) : undefined;
	if (deferred) return deferred;
	const read = readLessonFiles(folder);
	if (!read.ok) return read;
	const trusted = outline ? trustedBank(read.files, outline) : undefined;
	if (trusted) return trusted;
	const { buildBank } = await import('./core/validate.js');
	return buildBank(read.files);
}
