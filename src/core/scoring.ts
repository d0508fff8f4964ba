// Scoring is a pure function of a question and a response.
import type { Question } from './schema.js';

export type Response =
	| { type: 'single'; choiceId: string }
	| { type: 'multiple'; choiceIds: readonly string[] }
	| { type: 'true-false'; value: boolean };

export interface Verdict {
	correct: boolean;
	/** 0..1. Multiple choice earns partial credit: (right picks - wrong picks) / right answers, never below 0. */
	credit: number;
	/** Ids of the wrong choices picked (single/multiple) or "true"/"false" for the wrong side. */
	wrongPicks: string[];
	/** Correct choices the learner did not pick (multiple choice). */
	missed: string[];
}

export class ResponseMismatchError extends Error {}

export function scoreAnswer(question: Question, response: Response): Verdict {
	if (question.type !== response.type) {
		throw new ResponseMismatchError(`a ${response.type} response cannot answer ${question.type} question "${question.id}"`);
	}
	switch (question.type) {
		case 'single': {
			const { choiceId } = response as Extract<Response, { type: 'single' }>;
			const correct = choiceId === question.answer;
			return { correct, credit: correct ? 1 : 0, wrongPicks: correct ? [] : [choiceId], missed: [] };
		}
		case 'multiple': {
			const picked = new Set((response as Extract<Response, { type: 'multiple' }>).choiceIds);
			const answers = new Set(question.answers);
			const wrongPicks = [...picked].filter((id) => !answers.has(id));
			const missed = question.answers.filter((id) => !picked.has(id));
			const hits = answers.size - missed.length;
			const correct = wrongPicks.length === 0 && missed.length === 0;
			return { correct, credit: Math.max(0, (hits - wrongPicks.length) / answers.size), wrongPicks, missed };
		}
		case 'true-false': {
			const { value } = response as Extract<Response, { type: 'true-false' }>;
			const correct = value === question.answer;
			return { correct, credit: correct ? 1 : 0, wrongPicks: correct ? [] : [String(value)], missed: [] };
		}
	}
}

/** The misconception tags a verdict reveals, for later reporting. */
export function misconceptionsOf(question: Question, verdict: Verdict): string[] {
	if (question.type === 'true-false') return verdict.correct || !question.misconception ? [] : [question.misconception];
	return verdict.wrongPicks
		.map((id) => question.choices.find((choice) => choice.id === id)?.misconception)
		.filter((tag): tag is string => tag !== undefined);
}
