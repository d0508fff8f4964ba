// Typed answers: what counts as "the same command" and, for a near miss, what differs.
// A command is split into words like a shell would (quotes group, no expansion), then known commands are put
// into a canonical form: long flags become their short alias (`--publish` -> `-p`), `--flag=value` and `-p8080:80`
// are split, bundled short flags are unbundled (`-it` -> `-i -t`), and options whose order does not matter are
// sorted. Values compare by spacing and case only. Options that cannot change what a question tests (`--rm`,
// `--name x`, `-i`, `-t`: a command's `harmless` list) may be added; a question opts out per option.

export interface FlagSpec {
	/** Canonical spelling, e.g. `-p`. */
	name: string;
	aliases?: string[];
	/** Takes a value (`-p 8080:80`) rather than being a switch (`-d`). */
	value?: boolean;
	/** Rewrites a value to its canonical form (e.g. `8080:80/tcp` is `8080:80`). */
	normalise?: (value: string) => string;
}

export interface CommandSpec {
	/** The words that name the command, e.g. `docker run`; `aliases` are other spellings of them. */
	words: string[];
	aliases?: string[][];
	flags: FlagSpec[];
	/**
	 * Whether options may come after the first operand (`docker network create app --driver bridge`).
	 * When false, everything after the first operand is the operand list as typed (`docker run IMAGE CMD...`).
	 */
	interspersed: boolean;
	/** The first operand is an image reference, where no tag means `:latest` (`nginx` = `nginx:latest`). */
	image?: boolean;
	/**
	 * Options a learner may add when the answer does not have them, because they change how the command runs
	 * for the learner (cleanup, a name, a terminal) but not what a question about it tests.
	 */
	harmless?: string[];
}

const stripTcp = (value: string) => value.replace(/\/tcp$/i, '');

const DOCKER_RUN_FLAGS: FlagSpec[] = [
	{ name: '-d', aliases: ['--detach'] },
	{ name: '-i', aliases: ['--interactive'] },
	{ name: '-t', aliases: ['--tty'] },
	{ name: '-P', aliases: ['--publish-all'] },
	{ name: '--rm' },
	{ name: '--init' },
	{ name: '--privileged' },
	{ name: '--read-only' },
	{ name: '-p', aliases: ['--publish'], value: true, normalise: stripTcp },
	{ name: '-e', aliases: ['--env'], value: true },
	{ name: '-v', aliases: ['--volume'], value: true },
	{ name: '-u', aliases: ['--user'], value: true },
	{ name: '-m', aliases: ['--memory'], value: true, normalise: (v) => v.toLowerCase() },
	{ name: '-w', aliases: ['--workdir'], value: true },
	{ name: '-h', aliases: ['--hostname'], value: true },
	{ name: '--name', value: true },
	{ name: '--network', aliases: ['--net'], value: true },
	{ name: '--cpus', value: true },
	{ name: '--pids-limit', value: true },
	{ name: '--memory-swap', value: true, normalise: (v) => v.toLowerCase() },
	{ name: '--cap-add', value: true, normalise: (v) => v.toUpperCase().replace(/^CAP_/, '') },
	{ name: '--cap-drop', value: true, normalise: (v) => v.toUpperCase().replace(/^CAP_/, '') },
	{ name: '--security-opt', value: true },
	{ name: '--pid', value: true },
	{ name: '--ipc', value: true },
	{ name: '--uts', value: true },
	{ name: '--userns', value: true },
	{ name: '--platform', value: true },
	{ name: '--restart', value: true },
	{ name: '--mount', value: true },
	{ name: '--tmpfs', value: true },
	{ name: '--ip', value: true },
	{ name: '--dns', value: true },
	{ name: '--entrypoint', value: true },
	{ name: '--runtime', value: true },
];

/** Remove the container on exit, name it, give it a terminal: how it runs for the learner, not what it does. */
const DOCKER_RUN_HARMLESS = ['--rm', '--name', '-i', '-t'];

/** unshare(1) and nsenter(1) name the namespace types with the same switches. */
const NAMESPACE_FLAGS: FlagSpec[] = [
	{ name: '-m', aliases: ['--mount'] },
	{ name: '-u', aliases: ['--uts'] },
	{ name: '-i', aliases: ['--ipc'] },
	{ name: '-n', aliases: ['--net'] },
	{ name: '-p', aliases: ['--pid'] },
	{ name: '-U', aliases: ['--user'] },
	{ name: '-C', aliases: ['--cgroup'] },
];

/** The commands whose options are understood. Anything else is compared word for word (spacing normalised). */
export const COMMANDS: CommandSpec[] = [
	{ words: ['docker', 'run'], aliases: [['docker', 'container', 'run']], flags: DOCKER_RUN_FLAGS, interspersed: false, image: true, harmless: DOCKER_RUN_HARMLESS },
	{ words: ['docker', 'create'], aliases: [['docker', 'container', 'create']], flags: DOCKER_RUN_FLAGS, interspersed: false, image: true, harmless: DOCKER_RUN_HARMLESS },
	{
		words: ['docker', 'exec'],
		aliases: [['docker', 'container', 'exec']],
		flags: [
			{ name: '-d', aliases: ['--detach'] },
			{ name: '-i', aliases: ['--interactive'] },
			{ name: '-t', aliases: ['--tty'] },
			{ name: '--privileged' },
			{ name: '-e', aliases: ['--env'], value: true },
			{ name: '-u', aliases: ['--user'], value: true },
			{ name: '-w', aliases: ['--workdir'], value: true },
		],
		interspersed: false,
		harmless: ['-i', '-t'],
	},
	{
		words: ['docker', 'network', 'create'],
		flags: [
			{ name: '-d', aliases: ['--driver'], value: true },
			{ name: '--subnet', value: true },
			{ name: '--gateway', value: true },
			{ name: '--ip-range', value: true },
			{ name: '-o', aliases: ['--opt'], value: true },
			{ name: '--internal' },
			{ name: '--attachable' },
			{ name: '--ipv6' },
		],
		interspersed: true,
	},
	{
		words: ['docker', 'network', 'connect'],
		flags: [
			{ name: '--ip', value: true },
			{ name: '--alias', value: true },
		],
		interspersed: true,
	},
	{ words: ['docker', 'top'], aliases: [['docker', 'container', 'top']], flags: [], interspersed: false },
	{ words: ['docker', 'port'], aliases: [['docker', 'container', 'port']], flags: [], interspersed: false },
	{
		words: ['unshare'],
		flags: [
			...NAMESPACE_FLAGS,
			{ name: '-T', aliases: ['--time'] },
			{ name: '-f', aliases: ['--fork'] },
			{ name: '-r', aliases: ['--map-root-user'] },
			{ name: '--mount-proc' },
		],
		interspersed: false,
	},
	{
		words: ['nsenter'],
		flags: [
			{ name: '-t', aliases: ['--target'], value: true },
			...NAMESPACE_FLAGS,
			{ name: '-a', aliases: ['--all'] },
		],
		interspersed: false,
	},
];

/** Splits a command line into words: spaces separate, quotes group, a backslash escapes the next character. */
export function splitWords(line: string): string[] {
	const words: string[] = [];
	let word = '';
	let inWord = false;
	let quote: '"' | "'" | undefined;
	for (let i = 0; i < line.length; i++) {
		const char = line[i] as string;
		if (quote) {
			if (char === quote) quote = undefined;
			else if (char === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
			else word += char;
		} else if (char === '"' || char === "'") {
			quote = char;
			inWord = true;
		} else if (char === '\\' && i + 1 < line.length) {
			word += line[++i];
			inWord = true;
		} else if (/\s/.test(char)) {
			if (inWord) words.push(word);
			word = '';
			inWord = false;
		} else {
			word += char;
			inWord = true;
		}
	}
	if (inWord) words.push(word);
	return words;
}

/** A command in canonical form. */
export interface CanonicalCommand {
	/** The command's words (`docker run`), or every word for a command this module does not know. */
	command: string;
	known: boolean;
	/** `-p 8080:80`, `-d`: sorted, so their order does not matter. */
	options: string[];
	/** Operands in the order typed (`nginx`, then the container's own command). */
	operands: string[];
	/** Options typed that the command does not have, kept as typed. */
	unknown: string[];
}

function findSpec(words: string[]): { spec: CommandSpec; length: number } | undefined {
	let best: { spec: CommandSpec; length: number } | undefined;
	for (const spec of COMMANDS) {
		for (const spelling of [spec.words, ...(spec.aliases ?? [])]) {
			const matches = spelling.every((word, i) => words[i] === word);
			if (matches && spelling.length > (best?.length ?? 0)) best = { spec, length: spelling.length };
		}
	}
	return best;
}

function flagOf(spec: CommandSpec, name: string): FlagSpec | undefined {
	return spec.flags.find((flag) => flag.name === name || flag.aliases?.includes(name));
}

export function canonicalCommand(line: string): CanonicalCommand {
	const words = splitWords(line);
	const found = findSpec(words);
	if (!found) return { command: words.join(' '), known: false, options: [], operands: [], unknown: [] };
	const { spec } = found;
	const options: string[] = [];
	const operands: string[] = [];
	const unknown: string[] = [];
	const rest = words.slice(found.length);
	let optionsEnded = false;
	const add = (flag: FlagSpec, value?: string) => {
		if (!flag.value) options.push(flag.name);
		else options.push(`${flag.name} ${value === undefined ? '' : (flag.normalise?.(value) ?? value)}`.trimEnd());
	};
	for (let i = 0; i < rest.length; i++) {
		const word = rest[i] as string;
		if (optionsEnded || word === '-' || !word.startsWith('-')) {
			operands.push(word);
			if (!spec.interspersed) optionsEnded = true;
			continue;
		}
		if (word === '--') {
			optionsEnded = true;
			continue;
		}
		if (word.startsWith('--')) {
			const eq = word.indexOf('=');
			const name = eq === -1 ? word : word.slice(0, eq);
			const flag = flagOf(spec, name);
			if (!flag) unknown.push(word);
			else if (!flag.value) add(flag);
			else add(flag, eq === -1 ? rest[++i] : word.slice(eq + 1));
			continue;
		}
		// Short flags: `-p 80`, `-p80`, `-p=80`, `-it`.
		const letters = word.slice(1);
		for (let j = 0; j < letters.length; j++) {
			const flag = flagOf(spec, `-${letters[j]}`);
			if (!flag) {
				unknown.push(j === 0 ? word : `-${letters.slice(j)}`);
				break;
			}
			if (!flag.value) {
				add(flag);
				continue;
			}
			const attached = letters.slice(j + 1).replace(/^=/, '');
			add(flag, attached || rest[++i]);
			break;
		}
	}
	if (spec.image && operands[0]) operands[0] = operands[0].replace(/:latest$/, '');
	return { command: found.spec.words.join(' '), known: true, options: options.sort(), operands, unknown };
}

export function normaliseValue(text: string): string {
	return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Splits the typed command's options into those that count and the harmless ones it may carry on top of the
 * answer: an option counts when the answer has it (with any value), or when the question lists it in
 * `strictOptions`.
 */
function splitHarmless(typed: CanonicalCommand, expected: CanonicalCommand, strictOptions: readonly string[]): { counted: string[]; ignored: string[] } {
	const spec = COMMANDS.find((candidate) => candidate.words.join(' ') === typed.command);
	if (!spec?.harmless) return { counted: typed.options, ignored: [] };
	const strict = new Set(strictOptions.map((name) => flagOf(spec, name)?.name ?? name));
	const harmless = (name: string) => spec.harmless?.includes(name) && !strict.has(name) && !expected.options.some((option) => flagName(option) === name);
	return { counted: typed.options.filter((option) => !harmless(flagName(option))), ignored: typed.options.filter((option) => harmless(flagName(option))) };
}

function withoutHarmless(typed: CanonicalCommand, expected: CanonicalCommand, strictOptions: readonly string[]): string[] {
	return splitHarmless(typed, expected, strictOptions).counted;
}

/** The harmless options a right answer carried on top of `expected` (`--rm`, `--name x`), as typed canonically. */
export function harmlessExtras(typed: string, expected: string, strictOptions: readonly string[] = []): string[] {
	if (!sameAnswer('command', typed, expected, strictOptions)) return [];
	return splitHarmless(canonicalCommand(typed), canonicalCommand(expected), strictOptions).ignored;
}

export function sameAnswer(kind: 'command' | 'value', typed: string, expected: string, strictOptions: readonly string[] = []): boolean {
	if (kind === 'value') return normaliseValue(typed) === normaliseValue(expected);
	const a = canonicalCommand(typed);
	const b = canonicalCommand(expected);
	return (
		a.command === b.command &&
		a.unknown.length === 0 &&
		b.unknown.length === 0 &&
		same(withoutHarmless(a, b, strictOptions), b.options) &&
		same(a.operands, b.operands)
	);
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const flagName = (option: string) => option.split(' ')[0] as string;

/**
 * What separates a typed command from an accepted one, in words that point at the difference without giving
 * the answer away; undefined when they are too far apart to call it a near miss (a different command, or more
 * than two differences).
 */
export function describeDifference(typed: string, expected: string, strictOptions: readonly string[] = []): string | undefined {
	const extraWord = leadingExtra(typed, expected);
	if (extraWord) {
		if (sameAnswer('command', extraWord.rest, expected, strictOptions)) return `Close: ${extraWord.note}.`;
		const rest = describeDifference(extraWord.rest, expected, strictOptions);
		return rest ? `Close: ${extraWord.note}; ${rest.slice('Close: '.length)}` : undefined;
	}
	const a = canonicalCommand(typed);
	const b = canonicalCommand(expected);
	if (!a.known || !b.known || a.command !== b.command) return undefined;
	const notes: string[] = [];
	// Name a flag as `-f`/`--fork` when it has a long spelling, whichever one the learner used.
	const spec = findSpec(splitWords(expected))?.spec;
	const flag = (name: string) => {
		const long = spec && flagOf(spec, name)?.aliases?.[0];
		return long ? `\`${name}\`/\`${long}\`` : `\`${name}\``;
	};
	const options = withoutHarmless(a, b, strictOptions);
	const missing = b.options.filter((option) => !options.includes(option));
	const extra = options.filter((option) => !b.options.includes(option));
	for (const option of missing) {
		const name = flagName(option);
		const yours = extra.find((candidate) => flagName(candidate) === name);
		if (yours) {
			extra.splice(extra.indexOf(yours), 1);
			notes.push(`${flag(name)} is right, but not its value \`${yours.slice(name.length + 1)}\``);
		} else notes.push(`it also needs ${flag(name)}`);
	}
	for (const option of extra) notes.push(`${flag(flagName(option))} is not part of it`);
	for (const option of a.unknown) notes.push(`\`${option}\` is not an option of \`${a.command}\``);
	if (!same(a.operands, b.operands)) {
		const first = a.operands[0];
		notes.push(
			a.operands.length === 0
				? 'it needs an operand after the options (an image or a name)'
				: first !== b.operands[0]
					? `check the operand \`${first}\``
					: 'check what follows the operand',
		);
	}
	if (notes.length === 0 || notes.length > 2) return undefined;
	return `Close: ${notes.join('; ')}.`;
}

/**
 * A shell prompt (`$ `) or `sudo ` typed in front of a command whose answer has neither: the learner knows the
 * command, so say what to leave out rather than marking it plain wrong.
 */
function leadingExtra(typed: string, expected: string): { rest: string; note: string } | undefined {
	const prompt = /^\s*\$\s*/.exec(typed);
	if (prompt && !expected.trimStart().startsWith('$')) return { rest: typed.slice(prompt[0].length), note: 'leave out the prompt `$`, type only the command' };
	const sudo = /^\s*sudo\s+/.exec(typed);
	if (sudo && splitWords(expected)[0] !== 'sudo') return { rest: typed.slice(sudo[0].length), note: '`sudo` is not part of the answer here' };
	return undefined;
}
