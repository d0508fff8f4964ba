// A live room taken by keys, against a fake AttendeeLink the test drives: the wait, a question under the host's
// countdown (fake clock), one answer handed to the link and saved at once, the connection in words while
// answering, the receipt, the reveal in words, the results with a result code that decodes, the refusal with the
// exact command, and every frame within 80x24 (in Chinese too).
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app.js';
import { appReducer, initialState } from '../../src/core/app-state.js';
import { en, loadMessages, useMessages } from '../../src/core/i18n/messages.js';
import { setLocale } from '../../src/core/i18n/locale.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import { encodeRoomCode, type RoomSpec } from '../../src/core/room/code.js';
import { roomItems, structureDigest } from '../../src/core/room/compose.js';
import { createLiveSession } from '../../src/core/room/live/attendee.js';
import type { AttendeeLink, LinkEvent } from '../../src/core/room/live/link.js';
import type { AnswerMessage, ToAttendee } from '../../src/core/room/live/protocol.js';
import { decodeResultCode, findResultCodes } from '../../src/core/room/result.js';
import type { Question } from '../../src/core/schema.js';
import { textWidth } from '../../src/core/wrap.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { bundledBank, cleanupInk, fakeClock, KEYS, press, type Rendered, renderInk, resize, tempDir, tickClock } from '../helpers.js';

const bank = bundledBank();
const base: RoomSpec = { version: '0.1.0', structure: structureDigest(bank), chapters: 'all', count: 3, seconds: 20, types: ['single'], names: true, seed: 0 };
const spec = ((): RoomSpec => {
	for (let seed = 0; seed < 1000; seed++) {
		const built = roomItems({ ...base, seed }, bank);
		if (built.ok && built.items.length === 3) return { ...base, seed };
	}
	throw new Error('no such room');
})();
const CODE = encodeRoomCode(spec);
const built = roomItems(spec, bank);
const items = built.ok ? built.items : [];
const HOST = '127.0.0.1:4000';
const JOIN = 'ABCD-EFGH-JKMN';

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(async () => {
	await cleanupInk();
	vi.useRealTimers();
	useMessages(en);
	setLocale('en');
});

/** A link the test drives: events go to the one listener the app subscribed; answers and close are recorded. */
function fakeLink() {
	let listener: ((event: LinkEvent) => void) | undefined;
	const answers: AnswerMessage[] = [];
	let closed = 0;
	const link: AttendeeLink = {
		subscribe(next) {
			listener = next;
			return () => {
				listener = undefined;
			};
		},
		answer: (message) => answers.push(message),
		close: () => {
			closed++;
		},
	};
	return { link, answers, closed: () => closed, subscribed: () => listener !== undefined, emit: (event: LinkEvent) => listener?.(event) };
}

async function emit(app: Rendered, fake: ReturnType<typeof fakeLink>, ...events: LinkEvent[]): Promise<string> {
	for (const event of events) {
		await act(async () => {
			fake.emit(event);
		});
	}
	return app.lastFrame() ?? '';
}
const message = (m: ToAttendee): LinkEvent => ({ type: 'message', message: m });
const open = (index: number, left = 20) => message({ type: 'open', index, id: items[index]!.question.id, seconds: 20, left });

async function joinLive() {
	const clock = fakeClock();
	const { store } = openProgressStore({ cwd: tempDir() });
	const fake = fakeLink();
	const session = createLiveSession({ join: JOIN, hostLabel: HOST, name: 'Ann', at: clock.now().toISOString() });
	const initial = appReducer(initialState(bank, emptyProgress()), { type: 'open-live', session });
	const app = await renderInk(<App initial={initial} store={store} onExit={() => {}} now={clock.now} link={fake.link} />);
	await resize(app, 80, 24);
	const saved = (): Progress => JSON.parse(readFileSync(store.path, 'utf8'));
	return { app, clock, fake, saved };
}

function rightKey(question: Question, order: readonly string[]): string {
	return question.type === 'single' ? String(order.indexOf(question.answer) + 1) : '';
}

/** Every row within the terminal: 80 columns as the width function counts them, fewer rows than 24. */
function expectFits(frame: string, label: string) {
	const rows = frame.split('\n');
	expect(rows.length, label).toBeLessThan(24);
	for (const row of rows) expect(textWidth(row), `${label}: ${row}`).toBeLessThanOrEqual(80);
}

describe('a live room, attendee side', () => {
	it('waits, counts down, takes one answer (to the link and the file at once), says the connection and the receipt, reveals in words, and ends with a result code', async () => {
		const { app, clock, fake, saved } = await joinLive();
		expect(fake.subscribed()).toBe(true);
		let frame = app.lastFrame() ?? '';
		expect(frame).toContain(`Joining the room at ${HOST}`);
		expect(frame).toContain('Connecting…');
		expectFits(frame, 'connecting');

		frame = await emit(app, fake, { type: 'status', status: { state: 'online' } }, message({ type: 'welcome', room: CODE, attendee: 'K7Q2M9XD', name: 'Ann', questions: 3, answered: [] }));
		expect(frame).toContain(`Live room ${CODE}`);
		expect(frame).toContain('Waiting for the trainer to open question 1 of 3.');
		expect(frame).toContain('Online');
		expect(frame).toContain('Your name on the result: Ann');
		expectFits(frame, 'waiting');

		frame = await emit(app, fake, open(0, 18));
		expect(frame).toContain('Time left: 0:18 · Online');
		expect(frame).toContain('question 1 of 3');
		frame = await tickClock(app, clock, 5);
		expect(frame).toContain('Time left: 0:13');
		expectFits(frame, 'asking');

		// The connection drops: the question stays, its countdown runs on, and the line says so in words.
		frame = await emit(app, fake, { type: 'status', status: { state: 'offline', attempt: 1, retryInMs: 2000, why: 'connection reset' } });
		expect(frame.replace(/\s+/g, ' ')).toContain('Offline (connection reset): reconnecting in 2 s, try 1. Your answers are kept.');
		expect(frame).toContain('question 1 of 3');
		frame = await tickClock(app, clock, 1);
		expect(frame).toContain('Time left: 0:12');
		expectFits(frame, 'asking offline');

		const first = items[0]!;
		frame = await press(app, rightKey(first.question, first.choiceOrder));
		expect(fake.answers).toEqual([{ type: 'answer', index: 0, response: { type: 'single', choiceId: (first.question as { answer: string }).answer }, seconds: 8 }]);
		expect(saved().roomAnswers).toEqual([expect.objectContaining({ questionId: first.question.id, code: CODE, attendee: 'K7Q2M9XD', join: JOIN, seconds: 8 })]);
		expect(saved().answers).toEqual([expect.objectContaining({ questionId: first.question.id, correct: true, mode: 'quiz', room: CODE })]);
		expect(frame).toContain('Your answer is in.');
		expect(frame).toContain('Not sent yet: kept, and sent the moment the connection is back.');
		// More keys answer nothing more.
		await press(app, '1', '2');
		expect(fake.answers).toHaveLength(1);

		frame = await emit(app, fake, { type: 'status', status: { state: 'online' } }, message({ type: 'receipt', index: 0, ok: true }));
		expect(frame).toContain('Taken: the trainer has your answer.');
		expectFits(frame, 'answered');

		frame = await emit(app, fake, message({ type: 'reveal', index: 0 }));
		expect(frame).toContain('✔ Correct.');
		expect(frame).toContain('Waiting for the trainer to open question 2 of 3.');
		expectFits(frame, 'revealed');

		// Question 2 runs out; question 3 is opened and the room ends while it is asked.
		frame = await emit(app, fake, open(1));
		frame = await tickClock(app, clock, 20);
		expect(frame).toContain('Time is up: no answer given.');
		frame = await emit(app, fake, message({ type: 'reveal', index: 1 }));
		expect(frame).toContain('✘ Time ran out: no answer.');
		await emit(app, fake, open(2));
		frame = await emit(app, fake, message({ type: 'finished' }));
		expect(frame).toContain('Room done: 1 of 3 right.');
		expectFits(frame, 'finished');
		const code = findResultCodes(frame)[0] ?? '';
		const decoded = decodeResultCode(code, spec, items);
		expect(decoded.ok && decoded.result.answers.map((answer) => answer.response === null)).toEqual([false, true, true]);
		expect(saved().roomAnswers).toHaveLength(3);
		expect(fake.answers).toHaveLength(1);
	});

	it('a refusal for other lessons shows the exact command to run', async () => {
		const { app, fake } = await joinLive();
		const frame = await emit(app, fake, message({ type: 'refused', reason: 'other-lessons', version: '0.1.0', run: 'npx cvm-tutor@0.1.0' }));
		expect(frame.replace(/\s+/g, ' ')).toContain(`run npx cvm-tutor@0.1.0 room join ${HOST} ${JOIN} --name Ann`);
		expect(frame).toContain('Esc home');
		expectFits(frame, 'stopped');
	});

	it('Esc leaves with the answers kept, says how to rejoin, and closes the link', async () => {
		const { app, fake } = await joinLive();
		await emit(app, fake, message({ type: 'welcome', room: CODE, attendee: 'K7Q2M9XD', questions: 3, answered: [] }), open(0));
		const frame = await press(app, KEYS.escape);
		expect(frame).toContain('Live room left after 0 of 3, answers kept; run the same command to rejoin.');
		expect(fake.closed()).toBe(1);
		expect(fake.subscribed()).toBe(false);
	});

	it('the help screen neither closes the link nor stops it', async () => {
		const { app, fake } = await joinLive();
		await press(app, '?');
		await press(app, '?');
		expect(fake.closed()).toBe(0);
		expect(fake.subscribed()).toBe(true);
	});

	it.each(['zh-Hant', 'zh-Hans'] as const)('fits 80 columns in %s', async (locale) => {
		useMessages(await loadMessages(locale));
		setLocale(locale);
		const { app, clock, fake } = await joinLive();
		const frames: Array<[string, string]> = [['connecting', app.lastFrame() ?? '']];
		frames.push(['waiting', await emit(app, fake, message({ type: 'welcome', room: CODE, attendee: 'K7Q2M9XD', name: 'Ann', questions: 3, answered: [] }))]);
		frames.push(['asking', await emit(app, fake, open(0))]);
		frames.push(['offline', await emit(app, fake, { type: 'status', status: { state: 'offline', attempt: 3, retryInMs: 8000, why: 'connection refused' } })]);
		const first = items[0]!;
		frames.push(['answered', await press(app, rightKey(first.question, first.choiceOrder))]);
		frames.push(['refused', await emit(app, fake, { type: 'status', status: { state: 'online' } }, message({ type: 'receipt', index: 0, ok: false, why: 'late' }))]);
		frames.push(['revealed', await emit(app, fake, message({ type: 'reveal', index: 0 }))]);
		await emit(app, fake, open(1));
		frames.push(['timed out', await tickClock(app, clock, 21)]);
		frames.push(['finished', await emit(app, fake, message({ type: 'finished' }))]);
		for (const [label, frame] of frames) expectFits(frame, label);
		expect(frames[1]![1]).toContain(locale === 'zh-Hant' ? '等待講師開放第 1 題' : '等待讲师开放第 1 题');
	});
});
