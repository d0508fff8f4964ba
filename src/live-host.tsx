// `cvm-tutor room host`: makes (or resumes) a live room, listens for attendees while the trainer's screen is up,
// and stops listening when it closes. Everything the room decides is in src/core/room/live; the sockets are in
// src/net/host-server.ts; the screen is src/ui/screens/live-host.tsx. This file only puts them together.
import { randomBytes, randomInt } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { render } from 'ink';
import { escapeForTerminal, safeJson } from './core/escape.js';
import { wholeNumber } from './core/options.js';
import { t } from './core/i18n/messages.js';
import type { QuizItem } from './core/quiz.js';
import { roomItems, structureDigest } from './core/room/compose.js';
import { createHostRoom, DEFAULT_MAX_ATTENDEES, hostTally, type HostState, MAX_ATTENDEES, parseHostState, resumeRoom } from './core/room/live/host.js';
import { newSecret } from './core/room/live/secret.js';
import { tallyLines } from './core/room/tally-lines.js';
import { ROOM_LIMITS } from './core/room/code.js';
import { DEFAULT_PORT, type HostServer, ListenError, startHostServer } from './net/host-server.js';
import { newRoomSpec, type RoomOptionsGiven } from './room-commands.js';
import { openRun, untilExit, writeOut } from './start.js';
import { writeFileSafely, writeFileSafelyAsync } from './store/safe-write.js';
import { LiveHostApp } from './ui/screens/live-host.js';

export interface HostOptions {
	given: RoomOptionsGiven;
	port?: string | undefined;
	bind?: string | undefined;
	max?: string | undefined;
	out?: string | undefined;
	resume?: string | undefined;
	lang?: string | undefined;
	asciiOnly?: boolean;
	/** Why the room cannot be drawn here (no terminal): said, exit 2, once the options and the room file are checked. */
	noTerminal?: string[];
}

/** A room file larger than this is not one of ours (300 attendees × 40 answers is about 2 MB). */
const ROOM_FILE_MAX_BYTES = 32 * 1024 * 1024;

const say = () => t().cli.live.host;
const fail = (code: number, line: string) => {
	process.stderr.write(`${escapeForTerminal(`cvm-tutor: ${line}`)}\n`);
	return code;
};

/** The room file of a resumed room, read and checked; or the exit code after saying what is wrong. */
function readRoomFile(path: string): { ok: true; state: HostState } | { ok: false; code: number } {
	let text: string;
	try {
		if (statSync(path).size > ROOM_FILE_MAX_BYTES) return { ok: false, code: fail(1, say().resumeTooLarge(path)) };
		text = readFileSync(path, 'utf8');
	} catch (error) {
		return { ok: false, code: fail(1, say().resumeUnreadable(path, (error as NodeJS.ErrnoException).code ?? String(error))) };
	}
	const parsed = parseHostState(text);
	if (!parsed.ok) return { ok: false, code: fail(1, say().resumeBroken(path, parsed.why)) };
	return parsed;
}

export async function startHost(home: string | undefined, lessonsDir: string | undefined, options: HostOptions): Promise<number> {
	// Options first, so a typo costs nothing.
	const port = options.port === undefined ? undefined : wholeNumber(options.port, 0, 65535);
	if (options.port !== undefined && port === undefined) return fail(2, say().port(options.port));
	const max = options.max === undefined ? DEFAULT_MAX_ATTENDEES : wholeNumber(options.max, 1, MAX_ATTENDEES);
	if (max === undefined) return fail(2, say().max(options.max as string, MAX_ATTENDEES));
	let bind = options.bind?.trim() || '0.0.0.0';
	const started = await openRun(home, lessonsDir, { verifyLater: false, lang: options.lang, asciiOnly: options.asciiOnly === true });
	if (!started.ok) return started.code;
	const { loaded, opened, now } = started;
	const bank = loaded.bank;
	const lessons = structureDigest(bank);
	let state: HostState;
	let items: QuizItem[];
	let roomFile: string;
	if (options.resume !== undefined) {
		const read = readRoomFile(options.resume);
		if (!read.ok) return read.code;
		state = read.state;
		if (state.lessons !== lessons) return fail(1, say().resumeOtherLessons(options.resume, state.spec.version));
		const built = roomItems(state.spec, bank);
		if (!built.ok) return fail(1, say().resumeOtherLessons(options.resume, state.spec.version));
		items = built.items;
		const resumed = resumeRoom(state, items);
		if (!resumed.ok) return fail(1, say().resumeBroken(options.resume, resumed.why));
		state = resumed.state;
		// Where it listened before, unless --bind says otherwise (a room tried alone on 127.0.0.1 stays there).
		if (!options.bind?.trim() && state.bind) bind = state.bind;
		roomFile = options.resume;
	} else {
		const made = newRoomSpec(bank, options.given, randomInt(ROOM_LIMITS.seed + 1));
		if (!made.ok) {
			for (const line of made.output.stderr) process.stderr.write(`${line}\n`);
			return made.output.code;
		}
		const built = roomItems(made.spec, bank);
		if (!built.ok) return fail(1, t().cli.room.doesNotFit(built.reason === 'other-lessons' ? built.version : built.message));
		items = built.items;
		state = createHostRoom({ spec: made.spec, items, secret: newSecret(() => randomBytes(1)[0] as number), lessons, maxAttendees: max });
		const folder = join(dirname(opened.store.path), 'rooms');
		// room-2026-11-30-200712-8QSW.json: when, and the code's last group (it holds the seed), to tell rooms apart.
		const when = now().toISOString();
		roomFile = join(folder, `room-${when.slice(0, 10)}-${when.slice(11, 19).replaceAll(':', '')}-${state.code.slice(-4)}.json`);
	}
	if (options.noTerminal) {
		for (const line of options.noTerminal) process.stderr.write(`${line}\n`);
		return 2;
	}
	if (options.resume === undefined) {
		const folder = dirname(roomFile);
		try {
			mkdirSync(folder, { recursive: true, mode: 0o700 });
		} catch (error) {
			return fail(1, say().noFolder(folder, (error as NodeJS.ErrnoException).code ?? String(error)));
		}
	}
	// Owner-only: the file holds the join code.
	const save = (s: HostState) => writeFileSafelyAsync(roomFile, `${JSON.stringify(s)}\n`, { mode: 0o600 });
	let server: HostServer;
	try {
		// A resumed room listens where its attendees look for it; a new one takes the next port if 7420 is taken.
		const resumedPort = options.resume !== undefined ? state.port : undefined;
		server = await startHostServer({ state, items, bind, port: port ?? resumedPort ?? DEFAULT_PORT, fallback: port === undefined && resumedPort === undefined, roomFile, save, now });
	} catch (error) {
		if (!(error instanceof ListenError)) throw error;
		const tried = port ?? state.port ?? DEFAULT_PORT;
		if (error.code === 'EADDRINUSE') return fail(1, say().inUse(tried, options.resume !== undefined));
		if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return fail(2, say().notHere(bind));
		if (error.code === 'EACCES') return fail(1, say().privileged(tried));
		return fail(1, say().cannotListen(bind, tried, error.message));
	}
	const instance = render(<LiveHostApp control={server} now={now} onExit={() => instance.unmount()} />, { exitOnCtrlC: false });
	const signalled = await untilExit(instance);
	await server.close();
	const { state: final, saveError } = server.view();
	// The last save failed too (the disk is still full, the folder gone): a copy where one can be written, and
	// where to resume it from.
	let resumeFrom = roomFile;
	if (saveError !== undefined) {
		const copy = join(tmpdir(), `cvm-tutor-room-${process.pid}-${final.code.slice(-4)}.json`);
		try {
			writeFileSafely(copy, `${JSON.stringify(final)}\n`, { mode: 0o600 });
			resumeFrom = copy;
			process.stderr.write(`${escapeForTerminal(`cvm-tutor: ${say().notSaved(roomFile, saveError, copy)}`)}\n`);
		} catch (error) {
			process.stderr.write(`${escapeForTerminal(`cvm-tutor: ${say().notSavedNoCopy(roomFile, saveError, (error as NodeJS.ErrnoException).code ?? String(error))}`)}\n`);
			return 1;
		}
	}
	if (signalled === 'SIGHUP') return 129;
	return afterRoom(final, items, resumeFrom, options.out, signalled);
}

/** On the way out: the summary of a finished room (and `--out`), or how to carry on with one that is not. */
function afterRoom(state: HostState, items: readonly QuizItem[], roomFile: string, out: string | undefined, signalled: NodeJS.Signals | undefined): number {
	const write = (line: string) => process.stdout.write(`${line}\n`);
	if (state.phase !== 'finished') {
		write(say().carryOn(roomFile));
		return signalled ? 130 : 0;
	}
	const tally = hostTally(state, items);
	const lines = tallyLines(tally, items, Math.min(process.stdout.columns || 80, 100));
	for (const line of lines) write(line);
	write(say().saved(roomFile));
	if (out === undefined) return 0;
	// The same two forms as `room tally`: text, or with a .json name the tally as JSON.
	return writeOut(out, out.toLowerCase().endsWith('.json') ? `${safeJson(tally, 2)}\n` : `${lines.join('\n')}\n`);
}
