// The only code that touches the progress file. conf gives the platform's config folder and atomic writes;
// this wraps it so a file that cannot be read is moved aside (never deleted) and the app starts fresh.
import Conf from 'conf';
import { renameSync } from 'node:fs';
import { emptyProgress, parseProgress, type Progress } from '../core/progress.js';

export interface ProgressStore {
	readonly path: string;
	/** Writes the whole progress atomically. Throws if the disk refuses; callers report it. */
	save(progress: Progress): void;
	reset(): void;
}

export interface OpenedProgress {
	store: ProgressStore;
	progress: Progress;
	/** Set when the old file was unreadable: says what was wrong and where it was moved. */
	notice?: string;
}

const UNREADABLE = '__cvmTutorUnreadable';

export class ProgressFileError extends Error {}

function deserialize(text: string): Record<string, unknown> {
	try {
		const data: unknown = JSON.parse(text);
		if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
		return { [UNREADABLE]: 'it does not hold a JSON object' };
	} catch (error) {
		return { [UNREADABLE]: `it is not valid JSON (${(error as Error).message})` };
	}
}

function timestamp(now: Date): string {
	return now.toISOString().replace(/[:.]/g, '-');
}

/** Opens the progress file in `cwd` (default: the user's config folder for cvm-tutor). */
export function openProgressStore(options: { cwd?: string; now?: () => Date } = {}): OpenedProgress {
	const now = options.now ?? (() => new Date());
	let conf: Conf<Record<string, unknown>>;
	try {
		conf = new Conf<Record<string, unknown>>({
			projectName: 'cvm-tutor',
			projectSuffix: '',
			configName: 'progress',
			...(options.cwd ? { cwd: options.cwd } : {}),
			deserialize,
			clearInvalidConfig: false,
		});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ProgressFileError(
			`cannot open the progress folder${options.cwd ? ` ${options.cwd}` : ''} (${code ?? (error as Error).message}). ` +
				'Check its permissions, or set CVM_TUTOR_HOME to a folder you can write.',
		);
	}
	const store: ProgressStore = {
		path: conf.path,
		save(progress) {
			conf.store = progress as unknown as Record<string, unknown>;
		},
		reset() {
			conf.clear();
		},
	};

	let data: Record<string, unknown>;
	try {
		data = conf.store;
	} catch (error) {
		throw new ProgressFileError(`cannot read ${conf.path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
	}
	const unreadable = typeof data[UNREADABLE] === 'string' ? (data[UNREADABLE] as string) : undefined;
	const parsed = unreadable ? undefined : parseProgress(data);
	if (parsed?.ok) return { store, progress: parsed.progress };

	const why = unreadable ?? (parsed && !parsed.ok ? `its content has the wrong shape (${parsed.why})` : 'unknown');
	const aside = `${conf.path}.unreadable-${timestamp(now())}`;
	try {
		renameSync(conf.path, aside);
	} catch (error) {
		throw new ProgressFileError(
			`${conf.path} cannot be used: ${why}. Moving it aside failed (${(error as NodeJS.ErrnoException).code}); move or fix it by hand.`,
		);
	}
	return {
		store,
		progress: emptyProgress(),
		notice: `Progress file could not be read (${why.split(' (')[0]}); it was moved to ${aside}. Starting fresh.`,
	};
}
