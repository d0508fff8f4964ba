// Tallying a room: result codes found in pasted chat logs and files → per-question numbers, scores, what to discuss.
import { t } from '../i18n/messages.js';
import type { QuizItem } from '../quiz.js';
import type { Question } from '../schema.js';
import { pickFeedback, type Response, scoreAnswer } from '../scoring.js';
import { localize } from '../text.js';
import { encodeRoomCode, type RoomSpec } from './code.js';
import { decodeResultCode, locateResultCodes, type RoomResult } from './result.js';

export interface RejectedCode {
	source: string;
	/** 1-based line of the input where the code starts. */
	line: number;
	code: string;
	why: 'damaged' | 'other-room' | 'malformed' | 'duplicate';
	message: string;
}

export interface ChoiceCount {
	id: string;
	/** Attendees who picked it (a multiple-choice answer counts once for each choice picked). */
	count: number;
	right: boolean;
}

export interface WrongAnswer {
	/** The answer in words (choice and item texts, or what was typed). */
	answer: string;
	count: number;
	misconception?: string;
	feedback?: string;
}

export interface QuestionTally {
	questionId: string;
	type: Question['type'];
	right: number;
	/** Wrong, with some credit (multiple, ordering, matching). */
	partly: number;
	wrong: number;
	unanswered: number;
	/** right / attendees; 0 when nobody counted. */
	shareRight: number;
	/** Single, multiple and true-false: every choice in display order. */
	choices?: ChoiceCount[];
	mostCommonWrong?: WrongAnswer;
	/** Of the answered; null when nobody answered. */
	medianSeconds: number | null;
}

export interface RoomTally {
	code: string;
	attendees: number;
	/** Only when the room allows names: the names given, in the order the codes came. */
	names?: string[];
	rejected: RejectedCode[];
	questions: QuestionTally[];
	/** histogram[k]: attendees with k right answers, k = 0..questions. */
	histogram: number[];
	/** Question ids the room missed most, worst first (lowest share right; ties: more wrong answers). */
	discussFirst: string[];
}

/** How many questions "discuss these first" names at most. */
export const DISCUSS_FIRST = 3;

const text = (value: Parameters<typeof localize>[0]) => localize(value);

/** A wrong response in words, for the trainer. */
export function describeResponse(question: Question, response: Response): string {
	switch (response.type) {
		case 'single':
			return question.type === 'single' ? text(question.choices.find((c) => c.id === response.choiceId)?.text ?? response.choiceId) : '';
		case 'multiple': {
			if (question.type !== 'multiple') return '';
			const picked = question.choices.filter((c) => response.choiceIds.includes(c.id));
			return picked.length ? picked.map((c) => text(c.text)).join(' + ') : '(nothing ticked)';
		}
		case 'true-false':
			return response.value ? 'True' : 'False';
		case 'ordering':
			return question.type === 'ordering' ? response.order.map((id) => text(question.items.find((i) => i.id === id)?.text ?? id)).join(' → ') : '';
		case 'matching': {
			if (question.type !== 'matching') return '';
			const label = (items: typeof question.left, id: string | undefined) => (id === undefined ? '(none)' : text(items.find((i) => i.id === id)?.text ?? id));
			return question.left
				.filter((l) => response.pairs[l.id] !== question.answer[l.id])
				.map((l) => `${label(question.left, l.id)} → ${label(question.right, response.pairs[l.id])}`)
				.join('; ');
		}
		case 'typed':
			return response.text;
		case 'explain':
			return response.text;
	}
}

function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function lineOf(text: string, index: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
	return line;
}

/** The results that count, and one entry for each code left out; a bad code never stops the rest. */
export function collectResults(spec: RoomSpec, items: readonly QuizItem[], inputs: ReadonlyArray<{ source: string; text: string }>): { results: RoomResult[]; rejected: RejectedCode[] } {
	const results: RoomResult[] = [];
	const rejected: RejectedCode[] = [];
	const seen = new Map<string, { source: string; line: number }>();
	for (const input of inputs) {
		for (const { code, index } of locateResultCodes(input.text)) {
			const line = lineOf(input.text, index);
			const decoded = decodeResultCode(code, spec, items);
			if (!decoded.ok) {
				rejected.push({ source: input.source, line, code, why: decoded.why, message: decoded.message });
				continue;
			}
			const first = seen.get(decoded.result.attendee);
			if (first) {
				const words = t().cli.resultCode;
				const where = first.source === input.source ? words.line(first.line) : words.fileLine(first.source, first.line);
				rejected.push({ source: input.source, line, code, why: 'duplicate', message: words.duplicate(decoded.result.attendee, where) });
				continue;
			}
			seen.set(decoded.result.attendee, { source: input.source, line });
			results.push(decoded.result);
		}
	}
	return { results, rejected };
}

/**
 * How many picked each choice of a choice question (single, multiple, true-false), in the room's choice order, the
 * right ones marked; undefined for the other types. A multiple-choice answer counts once for each choice picked.
 */
export function choiceCounts(item: QuizItem, responses: Iterable<Response>): ChoiceCount[] | undefined {
	const question = item.question;
	const rightIds = question.type === 'single' ? [question.answer] : question.type === 'multiple' ? question.answers : question.type === 'true-false' ? [String(question.answer)] : undefined;
	if (!rightIds) return undefined;
	const counts = new Map<string, number>(item.choiceOrder.map((id) => [id, 0]));
	for (const response of responses) {
		const picks = response.type === 'single' ? [response.choiceId] : response.type === 'multiple' ? response.choiceIds : response.type === 'true-false' ? [String(response.value)] : [];
		for (const id of picks) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return item.choiceOrder.map((id) => ({ id, count: counts.get(id) ?? 0, right: rightIds.includes(id) }));
}

function tallyQuestion(item: QuizItem, index: number, results: readonly RoomResult[]): QuestionTally {
	const question = item.question;
	let right = 0;
	let partly = 0;
	let unanswered = 0;
	const seconds: number[] = [];
	const responses: Response[] = [];
	const wrongs = new Map<string, WrongAnswer>();
	for (const result of results) {
		const answer = result.answers[index];
		if (!answer?.response) {
			unanswered += 1;
			continue;
		}
		seconds.push(answer.seconds);
		const response = answer.response;
		responses.push(response);
		const verdict = scoreAnswer(question, response);
		if (verdict.correct) {
			right += 1;
			continue;
		}
		if (verdict.credit > 0) partly += 1;
		const words = describeResponse(question, response);
		const known = wrongs.get(words);
		if (known) {
			known.count += 1;
			continue;
		}
		const lesson = verdict.wrongPicks.map((pick) => pickFeedback(question, pick)).find((found) => found?.misconception || found?.feedback);
		wrongs.set(words, {
			answer: words,
			count: 1,
			...(lesson?.misconception ? { misconception: lesson.misconception } : {}),
			...(lesson?.feedback ? { feedback: text(lesson.feedback) } : {}),
		});
	}
	// The most common wrong answer; on a tie, the one given first.
	let mostCommonWrong: WrongAnswer | undefined;
	for (const wrong of wrongs.values()) if (!mostCommonWrong || wrong.count > mostCommonWrong.count) mostCommonWrong = wrong;
	const choices = choiceCounts(item, responses);
	const wrong = results.length - right - partly - unanswered;
	return {
		questionId: question.id,
		type: question.type,
		right,
		partly,
		wrong,
		unanswered,
		shareRight: results.length ? right / results.length : 0,
		...(choices ? { choices } : {}),
		...(mostCommonWrong ? { mostCommonWrong } : {}),
		medianSeconds: median(seconds),
	};
}

export function tallyRoom(spec: RoomSpec, items: readonly QuizItem[], inputs: ReadonlyArray<{ source: string; text: string }>): RoomTally {
	const { results, rejected } = collectResults(spec, items, inputs);
	const questions = items.map((item, i) => tallyQuestion(item, i, results));
	const histogram = Array.from({ length: items.length + 1 }, () => 0);
	for (const result of results) {
		const score = result.answers.filter((answer, i) => answer.response && scoreAnswer((items[i] as QuizItem).question, answer.response).correct).length;
		histogram[score] = (histogram[score] ?? 0) + 1;
	}
	const missed = (q: QuestionTally) => q.wrong + q.partly + q.unanswered;
	const discussFirst = questions
		.map((q, i) => ({ q, i }))
		.filter(({ q }) => missed(q) > 0)
		.sort((a, b) => a.q.shareRight - b.q.shareRight || b.q.wrong + b.q.partly - (a.q.wrong + a.q.partly) || a.i - b.i)
		.slice(0, DISCUSS_FIRST)
		.map(({ q }) => q.questionId);
	const names = results.flatMap((result) => (result.name ? [result.name] : []));
	return { code: encodeRoomCode(spec), attendees: results.length, ...(spec.names ? { names } : {}), rejected, questions, histogram, discussFirst };
}
