// npm run bench:room: the live room under load (issue 11), on 127.0.0.1 only. Starts `cvm-tutor room host` in a
// pseudo-terminal (util-linux `script`, as bench.mjs does) with a temporary CVM_TUTOR_HOME, joins
// BENCH_ROOM_ATTENDEES attendee links (src/net/attendee-link.ts, bundled) from this process, presses Enter to open
// question 1, and has every attendee answer at a random moment within BENCH_ROOM_SPREAD_MS. A receipt leaves the
// host only once the room is saved, so answer → receipt is the time until an answer is in the host's tally.
// Reports answers lost (from the room file), answer → receipt p50/p95/p99/max, join p50/p99 and the host's peak
// RSS next to `node -e 0`'s. Budgets: 0 lost and p99 < 200 ms, else exit 1.
// `--headless` (or BENCH_ROOM_HOST=headless): the same host server in a plain child (test/bench/room-host.ts),
// without the Ink screen, to see what the screen costs. Every wait is bounded; the whole run ends within
// BENCH_ROOM_TIMEOUT_S (120) seconds, killing the host, and the temporary folder is removed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const ATTENDEES = Number(process.env.BENCH_ROOM_ATTENDEES ?? 300);
const SPREAD_MS = Number(process.env.BENCH_ROOM_SPREAD_MS ?? 1000);
const TIMEOUT_S = Number(process.env.BENCH_ROOM_TIMEOUT_S ?? 120);
let HEADLESS = process.argv.includes('--headless') || process.env.BENCH_ROOM_HOST === 'headless';
const P99_BUDGET_MS = 200;
if (!(Number.isInteger(ATTENDEES) && ATTENDEES >= 1 && ATTENDEES <= 1000)) throw new Error('BENCH_ROOM_ATTENDEES: 1-1000');
if (!(Number.isFinite(SPREAD_MS) && SPREAD_MS >= 0 && SPREAD_MS <= 60_000)) throw new Error('BENCH_ROOM_SPREAD_MS: 0-60000');

// Two sockets per attendee in this process (the stream and one for answers), plus room for rejoins and files.
const fdsNeeded = ATTENDEES * 3 + 64;
const limits = /Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/.exec(readFileSync('/proc/self/limits', 'utf8'));
const softFds = limits?.[1] === 'unlimited' ? Infinity : Number(limits?.[1] ?? 1024);
const hardFds = limits?.[2] === 'unlimited' ? Infinity : Number(limits?.[2] ?? 1024);
if (softFds < fdsNeeded) {
	if (hardFds >= fdsNeeded && !process.env.BENCH_ROOM_RAISED) {
		// Node cannot raise its own limit: run again under a shell that does (the host child inherits it too).
		const again = spawnSync('sh', ['-c', `ulimit -n ${fdsNeeded} && exec "$0" "$@"`, process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, BENCH_ROOM_RAISED: '1' } });
		process.exit(again.status ?? 1);
	}
	console.error(`open files limit ${softFds} (hard ${hardFds}) is below the ${fdsNeeded} that ${ATTENDEES} attendees need: run \`ulimit -n ${fdsNeeded}\` first or lower BENCH_ROOM_ATTENDEES`);
	process.exit(1);
}

const root = join(import.meta.dirname, '../..');
const out = join(root, 'node_modules/.cache/cvm-tutor/bench');
const lessonsDir = join(root, 'lessons');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', define: { __CVM_VERSION__: JSON.stringify(version) } };
await build({ ...common, entryPoints: [join(root, 'test/bench/room-entry.ts')], outfile: join(out, 'room-attendee.js') });
await build({ ...common, entryPoints: [join(root, 'test/bench/room-host.ts')], outfile: join(out, 'room-host.js') });
const { createAttendeeLink, attendeeLessons, responseFor } = await import(join(out, 'room-attendee.js'));

const home = mkdtempSync(join(tmpdir(), 'cvm-bench-room-'));
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (line) => console.error(`[${elapsed()}] ${line}`);
let host;
const links = [];
const sampler = { timer: undefined, hwmKb: 0, rssKb: 0 };

// ---- the host ----------------------------------------------------------------------------------------------
/** Every process under `pid` (this run's own children only), from /proc. */
function descendants(pid) {
	const children = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (!children.has(ppid)) children.set(ppid, []);
			children.get(ppid).push(Number(name));
		} catch {}
	}
	const found = [];
	for (let queue = [pid]; queue.length; ) for (const child of children.get(queue.shift()) ?? []) found.push(child), queue.push(child);
	return found;
}
const hostPid = () => descendants(host.child.pid).find((pid) => {
	try {
		const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
		return argv[0] === process.execPath && argv.some((arg) => arg.endsWith('cvm-tutor.js') || arg.endsWith('room-host.js'));
	} catch {
		return false;
	}
});
/** CPU time (ms) the host process has used so far, from /proc (clock ticks of 10 ms). */
const hostCpuMs = () => {
	const pid = host && hostPid();
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return NaN;
	}
};
const sample = () => {
	const pid = host && hostPid();
	if (!pid) return;
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		sampler.hwmKb = Math.max(sampler.hwmKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
		sampler.rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
	} catch {}
};

function startHost() {
	const env = { ...process.env, CVM_TUTOR_HOME: home, COLUMNS: '100', LINES: '40' };
	const time = `/usr/bin/time -f 'BENCH_MAXRSS=%M'`;
	const child = HEADLESS
		? spawn('/usr/bin/time', ['-f', 'BENCH_MAXRSS=%M', process.execPath, join(out, 'room-host.js'), lessonsDir, '1', '60', String(ATTENDEES)], { env, stdio: ['pipe', 'pipe', 'pipe'] })
		: spawn('script', ['-qfec', `${time} ${process.execPath} ${join(root, 'bin/cvm-tutor.js')} room host --bind 127.0.0.1 --port 0 --count 1 --time 60 --max ${ATTENDEES}`, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
	const state = { child, output: '', exited: undefined };
	const read = (chunk) => {
		// Escape codes out, so the lobby's line reads as text; the last 64 KB are plenty.
		state.output = (state.output + chunk.toString('utf8').replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g, '')).slice(-65536);
	};
	child.stdout.on('data', read);
	child.stderr.on('data', read);
	child.stdin.on('error', () => {});
	state.ended = new Promise((resolve) => child.on('close', (code) => resolve((state.exited = code ?? -1))));
	return state;
}
const keys = (text) => host.child.stdin.write(text);

/** Kills what this run started, removes its folder, and exits. */
function teardown(code) {
	clearInterval(sampler.timer);
	for (const link of links) link.link.close();
	if (host && host.exited === undefined) {
		for (const pid of descendants(host.child.pid).reverse()) {
			try {
				process.kill(pid, 'SIGKILL');
			} catch {}
		}
		host.child.kill('SIGKILL');
	}
	rmSync(home, { recursive: true, force: true });
	process.exit(code);
}
const hardStop = setTimeout(() => {
	log(`the bench did not end within ${TIMEOUT_S} s: host killed`);
	if (host) console.error(`host output (last 2000 chars):\n${host.output.slice(-2000)}`);
	teardown(1);
}, TIMEOUT_S * 1000);

/** Waits (bounded) until `probe` is truthy; false on the deadline. */
async function until(probe, ms) {
	const deadline = performance.now() + ms;
	for (;;) {
		const value = probe();
		if (value) return value;
		if (performance.now() > deadline) return false;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

// ---- the run -----------------------------------------------------------------------------------------------
const fail = (why) => {
	console.error(`FAIL  ${why}`);
	if (host) console.error(`host output (last 2000 chars):\n${host.output.slice(-2000)}`);
	teardown(1);
};
try {
	const loadBefore = readFileSync('/proc/loadavg', 'utf8').trim();
	const lessons = attendeeLessons(lessonsDir);
	host = startHost();
	sampler.timer = setInterval(sample, 100);
	const lobby = /room join (127\.0\.0\.1:\d+) ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/;
	let found = await until(() => lobby.exec(host.output) ?? (host.exited !== undefined && 'ended'), 20_000);
	if (found === 'ended' && !HEADLESS) {
		// A build without `room host` (the command is wired separately): measure the same server without the screen.
		log(`cvm-tutor room host ended at once (exit ${host.exited}): this build has no \`room host\` yet; using the stand-in (--headless)`);
		console.error(host.output.trim().split('\n').slice(-3).join('\n'));
		HEADLESS = true;
		host = startHost();
		found = await until(() => lobby.exec(host.output) ?? (host.exited !== undefined && 'ended'), 20_000);
	}
	if (!found || found === 'ended') fail(`no lobby line from the host within 20 s (${HEADLESS ? 'stand-in' : 'cvm-tutor room host'}${host.exited !== undefined ? `, exited ${host.exited}` : ''})`);
	const [, address, secret] = found;
	const port = Number(address.split(':')[1]);
	log(`host ${HEADLESS ? 'stand-in (headless)' : 'cvm-tutor room host (pty)'} at ${address}, ${ATTENDEES} attendees joining`);

	const loop = monitorEventLoopDelay({ resolution: 5 });
	loop.enable();
	let openedAt = 0;
	const joinStart = performance.now();
	for (let i = 0; i < ATTENDEES; i++) {
		const link = createAttendeeLink({ host: '127.0.0.1', port, secret, lessons: lessons.digest, name: `bench ${i + 1}` });
		const a = { link, welcomeMs: undefined, joinMs: undefined, open: undefined, sentAt: undefined, sentWall: undefined, receiptAt: undefined, receipt: undefined, drops: 0, stopped: undefined };
		links.push(a);
		link.subscribe((event) => {
			if (event.type === 'status' && event.status.state === 'online' && a.joinMs === undefined) a.joinMs = performance.now() - joinStart;
			if (event.type === 'status' && event.status.state === 'offline') a.drops += 1;
			if (event.type === 'stopped') a.stopped = event.why;
			if (event.type !== 'message') return;
			const m = event.message;
			if (m.type === 'welcome' && a.welcomeMs === undefined) a.welcomeMs = performance.now() - joinStart;
			if (m.type === 'open' && m.index === 0 && a.open === undefined) {
				a.open = performance.now();
				const question = lessons.questions.get(m.id);
				if (!question) return fail(`open names question ${m.id}, not in the attendee's lessons`);
				// One random moment in the spread after Enter, for everyone (an open that arrives later answers at once).
				const delay = Math.max(0, openedAt + Math.random() * SPREAD_MS - performance.now());
				setTimeout(() => {
					a.sentAt = performance.now();
					a.sentWall = Date.now();
					link.answer({ type: 'answer', index: 0, response: responseFor(question, i % 2 === 0), seconds: Math.round((a.sentAt - openedAt) / 1000) });
				}, delay);
			}
			if (m.type === 'receipt' && m.index === 0 && a.receiptAt === undefined && a.sentAt !== undefined) {
				a.receiptAt = performance.now();
				a.receipt = m;
			}
		});
	}
	const online = await until(() => links.every((a) => a.joinMs !== undefined), 30_000);
	const joined = links.filter((a) => a.joinMs !== undefined).length;
	if (!online) fail(`${joined} of ${ATTENDEES} attendees online after 30 s`);
	const joinAll = Math.max(...links.map((a) => a.joinMs));
	log(`all ${ATTENDEES} online after ${joinAll.toFixed(0)} ms; Enter opens question 1`);
	const joinLag = loop.percentile(99) / 1e6;
	loop.reset();

	const cpuBefore = { host: hostCpuMs(), bench: process.cpuUsage() };
	openedAt = performance.now();
	keys('\r');
	const opened = await until(() => links.every((a) => a.open !== undefined), 10_000);
	if (!opened) fail(`${links.filter((a) => a.open !== undefined).length} of ${ATTENDEES} attendees saw question 1 open within 10 s of Enter`);
	const openAll = Math.max(...links.map((a) => a.open - openedAt));
	await until(() => links.every((a) => a.receiptAt !== undefined), SPREAD_MS + 15_000);
	const answerLag = loop.percentile(99) / 1e6;
	const answerWall = performance.now() - openedAt;
	const benchCpu = process.cpuUsage(cpuBefore.bench);
	const cpu = { host: hostCpuMs() - cpuBefore.host, bench: (benchCpu.user + benchCpu.system) / 1000 };
	loop.disable();
	sample();

	// The room file: every answer the host holds is in it (it is saved before any receipt leaves).
	const roomDir = join(home, 'rooms');
	const files = readdirSync(roomDir).filter((name) => name.endsWith('.json'));
	if (files.length !== 1) fail(`expected one room file under ${roomDir}, found ${files.length}`);
	const saved = JSON.parse(readFileSync(join(roomDir, files[0]), 'utf8'));
	const savedAnswers = saved.answers.filter((x) => x.index === 0);
	const distinct = new Set(savedAnswers.map((x) => x.attendee)).size;

	// End the room: q then y, which shows the summary, then q to leave it (the stand-in ends on q); bounded, then killed.
	keys('q');
	if (!HEADLESS) {
		setTimeout(() => keys('y'), 300);
		setTimeout(() => keys('q'), 900);
	}
	const ended = await Promise.race([host.ended, new Promise((resolve) => setTimeout(() => resolve(undefined), 10_000))]);
	clearInterval(sampler.timer);
	const timeKb = Number(/BENCH_MAXRSS=(\d+)/.exec(host.output)?.[1] ?? 0);
	const nodeKb = Number(/BENCH_MAXRSS=(\d+)/.exec(spawnSync('/usr/bin/time', ['-f', 'BENCH_MAXRSS=%M', process.execPath, '-e', '0'], { encoding: 'utf8' }).stderr)?.[1] ?? 0);
	const loadAfter = readFileSync('/proc/loadavg', 'utf8').trim();

	// ---- the report ----
	const pct = (values, p) => {
		const sorted = [...values].sort((x, y) => x - y);
		return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN;
	};
	const sent = links.filter((a) => a.sentAt !== undefined);
	const receipted = links.filter((a) => a.receiptAt !== undefined);
	const refused = receipted.filter((a) => !a.receipt.ok);
	const latencies = receipted.map((a) => a.receiptAt - a.sentAt);
	// answer sent (this process's clock) → taken by the host (the `at` the host stamped on it, ms resolution).
	const sentWall = new Map(links.map((a) => [a.link.attendee, a.sentWall]));
	const taken = savedAnswers.map((x) => Date.parse(x.at) - sentWall.get(x.attendee)).filter(Number.isFinite);
	const joins = links.map((a) => a.joinMs);
	const welcomes = links.map((a) => a.welcomeMs).filter((v) => v !== undefined);
	const lost = ATTENDEES - distinct;
	const ms = (v) => `${v.toFixed(1)} ms`;
	const mb = (kb) => (kb ? `${(kb / 1024).toFixed(1)} MB` : 'n/a');
	const hostKb = Math.max(sampler.hwmKb, timeKb);
	const rows = [
		['host', HEADLESS ? 'stand-in, no screen (--headless)' : 'cvm-tutor room host in a pty'],
		['attendees', `${ATTENDEES} joined, answers spread over ${SPREAD_MS} ms`],
		['answers lost', `${lost} (room file holds ${distinct} of ${ATTENDEES}; ${ATTENDEES - sent.length} not sent, ${ATTENDEES - receipted.length} without receipt, ${refused.length} refused${refused.length ? `: ${[...new Set(refused.map((a) => a.receipt.why))].join(', ')}` : ''})`],
		['answer → receipt', `p50 ${ms(pct(latencies, 0.5))}  p95 ${ms(pct(latencies, 0.95))}  p99 ${ms(pct(latencies, 0.99))}  max ${ms(pct(latencies, 1))}`],
		['answer → host took it', `p50 ${ms(pct(taken, 0.5))}  p99 ${ms(pct(taken, 0.99))}  max ${ms(pct(taken, 1))} (the room file's times, 1 ms resolution)`],
		['join → welcome', `p50 ${ms(pct(welcomes, 0.5))}  p99 ${ms(pct(welcomes, 0.99))} (the host took the join and saved it)`],
		['join → online', `p50 ${ms(pct(joins, 0.5))}  p99 ${ms(pct(joins, 0.99))}  all in ${ms(joinAll)} (the stream's headers arrived)`],
		['Enter → all opened', ms(openAll)],
		['reconnects', `${links.reduce((n, a) => n + a.drops, 0)}${links.some((a) => a.stopped) ? `, ${links.filter((a) => a.stopped).length} links stopped` : ''}`],
		['host peak RSS', `${mb(hostKb)} (VmHWM sampled ${mb(sampler.hwmKb)}, GNU time ${mb(timeKb)}); node -e 0: ${mb(nodeKb)}`],
		['CPU, Enter → receipts', `host ${cpu.host.toFixed(0)} ms, bench ${cpu.bench.toFixed(0)} ms, in ${answerWall.toFixed(0)} ms of wall time (${cpus().length} CPUs)`],
		['bench event loop p99', `${ms(joinLag)} while joining, ${ms(answerLag)} while answering (this process runs all ${ATTENDEES} links)`],
		...(/BENCH_SAVES=(.*)/.test(host.output) ? [['host saves', /BENCH_SAVES=(.*)/.exec(host.output)[1].trim()]] : []),
		['host ended', ended === undefined ? 'no (killed after 10 s)' : `exit ${ended}`],
		['load average', `before ${loadBefore.split(' ').slice(0, 3).join(' ')}, after ${loadAfter.split(' ').slice(0, 3).join(' ')}`],
	];
	for (const [name, value] of rows) console.log(`${name.padEnd(22)} ${value}`);
	const checks = [
		[`answers lost = ${lost}`, lost === 0, '0'],
		[`answer → receipt p99 = ${ms(pct(latencies, 0.99))}`, latencies.length === ATTENDEES && pct(latencies, 0.99) < P99_BUDGET_MS, `< ${P99_BUDGET_MS} ms, every answer receipted`],
	];
	let failed = 0;
	for (const [what, ok, budget] of checks) {
		console.log(`${ok ? 'PASS' : 'FAIL'}  ${what} (budget ${budget})`);
		if (!ok) failed++;
	}
	clearTimeout(hardStop);
	teardown(failed ? 1 : 0);
} catch (error) {
	console.error(error);
	teardown(1);
}
