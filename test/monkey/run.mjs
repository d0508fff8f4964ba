// npm run monkey -- [--keys N] [--seed N] [--rss-growth-mb N]: the CI monkey (test/monkey/monkey.ts) with a larger count, by hand.
// Builds the harness with esbuild (it imports the core's TypeScript) into node_modules/.cache, then runs it
// against the built app (run `npm run build` first). Exits 1 and prints each problem if any.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { keys: { type: 'string', default: '50000' }, seed: { type: 'string' }, 'rss-growth-mb': { type: 'string' }, quiet: { type: 'boolean', default: false } } });
const root = join(import.meta.dirname, '../..');
const out = join(root, 'node_modules/.cache/cvm-tutor/monkey.mjs');
await build({
	entryPoints: [join(root, 'test/monkey/monkey.ts')],
	outfile: out,
	bundle: true,
	platform: 'node',
	format: 'esm',
	// The harness finds the pty driver and the binary from its own folder: keep test/ paths by bundling only.
	define: { 'import.meta.dirname': JSON.stringify(join(root, 'test/e2e')) },
	external: ['ink-testing-library', 'react', 'ink', 'vitest'],
	logLevel: 'warning',
});
const { runMonkey } = await import(pathToFileURL(out).href);
const seed = values.seed === undefined ? Date.now() % 100_000 : Number(values.seed);
const keys = Number(values.keys);
console.log(`monkey: ${keys} keys, seed ${seed}`);
const growth = values['rss-growth-mb'] === undefined ? {} : { rssGrowthKb: Number(values['rss-growth-mb']) * 1024 };
const report = await runMonkey({ keys, seed, ...growth, log: values.quiet ? undefined : (line) => console.log(`  ${line}`) });
const { problems, ...summary } = report;
console.log(JSON.stringify(summary));
for (const problem of problems) console.error(`PROBLEM: ${problem}`);
process.exit(problems.length ? 1 : 0);
