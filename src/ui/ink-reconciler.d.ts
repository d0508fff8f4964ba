// Ink's own React reconciler (ink/build/reconciler.js), which its package does not export: aliased in
// esbuild.config.mjs and vitest.config.ts. Only what use-key-by-key.ts needs.
declare module 'ink-reconciler' {
	const reconciler: { flushSyncFromReconciler<R>(fn: () => R): R };
	export default reconciler;
}
