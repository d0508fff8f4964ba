// Ink's own React reconciler and key parser (ink/build/reconciler.js, parse-keypress.js), which its package
// does not export: aliased in esbuild.config.mjs and vitest.config.ts. Only what use-key-by-key.ts needs.
declare module 'ink-reconciler' {
	const reconciler: { flushSyncFromReconciler<R>(fn: () => R): R };
	export default reconciler;
}

declare module 'ink-parse-keypress' {
	const parseKeypress: (input: string) => { name?: string; ctrl?: boolean; sequence?: string; text?: string; isKittyProtocol?: boolean; isPrintable?: boolean };
	export default parseKeypress;
}
