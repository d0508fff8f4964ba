// UI strings of the commands (src/cli.tsx, src/commands.ts, src/room-commands.ts, src/tutor.tsx, the room's code,
// join, tally and handout, the progress store's errors), in English. Command lines, flags, ids, paths and JSON keys
// inside them are code: the same in every locale.

const s = (n: number) => (n === 1 ? '' : 's');

export const cli = {
	/** A message (without its full stop) as a sentence: a room code's, Node's own. */
	sentence: (text: string) => `${text}.`,
	lang: {
		unknown: (given: string) => `--lang wants en, zh-Hant or zh-Hans (zh-TW and zh-CN are read too), not "${given}".`,
	},
	/** `cvm-tutor --help`: at most 80 columns a line (test/ui/cli-fit.test.ts). */
	help: (version: string) => `cvm-tutor ${version}: learn how containers differ from virtual machines

Usage
  cvm-tutor                  open the tutor (needs an interactive terminal)
      --lessons DIR          use the lesson files in DIR (to preview your own)
      --plain                plain mode, for screen readers: text printed once,
                             numbered choices, answers typed and Enter (also on
                             INK_SCREEN_READER=true or TERM=dumb)
  cvm-tutor validate [DIR]   check a lesson folder (default: the bundled one)
      --locale L             also list every string without its L text
                             (zh-Hant or zh-Hans), by file and place
      --json                 print {"ok", "chapters", ..., "problems"}
  cvm-tutor interview        a mock interview: 8-12 questions, a clock on each
      --minutes N            its length, 5 to 90 minutes (default 20)
      --seed S               the same seed and progress ask the same questions
      --json                 print the report as JSON when you leave the app
                             (stdout may be a file; the app draws on stderr)
      --plain                in plain mode (see above)
  cvm-tutor stats [--json]   show the progress that is stored
  cvm-tutor reset [--yes]    erase stored progress (asks first unless --yes)
      --chapter ID           erase one chapter only: its pages read, answers,
                             quizzes and scores (ids: \`cvm-tutor validate\`)
  cvm-tutor import FILE      merge back a copy written when saving failed
  cvm-tutor whereami [--json] inspect this machine: namespaces, cgroup, VM?
  cvm-tutor room new         a room code: one timed quiz for a whole workshop
      --chapter ID           draw from this chapter (repeat it; default: all)
      --count N              questions, 1 to 40 (default 8)
      --time SECONDS         per question, 10 to 300 in steps of 5 (default 30)
      --types T,T,...        single, multiple, true-false, ordering, matching,
                             typed (default: all of them)
      --names                attendees may add a name to their result code
  cvm-tutor room join CODE   take the room's quiz (a countdown per question),
                             then paste the result code it prints in the chat
      --name NAME            your name on the result (rooms made with --names)
      --out FILE             also write the result as JSON
  cvm-tutor room tally CODE [FILE...] [--json]
                             count the result codes in a pasted chat (stdin,
                             or - among the FILEs) or in FILEs (chat logs,
                             \`room join --out\` files)
  cvm-tutor room print CODE [--answers] [--format md|json]
                             the room's quiz as a handout, or as data
  cvm-tutor room host        a live room on this network: you open each
                             question, the room's answers appear as they come
      --chapter, --count, --time, --types, --names   as for room new
      --port P               listen on port P (default 7420, or the next free)
      --bind ADDR            listen on ADDR only (127.0.0.1: try it alone)
      --max N                at most N attendees (default 300)
      --out FILE             also write the final summary (.json: as JSON)
      --resume FILE          carry on a room after its window closed
  cvm-tutor room join HOST:PORT CODE [--name NAME]
                             join a live room, with the address and join
                             code on the trainer's screen

Options
  --lang L                   the language: en, zh-Hant (Taiwan) or zh-Hans
                             (mainland); default: the one chosen in Settings,
                             else LC_ALL / LC_MESSAGES / LANG (zh_TW: zh-Hant)
  -h, --help                 show this help
  -v, --version              print the version

Progress is saved after every answer, in progress.json inside $CVM_TUTOR_HOME
if set, else your user config folder (~/.config/cvm-tutor on Linux).`,
	/** Wrong arguments (exit 2). */
	usage: {
		line: (usage: string) => `Usage: ${usage}`,
		more: 'Run `cvm-tutor --help` for more.',
		help: 'Run `cvm-tutor --help` for usage.',
		unknownOption: (option: string) => `unknown option ${option}.`,
		needsValue: (option: string) => `option ${option} needs a value.`,
		unknownCommand: (command: string) => `unknown command "${command}".`,
		withCommand: (option: string) => `--${option} goes with a command (e.g. \`cvm-tutor stats --json\`).`,
		notTaken: (command: string, option: string) => `${command} does not take --${option}.`,
		unexpected: (argument: string) => `unexpected argument "${argument}".`,
		lessonsIsFile: (dir: string) => `--lessons wants a folder of lesson files, and ${dir} is a file.`,
		lessonsMissing: (dir: string) => `the lesson folder ${dir} does not exist.`,
		lessonsUnreadable: (dir: string, code: string | undefined) => `the lesson folder ${dir} cannot be read (${code}).`,
		locale: (given: string) => `--locale wants en, zh-Hant or zh-Hans, not "${given}".`,
		minutes: (min: number, max: number, given: string | undefined) => `--minutes wants a whole number of minutes from ${min} to ${max}, not "${given}".`,
		seed: (given: string | undefined) => `--seed wants a whole number from 0 to 4294967295, not "${given}".`,
		oneChapter: 'reset takes one --chapter at a time.',
		importFile: 'import needs the file to merge.',
		roomSubcommand: 'room needs a subcommand: new, join, tally or print.',
		unknownRoomSubcommand: (sub: string) => `unknown room subcommand "${sub}"; use new, join, tally or print.`,
		roomCode: (sub: string) => `room ${sub} needs the room code (CVM-…).`,
		codeWithSpace: (argument: string) => `unexpected argument "${argument}": a room code has no spaces in it (or quote it).`,
		notWithResume: (option: string) => `--${option} makes a new room; --resume carries on a room as it was made: leave one of them out.`,
		joinCode: (where: string) => `room join ${where} needs the join code too, as the trainer's screen shows it: cvm-tutor room join ${where} XXXX-XXXX-XXXX.`,
	},
	/** Writing to a closed or full stream. */
	stream: {
		stdout: 'standard output',
		stderr: 'standard error',
		cannotWrite: (name: string, code: string) => `cvm-tutor: cannot write to ${name} (${code}).`,
	},
	/** Why the tutor, a mock interview or a room cannot start here (src/core/terminal.ts: at most 80 columns a line). */
	terminal: {
		pipes: 'cvm-tutor: the tutor needs a terminal; its input and output are pipes or files.',
		output: 'cvm-tutor: the tutor draws on a terminal, but its output is a pipe or a file.',
		input: 'cvm-tutor: the tutor reads keys from a terminal; its input is a pipe or a file.',
		dumb: 'cvm-tutor: the tutor moves the cursor, which this terminal (TERM=dumb) cannot.',
		alternatives: 'Run it in a terminal, or use a command that needs none:',
		dumbAlternatives: ['Run it with a TERM that moves the cursor (for example TERM=xterm-256color),', 'or use a command that needs none:'],
		room: 'cvm-tutor: room join asks its questions with a countdown on a terminal, and this is not one.',
		roomHint: (code: string) => `Run \`cvm-tutor room join ${code}\` in a terminal window; \`cvm-tutor room print ${code}\` gives the same quiz as text.`,
		interview: 'cvm-tutor: a mock interview asks its questions on a terminal, and this is not one.',
		interviewHint: 'Past mocks are in `cvm-tutor stats --json` (field "interviews").',
		live: 'cvm-tutor: room join shows the live room\'s questions on a terminal, and this is not one.',
		liveHint: (where: string, code: string) => `Run \`cvm-tutor room join ${where} ${code}\` in a terminal window.`,
		host: 'cvm-tutor: room host draws the room for the trainer on a terminal, and this is not one.',
		hostHint: 'Run `cvm-tutor room host` in a terminal window (the one you show on the projector).',
	},
	/** A yes/no question: what counts as yes besides y and yes. */
	confirm: {
		yes: [] as string[],
	},
	reset: {
		confirmAll: 'cvm-tutor: reset needs confirmation; run `cvm-tutor reset --yes` to erase progress.',
		confirmChapter: (id: string) => `cvm-tutor: reset needs confirmation; run \`cvm-tutor reset --chapter ${id} --yes\` to erase that chapter's progress.`,
		askAll: 'Erase all saved progress? This cannot be undone. [y/N] ',
		askChapter: (title: string) => `Erase your progress in chapter ${title} (pages read, answers, quizzes, scores)? This cannot be undone. [y/N] `,
		nothingErased: 'Nothing erased.',
		erased: (path: string) => `Progress erased (${path}).`,
		chapterErased: (title: string, path: string) => `Progress in chapter ${title} erased; the other chapters are as they were (${path}).`,
		cannot: (why: string) => `cvm-tutor: cannot reset: ${why}`,
	},
	/** A chapter id that is not one (reset --chapter, room new --chapter); the ids follow, one a line. */
	noChapter: (id: string) => `cvm-tutor: there is no chapter "${id}". Give one of these ids:`,
	lessonsBroken: 'The bundled lessons are broken; reinstall cvm-tutor.',
	validate: {
		warning: (text: string) => `warning: ${text}`,
		problems: (count: number, folder: string, command: string) => `${count} problem${s(count)} in ${folder}. Fix ${count === 1 ? 'it' : 'them'} and run \`${command}\` again.`,
		notReady: (count: number, folder: string, locale: string, command: string) =>
			`${count} string${s(count)} of ${folder} not ready in ${locale}. Translate ${count === 1 ? 'it' : 'them'} and run \`${command}\` again.`,
		okIn: (folder: string, locale: string) => `${folder}: OK in ${locale}`,
		complete: (chapters: number, questions: number, locale: string) => `${chapters} chapter${s(chapters)}, ${questions} questions: every string has its ${locale} text.`,
		ok: (folder: string) => `${folder}: OK`,
		/** `types`: "12 single, 4 multiple, ...", from `typeCount`. */
		summary: (chapters: number, questions: number, types: string) => `${chapters} chapter${s(chapters)}, ${questions} questions (${types})`,
		typeCount: (n: number, type: string) => `${n} ${type}`,
		typeSeparator: ', ',
		chapter: (order: number, id: string, pages: number, questions: number) => `  ${String(order).padStart(2)}. ${id}  ${pages} pages, ${questions} questions`,
	},
	stats: {
		file: (path: string) => `Progress file: ${path}`,
		chapter: (order: number, title: string, v: { pagesRead: number | undefined; pagesTotal: number | undefined; answered: number | undefined; questions: number | undefined; best: { correct: number; total: number } | undefined }) =>
			`  ${order}. ${title}: ${v.pagesRead}/${v.pagesTotal} pages, ${v.answered}/${v.questions} answered, ${v.best ? `best ${v.best.correct}/${v.best.total}` : 'quiz not taken'}`,
		answers: (given: number, percent: number, toReview: number) => `${given} answer${s(given)} given, ${percent}% right; ${toReview} to review.`,
		study: (total: number, streak: number, longest: number) => `Study days: ${total}; streak ${streak} (longest ${longest}).`,
		due: (today: number, days: number, counts: readonly number[]) => `Review: ${today} due today; then, on each of the next ${days} days: ${counts.join(' ')}.`,
		scores: (percents: readonly string[]) => `Scores over time (oldest first): ${percents.join(' ')}`,
		weakest: (tags: ReadonlyArray<{ tag: string; percent: number }>) => `Weakest misconceptions: ${tags.map((m) => `${m.tag} ${m.percent}%`).join(', ')}`,
	},
	import: {
		tooBig: (file: string) => `cvm-tutor: ${file} is too big to be progress.`,
		cannotRead: (file: string, code: string) => `cvm-tutor: cannot read ${file} (${code}).`,
		notProgress: (file: string, why: string) => `cvm-tutor: ${file} does not hold cvm-tutor progress: ${why}.`,
		failed: (why: string) => `cvm-tutor: could not import: ${why}`,
		merged: (file: string, path: string) => `Progress from ${file} merged into ${path}. You can delete ${file}.`,
	},
	/** The interactive tutor's lines before and after the app (src/tutor.tsx). */
	tutor: {
		saved: (path: string) => `Saved to ${path}. Run \`cvm-tutor\` to continue.`,
		nothingYet: (path: string) => `No progress yet; it will be kept in ${path}.`,
		notSavedNoCopy: (why: string, copy: string, code: string) => `Progress NOT saved: ${why}. A copy could not be written to ${copy} either (${code}).`,
		notSaved: (why: string, copy: string, path: string) => `Progress NOT saved: ${why}. A copy is in ${copy}; once ${path} can be written, run \`cvm-tutor import ${copy}\` to bring it back.`,
		noReport: 'cvm-tutor: the mock interview was not finished, so there is no report to print.',
		lessonsBroken: 'cvm-tutor: the lesson files above are broken. Fix them (`cvm-tutor validate` lists every problem).',
		lessonsChanged: 'The lesson files changed since this build was made; checking them in full.',
	},
	room: {
		/** src/core/room/code.ts: why a typed room code cannot be read (a sentence without its full stop). */
		code: {
			empty: 'the room code is empty: it looks like CVM-XXXX-XXXX-XXXX-XXXX; ask the trainer for it',
			character: (position: number, char: string) => `character ${position} ('${char}') cannot be in a room code (it uses digits and letters but U): check that character`,
			newer: (format: number) => `this room code is from a newer cvm-tutor (format ${format}): run the same command with npx cvm-tutor@latest (e.g. npx cvm-tutor@latest room join CODE)`,
			length: (count: number, length: number, short: boolean, later: boolean) =>
				`CVM-… has ${count} character${s(count)} after CVM-, a room code has ${length}: ${short ? 'check you copied all of it' : 'check for extra characters'}${later ? ' (or, if the trainer runs a newer cvm-tutor, use npx cvm-tutor@latest)' : ''}`,
			check: 'the check character does not match: a character was mistyped; ask the trainer to paste the code again',
			format0: 'this is not a cvm-tutor room code (unknown format 0): ask the trainer to paste the code again',
			tooMany: (count: number, seconds: number, maxCount: number, maxSeconds: number) =>
				`this room code asks for ${count} questions of ${seconds} s; cvm-tutor makes at most ${maxCount} of ${maxSeconds} s: ask the trainer to make the room again with cvm-tutor room new`,
		},
		/** src/core/room/compose.ts: lessons of another version (a sentence without its full stop). */
		otherLessons: (version: string, command: string) => `This room uses cvm-tutor ${version}'s lessons; run \`npx cvm-tutor@${version} ${command}\``,
		/** Why a room's questions cannot be drawn from these lessons (compose.ts; a clause, quoted in other messages). */
		badChapter: (chapter: number, chapters: number) => `the room asks for chapter ${chapter}, and these lessons have ${chapters}`,
		noTypesInChapters: "no question of the room's types is in its chapters",
		/** src/core/room/join.ts. */
		join: {
			otherLessons: (message: string) => `${message} (your lessons are another version's, so the questions would differ).`,
			cannotTake: (code: string, why: string) => `the room ${code} cannot be taken with these lessons: ${why}.`,
			anonymous: 'This room keeps attendees anonymous: your name is not added.',
			noPrintableName: 'That name has no printable characters: none is added.',
		},
		doesNotFit: (why: string) => `cvm-tutor: ${why}: this room code does not fit these lessons; ask the trainer to make the room again.`,
		/** `room new`'s options. */
		firstChapters: (n: number) => `cvm-tutor: a room can name the first ${n} chapters one by one; leave out --chapter to use all of them.`,
		count: (min: number, max: number, given: string | undefined) => `cvm-tutor: --count wants a whole number of questions from ${min} to ${max}, not "${given}".`,
		time: (min: number, max: number, step: number, given: string | undefined) => `cvm-tutor: --time wants seconds per question from ${min} to ${max} in steps of ${step} (10, 15, 20, ...), not "${given}".`,
		types: (types: readonly string[], name: string) => `cvm-tutor: --types takes a comma-separated list of ${types.join(', ')}; "${name}" is not one.`,
		typesEmpty: (types: readonly string[]) => `cvm-tutor: --types takes a comma-separated list of ${types.join(', ')}.`,
		noQuestion: (types: readonly string[]) => `cvm-tutor: no question of type ${types.join(', ')} is in the chapters chosen; choose other --types or --chapter.`,
		/** "8 questions from chapters 3, 4 (single, multiple), 30 s each, about 4 min"; `chapters` undefined: all. */
		summary: (questions: number, chapters: readonly number[] | undefined, types: readonly string[] | undefined, seconds: number, minutes: number) =>
			`${questions} question${s(questions)} from ${chapters ? `chapter${s(chapters.length)} ${chapters.join(', ')}` : 'all chapters'} (${types ? types.join(', ') : 'every closed type'}), ${seconds} s each, about ${minutes} min`,
		created: {
			code: (code: string) => `Room code: ${code}`,
			join: (code: string) => `Attendees type: npx cvm-tutor room join ${code}`,
			only: (available: number) => `Only ${available} question${s(available)} match${available === 1 ? 'es' : ''}, so the room asks all of them.`,
			names: 'Attendees may add a name to their result code.',
			tally: (code: string) => `Afterwards, paste the chat into: cvm-tutor room tally ${code}`,
		},
		/** `room tally`'s input. */
		paste: 'Paste the chat (or the result codes), then press Ctrl+D on a line of its own.',
		pasted: 'pasted text',
		notAFile: (file: string) => `cvm-tutor: ${file} is not a file; skipped.`,
		tooLarge: (file: string) => `cvm-tutor: ${file} is larger than 20 MB, too big for a chat log; skipped.`,
		cannotRead: (file: string, code: string) => `cvm-tutor: cannot read ${file} (${code}); skipped.`,
		noResult: (code: string, leftOut: number) =>
			`cvm-tutor: no result code of room ${code} was found${leftOut ? ` (${leftOut} left out)` : ''}; paste the chat, or give the files, that hold the CVMR-… codes.`,
		format: (format: string) => `cvm-tutor: --format takes md or json, not "${format}".`,
		/** After `room join` (src/tutor.tsx). */
		carryOn: (code: string, answered: number, total: number) => `Room ${code}: ${answered} of ${total} answered, all kept. Run \`cvm-tutor room join ${code}\` to carry on.`,
		result: (code: string, correct: number, total: number) => `Room ${code}: ${correct} of ${total} right.\nYour result code, to paste into the call's chat:`,
		written: (file: string) => `Also written to ${file}.`,
		notWritten: (file: string, code: string) => `cvm-tutor: could not write ${file} (${code}); the result code above is all you need.`,
		/** `room tally`'s report (src/core/room/tally-lines.ts); marks are padded to one width there. */
		tally: {
			heading: (code: string, attendees: number, questions: number) => `Room ${code}: ${attendees} attendee${s(attendees)} counted, ${questions} question${s(questions)}`,
			names: (names: readonly string[]) => `Names: ${names.join(', ')}`,
			leftOut: (n: number) => `${n} code${s(n)} left out:`,
			rejected: (source: string, line: number, message: string, malformed: boolean) => `${source} line ${line}: ${malformed ? `not readable: ${message}` : message}`,
			right: (percent: string, right: number, attendees: number) => `${percent} right (${right} of ${attendees})`,
			partly: (n: number) => `${n} partly right`,
			unanswered: (n: number) => `${n} unanswered`,
			median: (seconds: number) => `median ${seconds} s`,
			factSeparator: ', ',
			mark: { right: 'right', partly: 'partly', wrong: 'wrong' },
			mostCommonWrong: (count: number, answer: string) => `Most common wrong answer (${count}): ${answer}`,
			misconception: (tag: string) => `misconception: ${tag}`,
			scores: 'Scores (right answers per attendee)',
			scoreRow: (score: string) => `${score} right`,
			allRight: 'Discuss these first: nothing; the room got every question right.',
			noAnswers: 'Discuss these first: no answers yet.',
			discuss: 'Discuss these first:',
			share: (percent: string) => `(${percent} right)`,
		},
		/** `room print`'s Markdown handout (src/core/room/print.ts); the JSON form has no words of its own. */
		print: {
			title: (code: string, answers: boolean) => `# cvm-tutor room ${code}${answers ? ' (with answers)' : ''}`,
			intro: (questions: number, seconds: number, minutes: number, code: string) =>
				`${questions} question${s(questions)}, ${seconds} s each (about ${minutes} min). Join with \`npx cvm-tutor room join ${code}\`.`,
			selectAll: 'Select all that apply.',
			order: 'Put in order:',
			match: 'Match each numbered item with a lettered one (some letters may match none):',
			trueOrFalse: 'True or false?',
			command: 'Write the command: ______________________',
			value: 'Write the value: ______________________',
			answer: (shown: string) => `**Answer:** ${shown}`,
			/** Between accepted forms of a typed answer. */
			or: ' or ',
			source: (link: string) => `Source: ${link}`,
		},
	},
	/** The progress file (src/store/progress-store.ts): what is wrong, and what to do. */
	/** The live room (room host, room join HOST:PORT CODE): src/core/room/live, src/net. */
	live: {
		rejoin: (command: string) => `Your answers in the live room are kept. To rejoin it: ${command}`,
		hostPort: (given: string) => `"${given}" is not HOST:PORT: copy it from the trainer's screen (e.g. 192.168.1.23:7420)`,
		port: (given: string) => `port ${given} is not 1-65535: copy HOST:PORT from the trainer's screen`,
		link: {
			nobody: (where: string, why: string) => `no cvm-tutor room answers at ${where} (${why}): check the address on the trainer's screen, and that you are on the same network`,
			timeout: 'the host did not answer in time',
			tooLarge: 'the host sent more than a message can hold',
			refused: 'nothing listens at that address and port',
			notFound: (host: string) => `no machine is called ${host} on this network`,
			unreachable: 'that address cannot be reached from this network',
			reset: 'the connection was cut',
			refusedBy: (reason: string) => `the host refused to let this laptop in (${reason})`,
			wait: 'too many wrong join codes from this address: waiting before the next try',
			status: (status: number) => `the host answered with HTTP ${status}`,
			silent: 'nothing heard from the host for a while',
			closed: 'the host closed the connection',
			rejoin: 'the host no longer knew this connection: joining again',
		},
		host: {
			port: (given: string) => `--port wants a port number from 0 to 65535 (0: any free port), not "${given}"`,
			max: (given: string, limit: number) => `--max wants a number of attendees from 1 to ${limit}, not "${given}"`,
			noFolder: (folder: string, code: string) => `cannot make ${folder} for the room file (${code}): check the folder's permissions, or set CVM_TUTOR_HOME to a folder you can write`,
			inUse: (port: number, resumed: boolean) =>
				resumed
					? `port ${port} is in use (is the room's old host still running?): close it, then run the same command again; attendees look for the room on port ${port}`
					: `port ${port} is in use by another program: pick another with --port, e.g. --port ${port + 1}, or --port 0 for any free port`,
			notHere: (bind: string) => `--bind ${bind} is not an address of this machine: leave --bind out to listen on all of them, or use --bind 127.0.0.1 to try a room alone`,
			privileged: (port: number) => `port ${port} needs administrator rights: use a port above 1023, e.g. --port 7420`,
			cannotListen: (bind: string, port: number, why: string) => `cannot listen on ${bind}:${port} (${why})`,
			resumeTooLarge: (path: string) => `${path} is too large to be a room file: check the path given to --resume`,
			resumeUnreadable: (path: string, code: string) => `cannot read the room file ${path} (${code}): check the path given to --resume`,
			resumeBroken: (path: string, why: string) => `${path} is not a room file cvm-tutor can resume: ${why}`,
			resumeOtherLessons: (path: string, version: string) => `the room in ${path} was made with other lessons: run it with the cvm-tutor that made it, npx cvm-tutor@${version} room host --resume ${path}`,
			carryOn: (path: string) => `The room is saved in ${path}. To carry on where it stopped (attendees reconnect by themselves): cvm-tutor room host --resume ${path}`,
			notSaved: (path: string, why: string, copy: string) => `the room could NOT be saved in ${path} (${why}); a copy with every answer is in ${copy}`,
			notSavedNoCopy: (path: string, why: string, code: string) => `the room could NOT be saved in ${path} (${why}), nor a copy in the temporary folder (${code})`,
			saved: (path: string) => `The room, with every answer, is saved in ${path}.`,
		},
		secret: {
			empty: 'the join code is empty: it looks like XXXX-XXXX-XXXX, on the trainer\'s screen',
			character: (position: number, char: string) => `character ${position} ('${char}') cannot be in a join code (it uses digits and letters but U): check that character`,
			length: (count: number, length: number) => `the join code has ${count} character${s(count)}, it should have ${length}: check it against the trainer's screen`,
			check: 'the join code\'s check character does not match: a character was mistyped; check it against the trainer\'s screen',
		},
	},
	store: {
		homeRelative: (path: string) => `CVM_TUTOR_HOME must be a full path, not ${path} (e.g. ~/.cvm-tutor).`,
		xdgRelative: (path: string) => `XDG_CONFIG_HOME ${path} is not a full path; set CVM_TUTOR_HOME.`,
		/** `home`: HOME quoted, or undefined when it is empty. */
		noHome: (home: string | undefined) => `HOME is ${home !== undefined ? `not a full path (${home})` : 'empty'}: no config folder. Set HOME or CVM_TUTOR_HOME.`,
		partFile: (folder: string) => `cannot use ${folder}: part of it is a file. Set CVM_TUTOR_HOME.`,
		cannotUse: (folder: string, code: string) => `cannot use ${folder} (${code}). Set CVM_TUTOR_HOME.`,
		partIsFile: (folder: string, at: string) => `cannot use ${folder}: ${at} is a file. Set CVM_TUTOR_HOME.`,
		cannotCreate: (folder: string, code: string) => `cannot create ${folder} (${code}). Set CVM_TUTOR_HOME.`,
		notJson: (detail: string) => `it is not valid JSON (${detail})`,
		notObject: 'it does not hold a JSON object',
		wrongShape: (detail: string) => `its content has the wrong shape (${detail})`,
		diskFull: (code: string, path: string) => `the disk is full (${code}) at ${path}`,
		noPermission: (folder: string, code: string) => `no permission to write ${folder} (${code})`,
		readOnlyFs: (folder: string) => `${folder} is on a read-only filesystem (EROFS)`,
		locked: (detail: string) => `another cvm-tutor is saving and did not finish (${detail})`,
		cannotWrite: (path: string, code: string) => `cannot write ${path} (${code})`,
		noFolder: (code: string) => `cannot find the progress folder (${code}). Set CVM_TUTOR_HOME.`,
		folderIsFile: (folder: string) => `${folder} is a file; set CVM_TUTOR_HOME.`,
		cannotOpen: (folder: string, code: string) => `cannot open ${folder} (${code}). Check it, or set CVM_TUTOR_HOME.`,
		danglingLink: (path: string, code: string) => `${path} is a link that leads nowhere (${code}). Remove it, and cvm-tutor starts a new file.`,
		linkOutside: (path: string, real: string, folder: string) => `${path} is a link to ${real}, outside ${folder}; cvm-tutor will not write through it.`,
		linksOutside: (path: string) => `${path} links outside; put a copy there.`,
		notRegular: (path: string) => `${path} is not a regular file. Move it away, and cvm-tutor starts a new one.`,
		tooBig: (path: string, size: string, max: string) => `${path} is ${size}, more than the ${max} cvm-tutor reads. Move it away (or run \`cvm-tutor reset\`) to start fresh.`,
		readOnly: (path: string) => `${path} is read-only`,
		cannotRead: (path: string, code: string) => `cannot read ${path} (${code}). Check its permissions.`,
		newerReadOnly: (path: string) => `${path} was written by a newer cvm-tutor; update cvm-tutor to save here`,
		newer: (path: string, version: number) => `Progress file ${path} was written by a newer cvm-tutor (progress version ${version}). It is left as it is and nothing is saved: update cvm-tutor to continue.`,
		willMoveAside: (path: string, why: string) => `Progress file ${path} cannot be read: ${why}. The tutor will move it aside and start fresh when it opens.`,
		cannotMoveAside: (path: string, why: string, code: string) => `${path} cannot be used: ${why}. Moving it aside failed (${code}); move or fix it by hand.`,
		movedAside: (why: string, aside: string) => `Progress file could not be read (${why}); it was moved to ${aside}. Starting fresh.`,
		grew: (path: string, size: string) => `${path} grew to ${size}, more than cvm-tutor reads`,
		newerMeanwhile: (path: string, version: number) => `${path} was written meanwhile by a newer cvm-tutor (progress version ${version}); update cvm-tutor`,
		/** `readOnly` is one of the reasons above. */
		chmodReset: (readOnly: string) => `${readOnly}; chmod u+w to reset.`,
		chmodChange: (readOnly: string) => `${readOnly}; chmod u+w to change it.`,
		recovered: (answers: number, kept: string) => `Recovered ${answers} answer${s(answers)} that an older cvm-tutor had moved aside (the file is kept as ${kept}).`,
	},
	/** Why a pasted result code is left out of a tally (src/core/room/result.ts, tally.ts). */
	resultCode: {
		damaged: (why: string) => `damaged: ${why}; ask for it to be pasted again`,
		badCharacter: (n: number, char: string) => `character ${n} ('${char}') cannot be in a result code`,
		tooShort: 'it is too short',
		checksum: 'its checksum does not match (a character changed, or it was cut short)',
		otherFormat: (format: number) => `made by another cvm-tutor (result format ${format}): tally with the version the room uses`,
		otherRoom: 'from another room',
		count: (answers: number, questions: number) => `holds ${answers} answers, and the room has ${questions} questions`,
		tooLong: 'is longer than its answers',
		cutShort: 'ends before its last answer',
		answer: (questionId: string, what: string) => `its answer to ${questionId} ${what}`,
		noSuchChoice: 'names a choice the question does not have',
		noSuchItem: 'places an item the question does not have',
		noSuchPair: 'pairs an item the question does not have',
		notUtf8: 'is not UTF-8 text',
		explain: 'is to an explain question, which a room does not ask',
		duplicate: (attendee: string, where: string) => `duplicate: attendee ${attendee} was counted already (${where})`,
		line: (line: number) => `line ${line}`,
		fileLine: (source: string, line: number) => `${source} line ${line}`,
	},
};
