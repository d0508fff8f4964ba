import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../../src/core/scoring.js';
import { tallyLines } from '../../../src/core/room/tally-lines.js';
import { tallyRoom } from '../../../src/core/room/tally.js';
import { textWidth } from '../../../src/core/wrap.js';
import { makeChat } from '../../fixtures/room/make-chat.js';
import { bundledBank } from '../../helpers.js';

const CHAT = join(import.meta.dirname, '../../fixtures/room/chat.txt');
const fixture = makeChat(bundledBank());
if (process.env.ROOM_FIXTURE_WRITE === '1') writeFileSync(CHAT, fixture.text);
const chat = readFileSync(CHAT, 'utf8');

describe('room tally over a pasted chat log', () => {
	it('test/fixtures/room/chat.txt is what make-chat.ts builds from the bundled lessons', () => {
		expect(chat, 'chat.txt is stale (the lessons changed): ROOM_FIXTURE_WRITE=1 npx vitest run test/core/room/tally.test.ts').toBe(fixture.text);
	});

	const tally = tallyRoom(fixture.spec, fixture.items, [{ source: 'chat.txt', text: chat }]);

	it('counts the 20 valid codes and leaves out, one line each, 2 damaged, 1 from another room and 1 duplicate', () => {
		expect(tally.attendees).toBe(20);
		expect(tally.code).toBe(fixture.roomCode);
		expect(tally.rejected.map((r) => ({ line: r.line, why: r.why }))).toEqual([...fixture.rejected].sort((a, b) => a.line - b.line));
		expect(tally.rejected.every((r) => r.source === 'chat.txt')).toBe(true);
		expect(tally.rejected.find((r) => r.why === 'duplicate')?.message).toMatch(/^duplicate: attendee [0-9A-Z]{8} was counted already \(line \d+\)$/);
		expect(tally.names).toEqual(fixture.valid.map((v) => v.name));
	});

	it('per question: right, partly, wrong, unanswered, choice counts and median time, from the answers generated', () => {
		for (const [i, item] of fixture.items.entries()) {
			const q = tally.questions[i]!;
			const given = fixture.valid.map((v) => v.answers[i]!);
			const verdicts = given.filter((a) => a.response).map((a) => scoreAnswer(item.question, a.response!));
			expect(q.questionId).toBe(item.question.id);
			expect(q.unanswered).toBe(given.filter((a) => !a.response).length);
			expect(q.right).toBe(verdicts.filter((v) => v.correct).length);
			expect(q.partly).toBe(verdicts.filter((v) => !v.correct && v.credit > 0).length);
			expect(q.right + q.partly + q.wrong + q.unanswered).toBe(20);
			expect(q.shareRight).toBeCloseTo(q.right / 20);
			const seconds = given.filter((a) => a.response).map((a) => a.seconds).sort((a, b) => a - b);
			const mid = seconds.length / 2;
			expect(q.medianSeconds).toBe(seconds.length % 2 ? seconds[Math.floor(mid)] : (seconds[mid - 1]! + seconds[mid]!) / 2);
			if (q.choices) {
				for (const choice of q.choices) {
					const picks = given.filter((a) => {
						const r = a.response;
						return r?.type === 'single' ? r.choiceId === choice.id : r?.type === 'multiple' ? r.choiceIds.includes(choice.id) : r?.type === 'true-false' ? String(r.value) === choice.id : false;
					}).length;
					expect(choice.count).toBe(picks);
				}
				expect(q.choices.map((c) => c.id)).toEqual(item.choiceOrder);
			}
			if (q.wrong + q.partly > 0) expect(q.mostCommonWrong?.count).toBeGreaterThan(0);
		}
	});

	it('a histogram of scores and the questions to discuss first', () => {
		const scores = fixture.valid.map((v) => v.answers.filter((a, i) => a.response && scoreAnswer(fixture.items[i]!.question, a.response).correct).length);
		expect(tally.histogram).toEqual(Array.from({ length: 9 }, (_, k) => scores.filter((s) => s === k).length));
		const shares = tally.discussFirst.map((id) => tally.questions.find((q) => q.questionId === id)!.shareRight);
		expect(shares).toEqual([...shares].sort((a, b) => a - b));
		const lowest = Math.min(...tally.questions.map((q) => q.shareRight));
		expect(shares[0]).toBe(lowest);
	});

	it('names only when the room allows them; a second paste of the same file is all duplicates', () => {
		const anonymous = tallyRoom({ ...fixture.spec, names: false }, fixture.items, [{ source: 'chat.txt', text: chat }]);
		expect(anonymous.attendees).toBe(0);
		expect(anonymous.names).toBeUndefined();
		const twice = tallyRoom(fixture.spec, fixture.items, [
			{ source: 'a.txt', text: chat },
			{ source: 'b.txt', text: chat },
		]);
		expect(twice.attendees).toBe(20);
		expect(twice.rejected.filter((r) => r.source === 'b.txt' && r.why === 'duplicate')).toHaveLength(21);
	});

	it('the text report fits 80 columns, marks right answers with a word, and lists what was left out', () => {
		const lines = tallyLines(tally, fixture.items, 80);
		expect(Math.max(...lines.map(textWidth))).toBeLessThanOrEqual(80);
		expect(lines[0]).toBe(`Room ${fixture.roomCode}: 20 attendees counted, 8 questions`);
		expect(lines).toContain('4 codes left out:');
		expect(lines.join('\n')).toMatch(/right {1,}A\. |right {1,}[B-G]\. /);
		expect(lines).toContain('Discuss these first:');
		expect(lines).toContain('Scores (right answers per attendee)');
		// `code` is drawn as text, without the backticks that mark it in the lessons.
		const ticked = fixture.items.filter((item) => JSON.stringify(item.question).includes('`'));
		expect(ticked.length).toBeGreaterThan(0);
		expect(lines.filter((line) => line.includes('`'))).toEqual([]);
	});
});
