// The monkey: seeded random keys (and terminal resizes) sent to the built app in a real pty, in bursts as a
// paste or a slow link delivers them. It fails on a crash (an exit other than the learner's own quit), a
// stack trace or Ink error overview on screen, a progress file that parseProgress rejects, or resident
// memory that keeps growing. The CI test runs a few thousand keys (test/monkey/monkey.test.ts); by hand:
// `npm run monkey -- --keys 50000 [--seed N]`. The key sequence is seeded; the app's own quiz seeds are not,
// so a failure prints the keys that led to it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProgress } from '../../src/core/progress.js';
import { createRng, type Rng } from '../../src/core/rng.js';
import { Terminal } from '../e2e/terminal.js';
import { KEYS, tempDir, terminalEnv } from '../helpers.js';

export interface MonkeyOptions {
	keys: number;
	seed: number;
	/**
	 * Growth of resident memory allowed in one run of the app from its first check (200 bursts in). V8 sizes
	 * its heap up over the first few thousand keys and then holds (about 70 to 120 MB over 30,000 keys), so
	 * the default leaves room for that and catches a leak of a few kB per key over a long run.
	 */
	rssGrowthKb?: number;
	/** Resident memory never to be exceeded. */
	rssMaxKb?: number;
	log?: (line: string) => void;
}

export interface MonkeyReport {
	seed: number;
	keys: number;
	bursts: number;
	resizes: number;
	/** Times the app was quit from its own menu (or its help's q) and started again. */
	restarts: number;
	/** The screens the keys reached (see SCREENS). */
	screens: string[];
	rssPeakKb: number;
	/** The largest growth of resident memory seen in one run of the app since its first check. */
	rssGrowthKb: number;
	problems: string[];
	ms: number;
}

/** Keys and how often they come. No q or Ctrl+C: leaving is tested elsewhere; the Quit row still quits. */
const ALPHABET: Array<[string, number]> = [
	[KEYS.down, 8],
	[KEYS.up, 6],
	[KEYS.enter, 8],
	[KEYS.escape, 2],
	[KEYS.left, 2],
	[KEYS.right, 3],
	['j', 2],
	['k', 2],
	[' ', 2],
	['b', 1],
	['h', 1],
	['n', 1],
	['p', 1],
	['r', 1],
	['w', 1],
	['y', 1],
	['x', 1],
	['?', 1],
	['\t', 1],
	['\u007f', 1], // Backspace
	['\u0017', 1], // Ctrl+W
	['\u0015', 1], // Ctrl+U
	['\u001B[H', 1], // Home
	['1', 1],
	['2', 1],
	['3', 1],
	['5', 1],
	['8', 1],
];
const TOTAL = ALPHABET.reduce((sum, [, weight]) => sum + weight, 0);

function randomKey(rng: Rng): string {
	let pick = rng() * TOTAL;
	for (const [key, weight] of ALPHABET) {
		pick -= weight;
		if (pick < 0) return key;
	}
	return KEYS.enter;
}

/** Text only a given screen shows (titles mostly), to report where the keys went. */
const SCREENS: Record<string, string> = {
	chapter: 'Read the lesson (',
	lesson: '  page ',
	quiz: 'Question ',
	results: ' done: ',
	stats: 'Answered  Right',
	whereami: 'This machine, read-only',
	walks: 'Packet walks ·',
	walk: 'Packet walk ·',
	help: 'cvm-tutor · keys',
	'too small': 'cvm-tutor needs',
};
const CHECK_EVERY = 200;

export async function runMonkey(options: MonkeyOptions): Promise<MonkeyReport> {
	const started = Date.now();
	const rng = createRng(options.seed);
	const home = tempDir('cvm-tutor-monkey-');
	const env = terminalEnv({ CVM_TUTOR_HOME: home });
	const report: MonkeyReport = { seed: options.seed, keys: 0, bursts: 0, resizes: 0, restarts: 0, screens: [], rssPeakKb: 0, rssGrowthKb: 0, problems: [], ms: 0 };
	const seen = new Set<string>();
	const recent: string[] = [];
	let size = { cols: 80, rows: 24 };
	let terminal = new Terminal([], env, size.cols, size.rows);
	let warmKb = 0; // this run's resident memory at its first check
	const problem = (what: string) => report.problems.push(`${what}\n  after key ${report.keys} (seed ${options.seed}); the last keys: ${JSON.stringify(recent.join(''))}`);
	const checkProgress = () => {
		const file = join(home, 'progress.json');
		if (!existsSync(file)) return;
		try {
			const parsed = parseProgress(JSON.parse(readFileSync(file, 'utf8')));
			if (!parsed.ok) problem(`progress.json is invalid: ${parsed.why}`);
		} catch (error) {
			problem(`progress.json is not JSON: ${(error as Error).message}`);
		}
	};
	try {
		await terminal.waitFor('cvm-tutor', 20);
		await terminal.mark();
		while (report.keys < options.keys && report.problems.length === 0) {
			if (report.bursts % 100 === 99 || rng() < 1 / 200) {
				// Sometimes below the 40x12 minimum, mostly around common sizes.
				size = rng() < 0.15 ? { cols: 20 + Math.floor(rng() * 30), rows: 5 + Math.floor(rng() * 10) } : { cols: 40 + Math.floor(rng() * 100), rows: 12 + Math.floor(rng() * 40) };
				await terminal.resize(size.cols, size.rows);
				report.resizes++;
			}
			const length = rng() < 0.6 ? 1 : 2 + Math.floor(rng() * 5);
			// Now and then a dive: from home, a chapter's digit, then its second row (the quiz), so that quizzes
			// are reached in a short run too; on other screens these are just more keys.
			const dive = rng() < 1 / 40 ? [String(1 + Math.floor(rng() * 8)), KEYS.down, KEYS.enter] : [];
			const burst = [...Array.from({ length }, () => randomKey(rng)), ...dive];
			const fine = await terminal.send(burst.join(''));
			recent.push(...burst);
			recent.splice(0, Math.max(0, recent.length - 40));
			report.keys += burst.length;
			report.bursts++;
			if (fine && report.bursts % CHECK_EVERY !== 0 && report.keys < options.keys) continue;
			const output = await terminal.waitFor('', 1);
			for (const [screen, text] of Object.entries(SCREENS)) if (output.includes(text)) seen.add(screen);
			await terminal.mark();
			const status = await terminal.status();
			if (status.trace) problem(`a stack trace or error on screen:\n${status.trace}`);
			if (!status.alive) {
				// The Quit row (or Esc/q on the small-terminal notice) ends the app with 0: start it again.
				if (status.code !== 0) problem(`the app exited with code ${status.code}`);
				terminal.kill();
				checkProgress();
				terminal = new Terminal([], env, size.cols, size.rows);
				await terminal.waitFor('cvm-tutor', 20);
				warmKb = 0;
				report.restarts++;
				continue;
			}
			const rss = status.rssKb ?? 0;
			report.rssPeakKb = Math.max(report.rssPeakKb, rss);
			warmKb ||= rss;
			report.rssGrowthKb = Math.max(report.rssGrowthKb, rss - warmKb);
			if (rss > (options.rssMaxKb ?? 300 * 1024)) problem(`resident memory reached ${Math.round(rss / 1024)} MB`);
			if (rss - warmKb > (options.rssGrowthKb ?? 96 * 1024)) problem(`resident memory grew by ${Math.round((rss - warmKb) / 1024)} MB in one run, to ${Math.round(rss / 1024)} MB`);
			checkProgress();
			options.log?.(`${report.keys} keys, ${report.resizes} resizes, ${report.restarts} restarts, RSS ${Math.round(rss / 1024)} MB`);
		}
		// Let the app finish what it has read, then look once more.
		await terminal.send('', 0.3);
		const last = await terminal.status();
		if (last.trace) problem(`a stack trace or error on screen:\n${last.trace}`);
		if (!last.alive && last.code !== 0) problem(`the app exited with code ${last.code}`);
		checkProgress();
	} finally {
		terminal.kill();
	}
	report.screens = [...seen].sort();
	report.ms = Date.now() - started;
	return report;
}
