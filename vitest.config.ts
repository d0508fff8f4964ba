import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
	define: { __CVM_VERSION__: JSON.stringify(version) },
	resolve: {
		alias: {
			// As in the bundle (esbuild.config.mjs): conf writes through our safe writer, not `atomically`.
			atomically: fileURLToPath(new URL('./src/store/safe-write.ts', import.meta.url)),
			// Ink's reconciler and key parser, which its package does not export (see src/ui/hooks/use-key-by-key.ts): the files Ink itself loads.
			'ink-reconciler': fileURLToPath(new URL('node_modules/ink/build/reconciler.js', import.meta.url)),
			'ink-parse-keypress': fileURLToPath(new URL('node_modules/ink/build/parse-keypress.js', import.meta.url)),
			// ink-select-input with number keys patched (see the file); the same alias as esbuild.config.mjs.
			'ink-select-input': fileURLToPath(new URL('src/vendor/ink-select-input.js', import.meta.url)),
		},
	},
	test: {
		// conf must go through Vite for the alias to reach its import.
		server: { deps: { inline: ['conf'] } },
		include: ['test/**/*.test.{ts,tsx}'],
		setupFiles: ['test/setup.ts'],
		testTimeout: 20_000,
	},
});
