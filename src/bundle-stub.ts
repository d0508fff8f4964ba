// Stands in, inside the bundle only, for modules that cvm-tutor never runs (see esbuild.config.mjs):
// react-devtools-core and ws (ink loads them only when DEV=true), ajv/ajv-formats (conf uses them only
// with a `schema` option) and semver (conf uses it only with `migrations`). Reaching one is a bug.
function notBundled(): never {
	throw new Error('cvm-tutor: a module left out of the bundle was used (see esbuild.config.mjs)');
}

export const Ajv2020 = notBundled;
export default Object.assign(notBundled, { initialize: notBundled, connectToDevTools: notBundled });
