// A small bank for mock interview tests: four chapters, each with two pages, explain questions (some with
// follow-ups) and closed questions. Built in code so each test can see what it holds.
import type { Bank } from '../../../src/core/bank.js';
import type { AnswerRecord, Progress } from '../../../src/core/progress.js';
import { emptyProgress } from '../../../src/core/progress.js';
import { bankOf } from '../../helpers.js';

const source = { title: 'namespaces(7)', url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html' };

function explain(id: string, topic: string, followUps?: string[]) {
	return {
		id,
		type: 'explain',
		difficulty: 2,
		prompt: `Explain ${topic}.`,
		modelAnswer: `A strong answer about ${topic}.`,
		keyPoints: [
			{ id: 'one', text: `First point on ${topic}.`, terms: ['first'] },
			{ id: 'two', text: `Second point on ${topic}.`, terms: ['second'] },
			{ id: 'three', text: `Third point on ${topic}.`, terms: ['third'] },
			{ id: 'four', text: `Fourth point on ${topic}.`, terms: ['fourth'] },
		],
		explanation: `Weak answers confuse ${topic}.`,
		source,
		...(followUps ? { followUps } : {}),
	};
}

function closed(id: string, topic: string) {
	return {
		id,
		type: 'true-false',
		difficulty: 1,
		prompt: `True or false: ${topic}.`,
		answer: true,
		wrongFeedback: 'It is true.',
		misconception: 'thinks-it-false',
		explanation: `About ${topic}.`,
		source,
		hints: ['A hint an interview never shows.'],
	};
}

/** Chapter n (1-4) with pages "cN-kernel" and "cN-network" and questions cN-e1..e3 (e1 has follow-ups), cN-t1..t3. */
export function chapter(n: number) {
	return {
		formatVersion: 1,
		id: `chapter-${n}`,
		order: n,
		title: `Chapter ${n}`,
		summary: 'A chapter.',
		pages: [
			{ id: `c${n}-kernel`, title: `Kernels ${n}`, body: ['The shared kernel and the guest kernel, hypervisor and syscalls.'] },
			{ id: `c${n}-network`, title: `Networks ${n}`, body: ['Bridges, veth pairs, iptables and published ports.'] },
		],
		questions: [
			explain(`c${n}-e1`, 'the shared kernel and syscalls', [`c${n}-t1`, `c${n}-e2`]),
			explain(`c${n}-e2`, 'the guest kernel'),
			explain(`c${n}-e3`, 'bridges and veth pairs'),
			closed(`c${n}-t1`, 'the kernel is shared'),
			closed(`c${n}-t2`, 'veth pairs connect namespaces'),
			closed(`c${n}-t3`, '`iptables` publishes ports'),
		],
	};
}

export function interviewBank(chapters = 4): Bank {
	return bankOf(...Array.from({ length: chapters }, (_, i) => chapter(i + 1)));
}

/** Progress where every question of `chapterId` was last answered with `credit`. */
export function answeredChapter(progress: Progress, bank: Bank, chapterId: string, credit: number, at = '2026-11-01T10:00:00.000Z'): Progress {
	const chapter = bank.chapters.find((c) => c.id === chapterId);
	if (!chapter) throw new Error(chapterId);
	const answers: AnswerRecord[] = chapter.questions.map((q) => ({ questionId: q.id, chapterId, correct: credit >= 0.75, credit, at, mode: 'quiz' }));
	return { ...progress, answers: [...progress.answers, ...answers] };
}

export { emptyProgress };
