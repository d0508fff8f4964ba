// Builds what ships in dist/: cvm-tutor.js (the entry, ESM, production React, no runtime dependencies) and
// the chunks it imports on demand (the lesson validator with zod, the interactive tutor). Then validates the
// bundled lessons and records their digest and outline in dist/lessons.outline.json, so the app can skip
// validating files that are byte-identical to the ones checked here, and parse each chapter only when it is
// opened (src/lessons.ts). `--schema` also regenerates
// lessons/lesson.schema.json from the zod schema in src/core/schema.ts.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const banner = [
	"import { createRequire as __cvmCreateRequire } from 'node:module';",
	'const require = __cvmCreateRequire(import.meta.url);',
].join('\n');

// Old outputs must not linger: every file in dist/ ships.
rmSync('dist', { recursive: true, force: true });

await build({
	entryPoints: { 'cvm-tutor': 'src/cli.tsx' },
	outdir: 'dist',
	splitting: true,
	chunkNames: '[name]-[hash]',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'linked',
	banner: { js: banner },
	define: { 'process.env.NODE_ENV': '"production"', __CVM_VERSION__: JSON.stringify(version) },
	// Modules that never run in cvm-tutor are replaced by a stub that throws if reached: ink loads
	// react-devtools-core and ws only when DEV=true; conf needs ajv only for a `schema` option and
	// semver only for `migrations`, neither of which we use.
	alias: {
		...Object.fromEntries(['react-devtools-core', 'ws', 'ajv/dist/2020.js', 'ajv-formats', 'semver'].map((name) => [name, './src/bundle-stub.ts'])),
		// conf's atomic writer ignored short writes (a full disk truncated progress.json), busy-waited on a read-only
		// folder, and brought `when-exit`, which took over SIGHUP/SIGINT/SIGTERM: our safe writer replaces it.
		atomically: './src/store/safe-write.ts',
		// Same widths without compiling string-width's emoji regex for the characters we draw (23 ms): see the file.
		'string-width': './src/core/width.ts',
		// Ink's reconciler, which its package does not export: src/ui/hooks/use-key-by-key.ts feeds keys through it.
		'ink-reconciler': './node_modules/ink/build/reconciler.js',
		'ink-parse-keypress': './node_modules/ink/build/parse-keypress.js',
		// Ink draws only the last frame when CI is set; the tutor runs on a terminal only: see the file.
		'is-in-ci': './src/ui/not-in-ci.ts',
		// ink-select-input with number keys patched: see the file.
		'ink-select-input': './src/vendor/ink-select-input.js',
	},
	logLevel: 'warning',
});

// Build-time helpers go outside dist/ so they never ship.
const tools = join('node_modules', '.cache', 'cvm-tutor', 'build-tools.mjs');
mkdirSync(join('node_modules', '.cache', 'cvm-tutor'), { recursive: true });
await build({ entryPoints: ['src/build-tools.ts'], outfile: tools, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
const { stampLessons, lessonJsonSchema } = await import(`${pathToFileURL(tools).href}?${Date.now()}`);

const stamp = stampLessons('lessons');
if (stamp.ok) writeFileSync('dist/lessons.outline.json', `${JSON.stringify(stamp.outline)}\n`);
else {
	// Still a usable build: without a digest the app validates the lessons on every start and reports them.
	console.warn(`warning: the bundled lessons do not validate, so no digest was recorded:\n  ${stamp.problems.join('\n  ')}`);
}

if (process.argv.includes('--schema')) {
	writeFileSync('lessons/lesson.schema.json', `${JSON.stringify(lessonJsonSchema(), null, '\t')}\n`);
	console.log('wrote lessons/lesson.schema.json');
}
