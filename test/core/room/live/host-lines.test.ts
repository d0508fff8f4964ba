// The host's screen as lines, from plain room states: the join commands and who joined, the countdown and the
// count in block digits (and in words, and without the digits when they do not fit), the answers per choice
// with the right one marked in words, right/partly/wrong for the other types, and the tally at the end.
import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../../../src/core/quiz.js';
import type { RoomSpec } from '../../../../src/core/room/code.js';
import { roomItems, structureDigest } from '../../../../src/core/room/compose.js';
import { createHostRoom, type HostEvent, hostReducer, type HostState, hostTally } from '../../../../src/core/room/live/host.js';
import { BIG_ROWS, bigFigure, commandRows, hostLines, joinCommand, lobbyLines, openLines, resumeCommand, revealedLines, revealReady, secondsLeft, stillAnswering, summaryLines } from '../../../../src/core/room/live/host-lines.js';
import type { HostView } from '../../../../src/core/room/live/link.js';
import { PROTOCOL_VERSION } from '../../../../src/core/room/live/protocol.js';
import { newSecret } from '../../../../src/core/room/live/secret.js';
import { tallyLines } from '../../../../src/core/room/tally-lines.js';
import type { Question } from '../../../../src/core/schema.js';
import type { Response } from '../../../../src/core/scoring.js';
import { localize } from '../../../../src/core/text.js';
import { textWidth } from '../../../../src/core/wrap.js';
import { bundledBank, rightResponse } from '../../../helpers.js';

const bank = bundledBank();
const lessons = structureDigest(bank);
const SECRET = newSecret(() => 5);

/** A room whose first question is a single-choice one and whose second is an ordering one. */
function makeRoom(names = true): { spec: RoomSpec; items: QuizItem[] } {
	const base: RoomSpec = { version: '0.1.0', structure: lessons, chapters: 'all', count: 2, seconds: 30, types: ['single', 'ordering'], names, seed: 0 };
	for (let seed = 0; seed < 2000; seed++) {
		const built = roomItems({ ...base, seed }, bank);
		if (built.ok && built.items[0]?.question.type === 'single' && built.items[1]?.question.type === 'ordering') return { spec: { ...base, seed }, items: built.items };
	}
	throw new Error('no seed gives single then ordering');
}
const { spec, items } = makeRoom();

const at = (s: number) => new Date(Date.UTC(2026, 10, 30, 10, 0, s));
const IDS = ['ATTEND01', 'ATTEND02', 'ATTEND03', 'ATTEND04'];
const NAMES = ['Ada', 'Grace', 'Linus', 'Ken'];

function run(state: HostState, ...events: HostEvent[]): HostState {
	for (const event of events) state = hostReducer(state, event, items).state;
	return state;
}
const join = (i: number, time = i, name: string | undefined = NAMES[i]): HostEvent => ({ type: 'join', message: { type: 'join', protocol: PROTOCOL_VERSION, secret: SECRET, lessons, ...(name ? { name } : {}) }, fresh: IDS[i] as string, at: at(time).toISOString() });
const answer = (i: number, index: number, response: Response, time: number): HostEvent => ({ type: 'answer', attendee: IDS[i] as string, message: { type: 'answer', index, response, seconds: 3 }, at: at(time).toISOString() });
const open = (time: number): HostEvent => ({ type: 'open', at: at(time).toISOString() });
const reveal = (time: number): HostEvent => ({ type: 'reveal', at: at(time).toISOString() });
const room = () => createHostRoom({ spec, items, secret: SECRET, lessons });
const viewOf = (state: HostState, over: Partial<HostView> = {}): HostView => ({ state, items, secret: SECRET, joinLines: ['192.168.1.20:4000', '10.0.0.5:4000'], roomFile: '/tmp/room.json', ...over });
const single = items[0]?.question as Extract<Question, { type: 'single' }>;
const wrongChoice = single.choices.find((c) => c.id !== single.answer)?.id as string;
/** The items, the first question's choices made long (more than a 42-column cut would keep). */
const LONG = 'a choice whose words go on well past forty-two columns, so that a cut would hide its end: the tail';
const longItems: QuizItem[] = items.map((item, i) => (i === 0 ? { ...item, question: { ...single, choices: single.choices.map((c) => ({ ...c, text: `${c.id} ${LONG}` })) } } : item));
const LATE = `Join late: ${joinCommand('192.168.1.20:4000', SECRET)}`;

describe('block digits', () => {
	it('draw digits and a slash five rows tall, two columns a cell', () => {
		const rows = bigFigure('12/30', 80) as string[];
		expect(rows).toHaveLength(BIG_ROWS);
		expect(rows[0]).toBe('  ██    ██████      ██  ██████  ██████');
		expect(rows.every((row) => /^[█ ]+$/.test(row))).toBe(true);
	});

	it('are left out when wider than the width, or for a character they have no glyph for', () => {
		expect(bigFigure('300/300', 40)).toBeUndefined();
		expect(bigFigure('12a', 80)).toBeUndefined();
	});
});

describe('a command people copy', () => {
	const command = joinCommand('192.168.1.20:4000', SECRET);

	it('is broken only at its spaces, each row as full as it goes', () => {
		expect(commandRows(command, 79)).toEqual([command]);
		expect(commandRows(command, 47)).toEqual(['npx cvm-tutor room join 192.168.1.20:4000', SECRET]);
		expect(commandRows(command, 20)).toEqual(['npx cvm-tutor room', 'join', '192.168.1.20:4000', SECRET]);
		for (const width of [17, 20, 30, 47, 60]) {
			const rows = commandRows(command, width);
			expect(rows.join(' ')).toBe(command);
			for (const row of rows) expect(textWidth(row)).toBeLessThanOrEqual(width);
		}
	});

	it('gives a word wider than a row rows of its own, cut at the width only then', () => {
		const resume = resumeCommand('/home/ann/.cvm-tutor/rooms/a-long-room-file-name.json');
		expect(commandRows(resume, 30)).toEqual(['cvm-tutor room host --resume', '/home/ann/.cvm-tutor/rooms/a-l', 'ong-room-file-name.json']);
		expect(commandRows('', 30)).toEqual(['']);
	});
});

describe('the lobby', () => {
	it('never cuts a join or resume command inside a word: one row at 80 columns, the code whole at 50', () => {
		const file = '/home/ann/.cvm-tutor/rooms/room-2026-11-30.json';
		const state = run(room(), join(0));
		const wide = lobbyLines(viewOf(state, { roomFile: file }), 79, 30);
		expect(wide).toContain(`  ${joinCommand('192.168.1.20:4000', SECRET)}`);
		const narrow = lobbyLines(viewOf(state, { roomFile: file }), 49, 30);
		expect(narrow).toContain('  npx cvm-tutor room join 192.168.1.20:4000');
		expect(narrow).toContain(`  ${SECRET}`);
		expect(narrow).toContain('  cvm-tutor room host --resume');
		expect(narrow).toContain(`  ${file}`);
		for (const line of narrow) expect(textWidth(line)).toBeLessThanOrEqual(49);
	});

	it('gives the join command for each address, the count in block digits, the names, the save file and what Enter does', () => {
		const lines = lobbyLines(viewOf(run(room(), join(0), join(1), join(2))), 79, 20);
		expect(lines).toContain(`  ${joinCommand('192.168.1.20:4000', SECRET)}`);
		expect(lines).toContain(`  npx cvm-tutor room join 10.0.0.5:4000 ${SECRET}`);
		expect(lines).toEqual(expect.arrayContaining(bigFigure('3', 79) as string[]));
		expect(lines).toContain('3 joined: Ada, Grace, Linus.');
		expect(lines.join(' ')).toContain('/tmp/room.json');
		expect(lines).toContain(`  ${resumeCommand('/tmp/room.json')}`);
		expect(lines.at(-1)).toBe('Press Enter to open question 1.');
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(79);
	});

	it('says nobody can join when the server listens nowhere reachable, and counts attendees when the room takes no names', () => {
		const nameless = makeRoom(false);
		const state = createHostRoom({ spec: nameless.spec, items: nameless.items, secret: SECRET, lessons });
		const joined = hostReducer(state, join(0), nameless.items).state;
		const lines = lobbyLines({ ...viewOf(joined, { joinLines: [] }), items: nameless.items }, 79, 20);
		expect(lines.join(' ')).toContain('nobody can join');
		expect(lines.join(' ')).not.toContain('npx cvm-tutor room join');
		expect(lines).toContain('1 joined.');
		expect(lobbyLines(viewOf(room()), 79, 20)).toContain('Nobody has joined yet.');
	});

	it('escapes a name and says how many gave none', () => {
		const state = run(room(), join(0, 0, 'Ada\u202E'), join(1, 1, ''));
		expect(lobbyLines(viewOf(state), 79, 20)).toContain('2 joined: Ada\\u202e, and 1 without a name.');
	});
});

describe('an open question', () => {
	const opened = run(room(), join(0), join(1), join(2), open(10));

	it('shows the question, the time left on the host clock, and the count in block digits and in words', () => {
		const state = run(opened, answer(0, 0, { type: 'single', choiceId: single.answer }, 13));
		const lines = openLines(viewOf(state), at(17), 79, 20);
		expect(lines[0]).toBe('Question 1 of 2');
		expect(lines).toContain('Time left: 0:23');
		expect(lines).toEqual(expect.arrayContaining(bigFigure('1/3', 79) as string[]));
		expect(lines).toContain('1 of 3 answered');
		expect(lines.at(-1)).toBe(LATE);
	});

	it('shows the choices under the prompt, numbered as the attendees see them, wrapped at the width', () => {
		const lines = openLines({ ...viewOf(opened), items: longItems }, at(11), 60, 60);
		const prompt = lines.findIndex((line) => line.startsWith('1. '));
		expect(prompt).toBeGreaterThan(1);
		const order = items[0]?.choiceOrder as string[];
		const rows = lines.slice(prompt, lines.indexOf('', prompt));
		order.forEach((id, i) => {
			const at = rows.indexOf(rows.find((row) => row.startsWith(`${i + 1}. ${id} `)) as string);
			expect(at).toBeGreaterThanOrEqual(0);
			const text = [rows[at]?.slice(3), ...rows.slice(at + 1).filter((_, n, rest) => rest.slice(0, n + 1).every((row) => row.startsWith('   ')))].map((row) => row?.trim()).join(' ');
			expect(text).toBe(`${id} ${LONG}`);
		});
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(60);
	});

	it('gives up the block digits first, then the choices, when the height is short; never the count in words', () => {
		const view = viewOf(opened);
		const all = openLines(view, at(11), 79, 40);
		const big = bigFigure('0/3', 79) as string[];
		expect(all).toEqual(expect.arrayContaining(big));
		const choiceCount = all.filter((line) => /^\d\. /.test(line)).length;
		expect(choiceCount).toBe(items[0]?.choiceOrder.length);
		// One row short of everything: the digits go, the choices and the join line stay.
		const short = openLines(view, at(11), 79, all.length - 1);
		expect(short).not.toContain(big[0]);
		expect(short.filter((line) => /^\d\. /.test(line))).toHaveLength(choiceCount);
		expect(short.at(-1)).toBe(LATE);
		// Shorter still: the choices are cut (the last kept ends in an ellipsis), the count and the join line stay.
		const shorter = openLines(view, at(11), 79, short.length - 2);
		expect(shorter.length).toBeLessThanOrEqual(short.length - 2);
		expect(shorter.filter((line) => /^\d\. /.test(line)).length).toBeLessThan(choiceCount);
		expect(shorter).toContain('0 of 3 answered');
		expect(shorter.at(-1)).toBe(LATE);
	});

	it('says the time is up at 0, and shows who is still connected when some dropped', () => {
		const state = run(opened, { type: 'leave', attendee: 'ATTEND03', at: at(12).toISOString() });
		const lines = openLines(viewOf(state), at(40), 79, 20);
		expect(lines).toContain('Time is up: press Enter to reveal the answers.');
		expect(lines).toContain('0 of 3 answered · 2 connected');
		expect(secondsLeft(state, at(40))).toBe(0);
		expect(secondsLeft(state, at(10.5))).toBe(30);
	});

	it('falls back to the sentence when the block digits do not fit the width or the height', () => {
		const big = bigFigure('0/3', 79) as string[];
		expect(openLines(viewOf(opened), at(11), 79, 8)).not.toContain(big[0]);
		expect(openLines(viewOf(opened), at(11), 79, 8)).toContain('0 of 3 answered');
		expect(openLines(viewOf(opened, { joinLines: [] }), at(11), 79, 8).at(-1)).toBe('0 of 3 answered');
		const many = run(room(), ...Array.from({ length: 4 }, (_, i) => join(i)), open(10));
		expect(openLines(viewOf(many), at(11), 20, 30).some((line) => line.includes('█'))).toBe(false);
	});

	it('is ready to reveal when everyone connected has answered or the time is up', () => {
		let state = run(opened, answer(0, 0, { type: 'single', choiceId: single.answer }, 12), answer(1, 0, { type: 'single', choiceId: wrongChoice }, 13));
		expect(stillAnswering(state)).toBe(1);
		expect(revealReady(state, at(20))).toBe(false);
		expect(revealReady(state, at(40))).toBe(true);
		state = run(state, { type: 'leave', attendee: 'ATTEND03', at: at(14).toISOString() });
		expect(stillAnswering(state)).toBe(0);
		expect(revealReady(state, at(20))).toBe(true);
	});
});

describe('a revealed question', () => {
	it('shows each choice numbered as the attendees saw it, its whole text, then its count and bar under it, the right one marked in words', () => {
		const state = run(room(), join(0), join(1), join(2), open(10), answer(0, 0, { type: 'single', choiceId: single.answer }, 12), answer(1, 0, { type: 'single', choiceId: single.answer }, 13), answer(2, 0, { type: 'single', choiceId: wrongChoice }, 14), reveal(20));
		const lines = revealedLines({ ...viewOf(state), items: longItems }, 79);
		const order = items[0]?.choiceOrder as string[];
		const starts = lines.flatMap((line, i) => (/^(✓ right|       ) \d\. /.test(line) ? [i] : []));
		expect(starts).toHaveLength(order.length);
		order.forEach((id, i) => {
			const start = starts[i] as number;
			const head = lines[start] as string;
			expect(head.slice(8, 11)).toBe(`${i + 1}. `);
			expect(head.startsWith('✓ right')).toBe(id === single.answer);
			// The text in full, on rows indented under it, then the count and the bar on the row after it.
			const rows = [head.slice(11)];
			let next = start + 1;
			while (!/^ {11}\d/.test(lines[next] as string)) rows.push((lines[next++] as string).slice(11));
			expect(rows.join(' ')).toBe(`${id} ${LONG}`);
			const count = id === single.answer ? 2 : id === wrongChoice ? 1 : 0;
			expect(lines[next]).toMatch(count ? new RegExp(`^ {11}${count} █+$`) : /^ {11}0$/);
		});
		expect(lines.some((line) => /\b[A-D]\. /.test(line))).toBe(false);
		expect(lines).toContain('3 of 3 answered');
		expect(lines.join(' ')).toContain(localize(single.explanation).slice(0, 40));
		expect(lines.at(-1)).toBe(LATE);
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(79);
	});

	it('counts right, partly and wrong for a question without choices', () => {
		const ordering = items[1]?.question as Extract<Question, { type: 'ordering' }>;
		const reversed = [...ordering.answer].reverse();
		const state = run(room(), join(0), join(1), open(10), reveal(20), open(30), answer(0, 1, rightResponse(ordering), 32), answer(1, 1, { type: 'ordering', order: reversed }, 33), reveal(40));
		const lines = revealedLines(viewOf(state), 79);
		expect(lines.find((line) => line.startsWith('✓ right'))).toMatch(/█ +1$/);
		expect(lines.find((line) => line.startsWith('wrong'))).toMatch(/ +1$/);
		expect(lines.find((line) => line.startsWith('partly'))).toMatch(/ +0$/);
	});
});

describe('the end', () => {
	it('is the report `room tally` prints', () => {
		const state = run(room(), join(0), join(1), open(10), answer(0, 0, { type: 'single', choiceId: single.answer }, 12), reveal(20), open(30), reveal(40), open(50));
		expect(state.phase).toBe('finished');
		const view = viewOf(state);
		expect(summaryLines(view, 79)).toEqual(tallyLines(hostTally(state, items), items, 79));
		expect(hostLines(view, at(60), 79, 20)).toEqual(summaryLines(view, 79));
	});
});
