// argv → one command. The only place that writes to stdout/stderr directly and decides the exit code.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { askYesNo } from './confirm.js';
import type { CommandOutput } from './commands.js';
import { clockFromEnv } from './core/clock.js';
import { wholeNumber } from './core/options.js';
import { escapeForTerminal, safeJson } from './core/escape.js';
import { plainWanted, tutorTerminalProblem } from './core/terminal.js';
import { DEFAULT_INTERVIEW_MINUTES, INTERVIEW_MINUTES_RANGE } from './core/interview/compose.js';
import { VERSION } from './meta.js';
import { chooseLocale, parseLocale, setLocale } from './core/i18n/locale.js';
import { loadMessages, t, useMessages } from './core/i18n/messages.js';
import { asciiOnly, writeAsciiOnly } from './ui/theme.js';
import { newSeed } from './ui/seed.js';

// The commands load on demand: what they import (the review scheduler, stats, charts) is not on the tutor's
// start-up path, whose first frame `npm run bench` holds to a ratio of an Ink hello-world.
const commands = () => import('./commands.js');
const roomCommands = () => import('./room-commands.js');

// --help's text is the catalogue's (`t().cli.help`), in the run's language.

/** The options each command takes (--help and --version go anywhere); any other is an error. */
const COMMAND_OPTIONS: Record<string, { options: ReadonlyArray<string>; usage: string }> = {
	'': { options: ['lessons', 'plain'], usage: 'cvm-tutor [--lessons DIR] [--plain]' },
	validate: { options: ['json', 'locale'], usage: 'cvm-tutor validate [DIR] [--locale en|zh-Hant|zh-Hans] [--json]' },
	stats: { options: ['json'], usage: 'cvm-tutor stats [--json]' },
	interview: { options: ['minutes', 'seed', 'json', 'plain'], usage: 'cvm-tutor interview [--minutes 20] [--seed S] [--json]' },
	reset: { options: ['yes', 'chapter'], usage: 'cvm-tutor reset [--chapter ID] [--yes]' },
	whereami: { options: ['json'], usage: 'cvm-tutor whereami [--json]' },
	import: { options: [], usage: 'cvm-tutor import FILE' },
	room: { options: ['chapter', 'count', 'time', 'types', 'names', 'json', 'answers', 'format', 'name', 'out', 'port', 'bind', 'max', 'resume'], usage: 'cvm-tutor room new|join|tally|print|host ...' },
};

/** `room`'s subcommands and the options each takes (checked after the command's own list). */
const ROOM_SUBCOMMANDS: Record<string, { options: ReadonlyArray<string>; usage: string }> = {
	new: { options: ['chapter', 'count', 'time', 'types', 'names'], usage: 'cvm-tutor room new [--chapter ID]... [--count 8] [--time 30] [--types single,...] [--names]' },
	tally: { options: ['json'], usage: 'cvm-tutor room tally CODE [FILE...] [--json]' },
	print: { options: ['answers', 'format'], usage: 'cvm-tutor room print CODE [--answers] [--format md|json]' },
	join: { options: ['name', 'out'], usage: 'cvm-tutor room join CODE [--name NAME] [--out FILE]  |  cvm-tutor room join HOST:PORT CODE [--name NAME] [--out FILE]' },
	host: {
		options: ['chapter', 'count', 'time', 'types', 'names', 'port', 'bind', 'max', 'out', 'resume'],
		usage: 'cvm-tutor room host [--chapter ID]... [--count 8] [--time 30] [--types single,...] [--names] [--port 7420] [--bind ADDR] [--max 300] [--out FILE] | --resume FILE',
	},
};

function print(result: CommandOutput): number {
	for (const line of result.stdout) process.stdout.write(`${line}\n`);
	for (const line of result.stderr) process.stderr.write(`${line}\n`);
	return result.code;
}

/**
 * A usage error: exit 2, with the command's usage line when there is one. `validate --json` also answers in
 * JSON, so a script reading it always finds `ok`.
 */
function usageError(message: string, usage: string | undefined, json = false): number {
	const stdout = json ? [safeJson({ ok: false, problems: [{ file: '', at: '', message }] })] : [];
	const say = t().cli.usage;
	const help = usage ? [say.line(usage), say.more] : [say.help];
	return print({ code: 2, stdout, stderr: [escapeForTerminal(`cvm-tutor: ${message}`), ...help] });
}

/** Why a --lessons folder cannot be used, in one line, before the tutor starts (the tutor would say it twice). */
function lessonsFolderProblem(dir: string): string | undefined {
	try {
		if (!statSync(dir).isDirectory()) return t().cli.usage.lessonsIsFile(dir);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return code === 'ENOENT' || code === 'ENOTDIR' ? t().cli.usage.lessonsMissing(dir) : t().cli.usage.lessonsUnreadable(dir, code);
	}
	return undefined;
}

/**
 * Loads `load` with `fetch` hidden. Ink's layout engine (yoga's WebAssembly loader) asks `typeof fetch` while it
 * loads, and in Node that first look at `fetch` loads its whole HTTP client (undici): 25-35 ms of start-up (a CPU
 * profile of the first frame), for a binary the loader then reads from memory anyway. Only the global's
 * descriptor is swapped, never read, so `fetch` is untouched and works as before once `load` is done.
 */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!descriptor?.configurable) return load();
	Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}

/** `room join HOST:PORT CODE`, read and checked. */
export interface LiveJoin {
	where: { host: string; port: number; label: string };
	secret: string;
	name?: string | undefined;
	out?: string | undefined;
}

async function runTutor(
	lang: string | undefined,
	home: string | undefined,
	lessonsDir: string | undefined,
	interview?: { seed: number; minutes: number; json: boolean },
	room?: { code: string; name?: string | undefined; out?: string | undefined },
	plain = false,
	live?: LiveJoin,
): Promise<number> {
	// `interview --json > report.json`: the JSON goes to the file, and the app draws on the terminal's stderr.
	const screen = interview?.json && !process.stdout.isTTY && process.stderr.isTTY ? process.stderr : process.stdout;
	const problem = tutorTerminalProblem({ stdinTTY: process.stdin.isTTY === true, stdoutTTY: screen.isTTY === true, term: process.env.TERM, plain });
	if (problem) {
		const why =
			live && process.env.TERM !== 'dumb'
				? [t().cli.terminal.live, t().cli.terminal.liveHint(live.where.label, live.secret)]
				: room && process.env.TERM !== 'dumb'
				? [t().cli.terminal.room, t().cli.terminal.roomHint(room.code)]
				: interview && process.env.TERM !== 'dumb'
					? [t().cli.terminal.interview, t().cli.terminal.interviewHint]
					: problem;
		return print({ code: 2, stdout: [], stderr: why });
	}
	// A terminal that is not UTF-8 is drawn in ASCII, where Chinese would be all question marks: English then.
	const ascii = asciiOnly(process.env);
	if (ascii) writeAsciiOnly(screen);
	if (plain) {
		const { startPlain } = await withoutFetch(() => import('./plain/start.js'));
		return startPlain(home, lessonsDir, lang, interview && { seed: interview.seed, minutes: interview.minutes }, ascii);
	}
	const { startTutor } = await withoutFetch(() => import('./tutor.js'));
	return startTutor(home, lessonsDir, { ...(interview ? { interview } : {}), ...(room ? { room } : {}), ...(live ? { live } : {}), ...(lang !== undefined ? { lang } : {}), ...(ascii ? { asciiOnly: true } : {}), screen });
}

/** `reset --chapter ID`: names a wrong id before asking anything, then asks as `reset` does. */
async function resetOneChapter(id: string, yes: boolean, home: string | undefined): Promise<number> {
	const found = await (await commands()).findChapterToReset(id);
	if (!found.ok) return print(found.output);
	if (!yes) {
		if (!process.stdin.isTTY) return print({ code: 2, stdout: [], stderr: [t().cli.reset.confirmChapter(found.id)] });
		const answer = await askYesNo(t().cli.reset.askChapter(found.title), process.stdin, process.stdout);
		if (answer !== 'yes') return print({ code: answer === 'aborted' ? 130 : 1, stdout: [t().cli.reset.nothingErased], stderr: [] });
	}
	return print((await commands()).resetChapterCommand(found, home));
}

/** Standard input as text, to its end. */
async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}

interface RoomValues {
	chapter?: string[] | undefined;
	count?: string | undefined;
	time?: string | undefined;
	types?: string | undefined;
	names?: boolean | undefined;
	json?: boolean | undefined;
	answers?: boolean | undefined;
	format?: string | undefined;
	name?: string | undefined;
	out?: string | undefined;
	port?: string | undefined;
	bind?: string | undefined;
	max?: string | undefined;
	resume?: string | undefined;
}

/** `room new|tally|print` (and `join`, which the room screen will answer). */
async function runRoom(rest: string[], values: RoomValues, home: string | undefined, lang: string | undefined): Promise<number> {
	const [sub, ...args] = rest;
	if (sub === undefined || !Object.hasOwn(ROOM_SUBCOMMANDS, sub)) {
		return usageError(sub === undefined ? t().cli.usage.roomSubcommand : t().cli.usage.unknownRoomSubcommand(sub), COMMAND_OPTIONS.room?.usage);
	}
	const { options, usage } = ROOM_SUBCOMMANDS[sub] as (typeof ROOM_SUBCOMMANDS)[string];
	const stray = Object.keys(values).find((name) => values[name as keyof RoomValues] !== undefined && !options.includes(name));
	if (stray !== undefined) return usageError(t().cli.usage.notTaken(`room ${sub}`, stray), usage);
	const needsCode = () => (args[0] === undefined ? usageError(t().cli.usage.roomCode(sub), usage) : undefined);
	switch (sub) {
		case 'new':
			if (args.length > 0) return usageError(t().cli.usage.unexpected(args[0] as string), usage);
			return print(
				await (await roomCommands()).roomNewCommand(
					{ chapters: values.chapter ?? [], ...(values.count !== undefined ? { count: values.count } : {}), ...(values.time !== undefined ? { time: values.time } : {}), ...(values.types !== undefined ? { types: values.types } : {}), names: values.names === true },
					newSeed(),
				),
			);
		case 'tally': {
			const missing = needsCode();
			if (missing !== undefined) return missing;
			const room = await roomCommands();
			const [code, ...files] = args as [string, ...string[]];
			// Files are read; standard input only when no file is given or one is "-" (the Unix way: a script whose
			// stdin is an open pipe would otherwise wait for it forever).
			const { inputs, problems } = room.readTallyFiles(files.filter((file) => file !== '-'));
			if (files.length === 0 || files.includes('-')) {
				if (process.stdin.isTTY) process.stderr.write(`${t().cli.room.paste}\n`);
				inputs.unshift({ source: process.stdin.isTTY ? t().cli.room.pasted : 'stdin', text: await readStdin() });
			}
			return print(await room.roomTallyCommand(code, inputs, { json: values.json === true, problems, width: Math.min(process.stdout.columns || 80, 100) }));
		}
		case 'print': {
			const missing = needsCode();
			if (missing !== undefined) return missing;
			if (args.length > 1) return usageError(t().cli.usage.unexpected(args[1] as string), usage);
			return print(await (await roomCommands()).roomPrintCommand(args[0] as string, { answers: values.answers === true, format: values.format }));
		}
		case 'host': {
			if (args.length > 0) return usageError(t().cli.usage.unexpected(args[0] as string), usage);
			if (values.resume !== undefined) {
				const made = (['chapter', 'count', 'time', 'types', 'names', 'max'] as const).find((name) => values[name] !== undefined);
				if (made !== undefined) return usageError(t().cli.usage.notWithResume(made), usage);
			}
			// Said after the options are checked (a wrong --count is named first, terminal or not).
			const problem = tutorTerminalProblem({ stdinTTY: process.stdin.isTTY === true, stdoutTTY: process.stdout.isTTY === true, term: process.env.TERM, plain: false });
			const noTerminal = problem && (process.env.TERM === 'dumb' ? problem : [t().cli.terminal.host, t().cli.terminal.hostHint]);
			const ascii = asciiOnly(process.env);
			if (ascii) writeAsciiOnly(process.stdout);
			const { startHost } = await withoutFetch(() => import('./live-host.js'));
			return startHost(home, undefined, {
				given: { chapters: values.chapter ?? [], ...(values.count !== undefined ? { count: values.count } : {}), ...(values.time !== undefined ? { time: values.time } : {}), ...(values.types !== undefined ? { types: values.types } : {}), names: values.names === true },
				port: values.port,
				bind: values.bind,
				max: values.max,
				out: values.out,
				resume: values.resume,
				lang,
				asciiOnly: ascii,
				...(noTerminal ? { noTerminal } : {}),
			});
		}
		default: {
			const missing = needsCode();
			if (missing !== undefined) return missing;
			// `room join HOST:PORT CODE`: a live room on the network (a room code never has a colon in it).
			if (args.length === 2 || (args[0] as string).includes(':')) {
				if (args.length > 2) return usageError(t().cli.usage.unexpected(args[2] as string), usage);
				const { parseHostPort } = await import('./core/room/live/limits.js');
				const { parseSecret } = await import('./core/room/live/secret.js');
				const where = parseHostPort(args[0] as string);
				if (!where.ok) return print({ code: 2, stdout: [], stderr: [escapeForTerminal(`cvm-tutor: ${t().cli.sentence(where.message)}`)] });
				if (args[1] === undefined) return usageError(t().cli.usage.joinCode(where.label), usage);
				const secret = parseSecret(args[1]);
				if (!secret.ok) return print({ code: 2, stdout: [], stderr: [escapeForTerminal(`cvm-tutor: ${t().cli.sentence(secret.message)}`)] });
				return runTutor(lang, home, undefined, undefined, undefined, false, { where, secret: secret.secret, name: values.name, out: values.out });
			}
			if (args.length > 1) return usageError(t().cli.usage.codeWithSpace(args[1] as string), usage);
			// An address without its port (a room code has no dots): the live room's form, not a code's typo.
			if (/^[\w-]+(\.[\w-]+)+$/.test(args[0] as string)) return usageError(t().cli.usage.joinCode(`${args[0]}:PORT`), usage);
			// A mistyped code is named before anything else, on a terminal or not.
			const { decodeRoomCode } = await import('./core/room/code.js');
			const decoded = decodeRoomCode(args[0] as string);
			if (!decoded.ok) return print({ code: 2, stdout: [], stderr: [escapeForTerminal(`cvm-tutor: ${t().cli.sentence(decoded.message)}`)] });
			return runTutor(lang, home, undefined, undefined, { code: decoded.code, name: values.name, out: values.out });
		}
	}
}

export async function main(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				help: { type: 'boolean', short: 'h' },
				version: { type: 'boolean', short: 'v' },
				json: { type: 'boolean' },
				yes: { type: 'boolean', short: 'y' },
				lessons: { type: 'string' },
				plain: { type: 'boolean' },
				lang: { type: 'string' },
				locale: { type: 'string' },
				// Repeatable for `room new`; `reset` takes one.
				chapter: { type: 'string', multiple: true },
				minutes: { type: 'string' },
				seed: { type: 'string' },
				count: { type: 'string' },
				time: { type: 'string' },
				types: { type: 'string' },
				names: { type: 'boolean' },
				name: { type: 'string' },
				out: { type: 'string' },
				port: { type: 'string' },
				bind: { type: 'string' },
				max: { type: 'string' },
				resume: { type: 'string' },
				answers: { type: 'boolean' },
				format: { type: 'string' },
			},
		});
	} catch (error) {
		// The arguments could not be read, so the language is the environment's (or a readable --lang's).
		const early = chooseLocale({ option: argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length) ?? (argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined), env: process.env });
		if (early.ok) useMessages(await loadMessages(early.locale));
		// Node's own wording suggests `-- "--x"`, which means nothing here; name the option instead.
		const { code, message } = error as NodeJS.ErrnoException;
		const option = /'([^']+)'/.exec(message)?.[1];
		const why =
			code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
				? t().cli.usage.unknownOption(option)
				: code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option
					? t().cli.usage.needsValue(option.split(' ')[0] as string)
					: t().cli.sentence(message);
		return usageError(why, undefined, argv.includes('validate') && argv.includes('--json'));
	}
	const { lang, ...values } = parsed.values;
	const { positionals } = parsed;
	const home = process.env.CVM_TUTOR_HOME || undefined;
	// --lang goes with any command. The app reads the saved choice from the progress it opens anyway (src/tutor.tsx);
	// the other commands read it here.
	const tutorRun = positionals[0] === undefined || positionals[0] === 'interview' || (positionals[0] === 'room' && (positionals[1] === 'join' || positionals[1] === 'host'));
	const saved = tutorRun || (lang !== undefined && parseLocale(lang)) ? undefined : (await import('./store/progress-store.js')).savedLocale(home);
	const choice = chooseLocale({ option: lang, saved, env: process.env });
	if (!choice.ok) return usageError(t().cli.lang.unknown(choice.given), undefined);
	setLocale(choice.locale);
	useMessages(await loadMessages(choice.locale));
	if (values.help || positionals[0] === 'help') return print({ code: 0, stdout: [t().cli.help(VERSION)], stderr: [] });
	if (values.version) return print({ code: 0, stdout: [VERSION], stderr: [] });
	const [command, ...rest] = positionals;
	const unknownCommand = () => usageError(t().cli.usage.unknownCommand(command as string), undefined);
	if (command !== undefined && !Object.hasOwn(COMMAND_OPTIONS, command)) return unknownCommand();
	const { options, usage } = COMMAND_OPTIONS[command ?? ''] as (typeof COMMAND_OPTIONS)[string];
	const json = command === 'validate' && values.json === true;
	const given = Object.keys(values).filter((name) => values[name as keyof typeof values] !== undefined);
	const stray = given.find((name) => !options.includes(name));
	if (stray !== undefined) {
		const what = command === undefined ? t().cli.usage.withCommand(stray) : t().cli.usage.notTaken(command, stray);
		return usageError(what, usage, json);
	}
	// A made-up clock (CVM_TUTOR_NOW, for trying review "tomorrow") that is not a time is refused before anything runs.
	const timing = command === 'validate' ? undefined : clockFromEnv(process.env);
	if (timing && !timing.ok) return print({ code: 2, stdout: [], stderr: [escapeForTerminal(`cvm-tutor: ${timing.message}`)] });
	const extra = (max: number) => (rest.length > max ? usageError(t().cli.usage.unexpected(rest[max] as string), usage, json) : undefined);
	switch (command) {
		case undefined: {
			const problem = values.lessons === undefined ? undefined : lessonsFolderProblem(values.lessons);
			if (problem) return usageError(problem, usage);
			return runTutor(lang, home, values.lessons, undefined, undefined, values.plain === true || plainWanted(process.env));
		}
		case 'validate': {
			const locale = values.locale === undefined ? undefined : parseLocale(values.locale);
			if (values.locale !== undefined && locale === undefined) return usageError(t().cli.usage.locale(values.locale), usage, json);
			return extra(1) ?? print(await (await commands()).validateCommand(rest[0], values.json === true, locale));
		}
		case 'stats':
			// "Today" of study days, streaks and due cards is the one clock's (CVM_TUTOR_NOW too), as in the app.
			return extra(0) ?? print(await (await commands()).statsCommand(values.json === true, home, timing?.ok ? timing.clock() : new Date()));
		case 'whereami':
			return extra(0) ?? print(await (await commands()).whereamiCommand(values.json === true));
		case 'interview': {
			const tooMany = extra(0);
			if (tooMany !== undefined) return tooMany;
			// `--json` prints the report after the full-screen app; plain mode says the report as text instead.
			if (values.plain && values.json) return usageError(t().plain.interview.jsonNotPlain, usage);
			const { min, max } = INTERVIEW_MINUTES_RANGE;
			const minutes = values.minutes === undefined ? DEFAULT_INTERVIEW_MINUTES : wholeNumber(values.minutes, min, max);
			if (minutes === undefined) return usageError(t().cli.usage.minutes(min, max, values.minutes), usage);
			const seed = values.seed === undefined ? newSeed() : wholeNumber(values.seed, 0, 0xffffffff);
			if (seed === undefined) return usageError(t().cli.usage.seed(values.seed), usage);
			return runTutor(lang, home, undefined, { seed, minutes, json: values.json === true }, undefined, values.plain === true || (!values.json && plainWanted(process.env)));
		}
		case 'reset': {
			const tooMany = extra(0);
			if (tooMany !== undefined) return tooMany;
			if (values.chapter !== undefined) {
				if (values.chapter.length > 1) return usageError(t().cli.usage.oneChapter, usage);
				return resetOneChapter(values.chapter[0] as string, values.yes === true, home);
			}
			if (!values.yes) {
				if (!process.stdin.isTTY) return print({ code: 2, stdout: [], stderr: [t().cli.reset.confirmAll] });
				const answer = await askYesNo(t().cli.reset.askAll, process.stdin, process.stdout);
				// Ctrl+C or Ctrl+D: the usual exit code of an interrupted command.
				if (answer !== 'yes') return print({ code: answer === 'aborted' ? 130 : 1, stdout: [t().cli.reset.nothingErased], stderr: [] });
			}
			return print((await commands()).resetCommand(home));
		}
		case 'import':
			if (!rest[0]) return usageError(t().cli.usage.importFile, usage);
			return extra(1) ?? print((await commands()).importCommand(rest[0], home));
		case 'room':
			return runRoom(rest, values, home, lang);
		default:
			return unknownCommand(); // refused above already; here for the type checker
	}
}

// A reader that stops early (`cvm-tutor stats | head`) closes the pipe; that is not an error worth a trace.
// Any other write error (a full disk: `stats --json > /dev/full`) is one line on stderr, and exit 1.
for (const [name, stream] of [['stdout', process.stdout], ['stderr', process.stderr]] as const) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		if (stream === process.stdout) {
			try {
				process.stderr.write(`${t().cli.stream.cannotWrite(t().cli.stream[name], error.code ?? error.message)}\n`);
			} catch {
				// stderr is gone too: the exit code is all that is left.
			}
		}
		process.exit(1);
	});
}

process.exitCode = await main(process.argv.slice(2));
