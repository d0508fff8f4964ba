import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
	define: { __CVM_VERSION__: JSON.stringify(version) },
	// Ink's reconciler, which its package does not export (see src/ui/hooks/use-key-by-key.ts); the same file as Ink's own import.
	resolve: { alias: { 'ink-reconciler': fileURLToPath(new URL('node_modules/ink/build/reconciler.js', import.meta.url)) } },
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		setupFiles: ['test/setup.ts'],
		testTimeout: 20_000,
	},
});
