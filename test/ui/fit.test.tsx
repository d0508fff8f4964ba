// What a new user saw cut off or lost in a real terminal at 80x24, 60x20 and 40x12 (issue 8, tester's pass).
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress } from '../../src/core/progress.js';
import { createQuiz } from '../../src/core/quiz.js';
import { loadBankFromDir } from '../../src/core/validate.js';
import { bundledLessonsDir } from '../../src/meta.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { cleanupInk, KEYS, press, type Rendered, renderInk, tempDir } from '../helpers.js';

afterEach(cleanupInk);

const loaded = loadBankFromDir(bundledLessonsDir());
if (!loaded.ok) throw new Error('bundled lessons do not validate');
const lessons = loaded.bank;

async function resize(app: Rendered, columns: number, rows: number): Promise<string> {
	await act(async () => {
		Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
		Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true });
		app.stdout.emit('resize');
	});
	return app.lastFrame() ?? '';
}

/** The tutor at `columns`x`rows` on a quiz of the given bundled questions, in this order. */
async function quizOn(ids: string[], columns: number, rows: number) {
	const questions = ids.map((id) => lessons.questions.get(id)!.question);
	const chapterId = lessons.questions.get(ids[0]!)!.chapter.id;
	const session = createQuiz({ mode: 'quiz', chapterId, questions, seed: 1 });
	const state = { ...initialState(lessons, emptyProgress()), screen: { name: 'quiz' as const, session, scroll: 0 } };
	const { store } = openProgressStore({ cwd: tempDir() });
	const app = await renderInk(<App initial={state} store={store} onExit={() => {}} />);
	await resize(app, columns, rows);
	return app;
}

const footer = (frame: string) => frame.trimEnd().split('\n').at(-1) ?? '';

describe('the key bar', () => {
	it('keeps "q quit" in view on an ordering question with a hint at 80 columns (it was cut after "Esc back")', async () => {
		const app = await quizOn(['ns-order-memory-pressure'], 80, 24);
		const bar = footer(app.lastFrame() ?? '');
		expect(bar).toContain('h hint');
		expect(bar).toMatch(/q quit$/);
	});

	it('keeps "q quit" in view on a lesson page at 60 columns', async () => {
		const { store } = openProgressStore({ cwd: tempDir() });
		const chapterId = lessons.chapters[0]!.id;
		const state = { ...initialState(lessons, emptyProgress()), screen: { name: 'lesson' as const, chapterId, pageIndex: 0, scroll: 0 } };
		const app = await renderInk(<App initial={state} store={store} onExit={() => {}} />);
		const bar = footer(await resize(app, 60, 20));
		expect(bar).toContain('next page');
		expect(bar).toMatch(/q quit$/);
	});
});

describe('the feedback key bar', () => {
	it('says Enter leads to the results after the last question, and to the next question before it', async () => {
		const app = await quizOn(['hva-tf-lightweight-vm', 'hva-tf-vm-minutes'], 80, 24);
		let frame = await press(app, '2');
		expect(footer(frame)).toContain('Enter next question');
		await press(app, KEYS.enter);
		frame = await press(app, '2');
		expect(frame).toContain('Question 2 of 2');
		expect(footer(frame)).toContain('Enter see results');
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('Quiz done');
	});
});
