// npm run bench: start-up, memory and bank load of the built app, next to an Ink hello-world and
// `node -e 0` measured in the same run, so the budgets are ratios and survive a noisy machine.
// Each app runs in a real pseudo-terminal (util-linux `script`) under GNU time for its peak RSS.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const root = join(import.meta.dirname, '../..');

await build({
	entryPoints: [join(root, 'test/bench/hello.tsx')],
	outfile: join(root, 'dist/bench/hello.js'),
	bundle: true, platform: 'node', format: 'esm', target: 'node20', minify: true,
	banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
	define: { 'process.env.NODE_ENV': '"production"' },
	alias: { 'react-devtools-core': join(root, 'src/bundle-stub.ts'), ws: join(root, 'src/bundle-stub.ts') },
	logLevel: 'warning',
});
await build({
	entryPoints: [join(root, 'src/core/bank.ts')],
	outfile: join(root, 'dist/bench/bank.js'),
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
	'ink hello-world': [`node ${join(root, 'dist/bench/hello.js')}`, 'Hello from Ink'],
	'cvm-tutor': [`node ${join(root, 'bin/cvm-tutor.js')}`, 'containers vs virtual machines'],
};
const samples = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
for (let i = 0; i < RUNS; i++) {
	// Interleaved, so a slow moment of the machine hits every subject alike.
	for (const [name, [command, marker]] of Object.entries(subjects)) samples[name].push(await measure(command, marker));
}

const { loadBankFromDir } = await import(join(root, 'dist/bench/bank.js'));
const lessons = join(root, 'lessons');
const bankTimes = [];
let summary;
for (let i = 0; i < RUNS; i++) {
	const t = performance.now();
	const result = loadBankFromDir(lessons);
	bankTimes.push(performance.now() - t);
	if (!result.ok) throw new Error('the bundled lessons do not validate; run `cvm-tutor validate`');
	summary = `${result.bank.chapters.length} chapters, ${result.bank.questions.size} questions`;
}

const row = (name) => ({ ms: median(samples[name].map((s) => s.ms)), mb: median(samples[name].map((s) => s.rssKb)) / 1024 });
const node = row('node -e 0');
const hello = row('ink hello-world');
const ours = row('cvm-tutor');
console.log(`median of ${RUNS} runs each, interleaved, in a pseudo-terminal`);
console.log(`${'subject'.padEnd(18)} ${'first frame'.padStart(12)} ${'peak RSS'.padStart(10)}`);
for (const [name, r] of [['node -e 0 (exit)', node], ['ink hello-world', hello], ['cvm-tutor', ours]]) {
	console.log(`${name.padEnd(18)} ${`${r.ms.toFixed(0)} ms`.padStart(12)} ${`${r.mb.toFixed(1)} MB`.padStart(10)}`);
}
console.log(`bank load + validate (${summary}): first ${bankTimes[0].toFixed(1)} ms, median ${median(bankTimes).toFixed(1)} ms`);

const checks = [
	[`first frame / hello-world = ${(ours.ms / hello.ms).toFixed(2)}x`, ours.ms / hello.ms <= 1.3, '<= 1.3x'],
	[`first frame / node -e 0 = ${(ours.ms / node.ms).toFixed(2)}x`, ours.ms / node.ms <= 4, '<= 4x'],
	[`bank load (first, cold) = ${bankTimes[0].toFixed(1)} ms`, bankTimes[0] < 20, '< 20 ms'],
	[`peak RSS - hello-world = ${(ours.mb - hello.mb).toFixed(1)} MB`, ours.mb - hello.mb <= 25, '<= 25 MB'],
];
let failed = 0;
for (const [what, ok, budget] of checks) {
	console.log(`${ok ? 'PASS' : 'FAIL'}  ${what} (budget ${budget})`);
	if (!ok) failed++;
}
process.exitCode = failed ? 1 : 0;
