import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
	define: { __CVM_VERSION__: JSON.stringify(version) },
	// As in the bundle (esbuild.config.mjs): conf writes through our safe writer, not `atomically`.
	resolve: { alias: { atomically: fileURLToPath(new URL('./src/store/safe-write.ts', import.meta.url)) } },
	test: {
		// conf must go through Vite for the alias to reach its import.
		server: { deps: { inline: ['conf'] } },
		include: ['test/**/*.test.{ts,tsx}'],
		setupFiles: ['test/setup.ts'],
		testTimeout: 20_000,
	},
});
