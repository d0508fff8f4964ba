// The host's screen of a live room, driven by keys over a fake HostControl backed by the real reducer and items:
// the lobby, an open question whose count moves as answers arrive, the reveal with the right choice marked in
// words, the next question, the summary `room tally` prints; the confirm before ending, Enter's hint while
// attendees still answer, a failed save, Chinese at 80 columns and a tiny terminal.
import { act } from 'react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en, loadMessages, useMessages } from '../../src/core/i18n/messages.js';
import { setLocale } from '../../src/core/i18n/locale.js';
import type { QuizItem } from '../../src/core/quiz.js';
import type { RoomSpec } from '../../src/core/room/code.js';
import { roomItems, structureDigest } from '../../src/core/room/compose.js';
import { createHostRoom, type HostEvent, hostReducer, type HostState, hostTally } from '../../src/core/room/live/host.js';
import type { HostControl, HostView } from '../../src/core/room/live/link.js';
import { PROTOCOL_VERSION } from '../../src/core/room/live/protocol.js';
import { newSecret } from '../../src/core/room/live/secret.js';
import { tallyLines } from '../../src/core/room/tally-lines.js';
import type { Question } from '../../src/core/schema.js';
import type { Response } from '../../src/core/scoring.js';
import { textWidth } from '../../src/core/wrap.js';
import { LiveHostApp } from '../../src/ui/screens/live-host.js';
import { bundledBank, cleanupInk, fakeClock, KEYS, press, type Rendered, renderInk, resize, rightResponse, tickClock, waitForFrame } from '../helpers.js';

const bank = bundledBank();
const lessons = structureDigest(bank);
const SECRET = newSecret(() => 9);

/** Three questions: a single-choice one, an ordering one, then any. */
function makeRoom(): { spec: RoomSpec; items: QuizItem[] } {
	const base: RoomSpec = { version: '0.1.0', structure: lessons, chapters: 'all', count: 3, seconds: 30, types: ['single', 'ordering'], names: true, seed: 0 };
	for (let seed = 0; seed < 2000; seed++) {
		const built = roomItems({ ...base, seed }, bank);
		if (built.ok && built.items[0]?.question.type === 'single' && built.items[1]?.question.type === 'ordering') return { spec: { ...base, seed }, items: built.items };
	}
	throw new Error('no seed gives single then ordering');
}
const { spec, items } = makeRoom();
const single = items[0]?.question as Extract<Question, { type: 'single' }>;
const wrongChoice = single.choices.find((c) => c.id !== single.answer)?.id as string;
const IDS = ['ATTEND01', 'ATTEND02', 'ATTEND03'];
const NAMES = ['Ada', 'Grace', 'Linus'];

/** A HostControl over the real reducer; the test plays the network (joins, answers, a failed save). */
function fakeRoom(clock: ReturnType<typeof fakeClock>) {
	let view: HostView = { state: createHostRoom({ spec, items, secret: SECRET, lessons }), items, secret: SECRET, joinLines: ['192.168.1.20:4000'], roomFile: '/tmp/room.json' };
	const listeners = new Set<() => void>();
	const calls: string[] = [];
	const changed = (next: Partial<HostView>) => {
		view = { ...view, ...next };
		for (const listener of listeners) listener();
	};
	const step = (event: HostEvent) => changed({ state: hostReducer(view.state, event, items).state });
	const at = () => clock.now().toISOString();
	const control: HostControl = {
		view: () => view,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		open: () => (calls.push('open'), step({ type: 'open', at: at() })),
		reveal: () => (calls.push('reveal'), step({ type: 'reveal', at: at() })),
		finish: () => (calls.push('finish'), step({ type: 'finish', at: at() })),
	};
	const outside = (change: () => void) => act(async () => change());
	return {
		control,
		calls,
		state: (): HostState => view.state,
		join: (i: number) => outside(() => step({ type: 'join', message: { type: 'join', protocol: PROTOCOL_VERSION, secret: SECRET, lessons, name: NAMES[i] as string }, fresh: IDS[i] as string, at: at() })),
		leave: (i: number) => outside(() => step({ type: 'leave', attendee: IDS[i] as string, at: at() })),
		answer: (i: number, response: Response) => outside(() => step({ type: 'answer', attendee: IDS[i] as string, message: { type: 'answer', index: view.state.index, response, seconds: 2 }, at: at() })),
		saveFailed: (why: string | undefined) => outside(() => changed(why ? { saveError: why } : { saveError: undefined })),
	};
}

let clock: ReturnType<typeof fakeClock>;
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
	clock = fakeClock();
});
afterEach(async () => {
	await cleanupInk();
	vi.useRealTimers();
});
afterAll(() => {
	useMessages(en);
	setLocale('en');
});

async function mount(columns = 80, rows = 24) {
	const room = fakeRoom(clock);
	const onExit = vi.fn();
	const app = await renderInk(<LiveHostApp control={room.control} now={clock.now} onExit={onExit} redrawMs={0} />);
	await resize(app, columns, rows);
	return { app, room, onExit };
}
const frame = (app: Rendered) => app.lastFrame() ?? '';

it('draws a burst of room changes at most every 50 ms, the first at once and the last after', async () => {
	const room = fakeRoom(clock);
	const app = await renderInk(<LiveHostApp control={room.control} now={clock.now} onExit={() => {}} />);
	await resize(app, 80, 24);
	const before = app.frames.length;
	await room.join(0);
	await room.join(1);
	await room.join(2);
	// The first change drew at once; the other two wait for the next draw, 50 ms on (turns, not a sleep: the
	// bound is only there so a broken throttle fails instead of hanging).
	expect(frame(app)).toContain('Ada');
	expect(frame(app)).not.toContain('Linus');
	await waitForFrame(app, 'Linus', 1_000_000);
	expect(app.frames.length - before).toBeLessThanOrEqual(3);
});
const fits = (text: string, columns: number, rows: number) => {
	const lines = text.split('\n');
	expect(lines.length).toBeLessThan(rows);
	for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(columns);
};

describe('the live room host screen', () => {
	it('runs a room from the lobby through reveals to the summary `room tally` prints', async () => {
		const { app, room } = await mount();
		expect(frame(app)).toContain(`npx cvm-tutor room join 192.168.1.20:4000 ${SECRET}`);
		expect(frame(app)).toContain('Nobody has joined yet.');
		expect(frame(app)).toContain('cvm-tutor room host --resume /tmp/room.json');
		for (const i of [0, 1, 2]) await room.join(i);
		expect(frame(app)).toContain('3 joined: Ada, Grace, Linus.');
		expect(frame(app)).toContain('██');

		let shown = await press(app, KEYS.enter);
		expect(room.state().phase).toBe('open');
		expect(shown).toContain('Question 1 of 3');
		expect(shown).toContain('Time left: 0:30');
		expect(shown).toContain('0 of 3 answered');
		await room.answer(0, { type: 'single', choiceId: single.answer });
		await room.answer(1, { type: 'single', choiceId: single.answer });
		expect(frame(app)).toContain('2 of 3 answered');
		shown = await tickClock(app, clock, 12);
		expect(shown).toContain('Time left: 0:18');
		await room.answer(2, { type: 'single', choiceId: wrongChoice });

		shown = await press(app, 'r');
		expect(room.state().phase).toBe('revealed');
		const shownLines = shown.split('\n');
		const choiceRows = shownLines.filter((line) => /^(✓ right|       ) \d\. /.test(line));
		expect(choiceRows).toHaveLength(items[0]?.choiceOrder.length as number);
		const rightRow = shownLines.findIndex((line) => line.startsWith('✓ right'));
		expect(shownLines[rightRow]?.slice(8, 11)).toBe(`${(items[0]?.choiceOrder.indexOf(single.answer) as number) + 1}. `);
		expect(shownLines.slice(rightRow + 1).find((line) => /^ {11}\d/.test(line))).toMatch(/^ {11}2 █+$/);
		expect(shown).toContain('3 of 3 answered');

		shown = await press(app, KEYS.enter);
		expect(shown).toContain('Question 2 of 3');
		const ordering = items[1]?.question as Extract<Question, { type: 'ordering' }>;
		await room.answer(0, rightResponse(ordering));
		await press(app, 'r');
		expect(frame(app)).toMatch(/✓ right +█+ +1/);
		await press(app, KEYS.enter, 'r');
		expect(frame(app)).toContain('Enter to the summary');
		shown = await press(app, KEYS.enter);
		expect(room.state().phase).toBe('finished');
		const tally = tallyLines(hostTally(room.state(), items), items, 79);
		expect(shown).toContain(tally[0]);
		expect(room.calls).toEqual(['open', 'reveal', 'open', 'reveal', 'open', 'reveal', 'open']);
		fits(shown, 80, 24);
		// The summary scrolls, and q then quits.
		const scrolled = await press(app, KEYS.down, KEYS.down);
		expect(scrolled).not.toContain(tally[0]);
		expect(scrolled).toContain('more');
	});

	it('never cuts the join command inside a word: whole at 80 columns, the code whole at 50', async () => {
		const { app } = await mount(50, 24);
		const lines = frame(app).split('\n');
		expect(lines).toContain('  npx cvm-tutor room join 192.168.1.20:4000');
		expect(lines).toContain(`  ${SECRET}`);
		fits(frame(app), 50, 24);
		expect((await resize(app, 80, 24)).split('\n')).toContain(`  npx cvm-tutor room join 192.168.1.20:4000 ${SECRET}`);
	});

	it('says how many joined at the right end of the title once someone has, and drops "nobody has joined" then', async () => {
		const { app, room } = await mount();
		expect(frame(app).split('\n')[0]).toMatch(/waiting for attendees$/);
		expect(await press(app, KEYS.enter)).toContain('Nobody has joined yet: press Enter again');
		await room.join(0);
		expect(frame(app)).toContain('1 joined: Ada.');
		expect(frame(app)).not.toContain('Nobody has joined yet');
		expect(frame(app).split('\n')[0]).toMatch(/ 1 joined$/);
		await room.join(1);
		expect(frame(app).split('\n')[0]).toMatch(/ 2 joined$/);
	});

	it('shows the choices of an open question numbered as the attendees see them, and how to join late on every question', async () => {
		const { app, room } = await mount();
		for (const i of [0, 1]) await room.join(i);
		const open = (await press(app, KEYS.enter)).split('\n');
		const late = `Join late: npx cvm-tutor room join 192.168.1.20:4000 ${SECRET}`;
		(items[0]?.choiceOrder as string[]).forEach((_, i) => expect(open.some((line) => line.startsWith(`${i + 1}. `))).toBe(true));
		expect(open).toContain(late);
		expect(open).toContain('0 of 2 answered');
		await room.answer(0, { type: 'single', choiceId: single.answer });
		const revealed = await press(app, 'r');
		// The reveal scrolls: its end holds the join line.
		const end = await press(app, ...Array.from({ length: 40 }, () => KEYS.down));
		expect(`${revealed}\n${end}`).toContain(late);
	});

	it('offers Enter to reveal in the key bar once the time is up or everyone connected has answered', async () => {
		const { app, room } = await mount();
		for (const i of [0, 1]) await room.join(i);
		const open = await press(app, KEYS.enter);
		expect(open).toContain('r reveal');
		expect(open).not.toContain('Enter/r reveal');
		await room.answer(0, { type: 'single', choiceId: single.answer });
		await room.answer(1, { type: 'single', choiceId: single.answer });
		expect(frame(app)).toContain('Enter/r reveal');
		await press(app, KEYS.enter, KEYS.enter);
		expect(room.state().index).toBe(1);
		expect(frame(app)).not.toContain('Enter/r reveal');
		expect(await tickClock(app, clock, 31)).toContain('Enter/r reveal');
	});

	it('asks before starting with nobody in the room', async () => {
		const { app, room } = await mount();
		expect(await press(app, KEYS.enter)).toContain('Nobody has joined yet: press Enter again to start anyway.');
		expect(room.state().phase).toBe('lobby');
		await press(app, KEYS.enter);
		expect(room.state().phase).toBe('open');
	});

	it('on Enter while attendees still answer, says how many instead of revealing; at 0 Enter reveals', async () => {
		const { app, room } = await mount();
		for (const i of [0, 1, 2]) await room.join(i);
		await press(app, KEYS.enter);
		await room.answer(0, { type: 'single', choiceId: single.answer });
		expect(await press(app, KEYS.enter)).toContain('r reveals now; 2 still answering.');
		expect(room.state().phase).toBe('open');
		// One drops out: the count says so, and the still-answering count leaves them out.
		await room.leave(2);
		expect(frame(app)).toContain('1 of 3 answered · 2 connected');
		expect(await press(app, KEYS.enter)).toContain('r reveals now; 1 still answering.');
		const up = await tickClock(app, clock, 31);
		expect(up).toContain('Time is up: press Enter to reveal the answers.');
		await press(app, KEYS.enter);
		expect(room.state().phase).toBe('revealed');
	});

	it('reveals on Enter once everyone connected has answered', async () => {
		const { app, room } = await mount();
		await room.join(0);
		await press(app, KEYS.enter);
		await room.answer(0, { type: 'single', choiceId: wrongChoice });
		await press(app, KEYS.enter);
		expect(room.state().phase).toBe('revealed');
	});

	it('asks before ending the room on q or Esc: n goes back, y ends it and shows the summary; q there quits', async () => {
		const { app, room, onExit } = await mount();
		await room.join(0);
		await press(app, KEYS.enter);
		expect(await press(app, 'q')).toContain('End the room now? Attendees get their results. y/n');
		expect(await press(app, 'n')).not.toContain('End the room now?');
		expect(room.state().phase).toBe('open');
		expect(await press(app, KEYS.escape)).toContain('End the room now?');
		const ended = await press(app, 'y');
		expect(room.state().phase).toBe('finished');
		expect(room.calls.at(-1)).toBe('finish');
		expect(ended).toContain('Room ');
		expect(onExit).not.toHaveBeenCalled();
		await press(app, 'q');
		expect(onExit).toHaveBeenCalledTimes(1);
	});

	it('leaves at once on Ctrl+C, the room left as it is', async () => {
		const { app, room, onExit } = await mount();
		await room.join(0);
		await press(app, KEYS.enter, KEYS.ctrlC);
		expect(onExit).toHaveBeenCalledTimes(1);
		expect(room.calls).toEqual(['open']);
	});

	it('says in words, at the top, when the room could not be saved', async () => {
		const { app, room } = await mount();
		await room.saveFailed('ENOSPC: the disk is full');
		const shown = frame(app);
		expect(shown.split('\n')[0]).toContain('Could not save the room: ENOSPC: the disk is full');
		expect(shown).toContain('trying again');
		fits(shown, 80, 24);
		await room.saveFailed(undefined);
		expect(frame(app)).not.toContain('Could not save');
	});

	it('asks for a larger window in a tiny terminal, and draws again when it grows', async () => {
		const { app, room } = await mount(30, 10);
		expect(frame(app)).toContain('Enlarge the window to 40x12.');
		expect(frame(app).split('\n')).toHaveLength(1);
		await press(app, KEYS.enter);
		expect(room.state().phase).toBe('lobby');
		expect(await resize(app, 80, 24)).toContain('npx cvm-tutor room join');
	});

	it('fits 80 columns in Chinese in every phase', async () => {
		for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
			useMessages(await loadMessages(locale));
			setLocale(locale);
			const { app, room } = await mount();
			for (const i of [0, 1, 2]) await room.join(i);
			const shots = [frame(app)];
			shots.push(await press(app, KEYS.enter));
			await room.answer(0, { type: 'single', choiceId: single.answer });
			shots.push(await press(app, KEYS.enter));
			await room.saveFailed('ENOSPC');
			shots.push(await press(app, 'r'));
			shots.push(await press(app, 'q'));
			shots.push(await press(app, 'y'));
			for (const shot of shots) fits(shot, 80, 24);
			expect(shots[1]).toContain('3 人中已有 0 人作答');
			expect(shots[3]).toContain('✓ 正解');
			await cleanupInk();
		}
	});
});
