// Starts the interactive tutor: loads lessons and progress, renders the App, waits for it to end, and says
// where the progress is (or, if it could not be saved, where a copy was put and how to bring it back).
import { render } from 'ink';
import { constants } from 'node:os';
import { type ExitReason, App } from './app.js';
import { farewell, openRun, untilExit, writeOut } from './start.js';

export { farewell };
import { appReducer, type AppState, initialState } from './core/app-state.js';
import { reportOf } from './core/interview/report.js';
import { escapeForTerminal, safeJson } from './core/escape.js';
import { joinRoom } from './core/room/join.js';
import { t } from './core/i18n/messages.js';
import { newAttendeeId } from './core/room/result.js';
import { createRoomSession, roomResultCode, type RoomSession, roomScore } from './core/room/session.js';
import { createLiveSession, liveResult, type LiveSession, previousAttendee, rejoinCommand } from './core/room/live/attendee.js';
import { structureDigest } from './core/room/compose.js';
import type { Link } from './net/attendee-link.js';
import type { Bank } from './core/bank.js';
import type { Progress } from './core/progress.js';
import type { LiveJoin } from './cli.js';
import { openProgressStore, type ProgressStore } from './store/progress-store.js';
import { hyperlinksSupported } from './ui/hyperlinks.js';

export interface TutorOptions {
	/** `cvm-tutor interview`: open on a new mock interview; `json`: print its report on the way out. */
	interview?: { seed: number; minutes: number; json: boolean };
	/** Where the app draws (stderr when stdout is a file taking the JSON report). */
	screen?: NodeJS.WriteStream;
	/** Check the lesson files' contents before the first frame (set when the check after it failed). */
	checkLessonsFirst?: boolean;
	/** `--lang` as given (checked in cli.tsx); without it, the choice saved in Settings, then the environment. */
	lang?: string;
	/** The terminal is not UTF-8 and is drawn in ASCII: Chinese cannot be shown, so the app speaks English. */
	asciiOnly?: boolean;
	/** `cvm-tutor room join CODE`: open on that room; `out`: also write the result there as JSON. */
	room?: { code: string; name?: string | undefined; out?: string | undefined };
	/** `cvm-tutor room join HOST:PORT CODE`: join that live room; `out` as for `room`. */
	live?: LiveJoin;
}

/** After `interview --json`: the report of the mock this run started, as JSON on stdout, or why there is none. */
function printInterviewReport(state: AppState, store: ProgressStore, home: string | undefined): number {
	const id = state.screen.name === 'interview' ? state.screen.session.id : undefined;
	let interviews = store.unsaved?.interviews;
	if (!interviews) {
		try {
			interviews = openProgressStore({ ...(home ? { cwd: home } : {}), readOnly: true }).progress.interviews;
		} catch {}
	}
	const report = id ? reportOf(state.bank, interviews ?? [], id) : undefined;
	if (!report) {
		process.stderr.write(`${t().cli.tutor.noReport}\n`);
		return 1;
	}
	process.stdout.write(`${safeJson(report, 2)}\n`);
	return 0;
}

/** The progress as it is now: what this run could not save, else the file's. */
function currentProgress(store: ProgressStore, home: string | undefined) {
	if (store.unsaved) return store.unsaved;
	try {
		return openProgressStore({ ...(home ? { cwd: home } : {}), readOnly: true }).progress;
	} catch {
		return undefined;
	}
}

/**
 * After \`room join\`: the result code on the terminal (it outlives the app's screen, for copying into the chat),
 * and with \`--out\` as JSON; or, for a room left before its end, how to carry on.
 */
function printRoomResult(started: RoomSession, store: ProgressStore, home: string | undefined, out: string | undefined): number {
	const saved = (currentProgress(store, home)?.roomAnswers ?? []).filter((record) => record.code === started.code && record.attendee === started.attendee);
	const session = createRoomSession({ spec: started.spec, attendee: started.attendee, ...(started.name ? { name: started.name } : {}), items: started.quiz.items, chapterOf: started.chapterOf, saved, at: started.now });
	if (session.phase !== 'finished') {
		process.stdout.write(`${t().cli.room.carryOn(started.code, session.answers.length, session.quiz.items.length)}\n`);
		return 0;
	}
	return reportResult(
		{
			room: started.code,
			attendee: session.attendee,
			...(session.name ? { name: session.name } : {}),
			score: roomScore(session),
			resultCode: roomResultCode(session),
			answers: session.answers.map((answer) => ({ ...answer, correct: session.quiz.results[answer.questionId]?.correct === true })),
		},
		out,
	);
}

/** A room's result on the terminal (the score line, then the code alone on its line for copying), and in `out` as JSON. */
function reportResult(result: { room: string; attendee: string; name?: string; score: { correct: number; total: number }; resultCode: string; answers: unknown[] }, out: string | undefined): number {
	process.stdout.write(`${t().cli.room.result(result.room, result.score.correct, result.score.total)}\n${result.resultCode}\n`);
	return out ? writeOut(out, `${JSON.stringify(result, undefined, 2)}\n`) : 0;
}

/**
 * After `room join HOST:PORT CODE` (and before it, for a room already over): once the host has ended the room, the
 * score and the result code, from the learner's saved facts whatever screen was left (with `--out`, as JSON too);
 * before the end, the command that rejoins; refused, why again. `left`: the live screen as it was left, if it was.
 */
function printLiveResult(progress: Progress | undefined, bank: Bank, live: LiveJoin, left: LiveSession | undefined): number {
	const write = (line: string) => process.stdout.write(`${escapeForTerminal(line)}\n`);
	const result = progress ? liveResult(progress, live.secret, bank) : undefined;
	if (!result) {
		if (left?.phase === 'stopped') {
			if (left.stopped) write(left.stopped);
			return 1;
		}
		write(t().cli.live.rejoin(rejoinCommand({ hostLabel: live.where.label, join: live.secret, ...(live.name ? { name: live.name } : {}) })));
		return 0;
	}
	const { code, ...rest } = result;
	return reportResult({ room: code, ...rest }, live.out);
}

export async function startTutor(home: string | undefined, lessonsDir?: string, options: TutorOptions = {}): Promise<number> {
	// A mock interview reads its chapters before the first frame, so their contents are checked before it too.
	const started = await openRun(home, lessonsDir, {
		verifyLater: !options.interview && !options.room && !options.checkLessonsFirst,
		lang: options.lang,
		asciiOnly: options.asciiOnly === true,
	});
	if (!started.ok) return started.code;
	const { loaded, opened, now } = started;
	let reason = 'quit' as ExitReason;
	const screen = options.screen ?? process.stdout;
	let initial = initialState(loaded.bank, opened.progress, opened.notice, now());
	// `cvm-tutor interview` opens on the mock's plan, stamped by the one clock like every intent after it.
	if (options.interview) initial = appReducer(initial, { type: 'start-interview', seed: options.interview.seed, minutes: options.interview.minutes, at: now().toISOString() });
	if (options.room) {
		const joined = joinRoom(loaded.bank, options.room.code, { saved: opened.progress.roomAnswers ?? [], newAttendee: () => newAttendeeId(Math.random), name: options.room.name, at: now().toISOString() });
		if (!joined.ok) {
			process.stderr.write(`${escapeForTerminal(`cvm-tutor: ${joined.message}`)}\n`);
			return joined.usage ? 2 : 1;
		}
		initial = appReducer({ ...initial, ...(joined.notes.length ? { notice: joined.notes.join(' ') } : {}) }, { type: 'open-room', session: joined.session });
	}
	let link: Link | undefined;
	if (options.live) {
		const { where, secret, name } = options.live;
		// A room already over (the host may be long gone): its result, from the facts, without connecting.
		if (liveResult(opened.progress, secret, loaded.bank)) return printLiveResult(opened.progress, loaded.bank, options.live, undefined);
		const { createAttendeeLink } = await import('./net/attendee-link.js');
		const attendee = previousAttendee(opened.progress.liveSeats ?? [], secret);
		link = createAttendeeLink({ host: where.host, port: where.port, secret, ...(name ? { name } : {}), ...(attendee ? { attendee } : {}), lessons: structureDigest(loaded.bank) });
		initial = appReducer(initial, { type: 'open-live', session: createLiveSession({ join: secret, hostLabel: where.label, name, at: now().toISOString() }) });
	}
	let last: AppState | undefined;
	const instance = render(<App initial={initial} store={opened.store} now={now} onExit={(r, state) => ((reason = r), (last = state))} links={hyperlinksSupported(process.env)} {...(link ? { link } : {})} />, {
		exitOnCtrlC: false,
		stdout: screen,
	});
	// The first frame is on the screen (Ink draws it within render()); the files' contents are checked now, before
	// the event loop reads a key, so no chapter is opened unchecked. Files edited since the build: start again,
	// validating them in full (a rare case: the bundled lessons edited in place).
	if (loaded.verify && !loaded.verify()) {
		instance.unmount();
		await instance.waitUntilExit();
		screen.write(`${t().cli.tutor.lessonsChanged}\n`);
		return startTutor(home, lessonsDir, { ...options, checkLessonsFirst: true });
	}
	const signalled = await untilExit(instance);
	if (signalled) reason = 'interrupt';
	link?.close();
	const line = farewell(opened.store, now());
	// A hang-up means the terminal is gone: nothing to print to (a copy of unsaved progress is still written).
	if (signalled !== 'SIGHUP') screen.write(`${line.text}\n`);
	const reported = options.interview?.json && !signalled ? printInterviewReport(initial, opened.store, home) : 0;
	const roomed = options.room && initial.screen.name === 'room' && signalled !== 'SIGHUP' ? printRoomResult(initial.screen.session, opened.store, home, options.room.out) : 0;
	const lived = options.live && !roomed && signalled !== 'SIGHUP' ? printLiveResult(currentProgress(opened.store, home), loaded.bank, options.live, last?.screen.name === 'live' ? last.screen.session : undefined) : 0;
	if (signalled) return 128 + constants.signals[signalled];
	if (reason === 'interrupt') return 130;
	// Progress that could not be saved is a failure a script (or the shell prompt) should see.
	return line.saved ? reported || roomed || lived : 1;
}
