// What the bench times in-process: the app's lesson load (digest recorded by the build: plain JSON) and a
// full validation (the validate command, --lessons DIR, or lessons edited since the build).
export { lessonsDigest, outlineLessons, readLessonFiles } from '../../src/core/bank.js';
export { computeStats, emptyProgress } from '../../src/core/progress.js';
export { buildBank } from '../../src/core/validate.js';
export { trustedBank } from '../../src/lessons.js';
