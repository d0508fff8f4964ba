import { describe, expect, it } from 'vitest';
import { interviewReport, pagesToReread, reportOf } from '../../../src/core/interview/report.js';
import { reportLines } from '../../../src/core/interview/report-lines.js';
import type { InterviewRecord } from '../../../src/core/progress.js';
import { textWidth } from '../../../src/core/wrap.js';
import { interviewBank } from './fixture.js';

const bank = interviewBank(4);

function record(id: string, at: string, questions: [string, number, number?][]): InterviewRecord {
	return {
		id,
		at,
		seed: 1,
		minutes: 20,
		questions: questions.map(([qid, credit, seconds = 60]) => ({ id: qid, chapterId: bank.questions.get(qid)!.chapter.id, credit, seconds, limitSeconds: 90 })),
	};
}

const first = record('m1', '2026-11-29T10:00:00.000Z', [['c1-e1', 0.5], ['c2-e1', 1], ['c3-e1', 0]]);
const second = record('m2', '2026-11-30T10:00:00.000Z', [
	['c1-e1', 1, 80],
	['c1-t1', 1, 20],
	['c2-e3', 0.25, 140],
	['c2-t3', 0, 30],
	['c3-e2', 0.5, 95],
	['c4-e2', 0.75],
	['c4-t1', 0],
]);

describe('interviewReport', () => {
	const report = interviewReport(bank, second, first);

	it('scores each topic (chapter) by mean credit, with the change since the last mock that asked it', () => {
		expect(report.topics.map((t) => [t.chapterId, t.questions, t.percent, t.change])).toEqual([
			['chapter-1', 2, 100, 50],
			['chapter-2', 2, 13, -87],
			['chapter-3', 1, 50, 50],
			['chapter-4', 2, 38, undefined],
		]);
	});

	it('gives the time of each question against its soft limit', () => {
		expect(report.questions.map((q) => [q.id, q.seconds, q.overtime])).toEqual([
			['c1-e1', 80, false],
			['c1-t1', 20, false],
			['c2-e3', 140, true],
			['c2-t3', 30, false],
			['c3-e2', 95, true],
			['c4-e2', 60, false],
			['c4-t1', 60, false],
		]);
		expect(report.seconds).toBe(80 + 20 + 140 + 30 + 95 + 60 + 60);
	});

	it('names the three weakest topics, lowest first, with the pages the missed questions come from', () => {
		expect(report.weakest.map((t) => [t.chapterId, t.percent])).toEqual([
			['chapter-2', 13],
			['chapter-4', 38],
			['chapter-3', 50],
		]);
		// c2-e3 and c2-t3 are about bridges, veth pairs and iptables: the network page.
		expect(report.weakest[0]!.pages[0]).toEqual({ id: 'c2-network', title: 'Networks 2' });
		// c3-e2 is about the guest kernel: the kernel page.
		expect(report.weakest[2]!.pages).toEqual([{ id: 'c3-kernel', title: 'Kernels 3' }]);
	});

	it('counts right answers as a quiz does and compares the whole score with the last mock', () => {
		expect(report.right).toBe(3); // c1-e1, c1-t1, c4-e2 (3 of 4 key points)
		expect(report.percent).toBe(50);
		expect(report.sinceLast).toEqual({ at: first.at, percent: 50, change: 0 });
		expect(interviewReport(bank, first).sinceLast).toBeUndefined();
		expect(reportOf(bank, [first, second], 'm2')).toEqual(report);
		expect(reportOf(bank, [first, second], 'm1')?.sinceLast).toBeUndefined();
	});

	it('prefers a page named in a question tag', () => {
		const chapter = bank.chapters[0]!;
		const question = { ...bank.questions.get('c1-e3')!.question, tags: ['c1-kernel'] };
		expect(pagesToReread(chapter, [question])[0]?.id).toBe('c1-kernel');
		expect(pagesToReread(chapter, [bank.questions.get('c1-e3')!.question])[0]?.id).toBe('c1-network');
	});

	it('with twelve questions: one row each at 79 columns, the pages to re-read whole, overtime in words', () => {
		const big = interviewBank(4);
		const twelve = record(
			'm3',
			'2026-11-30T11:00:00.000Z',
			['c1-e1', 'c1-t1', 'c1-e2', 'c2-e1', 'c2-t1', 'c2-e2', 'c3-e1', 'c3-t1', 'c3-e2', 'c4-e3', 'c4-t2', 'c4-t3'].map((id, i) => [id, (i % 4) / 4, 50 + 10 * i]),
		);
		const report = interviewReport(big, twelve, second);
		const lines = reportLines(report, 79);
		for (const line of lines) expect(textWidth(line.text)).toBeLessThanOrEqual(79);
		const text = lines.map((l) => l.text).join('\n');
		// Each question on a row of its own (the screen scrolls), and every page title to re-read in full.
		for (let i = 1; i <= 12; i++) expect(text).toMatch(new RegExp(`^ ?${i}\\. `, 'm'));
		for (const page of report.weakest.flatMap((topic) => topic.pages)) expect(text.replace(/\s+/g, ' ')).toContain(page.title);
		expect(text).toContain('Weakest topics');
		expect(text).toMatch(/1:50\/1:30 over/);
		expect(text).toMatch(/since the last mock \(2026-11-30, 50%\)/);
	});

	it('lists the times in one column when there is room, prompts without their code marks', () => {
		const short = record('m4', '2026-11-30T12:00:00.000Z', [['c2-t3', 0, 100], ['c1-e1', 1]]);
		const lines = reportLines(interviewReport(bank, short), 79).map((l) => l.text);
		expect(lines.slice(-2)).toEqual(['1. 1:40/1:30 over   0% True or false: iptables publishes ports.', '2. 1:00/1:30      100% Explain the shared kernel and syscalls.']);
	});
});
