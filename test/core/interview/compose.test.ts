import { describe, expect, it } from 'vitest';
import { composeInterview, interviewLength, questionWeight } from '../../../src/core/interview/compose.js';
import { answeredChapter, chapter, emptyProgress, interviewBank } from './fixture.js';
import { bankOf } from '../../helpers.js';

const bank = interviewBank();
const ids = (plan: { questions: { questionId: string }[] }) => plan.questions.map((q) => q.questionId);

describe('composeInterview', () => {
	it('gives the same questions for the same seed, and other questions for another seed', () => {
		const a = composeInterview(bank, emptyProgress(), { seed: 42, minutes: 20 });
		expect(ids(composeInterview(bank, emptyProgress(), { seed: 42, minutes: 20 }))).toEqual(ids(a));
		const others = [1, 2, 3, 4, 5].map((seed) => ids(composeInterview(bank, emptyProgress(), { seed, minutes: 20 })).join());
		expect(others.some((other) => other !== ids(a).join())).toBe(true);
	});

	it('asks 8 to 12 questions, about one per two minutes', () => {
		expect([5, 10, 16, 20, 24, 30, 90].map(interviewLength)).toEqual([8, 8, 8, 10, 12, 12, 12]);
		for (const seed of [1, 2, 3]) {
			for (const minutes of [10, 20, 30]) {
				const n = composeInterview(bank, emptyProgress(), { seed, minutes }).questions.length;
				expect(n).toBeGreaterThanOrEqual(interviewLength(minutes));
				expect(n).toBeLessThanOrEqual(12);
			}
		}
	});

	it('is mostly explain questions, each follow-up right after the question it follows, across chapters', () => {
		for (const seed of [7, 8, 9]) {
			const plan = composeInterview(bank, emptyProgress(), { seed, minutes: 20 });
			const types = plan.questions.map((q) => bank.questions.get(q.questionId)?.question.type);
			expect(types.filter((t) => t === 'explain').length).toBeGreaterThan(plan.questions.length / 2);
			plan.questions.forEach((q, i) => {
				if (!q.followUpOf) return;
				const lead = plan.questions.findIndex((p) => p.questionId === q.followUpOf);
				expect(lead).toBeGreaterThanOrEqual(0);
				expect(lead).toBeLessThan(i);
				// Between the lead and this follow-up: only the lead's other follow-ups.
				expect(plan.questions.slice(lead + 1, i).every((p) => p.followUpOf === q.followUpOf || p.followUpOf !== undefined)).toBe(true);
			});
			expect(new Set(plan.questions.map((q) => q.chapterId)).size).toBeGreaterThanOrEqual(3);
			expect(new Set(ids(plan)).size).toBe(plan.questions.length);
		}
	});

	it('weights toward weak topics: a chapter answered wrong is asked far more than one answered right', () => {
		let progress = answeredChapter(emptyProgress(), bank, 'chapter-1', 1);
		progress = answeredChapter(progress, bank, 'chapter-2', 0);
		let strong = 0;
		let weak = 0;
		for (let seed = 1; seed <= 40; seed++) {
			const plan = composeInterview(bank, progress, { seed, minutes: 16 });
			strong += plan.questions.filter((q) => q.chapterId === 'chapter-1').length;
			weak += plan.questions.filter((q) => q.chapterId === 'chapter-2').length;
		}
		expect(weak).toBeGreaterThan(2 * strong);
	});

	it('draws at most two leading questions from one chapter while other chapters have questions', () => {
		const progress = answeredChapter(emptyProgress(), bank, 'chapter-2', 0);
		for (let seed = 1; seed <= 10; seed++) {
			const leads = composeInterview(bank, progress, { seed, minutes: 16 }).questions.filter((q) => !q.followUpOf);
			for (const c of bank.chapters) expect(leads.filter((q) => q.chapterId === c.id).length).toBeLessThanOrEqual(2);
		}
	});

	it('weights never-seen and due questions up', () => {
		expect(questionWeight({ topic: 1, lastCredit: 1, due: false })).toBe(1);
		expect(questionWeight({ topic: 1, lastCredit: undefined, due: false })).toBe(3);
		expect(questionWeight({ topic: 1, lastCredit: 1, due: true })).toBe(4);
		expect(questionWeight({ topic: 0, lastCredit: 0, due: false })).toBe(5);
		// Everything known perfectly; one explain question due: it is in nearly every mock.
		let progress = emptyProgress();
		for (const c of bank.chapters) progress = answeredChapter(progress, bank, c.id, 1);
		let withDue = 0;
		let without = 0;
		for (let seed = 1; seed <= 30; seed++) {
			if (ids(composeInterview(bank, progress, { seed, minutes: 16, due: new Set(['c3-e3']) })).includes('c3-e3')) withDue += 1;
			if (ids(composeInterview(bank, progress, { seed, minutes: 16 })).includes('c3-e3')) without += 1;
		}
		expect(withDue).toBeGreaterThan(without + 5);
	});

	it('gives each question a soft limit from --minutes, an explain question twice a closed one', () => {
		const plan = composeInterview(bank, emptyProgress(), { seed: 3, minutes: 20 });
		const total = plan.questions.reduce((sum, q) => sum + q.limitSeconds, 0);
		expect(Math.abs(total - 20 * 60)).toBeLessThanOrEqual(5 * plan.questions.length);
		const explain = plan.questions.find((q) => bank.questions.get(q.questionId)?.question.type === 'explain');
		const other = plan.questions.find((q) => bank.questions.get(q.questionId)?.question.type !== 'explain');
		expect(explain && other && Math.abs(explain.limitSeconds - 2 * other.limitSeconds)).toBeLessThanOrEqual(5);
	});

	it('falls back to closed questions in a bank without explain questions', () => {
		const closedOnly = bankOf(...[1, 2, 3].map((n) => ({ ...chapter(n), questions: chapter(n).questions.filter((q) => q.type !== 'explain') })));
		const plan = composeInterview(closedOnly, emptyProgress(), { seed: 5, minutes: 20 });
		expect(plan.questions.length).toBe(9); // every question there is, 9 < 10
		expect(plan.questions.every((q) => !q.followUpOf)).toBe(true);
	});
});
