// A question on the quiz screen laid out as terminal lines: how many rows the answering view takes, and the
// question's text (prompt and the hints revealed so far) as a window that scrolls when it does not fit. Pure,
// so the screen draws it and the lesson tests check every bundled question, with all its hints, at 80x24.
import { choiceText } from './feedback.js';
import { t } from './i18n/messages.js';
import { codeSpans, type Span } from './inline.js';
import type { QuizItem } from './quiz.js';
import type { ExplainQuestion, Question } from './schema.js';
import { localize } from './text.js';
import { wrapText } from './wrap.js';

/** What the typed view says after a close first try. */
export function retryMessage(difference: string): string {
	return t().core.question.retry(difference);
}

/** A choice's label as lines: numbered, ticked for multiple choice, continuation lines under the text. */
export function choiceLabelLines(question: Question, id: string, index: number, picked: readonly string[], width: number): string[] {
	const box = question.type === 'multiple' ? (picked.includes(id) ? '[x] ' : '[ ] ') : '';
	const prefix = `${index + 1}. ${box}`;
	// The menu draws a 2-column pointer first; continuation lines line up under the text.
	return wrapText(choiceText(question, id), width - 2 - prefix.length).map((line, n) => (n === 0 ? prefix : ' '.repeat(prefix.length + 2)) + line);
}

/** The rows the answering view takes, so the question's text gets the rest. */
export function answerRows(item: QuizItem, state: { picked: readonly string[]; retry?: { difference: string } | undefined }, width: number): number {
	const { question } = item;
	switch (question.type) {
		case 'ordering':
			return question.items.length + 1;
		case 'matching':
			return question.left.length + 2 + question.right.length;
		case 'typed':
			// The input line, a line for "Discard your answer?" (blank otherwise), and a near miss's note.
			return 2 + (state.retry ? wrapText(retryMessage(state.retry.difference), width).length : 0);
		case 'explain':
			// The editor at its smallest and its status line (the explain view lays itself out: explainNeededRows).
			return EDITOR_MIN_ROWS + 1;
		default:
			return item.choiceOrder.reduce((sum, id, i) => sum + choiceLabelLines(question, id, i, state.picked, width).length, 0) + (question.type === 'multiple' ? 1 : 0);
	}
}

export interface TextLine {
	kind: 'prompt' | 'hint' | 'blank';
	spans: Span[];
}

/** The question's text: the prompt, then (after a blank line) each revealed hint. `hints` lists where each hint starts. */
export function questionText(question: Question, hintsShown: number, width: number): { lines: TextLine[]; hints: Array<{ start: number; length: number }> } {
	const lines: TextLine[] = codeSpans(wrapText(localize(question.prompt), width)).map((spans) => ({ kind: 'prompt', spans }));
	const hints: Array<{ start: number; length: number }> = [];
	const revealed = (question.hints ?? []).slice(0, hintsShown);
	if (revealed.length) lines.push({ kind: 'blank', spans: [] });
	revealed.forEach((hint, i) => {
		const block = codeSpans(wrapText(t().core.question.hint(i + 1, localize(hint)), width));
		hints.push({ start: lines.length, length: block.length });
		for (const spans of block) lines.push({ kind: 'hint', spans });
	});
	return { lines, hints };
}

/**
 * The rows the question's text gets under the header line: what the answering view leaves, less the blank line
 * between them; when the text does not fit, the blank line goes to the text too (`gap` false).
 */
export function textRoom(lineCount: number, height: number, answerRows: number): { room: number; gap: boolean } {
	const room = height - 2 - answerRows;
	return lineCount <= room ? { room, gap: true } : { room: room + 1, gap: false };
}

export interface TextWindow {
	/** The first line shown. */
	top: number;
	/** How many text lines are shown; one row less than the room when a "more" marker is needed. */
	shown: number;
	/** Lines hidden above and below the window. */
	above: number;
	below: number;
}

/** The part of `count` lines shown in `room` rows, starting near `top` (clamped). */
export function textWindow(count: number, room: number, top: number): TextWindow {
	if (count <= room) return { top: 0, shown: count, above: 0, below: 0 };
	const shown = Math.max(1, room - 1);
	const first = Math.min(Math.max(0, top), count - shown);
	return { top: first, shown, above: first, below: count - shown - first };
}

/** Where the window starts when a hint is revealed: the newest hint whole, with as much as fits above it. */
export function newestHintTop(text: ReturnType<typeof questionText>, room: number): number {
	const newest = text.hints.at(-1);
	if (!newest) return 0;
	const { shown } = textWindow(text.lines.length, room, 0);
	return Math.max(0, Math.min(text.lines.length - shown, newest.start));
}

/** The marker under a window that hides lines; `what` the window holds (t().core.question.theQuestion by default). */
export function moreMarker(window: TextWindow, count: number, what?: string): string {
	const say = t().core.question;
	const range = say.lines(window.top + 1, window.top + window.shown, count);
	if (window.above && window.below) return say.moreBoth(what ?? say.theQuestion, range);
	if (window.below) return say.moreBelow(range);
	return say.moreAbove(range);
}

/** The fewest rows the explain editor gets; the rest of the body goes to it too. */
export const EDITOR_MIN_ROWS = 3;
/** The fewest rows the self-grading screen gives to the answers it compares (the rest scrolls). */
export const COMPARE_MIN_ROWS = 3;

/** Text of the line above the key points while self-grading; `aloud`: nothing typed, so nothing is suggested. */
export function gradeHeader(aloud = false): string {
	return aloud ? t().core.question.gradeHeaderAloud : t().core.question.gradeHeader;
}

/** One key point in the self-grading list as lines: pointer, box, text, "suggested" while the tick is the app's. */
export function keyPointLines(text: string, ticked: boolean, suggested: boolean, here: boolean, width: number): string[] {
	const prefix = `${here ? '❯ ' : '  '}${ticked ? '[x] ' : '[ ] '}`;
	return wrapText(suggested ? t().core.question.suggested(text) : text, width - prefix.length).map((line, n) => (n === 0 ? prefix : ' '.repeat(prefix.length)) + line);
}

/** Rows the self-grading list takes under the answers: a blank line, its header, every point (as long as it can get), a status line. */
export function gradeListRows(question: ExplainQuestion, width: number): number {
	const points = question.keyPoints.reduce((sum, point) => sum + keyPointLines(localize(point.text), true, true, true, width).length, 0);
	return wrapText(gradeHeader(), width).length + points + 2;
}

/** The rows an explain question needs: the larger of writing (header, a line of prompt, editor, status) and grading. */
export function explainNeededRows(question: ExplainQuestion, width: number): number {
	const prompt = Math.min(2, questionText(question, 0, width).lines.length);
	return Math.max(1 + prompt + 1 + EDITOR_MIN_ROWS + 1, COMPARE_MIN_ROWS + gradeListRows(question, width));
}
