import { describe, expect, it } from 'vitest';
import { moreMarker, newestHintTop, questionText, textRoom, textWindow } from '../../src/core/question-layout.js';
import { bankOf, practiceChapter } from '../helpers.js';

const bank = bankOf(practiceChapter());

describe('the question text window', () => {
	it('shows everything when it fits, else one row less than the room and a marker that says what is hidden', () => {
		expect(textWindow(3, 3, 5)).toEqual({ top: 0, shown: 3, above: 0, below: 0 });
		const middle = textWindow(10, 4, 2);
		expect(middle).toEqual({ top: 2, shown: 3, above: 2, below: 5 });
		expect(moreMarker(middle, 10)).toBe('↑↓ more: PgUp/PgDn scroll the question (lines 3-5 of 10)');
		expect(textWindow(10, 4, 99)).toEqual({ top: 7, shown: 3, above: 7, below: 0 });
		expect(moreMarker(textWindow(10, 4, 0), 10)).toBe('↓ more below: PgDn (lines 1-3 of 10)');
	});

	it('gives the text the blank line above the answers when it does not fit', () => {
		expect(textRoom(3, 20, 15)).toEqual({ room: 3, gap: true });
		expect(textRoom(4, 20, 15)).toEqual({ room: 4, gap: false });
	});

	it('starts at the newest hint when one is revealed, with what fits above it', () => {
		const question = bank.questions.get('pr-typed')!.question;
		const text = questionText(question, 1, 30);
		const hint = text.hints[0]!;
		expect(text.lines[hint.start]?.spans[0]?.text).toMatch(/^Hint 1: /);
		const room = hint.length + 2;
		const top = newestHintTop(text, room);
		const window = textWindow(text.lines.length, room, top);
		expect(window.top).toBeLessThanOrEqual(hint.start);
		expect(window.top + window.shown).toBe(hint.start + hint.length);
	});
});
