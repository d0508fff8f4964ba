// The home menu's Review entry with a fake clock: how many are due, and when the next come due.
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { type AnswerRecord, emptyProgress, type Progress } from '../../src/core/progress.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { bankOf, cleanupInk, fixtureChapter, KEYS, press, renderInk, tempDir } from '../helpers.js';

const bank = bankOf(fixtureChapter());
const day = (days: number, hour = 9) => new Date(2026, 11, 1 + days, hour);
const answer = (questionId: string, at: Date, fields: Partial<AnswerRecord> = {}): AnswerRecord => ({
	questionId, chapterId: 'example-chapter', correct: true, credit: 1, at: at.toISOString(), mode: 'quiz', ...fields,
});
const wrong = (questionId: string, at: Date, mode: 'quiz' | 'review' = 'quiz') => answer(questionId, at, { correct: false, credit: 0, mode });

afterEach(cleanupInk);

async function home(progress: Progress, now: Date) {
	const { store } = openProgressStore({ cwd: tempDir() });
	return renderInk(<App initial={initialState(bank, progress, undefined, now)} store={store} onExit={() => {}} now={() => now} />);
}

describe('home menu: Review (N due)', () => {
	it('counts the due cards and the mistakes never reviewed, and opens exactly those', async () => {
		// ex-true-false: wrong yesterday, due today; ex-shared-kernel: wrong today, never reviewed; ex-select-all: right today.
		const progress = { ...emptyProgress(), answers: [wrong('ex-true-false', day(-1)), wrong('ex-shared-kernel', day(0, 8)), answer('ex-select-all', day(0, 8))] };
		const app = await home(progress, day(0, 10));
		expect(app.lastFrame()).toContain('Review (2 due)');
		const review = app.lastFrame()!.split('\n').findIndex((line) => line.includes('Review (2 due)'));
		const cursor = app.lastFrame()!.split('\n').findIndex((line) => line.includes('❯'));
		const frame = await press(app, ...Array<string>(review - cursor).fill(KEYS.down), KEYS.enter);
		expect(frame).toContain('Question 1 of 2');
		expect(frame).toContain('A statement to judge true or false.');
	});

	it('nothing due: says when the next cards come due', async () => {
		const progress = { ...emptyProgress(), answers: [wrong('ex-true-false', day(0, 8)), wrong('ex-true-false', day(0, 9), 'review'), wrong('ex-shared-kernel', day(0, 8)), wrong('ex-shared-kernel', day(0, 9), 'review')] };
		expect((await home(progress, day(0, 10))).lastFrame()).toContain('Review (0 due). Next review: tomorrow, 2 cards');
		await cleanupInk();
		expect((await home(progress, day(1, 7))).lastFrame()).toContain('Review (2 due)');
	});

	it('nothing answered: Review (0 due)', async () => {
		const frame = (await home(emptyProgress(), day(0))).lastFrame()!;
		expect(frame).toContain('Review (0 due)');
		expect(frame).not.toContain('Next review');
	});
});
