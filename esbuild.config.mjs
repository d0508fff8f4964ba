// Builds the single file that ships: dist/cvm-tutor.js (ESM, production React, no runtime dependencies).
// `--schema` also regenerates lessons/lesson.schema.json from the zod schema in src/core/schema.ts.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const banner = [
	"import { createRequire as __cvmCreateRequire } from 'node:module';",
	'const require = __cvmCreateRequire(import.meta.url);',
].join('\n');

await build({
	entryPoints: ['src/cli.tsx'],
	outfile: 'dist/cvm-tutor.js',
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
	// semver only for `migrations`, neither of which we use. Measured: 1.1 MB -> see `npm run bench`.
	alias: Object.fromEntries(
		['react-devtools-core', 'ws', 'ajv/dist/2020.js', 'ajv-formats', 'semver'].map((name) => [name, './src/bundle-stub.ts']),
	),
	logLevel: 'warning',
});

if (process.argv.includes('--schema')) {
	await build({
		entryPoints: ['src/core/schema.ts'],
		outfile: 'dist/schema.mjs',
		bundle: true,
		platform: 'node',
		format: 'esm',
		logLevel: 'warning',
	});
	const { lessonJsonSchema } = await import(`./dist/schema.mjs?${Date.now()}`);
	writeFileSync('lessons/lesson.schema.json', `${JSON.stringify(lessonJsonSchema(), null, '\t')}\n`);
	console.log('wrote lessons/lesson.schema.json');
}
