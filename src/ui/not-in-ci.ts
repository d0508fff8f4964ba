// Stands in for `is-in-ci` in the bundle. Ink reads CI=true as "no one is watching" and draws nothing but the
// last frame, so the tutor looked hung in any shell that exports CI. It only starts when both stdin and stdout
// are terminals (cli.tsx), so someone is there to see each frame.
const isInCi = false;
export default isInCi;
