// Scoring is a pure function of a question and a response.
import { describeDifference, sameAnswer } from './command-line.js';
import type { ExplainQuestion, MatchingQuestion, OrderingQuestion, Question, TypedQuestion } from './schema.js';
import { localize } from './text.js';

export type Response =
	| { type: 'single'; choiceId: string }
	| { type: 'multiple'; choiceIds: readonly string[] }
	| { type: 'true-false'; value: boolean }
	| { type: 'ordering'; order: readonly string[] }
	| { type: 'matching'; pairs: Readonly<Record<string, string>> }
	| { type: 'typed'; text: string }
	/** `ticked`: ids of the key points the learner says they made; `text`: what they typed ('' = answered aloud). */
	| { type: 'explain'; text: string; ticked: readonly string[] };

export interface Verdict {
	correct: boolean;
	/**
	 * 0..1. Multiple choice: (right picks - wrong picks) / right answers, never below 0. Ordering: the share of
	 * neighbouring pairs of the answer that are also neighbours, in that order, in the response. Matching: the
	 * share of right pairs. The rest: 1 or 0.
	 */
	credit: number;
	/**
	 * What in the response was wrong, as keys into the question: choice ids (single/multiple), "true"/"false",
	 * `trap:N` for an ordering or matching trap that fired, `pair:LEFT` for a wrong matching pair, and
	 * `near:N` for a typed answer equal to the question's Nth near miss.
	 */
	wrongPicks: string[];
	/** Correct choices the learner did not pick (multiple choice). */
	missed: string[];
	/** Typed answers: what separates a near miss from an accepted form, when it is close. */
	difference?: string;
}

export class ResponseMismatchError extends Error {}

type ResponseOf<T extends Response['type']> = Extract<Response, { type: T }>;

/**
 * For each two neighbours in `order` (the first and second, the second and third, ...), whether they are
 * neighbours in that order in `answer` too: the pairs an ordering answer gets credit for (and the feedback
 * marks, so marks and credit agree).
 */
export function keptPairs(answer: readonly string[], order: readonly string[]): boolean[] {
	const position = new Map(answer.map((id, i) => [id, i]));
	return order.slice(1).map((id, i) => {
		const before = position.get(order[i] as string);
		return before !== undefined && position.get(id) === before + 1;
	});
}

function scoreOrdering(question: OrderingQuestion, order: readonly string[]): Verdict {
	const position = new Map(order.map((id, i) => [id, i]));
	const pairs = question.answer.length - 1;
	const kept = keptPairs(question.answer, order).filter(Boolean).length;
	const correct = kept === pairs && order.length === question.answer.length;
	const wrongPicks = question.traps.flatMap((trap, i) => {
		const a = position.get(trap.wrongOrder[0]);
		const b = position.get(trap.wrongOrder[1]);
		return a !== undefined && b !== undefined && a < b ? [`trap:${i}`] : [];
	});
	return { correct, credit: correct ? 1 : kept / pairs, wrongPicks, missed: [] };
}

function scoreMatching(question: MatchingQuestion, pairs: Readonly<Record<string, string>>): Verdict {
	const wrongPicks: string[] = [];
	let right = 0;
	for (const { id } of question.left) {
		const picked = pairs[id];
		if (picked === question.answer[id]) right += 1;
		else {
			wrongPicks.push(`pair:${id}`);
			const trap = question.traps.findIndex((t) => t.left === id && t.right === picked);
			if (trap !== -1) wrongPicks.push(`trap:${trap}`);
		}
	}
	const correct = right === question.left.length;
	return { correct, credit: right / question.left.length, wrongPicks, missed: [] };
}

function scoreTyped(question: TypedQuestion, text: string): Verdict {
	const accepted = question.accept.map((form) => localize(form));
	const strict = question.strictOptions ?? [];
	if (accepted.some((form) => sameAnswer(question.kind, text, form, strict))) return { correct: true, credit: 1, wrongPicks: [], missed: [] };
	const near = question.nearMisses.findIndex((miss) => sameAnswer(question.kind, text, localize(miss.answer), strict));
	const verdict: Verdict = { correct: false, credit: 0, wrongPicks: near === -1 ? [] : [`near:${near}`], missed: [] };
	if (question.kind === 'command') {
		const difference = accepted.map((form) => describeDifference(text, form, strict)).find((d) => d !== undefined);
		if (difference) verdict.difference = difference;
	}
	return verdict;
}

/** Share of an explain question's key points at which an answer counts as right: all but one of 4-6, all of 3. */
export const EXPLAIN_PASS = 0.75;

/** Self-graded: credit is the share of key points ticked; `missed` lists the key points left unticked. */
function scoreExplain(question: ExplainQuestion, ticked: readonly string[]): Verdict {
	const made = new Set(ticked);
	const missed = question.keyPoints.filter((point) => !made.has(point.id)).map((point) => point.id);
	const credit = (question.keyPoints.length - missed.length) / question.keyPoints.length;
	return { correct: credit >= EXPLAIN_PASS, credit, wrongPicks: [], missed };
}

export function scoreAnswer(question: Question, response: Response): Verdict {
	if (question.type !== response.type) {
		throw new ResponseMismatchError(`a ${response.type} response cannot answer ${question.type} question "${question.id}"`);
	}
	switch (question.type) {
		case 'single': {
			const { choiceId } = response as ResponseOf<'single'>;
			const correct = choiceId === question.answer;
			return { correct, credit: correct ? 1 : 0, wrongPicks: correct ? [] : [choiceId], missed: [] };
		}
		case 'multiple': {
			const picked = new Set((response as ResponseOf<'multiple'>).choiceIds);
			const answers = new Set(question.answers);
			const wrongPicks = [...picked].filter((id) => !answers.has(id));
			const missed = question.answers.filter((id) => !picked.has(id));
			const hits = answers.size - missed.length;
			const correct = wrongPicks.length === 0 && missed.length === 0;
			return { correct, credit: Math.max(0, (hits - wrongPicks.length) / answers.size), wrongPicks, missed };
		}
		case 'true-false': {
			const { value } = response as ResponseOf<'true-false'>;
			const correct = value === question.answer;
			return { correct, credit: correct ? 1 : 0, wrongPicks: correct ? [] : [String(value)], missed: [] };
		}
		case 'ordering':
			return scoreOrdering(question, (response as ResponseOf<'ordering'>).order);
		case 'matching':
			return scoreMatching(question, (response as ResponseOf<'matching'>).pairs);
		case 'typed':
			return scoreTyped(question, (response as ResponseOf<'typed'>).text);
		case 'explain':
			return scoreExplain(question, (response as ResponseOf<'explain'>).ticked);
	}
}

/** The feedback and misconception tag behind one of a verdict's wrong picks, if the lesson names one. */
export function pickFeedback(question: Question, pick: string): { feedback?: Question['explanation']; misconception?: string } | undefined {
	const [kind, key = ''] = pick.includes(':') ? (pick.split(':') as [string, string]) : ['', pick];
	switch (question.type) {
		case 'true-false':
			return { ...(question.wrongFeedback ? { feedback: question.wrongFeedback } : {}), ...(question.misconception ? { misconception: question.misconception } : {}) };
		case 'single':
		case 'multiple': {
			const choice = question.choices.find((c) => c.id === pick);
			return choice && { ...(choice.feedback ? { feedback: choice.feedback } : {}), ...(choice.misconception ? { misconception: choice.misconception } : {}) };
		}
		case 'ordering':
		case 'matching':
			return kind === 'trap' ? question.traps[Number(key)] : undefined;
		case 'typed':
			return kind === 'near' ? question.nearMisses[Number(key)] : undefined;
		case 'explain':
			return undefined;
	}
}

/** The misconception tags a verdict reveals, for later reporting. */
export function misconceptionsOf(question: Question, verdict: Verdict): string[] {
	return verdict.wrongPicks.map((pick) => pickFeedback(question, pick)?.misconception).filter((tag): tag is string => tag !== undefined);
}
