// What the bench times in-process: the app's lesson load (names and sizes recorded by the build; the digest is
// checked after the first frame) and a
// full validation (the validate command, --lessons DIR, or lessons edited since the build).
export { lazyBank, lessonsDigest, outlineLessons, readLessonFiles } from '../../src/core/bank.js';
export { computeStats, emptyProgress } from '../../src/core/progress.js';
export { buildBank } from '../../src/core/validate.js';
export { trustedBank } from '../../src/lessons.js';
