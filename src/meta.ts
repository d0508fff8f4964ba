// Facts about this build. The version is put in by esbuild (and vitest's define) from package.json.
import { fileURLToPath } from 'node:url';

declare const __CVM_VERSION__: string | undefined;

export const VERSION: string = typeof __CVM_VERSION__ === 'string' ? __CVM_VERSION__ : '0.0.0-dev';

/** The lesson folder that ships beside the bundle (dist/../lessons), or beside src/ in a clone. */
export function bundledLessonsDir(): string {
	return fileURLToPath(new URL('../lessons/', import.meta.url));
}

/**
 * Where the build records the digest and outline of the bundled lessons it validated (dist/lessons.outline.json).
 * The same path from src/ in a clone, so tests and the bundle read the one file the last build wrote.
 */
export function lessonsOutlineFile(): string {
	return fileURLToPath(new URL('../dist/lessons.outline.json', import.meta.url));
}
