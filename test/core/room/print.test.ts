import { describe, expect, it } from 'vitest';
import { ROOM_TYPES, type RoomSpec } from '../../../src/core/room/code.js';
import { roomItems, structureDigest } from '../../../src/core/room/compose.js';
import { printRoom } from '../../../src/core/room/print.js';
import { bankOf, fixtureChapter, practiceChapter } from '../../helpers.js';

const bank = bankOf(fixtureChapter(), { ...practiceChapter(), order: 2 });
const spec: RoomSpec = { version: '0.1.0', structure: structureDigest(bank), chapters: 'all', count: 10, seconds: 20, types: [...ROOM_TYPES], names: false, seed: 5 };
const built = roomItems(spec, bank);
if (!built.ok) throw new Error('no room');
const items = built.items;

describe('room print', () => {
	it('has every closed type, in the room order, choices lettered in display order', () => {
		const data = JSON.parse(printRoom(spec, items, { answers: false, format: 'json' }));
		expect(data.questions.map((q: { id: string }) => q.id)).toEqual(items.map((item) => item.question.id));
		expect(new Set(data.questions.map((q: { type: string }) => q.type))).toEqual(new Set(ROOM_TYPES));
		const single = data.questions.find((q: { type: string }) => q.type === 'single');
		const item = items.find((i) => i.question.type === 'single')!;
		expect(single.choices.map((c: { id: string }) => c.id)).toEqual(item.choiceOrder);
		expect(single.choices.map((c: { label: string }) => c.label)).toEqual(['A', 'B', 'C', 'D'].slice(0, item.choiceOrder.length));
		expect(data.questions.every((q: object) => !('answer' in q) && !('explanation' in q))).toBe(true);
	});

	it('with --answers: each key in the labels printed, the explanation and the source', () => {
		const data = JSON.parse(printRoom(spec, items, { answers: true, format: 'json' }));
		for (const q of data.questions) {
			const question = items.find((item) => item.question.id === q.id)!.question;
			expect(q.explanation).toBeTruthy();
			expect(q.source.url).toMatch(/^https:/);
			if (question.type === 'single') expect(q.choices.find((c: { label: string }) => c.label === q.answer).id).toBe(question.answer);
			if (question.type === 'ordering') expect(q.answer.map((label: string) => q.items.find((i: { label: string }) => i.label === label).id)).toEqual(question.answer);
			if (question.type === 'matching') for (const pair of q.answer) expect(q.right.find((r: { label: string }) => r.label === pair.right).id).toBe(question.answer[q.left.find((l: { label: string }) => l.label === pair.left).id]);
			if (question.type === 'true-false') expect(q.answer).toBe(question.answer);
			if (question.type === 'typed') expect(q.answer).toEqual(question.accept);
		}
	});

	it('Markdown: a heading per question, the key only with answers, the same text every time', () => {
		const md = printRoom(spec, items, { answers: false, format: 'md' });
		expect(md.match(/^## \d+\. /gm)).toHaveLength(items.length);
		expect(md).not.toContain('**Answer:**');
		const key = printRoom(spec, items, { answers: true, format: 'md' });
		expect(key.match(/\*\*Answer:\*\*/g)).toHaveLength(items.length);
		expect(key).toContain('Select all that apply.');
		expect(key).toContain('Put in order:');
		expect(printRoom(spec, items, { answers: true, format: 'md' })).toBe(key);
	});
});
