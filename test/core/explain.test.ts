import { describe, expect, it } from 'vitest';
import { containsTerm, gradeReducer, gradingResponse, normalizeForMatch, previousAnswer, startGrading, suggestTicks, tickedNote } from '../../src/core/explain.js';
import type { AnswerRecord } from '../../src/core/progress.js';

const question = {
	keyPoints: [
		{ id: 'pid', text: 'Its own PID numbers.', terms: ['pid'] },
		{ id: 'v2', text: 'Cgroup v2 limits it.', terms: ['cgroup v2', 'unified hierarchy'] },
		{ id: 'priv', text: '--privileged drops the fences.', terms: ['--privileged'] },
		{ id: 'kernel', text: 'It shares the host kernel.', terms: ['host kernel', 'Shared-Kernel'] },
	],
};

describe('suggestTicks', () => {
	it('matches whole words only: "pid" is not in "rapid", but is in "PID" and "pids"', () => {
		expect(suggestTicks(question, 'it starts rapidly')).toEqual([]);
		expect(suggestTicks(question, 'It gets its own PID namespace')).toEqual(['pid']);
		expect(suggestTicks(question, 'separate pids')).toEqual(['pid']);
		expect(suggestTicks(question, 'a rapid, stupid answer')).toEqual([]);
	});

	it('ignores case, line breaks, runs of spaces and hyphens in a phrase ("cgroup v2")', () => {
		expect(suggestTicks(question, 'limited by CGROUP\n   v2 controllers')).toEqual(['v2']);
		expect(suggestTicks(question, 'limited by cgroup-v2')).toEqual(['v2']);
		expect(suggestTicks(question, 'limited by cgroup v1')).toEqual([]);
		expect(suggestTicks(question, 'limited by cgroup v21')).toEqual([]);
	});

	it('finds a term with punctuation ("--privileged") as written, and not inside a longer word', () => {
		expect(suggestTicks(question, 'never run with --privileged.')).toEqual(['priv']);
		expect(suggestTicks(question, 'docker run --privileged nginx')).toEqual(['priv']);
		expect(suggestTicks(question, 'it is unprivileged')).toEqual([]);
	});

	it('a hyphenated term matches the spaced form and back; ids come in the question order', () => {
		expect(suggestTicks(question, 'the shared kernel, and PID 1 and cgroup v2')).toEqual(['pid', 'v2', 'kernel']);
		expect(suggestTicks(question, 'the host-kernel is the same')).toEqual(['kernel']);
	});

	it('suggests nothing for an empty (aloud) answer', () => {
		expect(suggestTicks(question, '')).toEqual([]);
		expect(suggestTicks(question, '  \n ')).toEqual([]);
	});

	it('normalizeForMatch and containsTerm on their own', () => {
		expect(normalizeForMatch('  Cgroup—V2\t\nx ')).toBe('cgroup v2 x');
		expect(containsTerm('the /proc file system', '/proc')).toBe(true);
		expect(containsTerm('the cap_sys_admin bit', 'CAP_SYS_ADMIN')).toBe(true);
		expect(containsTerm('the cap_sys_admins', 'sys')).toBe(false);
		expect(containsTerm('x', '---')).toBe(false);
	});

	it('finds Chinese terms inside running Chinese text, and Latin terms next to Chinese', () => {
		const zh = (text: string) => normalizeForMatch(text);
		expect(containsTerm(zh('容器用命名空間隔離行程'), '命名空間')).toBe(true);
		expect(containsTerm(zh('在裸機上執行'), '裸機')).toBe(true);
		expect(containsTerm(zh('用cgroup限制記憶體'), 'cgroup')).toBe(true);
		expect(containsTerm(zh('每個容器有自己的PID 命名空间'), 'PID 命名空间')).toBe(true);
		// A Latin end still needs no Latin letter next to it: "pid" is not in "rapid", in Chinese text either.
		expect(containsTerm(zh('很rapid地啟動'), 'pid')).toBe(false);
		expect(containsTerm(zh('容器共用主機核心'), '虛擬機器')).toBe(false);
	});
});

describe('self-grading', () => {
	it('starts with the suggested ticks; Space decides a point, which then is no longer a suggestion', () => {
		let grading = startGrading(question, 'PID and --privileged');
		expect(grading).toEqual({ text: 'PID and --privileged', ticked: ['pid', 'priv'], suggested: ['pid', 'priv'], cursor: 0 });
		grading = gradeReducer(question, grading, { type: 'toggle' });
		expect(grading.ticked).toEqual(['priv']);
		expect(grading.suggested).toEqual(['priv']);
		grading = gradeReducer(question, grading, { type: 'move', delta: 3 });
		grading = gradeReducer(question, grading, { type: 'toggle' });
		expect(grading.ticked).toEqual(['priv', 'kernel']);
		grading = gradeReducer(question, grading, { type: 'move', delta: 9 });
		expect(grading.cursor).toBe(3);
		grading = gradeReducer(question, grading, { type: 'move', delta: -9 });
		expect(grading.cursor).toBe(0);
		expect(gradingResponse(grading)).toEqual({ type: 'explain', text: 'PID and --privileged', ticked: ['priv', 'kernel'] });
		expect(tickedNote(grading, 4)).toBe('2 of 4 ticked: 50% credit');
	});
});

describe('previousAnswer', () => {
	const answer = (questionId: string, at: string, extra: Partial<AnswerRecord> = {}): AnswerRecord => ({ questionId, chapterId: 'c', correct: false, credit: 0, at, mode: 'quiz', ...extra });
	it('is the latest saved text for that question, aloud ("") included; answers without text do not count', () => {
		const answers = [
			answer('q', '2026-01-01', { text: 'first', ticked: ['a'] }),
			answer('other', '2026-01-02', { text: 'not this' }),
			answer('q', '2026-01-03', { text: '', ticked: [] }),
			answer('q', '2026-01-04'),
		];
		expect(previousAnswer(answers, 'q')).toEqual({ text: '', ticked: [], at: '2026-01-03' });
		expect(previousAnswer(answers.slice(0, 2), 'q')).toEqual({ text: 'first', ticked: ['a'], at: '2026-01-01' });
		expect(previousAnswer(answers, 'none')).toBeUndefined();
	});
});
