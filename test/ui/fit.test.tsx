// What a new user saw cut off or lost in a real terminal at 80x24, 60x20 and 40x12 (issue 8, tester's pass).
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress } from '../../src/core/progress.js';
import { createQuiz } from '../../src/core/quiz.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { localize } from '../../src/core/text.js';
import { textWidth } from '../../src/core/wrap.js';
import * as helpers from '../helpers.js';
import { bundledBank, cleanupInk, KEYS, press, renderInk, resize, tempDir, type Rendered } from '../helpers.js';

afterEach(cleanupInk);

const lessons = bundledBank();

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
/** Words as drawn: code marks dropped, wrapping and indents undone. */
const flatWords = (text: string) => text.replaceAll('`', '').replace(/\s+/g, ' ').trim();

describe('the key bar', () => {
	it('keeps "q quit" in view on an ordering question with a hint at 80 columns (it was cut after "Esc back")', async () => {
		const app = await quizOn(['ns-order-memory-pressure'], 80, 24);
		const bar = footer(app.lastFrame() ?? '');
		expect(bar).toContain('h hint');
		expect(bar).toMatch(/q quit$/);
	});

	it.each([
		[60, 20],
		[40, 12],
	])('keeps "q quit" in view on a lesson page at %ix%i', async (columns, rows) => {
		const { store } = openProgressStore({ cwd: tempDir() });
		const chapterId = lessons.chapters[0]!.id;
		const state = { ...initialState(lessons, emptyProgress()), screen: { name: 'lesson' as const, chapterId, pageIndex: 0, scroll: 0 } };
		const app = await renderInk(<App initial={state} store={store} onExit={() => {}} />);
		const bar = footer(await resize(app, columns, rows));
		expect(bar).toContain('→/Enter next page');
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

/** The bundled namespaces matching question at 80x24 with two rows paired (UTS → 4, PID → 7). */
async function matchingWithTwoPairs() {
	const app = await quizOn(['ns-match-namespace-isolates'], 80, 24);
	const frame = await press(app, '4', '7');
	expect(frame).toMatch(/UTS\s+→ 4\./);
	expect(frame).toMatch(/PID\s+→ 7\./);
	return app;
}

describe('a resize below what a question needs, and back', () => {
	it('keeps the pairs of a matching question (they were thrown away), and keys do nothing while it is hidden', async () => {
		const app = await matchingWithTwoPairs();
		let frame: string;
		frame = await resize(app, 60, 18);
		expect(frame).toContain('needs a terminal at least');
		expect(frame).not.toContain('UTS');
		await press(app, '5');
		frame = await resize(app, 80, 24);
		expect(frame).toMatch(/UTS\s+→ 4\./);
		expect(frame).toMatch(/PID\s+→ 7\./);
		expect(frame).toMatch(/❯ User\s+→ \(press a number\)/);
	});

	it('keeps the order of an ordering question', async () => {
		const app = await quizOn(['ns-order-memory-pressure'], 80, 24);
		const before = await press(app, KEYS.enter, KEYS.down, KEYS.enter);
		const order = (frame: string) => frame.split('\n').filter((line) => /^\s*(❯|↕)? *\d\. /.test(line)).map((line) => line.replace(/^[\s❯↕]*/, ''));
		expect(order(before)).toHaveLength(5);
		expect(await resize(app, 60, 12)).toContain('needs a terminal at least');
		const after = await resize(app, 80, 24);
		expect(order(after)).toEqual(order(before));
	});

	it('keeps a typed draft with its near-miss note, and Esc still goes back while the question is hidden', async () => {
		const app = await quizOn(['ns-typed-unshare-pid-shell'], 80, 24);
		let frame = await press(app, '$ unshare --pid --fork --mount-proc bash', KEYS.enter);
		expect(frame).toContain('leave out the prompt $');
		await press(app, '\u001B[H', KEYS.right, KEYS.right, '\u0015');
		frame = await resize(app, 40, 12);
		expect(frame).toContain('needs a terminal at least');
		frame = await press(app, 'x');
		frame = await resize(app, 80, 24);
		expect(frame).toContain('$ unshare --pid --fork --mount-proc bash');
		expect(frame).not.toContain('$ $ unshare');
		await resize(app, 40, 12);
		frame = await press(app, KEYS.escape);
		expect(frame).not.toContain('needs a terminal at least');
		expect(frame).toContain('Read the lesson');
	});
});

describe('the lasting save warning', () => {
	it('is wrapped, not cut, at 80 columns, and the frame still fits the terminal', async () => {
		const why = '/tmp/tmp.7ERn5b6Dnf/a-longer-folder/progress.json is on a read-only filesystem (EROFS)';
		const store = {
			path: '/tmp/tmp.7ERn5b6Dnf/a-longer-folder/progress.json',
			readOnly: why,
			save(): never {
				throw Object.assign(new Error('read-only'), { code: 'EROFS' });
			},
			reset() {},
			rewrite(): never {
				throw Object.assign(new Error('read-only'), { code: 'EROFS' });
			},
		};
		const app = await renderInk(<App initial={initialState(lessons, emptyProgress())} store={store} onExit={() => {}} />);
		const frame = await resize(app, 80, 24);
		expect(frame.replace(/\s+/g, ' ')).toContain('(EROFS). Kept until you quit.');
		expect(frame.split('\n').length).toBeLessThanOrEqual(23);
		expect(footer(frame)).toContain('q quit');
	});
});

describe('stats', () => {
	it('fits 40x12: no row wraps, the frame is shorter than the terminal, and ↓ brings the summary into view', async () => {
		const { store } = openProgressStore({ cwd: tempDir() });
		const state = { ...initialState(lessons, emptyProgress()), screen: { name: 'stats' as const } };
		const app = await renderInk(<App initial={state} store={store} onExit={() => {}} />);
		let frame = await resize(app, 40, 12);
		const lines = frame.split('\n');
		expect(lines.length).toBeLessThanOrEqual(11);
		expect(lines[0]).toContain('Stats');
		expect(frame).toMatch(/^1\. House.*0\/8\s+0\s+-$/m);
		expect(frame).not.toMatch(/^ -$/m);
		for (let i = 0; i < 10; i++) frame = await press(app, KEYS.down);
		expect(frame).toContain('Nothing due for review today.');
		expect(frame.split('\n').length).toBeLessThanOrEqual(11);
	});
});

describe('packet walks', () => {
	/** The words of `text` as the screen draws them (code marks dropped, wrapping undone). */
	const words = (text: string) => text.replaceAll('`', '').replace(/\s+/g, ' ').trim();
	const flat = (frame: string) => frame.replace(/\s+/g, ' ');

	it.each([
		[80, 24],
		[60, 20],
		[40, 12],
	])('every hop of every bundled walk shows its whole explanation, or says there is more, at %ix%i', async (columns, rows) => {
		const { WalkScreen } = await import('../../src/ui/screens/walk.js');
		const { labelKey, pickFeedback, routeChoices, routeFinished, startWalk, walkReducer } = await import('../../src/core/walk.js');
		const { localize } = await import('../../src/core/text.js');
		const { bodyHeight } = await import('../../src/ui/widgets/layout.js');
		const cut: string[] = [];
		for (const chapter of lessons.chapters) {
			for (const walk of chapter.walks ?? []) {
				for (let step = 0; step < walk.hops.length; step++) cut.push(`${walk.id}#${step}`);
				for (let step = 0; step < walk.hops.length; step++) {
					const session = { ...startWalk(walk, 1), step };
					const app = await renderInk(<WalkScreen session={session} dispatch={() => {}} width={columns - 1} height={bodyHeight(rows)} />);
					const frame = app.lastFrame() ?? '';
					const whole = flat(frame).includes(words(localize(walk.hops[step]!.actor)));
					if (whole || frame.includes('enlarge the terminal')) cut.splice(cut.indexOf(`${walk.id}#${step}`), 1);
					expect(frame.split('\n').length, `${walk.id}#${step}`).toBeLessThanOrEqual(bodyHeight(rows));
					await act(async () => app.unmount());
				}
				// Route mode: what each offered next hop says when picked, at every hop.
				let session = walkReducer({ ...startWalk(walk, 1) }, { type: 'route' });
				while (!routeFinished(session)) {
					for (const choice of routeChoices(session)) {
						const picked = walkReducer(session, { type: 'pick', key: choice.key });
						const said = words(pickFeedback(walk, picked.pending!).text);
						const app = await renderInk(<WalkScreen session={picked} dispatch={() => {}} width={columns - 1} height={bodyHeight(rows)} />);
						const frame = app.lastFrame() ?? '';
						if (!flat(frame).includes(said) && !frame.includes('enlarge the terminal')) cut.push(`${walk.id} pick ${choice.label}`);
						expect(frame.split('\n').length, `${walk.id} pick ${choice.label}`).toBeLessThanOrEqual(bodyHeight(rows));
						await act(async () => app.unmount());
					}
					session = walkReducer(walkReducer(session, { type: 'pick', key: labelKey(walk.hops[session.step + 1]!.label) }), { type: 'continue' });
				}
			}
		}
		expect(cut).toEqual([]);
	});
});

describe('results', () => {
	async function resultsOf(mode: 'quiz' | 'quick', width: number, best?: { correct: number; total: number; at: string }) {
		const { ResultsScreen } = await import('../../src/ui/screens/results.js');
		const { quizReducer } = await import('../../src/core/quiz.js');
		const question = lessons.questions.get('hva-tf-lightweight-vm')!;
		let session = createQuiz({ mode, chapterId: question.chapter.id, questions: [question.question], seed: 1 });
		session = quizReducer(session, { type: 'submit', response: { type: 'true-false', value: false } });
		session = quizReducer(session, { type: 'next' });
		const progress = best ? { ...emptyProgress(), chapters: { [question.chapter.id]: { pagesRead: [], bestScore: best } } } : emptyProgress();
		const app = await renderInk(<ResultsScreen state={initialState(lessons, progress)} session={session} dispatch={() => {}} width={width} height={20} />);
		return app.lastFrame() ?? '';
	}

	it("a quick quiz's note is whole at 80 columns (its last word was cut)", async () => {
		const frame = await resultsOf('quick', 79);
		expect(frame.replace(/\s+/g, ' ')).toContain("a chapter's best score comes from its full quiz.");
	});

	it('the best score goes on its own line at 40 columns instead of wrapping in the middle', async () => {
		const frame = await resultsOf('quiz', 39, { correct: 17, total: 22, at: '2026-01-01T00:00:00.000Z' });
		expect(frame).toMatch(/^Quiz done: 1\/1 right \(100%\)$/m);
		expect(frame).toMatch(/^best so far 17\/22$/m);
	});
});

describe('the ? help', () => {
	it('names the matching and typed-answer keys, and still fits whole at 80x24', async () => {
		const { store } = openProgressStore({ cwd: tempDir() });
		const app = await renderInk(<App initial={initialState(lessons, emptyProgress())} store={store} onExit={() => {}} />);
		await resize(app, 80, 24);
		const frame = await press(app, '?');
		expect(frame).toMatch(/1-9 {2}← →\s+matching: pair/);
		expect(frame).toMatch(/Ctrl\+W\/U\s+typed answer: delete the word/);
		expect(frame).toContain('Press ? or Esc to close.');
		expect(frame).not.toContain('enlarge the terminal');
		expect(frame.split('\n').length).toBeLessThanOrEqual(23);
	});
});

describe('a terminal below the minimum size', () => {
	it('quits with q as its notice says, even on a typed question (q was taken as text, and nothing happened)', async () => {
		const { question, chapter } = lessons.questions.get('ns-typed-unshare-pid-shell')!;
		const session = createQuiz({ mode: 'quiz', chapterId: chapter.id, questions: [question], seed: 1 });
		const state = { ...initialState(lessons, emptyProgress()), screen: { name: 'quiz' as const, session, scroll: 0 } };
		const { store } = openProgressStore({ cwd: tempDir() });
		const exits: string[] = [];
		const app = await renderInk(<App initial={state} store={store} onExit={(reason) => exits.push(reason)} />);
		const frame = await resize(app, 30, 10);
		expect(frame.replace(/\s+/g, ' ')).toContain('Enlarge it, or press q.');
		await press(app, 'q');
		expect(exits).toEqual(['quit']);
	});
});

describe('a resize below the app minimum (40x12), and back', () => {
	it('keeps the pairs of a matching question (the whole screen was thrown away), and only q or Ctrl+C act meanwhile', async () => {
		const app = await matchingWithTwoPairs();
		let frame: string;
		frame = await resize(app, 39, 12);
		expect(frame).toContain('Terminal is 39x12');
		expect(frame).not.toContain('UTS');
		// Keys do nothing while the screen is hidden: no pair, no back.
		frame = await press(app, '5', KEYS.down, '6', KEYS.escape);
		expect(frame).toContain('Terminal is 39x12');
		frame = await resize(app, 80, 24);
		expect(frame).toMatch(/UTS\s+→ 4\./);
		expect(frame).toMatch(/PID\s+→ 7\./);
		expect(frame).toMatch(/❯ User\s+→ \(press a number\)/);
	});

	it('q still quits while the notice is up, also on a typed question', async () => {
		const questions = [lessons.questions.get('ns-typed-unshare-pid-shell')!.question];
		const session = createQuiz({ mode: 'quiz', chapterId: lessons.questions.get('ns-typed-unshare-pid-shell')!.chapter.id, questions, seed: 1 });
		const state = { ...initialState(lessons, emptyProgress()), screen: { name: 'quiz' as const, session, scroll: 0 } };
		const { store } = openProgressStore({ cwd: tempDir() });
		const exits: string[] = [];
		const app = await renderInk(<App initial={state} store={store} onExit={(reason) => exits.push(reason)} />);
		await resize(app, 39, 12);
		await press(app, 'q');
		expect(exits).toEqual(['quit']);
	});
});

describe('a question too tall for the terminal', () => {
	it('lists only the keys that work (Esc back, q quit), and h reveals no hint nobody can see', async () => {
		const app = await quizOn(['ns-order-memory-pressure'], 80, 24);
		const before = app.lastFrame() ?? '';
		expect(footer(before)).toContain('h hint');
		const hidden = await resize(app, 60, 12);
		expect(hidden).toContain('needs a terminal at least');
		expect(footer(hidden)).toBe('Esc back  ·  q quit');
		await press(app, 'h');
		expect(await resize(app, 80, 24)).toBe(before);
	});

	it('q quits on a hidden typed question, as its key bar says (it was taken as text)', async () => {
		const questions = [lessons.questions.get('ns-typed-unshare-pid-shell')!.question];
		const session = createQuiz({ mode: 'quiz', chapterId: lessons.questions.get('ns-typed-unshare-pid-shell')!.chapter.id, questions, seed: 1 });
		const state = { ...initialState(lessons, emptyProgress()), screen: { name: 'quiz' as const, session, scroll: 0 } };
		const { store } = openProgressStore({ cwd: tempDir() });
		const exits: string[] = [];
		const app = await renderInk(<App initial={state} store={store} onExit={(reason) => exits.push(reason)} />);
		await resize(app, 80, 24);
		expect(await press(app, '$ unshare --pid --fork --mount-proc bash', KEYS.enter)).toContain('leave out the prompt $');
		const hidden = await resize(app, 40, 12);
		expect(hidden).toContain('needs a terminal at least');
		expect(footer(hidden)).toBe('Esc back  ·  q quit');
		await press(app, 'q');
		expect(exits).toEqual(['quit']);
	});
});

describe('explain questions at 80x24', () => {
	const { bankOf, practiceChapter } = helpers;
	const practice = practiceChapter() as { questions: Array<Record<string, unknown>> };
	// The longest the lesson rules allow: a 150-character prompt, 6 key points of 100 characters, 130 words of model answer.
	const longest = {
		...(practice.questions.find((q) => q.id === 'pr-explain-mac') as Record<string, unknown>),
		id: 'pr-explain-longest',
		prompt: `An interviewer asks: ${'why is this prompt as long as a prompt may be, '.repeat(3)}`.slice(0, 150).trim(),
		modelAnswer: Array.from({ length: 130 }, (_, i) => `word${i}`).join(' '),
		keyPoints: Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, text: `Point ${i} ${'and more words '.repeat(7)}`.slice(0, 99).trim() + '.', terms: [`term${i}`] })),
	};
	const fixture = bankOf({ ...practice, questions: [...practice.questions, longest] });
	const cases = [
		...[...lessons.questions.values()].filter((entry) => entry.question.type === 'explain').map((entry) => [entry.question.id, lessons] as const),
		...[...fixture.questions.values()].filter((entry) => entry.question.type === 'explain').map((entry) => [entry.question.id, fixture] as const),
	];

	it.each(cases)('%s: the prompt, the editor, then every key point while self-grading, fit without a cut row', async (id, bank) => {
		const question = bank.questions.get(id)!.question;
		if (question.type !== 'explain') throw new Error('not an explain question');
		const session = createQuiz({ mode: 'explain', chapterId: bank.questions.get(id)!.chapter.id, questions: [question], seed: 1 });
		const state = { ...initialState(bank, emptyProgress()), screen: { name: 'quiz' as const, session, scroll: 0 } };
		const { store } = openProgressStore({ cwd: tempDir() });
		const app = await renderInk(<App initial={state} store={store} onExit={() => {}} />);
		let frame = await resize(app, 80, 24);
		const fits = (text: string) => text.split('\n').length <= 23 && text.split('\n').every((line) => textWidth(line) <= 80);
		expect(fits(frame), frame).toBe(true);
		expect(frame).not.toContain('needs a terminal at least');
		expect(flatWords(frame)).toContain(flatWords(localize(question.prompt)).slice(0, 60));
		expect(frame).toContain('│ ');
		// Every term typed: every point suggested, so each line is as long as it gets.
		const terms = question.keyPoints.map((point) => localize(point.terms[0]!)).join(', ');
		frame = await press(app, terms, '\u0004');
		expect(fits(frame), frame).toBe(true);
		for (const point of question.keyPoints) expect(flatWords(frame)).toContain(flatWords(localize(point.text)));
		expect(frame).toContain(`${question.keyPoints.length} of ${question.keyPoints.length} ticked`);
		expect(footer(frame)).toMatch(/Ctrl\+C quit$/);
		// The model answer is in view, or a PgDn away (the window says there is more).
		const scrolled = await press(app, '\u001B[6~');
		expect(fits(scrolled), scrolled).toBe(true);
		expect(frame.includes('Model answer:') || (frame.includes('more below: PgDn') && scrolled.includes('Model answer:')), frame).toBe(true);
	});
});
