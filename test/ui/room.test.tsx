// A room taken by keys under a fake clock: the intro, the countdown and closing at 0, a typist's extra time, no
// feedback until the end, every answer saved at once, and the results with a result code that decodes.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app.js';
import { appReducer, initialState } from '../../src/core/app-state.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import { encodeRoomCode, type RoomSpec } from '../../src/core/room/code.js';
import { roomItems, structureDigest } from '../../src/core/room/compose.js';
import { joinRoom } from '../../src/core/room/join.js';
import { decodeResultCode, findResultCodes } from '../../src/core/room/result.js';
import type { Question } from '../../src/core/schema.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { bundledBank, cleanupInk, KEYS, press, renderInk, resize, tempDir, fakeClock, tickClock } from '../helpers.js';

const bank = bundledBank();
const base: RoomSpec = { version: '0.1.0', structure: structureDigest(bank), chapters: 'all', count: 4, seconds: 20, types: ['single', 'typed'], names: true, seed: 0 };
/** The first seed whose room opens with a single-choice question and asks a typed one later: the test runs both paths. */
const spec = ((): RoomSpec => {
	for (let seed = 0; seed < 1000; seed++) {
		const built = roomItems({ ...base, seed }, bank);
		const items = built.ok ? built.items : [];
		if (items[0]?.question.type === 'single' && items.slice(1).some((item) => item.question.type === 'typed')) return { ...base, seed };
	}
	throw new Error('no such room');
})();
const CODE = encodeRoomCode(spec);

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(async () => {
	await cleanupInk();
	vi.useRealTimers();
});

const wait = tickClock;

async function openRoom() {
	const clock = fakeClock();
	const { store } = openProgressStore({ cwd: tempDir() });
	const joined = joinRoom(bank, CODE.toLowerCase(), { saved: [], newAttendee: () => 'K7Q2M9XD', name: 'Ann', at: clock.now().toISOString() });
	if (!joined.ok) throw new Error(joined.message);
	const initial = appReducer(initialState(bank, emptyProgress()), { type: 'open-room', session: joined.session });
	const app = await renderInk(<App initial={initial} store={store} onExit={() => {}} now={clock.now} />);
	await resize(app, 80, 24);
	const saved = (): Progress => JSON.parse(readFileSync(store.path, 'utf8'));
	return { app, clock, saved, items: joined.session.quiz.items };
}

/** The key that picks the right choice of a single-choice question as it is shown (1-based place in its order). */
function rightKey(question: Question, order: readonly string[]): string {
	return question.type === 'single' ? String(order.indexOf(question.answer) + 1) : '';
}

describe('a room, taken by keys', () => {
	it('intro, countdown, closing at 0, answers saved at once with no feedback, extra time for a typist, results with the result code', async () => {
		const { app, clock, saved, items } = await openRoom();
		// This room's seed asks a typed question after the first: the extra-time path below runs.
		expect(items.slice(1).some((item) => item.question.type === 'typed')).toBe(true);
		expect(items[0]!.question.type).toBe('single');
		let frame = app.lastFrame() ?? '';
		expect(frame).toContain(`Room ${CODE}: 4 questions from chapters`);
		expect(frame).toMatch(/20 seconds\s+each/);
		expect(frame).toContain('Your name on the result: Ann');
		frame = await wait(app, clock, 60);
		expect(frame).not.toContain('Time left');
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('Time left: 0:20');
		expect(frame).toContain('question 1 of 4');
		frame = await wait(app, clock, 7);
		expect(frame).toContain('Time left: 0:13');
		// The first question runs out: closed unanswered, saved, and the next one starts with a fresh clock.
		frame = await wait(app, clock, 13);
		expect(frame).toContain('question 2 of 4');
		expect(frame).toContain('Time left: 0:20');
		expect(saved().roomAnswers).toEqual([expect.objectContaining({ questionId: items[0]!.question.id, response: null, seconds: 20, code: CODE, attendee: 'K7Q2M9XD' })]);
		expect(saved().answers).toEqual([expect.objectContaining({ questionId: items[0]!.question.id, correct: false, mode: 'quiz', room: CODE })]);
		// The rest: single questions answered right at once; a typed one started before 0 and finished in extra time.
		for (let i = 1; i < items.length; i++) {
			const { question, choiceOrder } = items[i]!;
			if (question.type === 'single') {
				frame = await press(app, rightKey(question, choiceOrder));
			} else {
				const answer = question.type === 'typed' ? String(question.accept[0]) : '';
				await press(app, ...answer.slice(0, 3).split(''));
				frame = await wait(app, clock, 25);
				expect(frame).toContain('Time is up, but the command you are typing counts');
				expect(saved().roomAnswers).toHaveLength(i);
				await press(app, ...answer.slice(3).split(''));
				frame = await press(app, KEYS.enter);
			}
			// No feedback between questions: the next question, or the results after the last.
			expect(frame).not.toContain('Correct');
			expect(saved().roomAnswers).toHaveLength(i + 1);
		}
		expect(frame).toContain('Room done: 3 of 4 right.');
		const code = findResultCodes(frame)[0] ?? '';
		const decoded = decodeResultCode(code, spec, items);
		expect(decoded.ok && decoded.result.name).toBe('Ann');
		expect(decoded.ok && decoded.result.answers.map((a) => a.response === null)).toEqual([true, false, false, false]);
		// The explanations come now: the first question's right answer and why.
		expect(frame).toContain('Time ran out: no answer.');
		const rows = frame.split('\n');
		expect(rows.length).toBeLessThanOrEqual(24);
		for (const row of rows) expect(row.length).toBeLessThanOrEqual(80);
	});

	it('Esc in the middle leaves with every answer kept and says how to carry on', async () => {
		const { app, saved, items } = await openRoom();
		await press(app, KEYS.enter);
		const first = items[0]!;
		if (first.question.type === 'single') await press(app, rightKey(first.question, first.choiceOrder));
		const frame = await press(app, KEYS.escape);
		expect(frame).toContain(`Room left after ${first.question.type === 'single' ? 1 : 0} of 4, answers kept; join it again to carry on.`);
		expect(saved().roomAnswers?.length ?? 0).toBe(first.question.type === 'single' ? 1 : 0);
	});
});
