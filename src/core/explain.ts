// Explain-it questions after the learner has answered: which key points their words suggest (a suggestion to
// check, never a verdict), the self-grading tick list as a pure reducer, and what they wrote last time.
import { t } from './i18n/messages.js';
import type { AnswerRecord } from './progress.js';
import type { ExplainQuestion } from './schema.js';
import type { Response } from './scoring.js';
import { localize } from './text.js';

/** Text as compared for terms: lower case, dashes and runs of spaces (line breaks too) as one space. */
export function normalizeForMatch(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\-\u2010-\u2015]+/g, ' ')
		.trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `term` appears in `text` as whole words: not inside a longer word ("pid" is not in "rapid"), with
 * case, dashes and spacing ignored ("cgroup-v2" is "cgroup v2"; "--privileged" is "privileged"). A term ending in
 * a letter also matches its plural ("namespace" in "namespaces").
 */
export function containsTerm(normalizedText: string, term: string): boolean {
	const wanted = normalizeForMatch(term);
	if (!wanted) return false;
	// Chinese has no spaces between words: a Han end of a term may touch anything, and a Latin end (as in
	// "PID 命名空間", or "cgroup" in "用cgroup限制") only needs no Latin letter or digit next to it.
	const before = /^\p{Script=Han}/u.test(wanted) ? '' : '(?<![\\p{Script=Latin}\\p{N}_])';
	const after = /\p{Script=Han}$/u.test(wanted) ? '' : '(?![\\p{Script=Latin}\\p{N}_])';
	const plural = /\p{Script=Latin}$/u.test(wanted) ? '(?:e?s)?' : '';
	return new RegExp(`${before}${escapeRegExp(wanted)}${plural}${after}`, 'u').test(normalizedText);
}

/** Ids of the key points (in the question's order) whose terms appear in what the learner typed. */
export function suggestTicks(question: Pick<ExplainQuestion, 'keyPoints'>, text: string): string[] {
	const normalized = normalizeForMatch(text);
	if (!normalized) return [];
	return question.keyPoints.filter((point) => point.terms.some((term) => containsTerm(normalized, localize(term)))).map((point) => point.id);
}

/** The self-grading list: what is ticked, which ticks were suggested (and not touched since), where the cursor is. */
export interface Grading {
	text: string;
	ticked: string[];
	suggested: string[];
	cursor: number;
}

export type GradeIntent = { type: 'move'; delta: number } | { type: 'toggle' };

export function startGrading(question: Pick<ExplainQuestion, 'keyPoints'>, text: string): Grading {
	const suggested = suggestTicks(question, text);
	return { text, ticked: suggested, suggested, cursor: 0 };
}

export function gradeReducer(question: Pick<ExplainQuestion, 'keyPoints'>, grading: Grading, intent: GradeIntent): Grading {
	const points = question.keyPoints;
	if (intent.type === 'move') {
		const cursor = Math.max(0, Math.min(points.length - 1, grading.cursor + intent.delta));
		return cursor === grading.cursor ? grading : { ...grading, cursor };
	}
	const id = points[grading.cursor]?.id;
	if (!id) return grading;
	const on = !grading.ticked.includes(id);
	// Kept in the question's order, so the same ticks always make the same record.
	const ticked = points.map((point) => point.id).filter((pointId) => (pointId === id ? on : grading.ticked.includes(pointId)));
	// Once the learner has decided a point, it is theirs, not a suggestion.
	return { ...grading, ticked, suggested: grading.suggested.filter((pointId) => pointId !== id) };
}

export function gradingResponse(grading: Grading): Response {
	return { type: 'explain', text: grading.text.trim(), ticked: grading.ticked };
}

/** The share of key points ticked, for the line under the list. */
export function tickedNote(grading: Pick<Grading, 'ticked'>, total: number): string {
	const n = grading.ticked.length;
	return t().core.question.tickedNote(n, total, Math.round((100 * n) / Math.max(1, total)));
}

export interface PreviousAnswer {
	/** '' when the learner answered aloud. */
	text: string;
	ticked: string[];
	at: string;
}

/** The learner's last saved answer to this explain question, to read beside the one they give now. */
export function previousAnswer(answers: readonly AnswerRecord[], questionId: string): PreviousAnswer | undefined {
	for (let i = answers.length - 1; i >= 0; i--) {
		const answer = answers[i];
		if (answer?.questionId !== questionId || typeof answer.text !== 'string') continue;
		return { text: answer.text, ticked: Array.isArray(answer.ticked) ? answer.ticked : [], at: answer.at };
	}
	return undefined;
}
