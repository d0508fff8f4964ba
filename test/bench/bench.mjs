// npm run bench: start-up, memory and bank load of the built app, next to an Ink hello-world and
// `node -e 0` measured in the same run, so the budgets are ratios and survive a noisy machine.
// Each app runs in a real pseudo-terminal (util-linux `script`) under GNU time for its peak RSS.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const root = join(import.meta.dirname, '../..');
// Outside dist/, which is what ships.
const out = join(root, 'node_modules/.cache/cvm-tutor/bench');

await build({
	entryPoints: [join(root, 'test/bench/hello.tsx')],
	outfile: join(out, 'hello.js'),
	bundle: true, platform: 'node', format: 'esm', target: 'node20', minify: true,
	banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
	define: { 'process.env.NODE_ENV': '"production"' },
	alias: { 'react-devtools-core': join(root, 'src/bundle-stub.ts'), ws: join(root, 'src/bundle-stub.ts') },
	logLevel: 'warning',
});
await build({
	entryPoints: [join(root, 'test/bench/bank-entry.ts')],
	outfile: join(out, 'bank.js'),
	bundle: true, platform: 'node', format: 'esm', target: 'node20', minify: true, logLevel: 'warning',
});

/** Runs `command` in a pty; resolves with ms until `marker` appears on screen, and peak RSS in kB. */
function measure(command, marker) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('script', ['-qfec', `/usr/bin/time -f 'BENCH_MAXRSS=%M' ${command}`, '/dev/null'], {
			env: { ...process.env, CVM_TUTOR_HOME: mkdtempSync(join(tmpdir(), 'cvm-bench-')), COLUMNS: '80', LINES: '24' },
			stdio: ['pipe', 'pipe', 'inherit'],
		});
		let out = '';
		let firstFrame;
		const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`timed out: ${command}\n${out}`)); }, 20_000);
		child.stdout.on('data', (chunk) => {
			out += chunk;
			if (firstFrame === undefined && marker && out.includes(marker)) {
				firstFrame = performance.now() - started;
				child.stdin.write('q');
			}
		});
		child.on('close', () => {
			clearTimeout(timer);
			const total = performance.now() - started;
			const rss = Number(/BENCH_MAXRSS=(\d+)/.exec(out)?.[1]);
			resolve({ ms: firstFrame ?? total, rssKb: rss });
		});
	});
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const subjects = {
	'node -e 0': ['node -e 0', undefined],
	'ink hello-world': [`node ${join(out, 'hello.js')}`, 'Hello from Ink'],
	'cvm-tutor': [`node ${join(root, 'bin/cvm-tutor.js')}`, 'containers vs virtual machines'],
};
const samples = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
for (let i = 0; i < RUNS; i++) {
	// Interleaved, so a slow moment of the machine hits every subject alike.
	for (const [name, [command, marker]] of Object.entries(subjects)) samples[name].push(await measure(command, marker));
}

const { readLessonFiles, buildBank, lazyBank, lessonsDigest, outlineLessons, computeStats, emptyProgress } = await import(join(out, 'bank.js'));
const lessons = join(root, 'lessons');
const outline = JSON.parse(readFileSync(join(root, 'dist/lessons.outline.json'), 'utf8'));
/** Times `load` RUNS times; the first run is the cold one a user pays for. */
function timeLoad(load) {
	const times = [];
	let result;
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		result = load();
		times.push(performance.now() - t);
		if (!result?.ok) throw new Error('the bundled lessons do not validate (or differ from the build); run `npm run build` and `cvm-tutor validate`');
	}
	return { first: times[0], median: median(times), summary: `${result.bank.chapters.length} chapters, ${result.bank.questions.size} questions` };
}
// As the app starts (src/lessons.ts, verifyLater): list the files, match their names and sizes with the build's
// record, and compute the home screen's chapter status (which must not parse chapters the learner has not opened).
const appStart = (dir, recorded) => {
	const listed = readLessonFiles(dir, { read: false });
	const bank = listed.ok ? lazyBank(listed.files, recorded) : undefined;
	if (bank) computeStats(bank, emptyProgress());
	return bank ? { ok: true, bank } : listed;
};
// Right after the first frame, before a key is read: the files' contents against the build's digest.
const appCheck = (dir, recorded) => {
	const listed = readLessonFiles(dir, { read: false });
	const same = listed.ok && lessonsDigest(listed.files) === recorded.digest;
	return same ? appStart(dir, recorded) : undefined;
};
const appLoad = timeLoad(() => appStart(lessons, outline));
const appVerify = timeLoad(() => appCheck(lessons, outline));
const fullLoad = timeLoad(() => {
	const read = readLessonFiles(lessons);
	return read.ok ? buildBank(read.files) : read;
});
const summary = appLoad.summary;

// A bank ten times larger: each chapter copied ten times with every id made unique (and follow-ups pointing at
// the copy's own questions), validated once, its digest taken as the build would, then loaded the app's way.
const SCALE = 10;
const big = mkdtempSync(join(tmpdir(), 'cvm-bench-bank-'));
const rename = (id, copy) => (copy === 0 ? id : `${id}-x${copy}`);
for (const name of readdirSync(lessons).filter((file) => /^\d.*\.json$/.test(file))) {
	const chapter = JSON.parse(readFileSync(join(lessons, name), 'utf8'));
	for (let copy = 0; copy < SCALE; copy++) {
		const questions = chapter.questions.map((q) => ({ ...q, id: rename(q.id, copy), ...(q.followUps ? { followUps: q.followUps.map((id) => rename(id, copy)) } : {}) }));
		writeFileSync(join(big, `${copy}-${name}`), JSON.stringify({ ...chapter, id: rename(chapter.id, copy), order: chapter.order + 100 * copy, questions }));
	}
}
const bigRead = readLessonFiles(big);
const bigChecked = bigRead.ok && buildBank(bigRead.files);
if (!bigChecked?.ok) throw new Error(`the 10x bank does not validate: ${JSON.stringify(bigChecked?.problems?.slice(0, 3))}`);
const bigOutline = outlineLessons(bigRead.files, bigRead.files.map(({ text }) => JSON.parse(text)));
const bigLoad = timeLoad(() => appStart(big, bigOutline));
const bigVerify = timeLoad(() => appCheck(big, bigOutline));
rmSync(big, { recursive: true, force: true });

const row = (name) => ({ ms: median(samples[name].map((s) => s.ms)), mb: median(samples[name].map((s) => s.rssKb)) / 1024 });
const node = row('node -e 0');
const hello = row('ink hello-world');
const ours = row('cvm-tutor');
console.log(`median of ${RUNS} runs each, interleaved, in a pseudo-terminal`);
console.log(`${'subject'.padEnd(18)} ${'first frame'.padStart(12)} ${'peak RSS'.padStart(10)}`);
for (const [name, r] of [['node -e 0 (exit)', node], ['ink hello-world', hello], ['cvm-tutor', ours]]) {
	console.log(`${name.padEnd(18)} ${`${r.ms.toFixed(0)} ms`.padStart(12)} ${`${r.mb.toFixed(1)} MB`.padStart(10)}`);
}
console.log(`bank load (${summary}), as the app starts (names and sizes recorded by the build): first ${appLoad.first.toFixed(1)} ms, median ${appLoad.median.toFixed(1)} ms`);
console.log(`  + content check after the first frame (read + sha256): first ${appVerify.first.toFixed(1)} ms, median ${appVerify.median.toFixed(1)} ms`);
console.log(`bank load ${SCALE}x (${bigLoad.summary}), as the app starts: first ${bigLoad.first.toFixed(1)} ms, median ${bigLoad.median.toFixed(1)} ms`);
console.log(`  + content check after the first frame: first ${bigVerify.first.toFixed(1)} ms, median ${bigVerify.median.toFixed(1)} ms`);
console.log(`bank load with full validation (validate command, --lessons, edited lessons): first ${fullLoad.first.toFixed(1)} ms, median ${fullLoad.median.toFixed(1)} ms`);

const checks = [
	[`first frame / hello-world = ${(ours.ms / hello.ms).toFixed(2)}x`, ours.ms / hello.ms <= 1.3, '<= 1.3x'],
	[`first frame / node -e 0 = ${(ours.ms / node.ms).toFixed(2)}x`, ours.ms / node.ms <= 4, '<= 4x'],
	[`bank load, app path (first, cold) = ${appLoad.first.toFixed(1)} ms`, appLoad.first < 20, '< 20 ms'],
	[`bank load ${SCALE}x, app path (first, cold) = ${bigLoad.first.toFixed(1)} ms`, bigLoad.first < 10, '< 10 ms'],
	// The check runs before the first key is read: a key pressed at once waits for it.
	[`content check ${SCALE}x after the first frame (first, cold) = ${bigVerify.first.toFixed(1)} ms`, bigVerify.first < 100, '< 100 ms'],
	[`peak RSS - hello-world = ${(ours.mb - hello.mb).toFixed(1)} MB`, ours.mb - hello.mb <= 25, '<= 25 MB'],
];
// Full validation runs only for `cvm-tutor validate`, `--lessons DIR` and bundled lessons edited after the
// build, never on a normal start, so it is reported above but not held to the start-up budget.
let failed = 0;
for (const [what, ok, budget] of checks) {
	console.log(`${ok ? 'PASS' : 'FAIL'}  ${what} (budget ${budget})`);
	if (!ok) failed++;
}
process.exitCode = failed ? 1 : 0;
