// The app's one clock. Everything that needs the time takes a `Clock`; the app reads it in one place
// (useAppState stamps every intent with it), and tests pass their own.
//
// CVM_TUTOR_NOW (for trying things by hand, e.g. "come back tomorrow" for spaced review): an ISO 8601 time such
// as 2026-12-02T09:00:00Z. The clock starts there and runs on at the normal speed, so answers given in one run
// still get distinct times. Not for everyday use: answers are stamped with that made-up time.
export type Clock = () => Date;

export const NOW_VARIABLE = 'CVM_TUTOR_NOW';

export const systemClock: Clock = () => new Date();

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The clock the environment asks for: the system clock, or one started at CVM_TUTOR_NOW; or why that value is refused. */
export function clockFromEnv(env: NodeJS.ProcessEnv, real: Clock = systemClock): { ok: true; clock: Clock; fake?: string } | { ok: false; message: string } {
	const value = env[NOW_VARIABLE];
	if (value === undefined || value === '') return { ok: true, clock: real };
	const start = ISO_TIME.test(value.trim()) ? Date.parse(value.trim()) : Number.NaN;
	if (!Number.isFinite(start)) {
		return { ok: false, message: `${NOW_VARIABLE} is ${JSON.stringify(value)}, which is not a time. Give an ISO time such as 2026-12-02T09:00:00Z, or unset it to use the real clock.` };
	}
	const offset = start - real().getTime();
	return { ok: true, clock: () => new Date(real().getTime() + offset), fake: new Date(start).toISOString() };
}
