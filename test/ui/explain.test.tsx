// Explain questions driven by keys: writing (typed, pasted, or aloud), self-grading with suggested ticks,
// follow-ups right after, and the saved answer shown next time.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { bankOf, cleanupInk, KEYS, practiceChapter, press, renderInk, tempDir } from '../helpers.js';

const bank = bankOf(practiceChapter());
const CTRL_D = '\u0004';
const SPACE = ' ';

afterEach(cleanupInk);

/** The tutor on the practice chapter's menu, with "Explain it" under the cursor. */
async function openExplain(progress: Progress = emptyProgress()) {
	const { store } = openProgressStore({ cwd: tempDir() });
	const state = { ...initialState(bank, progress), screen: { name: 'chapter' as const, chapterId: 'practice-chapter', focus: 'explain' as const } };
	const app = await renderInk(<App initial={state} store={store} onExit={() => {}} />);
	const saved = (): Progress => JSON.parse(readFileSync(store.path, 'utf8'));
	const frame = await press(app, KEYS.enter);
	return { app, saved, frame };
}

const footer = (frame: string) => frame.trimEnd().split('\n').at(-1) ?? '';

describe('explain it, by keys', () => {
	it('the chapter menu offers it; the first question is an explain question with its keys in the bar', async () => {
		const { frame } = await openExplain();
		expect(frame).toContain('Explain it · Practice chapter');
		expect(frame).toContain('Question 1 of 3 · explain: type, or say it aloud');
		expect(frame).toContain('how does a container isolate a process');
		expect(footer(frame)).toBe('Enter new line  ·  Ctrl+D done  ·  Esc back  ·  Ctrl+C quit');
	});

	it('a multi-line paste lands whole; Ctrl+D shows it above the model answer, with suggested ticks to check', async () => {
		const { app } = await openExplain();
		// One chunk, as a terminal delivers a paste: its keys arrive in one burst, line breaks as CR.
		let frame = await press(app, 'Namespaces give it a view;\rq and ? are letters here.\rIt uses the host kernel, not rapid magic.');
		expect(frame).toContain('│ Namespaces give it a view;');
		expect(frame).toContain('│ q and ? are letters here.');
		expect(frame).toContain('│ It uses the host kernel, not rapid magic.');
		frame = await press(app, CTRL_D);
		expect(frame).toContain('Your answer:');
		expect(frame).toMatch(/ {2}Namespaces give it a view;\n {2}q and \? are letters here\.\n {2}It uses the host kernel/);
		expect(frame).toContain('Model answer:');
		expect(frame).toContain('A suggested tick only means your words');
		expect(frame).toMatch(/❯ \[x\] Namespaces give the process its own view of PIDs, network, mounts\.\s+\(suggested\)/);
		expect(frame).toContain('  [ ] Cgroups limit the resources it may use.\n');
		expect(frame).toContain("  [x] It shares the host's kernel; there is no guest kernel. (suggested)");
		expect(frame).toContain('  [ ] --privileged removes most of the isolation.\n');
		expect(frame).toContain('2 of 4 ticked: 50% credit');
		expect(footer(frame)).toContain('Space tick');
	});

	it('typed key by key with edits; Space toggles, arrows move, Enter confirms; the credit is the share ticked, saved with the text', async () => {
		const { app, saved } = await openExplain();
		// A typo mended: "iit" → "it" (two Lefts, Backspace), then End and a new line.
		let frame = await press(app, ...'cgroups v2 limits iit'.split(''), KEYS.left, KEYS.left, '\u007f', '\u001B[F', KEYS.enter, ...'--privileged'.split(''));
		expect(frame).toContain('│ cgroups v2 limits it\n');
		expect(frame).toContain('│ --privileged');
		frame = await press(app, CTRL_D);
		expect(frame).toContain('  [x] Cgroups limit the resources it may use. (suggested)');
		expect(frame).toContain('  [x] --privileged removes most of the isolation. (suggested)');
		// Untick the privileged point (a suggestion the learner does not agree with), tick the kernel point.
		frame = await press(app, KEYS.down, KEYS.down, SPACE, KEYS.down, SPACE);
		expect(frame).toContain("  [x] It shares the host's kernel; there is no guest kernel.\n");
		expect(frame).toContain('❯ [ ] --privileged removes most of the isolation.\n');
		expect(frame).toContain('2 of 4 ticked: 50% credit');
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('◐ You ticked 2 of 4 key points: 50% credit. Under 75%: it comes back in review.');
		expect(frame).toContain('· Namespaces give the process its own view');
		expect(frame).toContain('Source: namespaces(7)');
		expect(frame).toContain('Also: cgroups(7)');
		expect(saved().answers.at(-1)).toMatchObject({ questionId: 'pr-explain-isolation', correct: false, credit: 0.5, text: 'cgroups v2 limits it\n--privileged', ticked: ['cgroups', 'shared-kernel'] });
	});

	it('Enter on an empty answer says how to answer aloud; Ctrl+D then compares with nothing pre-ticked', async () => {
		const { app, saved } = await openExplain();
		let frame = await press(app, KEYS.enter);
		expect(frame).toContain('Nothing typed yet. If you said your answer aloud, press Ctrl+D to compare.');
		expect(frame).not.toMatch(/│ \n│ /);
		frame = await press(app, CTRL_D);
		expect(frame).toContain('You answered aloud.');
		expect(frame).toContain('Tick the key points you said (Space).');
		expect(frame).not.toContain('[x]');
		frame = await press(app, SPACE, KEYS.down, SPACE, KEYS.down, SPACE, KEYS.enter);
		expect(frame).toContain('✔ You ticked 3 of 4 key points: 75% credit (answered aloud).');
		expect(saved().answers.at(-1)).toMatchObject({ text: '', ticked: ['namespaces', 'cgroups', 'shared-kernel'], correct: true, credit: 0.75 });
	});

	it('asks its follow-ups next, each marked "Follow-up", then the session ends', async () => {
		const { app } = await openExplain();
		let frame = await press(app, CTRL_D, KEYS.enter, KEYS.enter);
		expect(frame).toContain('Follow-up · Question 2 of 3 · explain');
		expect(frame).toContain('And on a Mac');
		frame = await press(app, CTRL_D, KEYS.enter, KEYS.enter);
		expect(frame).toContain('Follow-up · Question 3 of 3 · put in order');
		frame = await press(app, ...Array(4).fill(KEYS.down), KEYS.enter, KEYS.enter);
		expect(frame).toContain('Interview practice done: 0/3 at 75% or more');
	});

	it('Tab reveals a hint while writing, and the answer is saved as given after a hint', async () => {
		const { app, saved } = await openExplain();
		let frame = await press(app, CTRL_D, KEYS.enter, KEYS.enter);
		expect(frame).toContain('Follow-up · Question 2 of 3 · explain: type, or say it aloud · Tab: hint (1)');
		expect(footer(frame)).toContain('Tab hint');
		frame = await press(app, 'a', '\t');
		expect(frame).toContain('Hint 1: Linux containers need a Linux kernel. Does macOS have one?');
		expect(frame).toContain('│ a');
		expect(footer(frame)).not.toContain('Tab hint');
		await press(app, CTRL_D, KEYS.enter);
		expect(saved().answers.at(-1)).toMatchObject({ questionId: 'pr-explain-mac', hints: 1, text: 'a' });
	});

	it('Esc never throws a typed answer away unasked: n keeps it, y discards and goes back to the chapter menu', async () => {
		const { app } = await openExplain();
		let frame = await press(app, ...'my answer'.split(''), KEYS.escape);
		expect(frame).toContain('Discard your answer? y or Esc: discard');
		expect(footer(frame)).toContain('y/Esc discard');
		frame = await press(app, 'n');
		expect(frame).toContain('│ my answer');
		expect(frame).not.toContain('Discard your answer?');
		frame = await press(app, CTRL_D, KEYS.escape);
		expect(frame).toContain('Discard your answer?');
		frame = await press(app, 'y');
		expect(frame).toContain('Continue explain it');
	});

	it('resumes where it stopped: the follow-up comes next', async () => {
		const { app } = await openExplain();
		await press(app, CTRL_D, KEYS.enter, KEYS.escape);
		let frame = app.lastFrame() ?? '';
		expect(frame).toContain('❯ Continue explain it (1/3 answered)');
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('Follow-up · Question 2 of 3');
	});

	it('shows what the learner wrote last time beside this answer', async () => {
		const progress: Progress = {
			...emptyProgress(),
			answers: [{ questionId: 'pr-explain-isolation', chapterId: 'practice-chapter', correct: false, credit: 0.25, at: '2026-11-20T10:00:00.000Z', mode: 'quiz', text: 'Only namespaces, I think.', ticked: ['namespaces'] }],
		};
		const { app } = await openExplain(progress);
		let frame = await press(app, ...'Now with cgroups'.split(''));
		expect(frame).not.toContain('Last time');
		frame = await press(app, CTRL_D);
		// The model answer is long: the last answer is below it, a PgDn away.
		frame = await press(app, '\u001B[6~', '\u001B[6~');
		expect(frame).toContain('Last time (2026-11-20, 1 of 4 ticked) you wrote:');
		expect(frame).toContain('  Only namespaces, I think.');
	});

	it('the chapter quiz and the quick quiz leave explain questions out', async () => {
		const { store } = openProgressStore({ cwd: tempDir() });
		const state = { ...initialState(bank, emptyProgress()), screen: { name: 'chapter' as const, chapterId: 'practice-chapter', focus: 'quiz' as const } };
		const app = await renderInk(<App initial={state} store={store} onExit={() => {}} />);
		let frame = app.lastFrame() ?? '';
		expect(frame).toContain('Take the quiz (3 questions');
		expect(frame).toContain('Quick quiz: 3 questions');
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('of 3');
		expect(frame).not.toContain('explain:');
	});
});
