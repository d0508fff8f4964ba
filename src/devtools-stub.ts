// Stands in for react-devtools-core, which ink imports only when DEV=true; see esbuild.config.mjs.
export default { initialize() {}, connectToDevTools() {} };
