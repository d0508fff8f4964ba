import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/core/bank.js';
import { closedQuestions } from '../../../src/core/quiz.js';
import { ROOM_TYPES, type RoomSpec } from '../../../src/core/room/code.js';
import { otherLessonsMessage, roomItems, structureDigest } from '../../../src/core/room/compose.js';
import { bankOf, bundledBank, fixtureChapter, practiceChapter } from '../../helpers.js';

const bank = bundledBank();
const spec = (over: Partial<RoomSpec> = {}): RoomSpec => ({ version: '0.1.0', structure: structureDigest(bank), chapters: 'all', count: 8, seconds: 30, types: [...ROOM_TYPES], names: false, seed: 4242, ...over });
const items = (s: RoomSpec, b: Bank = bank) => {
	const result = roomItems(s, b);
	if (!result.ok) throw new Error(result.reason);
	return result.items;
};

describe('room composition', () => {
	it('the same spec gives the same questions, order and choice order; another seed another quiz', () => {
		const shape = (s: RoomSpec) => items(s).map((item) => `${item.question.id}:${item.choiceOrder.join(',')}`);
		expect(shape(spec())).toEqual(shape(spec()));
		expect(shape(spec())).toEqual(shape(spec({ structure: structureDigest(bank).slice(0, 3) })));
		expect(shape(spec({ seed: 4243 }))).not.toEqual(shape(spec()));
		expect(items(spec())).toHaveLength(8);
	});

	it('asks closed questions of the chosen chapters and types only, spread fairly over the chapters', () => {
		const picked = items(spec({ chapters: [2, 3], count: 10, types: ['single', 'true-false'] }));
		expect(picked).toHaveLength(10);
		const chapters = picked.map((item) => bank.questions.get(item.question.id)?.chapter.id);
		expect(chapters.filter((id) => id === bank.chapters[2]?.id)).toHaveLength(5);
		expect(chapters.filter((id) => id === bank.chapters[3]?.id)).toHaveLength(5);
		expect(picked.every((item) => item.question.type === 'single' || item.question.type === 'true-false')).toBe(true);
		const all = items(spec({ count: 40 }));
		expect(new Set(all.map((item) => item.question.id)).size).toBe(40);
		expect(all.every((item) => item.question.type !== 'explain')).toBe(true);
		const perChapter = bank.chapters.map((chapter) => all.filter((item) => bank.questions.get(item.question.id)?.chapter === chapter).length);
		expect(Math.max(...perChapter) - Math.min(...perChapter)).toBeLessThanOrEqual(1);
	});

	it('takes every candidate when there are fewer than the count', () => {
		const typed = bank.chapters.flatMap((chapter) => closedQuestions(chapter.questions)).filter((q) => q.type === 'typed');
		expect(items(spec({ types: ['typed'], count: 40 }))).toHaveLength(typed.length);
	});

	it('other lessons, a missing chapter, nothing to ask', () => {
		expect(roomItems(spec({ structure: structureDigest(bank) === '000' ? '111' : '000', version: '0.0.9' }), bank)).toEqual({ ok: false, reason: 'other-lessons', version: '0.0.9' });
		expect(roomItems(spec({ chapters: [9] }), bank)).toMatchObject({ ok: false, reason: 'bad-chapter' });
		const small = bankOf(fixtureChapter());
		expect(roomItems(spec({ structure: structureDigest(small), types: ['typed'] }), small)).toMatchObject({ ok: false, reason: 'empty' });
		expect(otherLessonsMessage('0.0.9', 'room tally CODE')).toBe("This room uses cvm-tutor 0.0.9's lessons; run `npx cvm-tutor@0.0.9 room tally CODE`");
	});

	it('the structure digest ignores wording and follows ids and answers', () => {
		const chapter = practiceChapter() as { questions: Array<Record<string, unknown>> };
		const before = structureDigest(bankOf(chapter));
		const reworded = structuredClone(chapter);
		(reworded.questions[0] as { prompt: unknown }).prompt = 'A reworded prompt, or a translation';
		expect(structureDigest(bankOf(reworded))).toBe(before);
		const reanswered = structuredClone(chapter);
		const ordering = reanswered.questions[0] as { answer: string[] };
		ordering.answer = [...ordering.answer.slice(1), ordering.answer[0] as string];
		expect(structureDigest(bankOf(reanswered))).not.toBe(before);
	});
});
