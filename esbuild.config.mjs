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
	// ink only loads react-devtools-core when DEV=true; a stub keeps it (and its 1 MB) out of the bundle.
	alias: { 'react-devtools-core': './src/devtools-stub.ts' },
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
