// One "window" for the two-process test: answers `count` questions, saving after each and adopting what the
// save returns, with short pauses so the processes interleave.
import { openProgressStore } from '../../src/store/progress-store.js';

const [cwd, id, count] = process.argv.slice(2) as [string, string, string];
const opened = openProgressStore({ cwd });
let progress = opened.progress;
const pause = new Int32Array(new SharedArrayBuffer(4));
for (let i = 0; i < Number(count); i++) {
	const answer = { questionId: `${id}-${i}`, chapterId: 'c', correct: i % 2 === 0, credit: i % 2 === 0 ? 1 : 0, at: new Date().toISOString(), mode: 'quiz' as const };
	const next = { ...progress, answers: [...progress.answers, answer] };
	// The old store's save returned nothing: keep working with our own copy then.
	progress = (opened.store.save(next) as typeof next | undefined) ?? next;
	Atomics.wait(pause, 0, 0, i % 3);
}
