// What the learner sees after answering: the verdict, what each wrong part of the answer reveals (the
// misconception's feedback from the lesson), the right answer, the explanation and the source. Pure: the quiz
// screen only wraps and colours these lines.
import type { QuizResult } from './quiz.js';
import type { Question } from './schema.js';
import { harmlessExtras, sameAnswer } from './command-line.js';
import { keptPairs, pickFeedback } from './scoring.js';
import { t } from './i18n/messages.js';
import { localize } from './text.js';

export type Tone = 'good' | 'bad' | 'warn' | 'muted' | 'plain';
export interface FeedbackLine {
	text: string;
	tone: Tone;
	bold?: boolean;
	/** Columns to indent wrapped text by. */
	indent?: number;
	/** The text is a web address: drawn on its own rows, never word-wrapped, a link where the terminal has them. */
	link?: boolean;
	/** The text is a code to copy (a room's result code): drawn on its own rows, never word-wrapped. */
	code?: boolean;
}

/** The text of a choice id, "True"/"False" for true-false questions, the item's text for ordering/matching. */
export function choiceText(question: Question, id: string): string {
	switch (question.type) {
		case 'true-false':
			return id === 'true' ? t().core.feedback.true : t().core.feedback.false;
		case 'single':
		case 'multiple': {
			const choice = question.choices.find((c) => c.id === id);
			return choice ? localize(choice.text) : id;
		}
		case 'ordering': {
			const item = question.items.find((c) => c.id === id);
			return item ? localize(item.text) : id;
		}
		case 'matching': {
			const item = [...question.left, ...question.right].find((c) => c.id === id);
			return item ? localize(item.text) : id;
		}
		case 'typed':
			return id;
		case 'explain':
			return localize(question.keyPoints.find((point) => point.id === id)?.text ?? id);
	}
}

function answerLines(question: Question, result: QuizResult): FeedbackLine[] {
	const response = result.response;
	const lines: FeedbackLine[] = [];
	const blank = () => lines.push({ text: '', tone: 'plain' });
	const say = t().core.feedback;
	switch (question.type) {
		case 'single':
		case 'multiple':
		case 'true-false': {
			const right = question.type === 'single' ? [question.answer] : question.type === 'multiple' ? question.answers : [String(question.answer)];
			// Every choice the learner left out, on one line: a line each pushed the explanation off the screen.
			const missed = result.verdict?.missed ?? [];
			if (missed.length) {
				blank();
				lines.push({ text: say.youMissed(missed.map((id) => choiceText(question, id))), tone: 'plain' });
			}
			if (!result.correct) {
				if (!missed.length) blank();
				lines.push({ text: say.answer(right.map((id) => choiceText(question, id))), tone: 'good' });
			}
			return lines;
		}
		case 'ordering': {
			if (response?.type !== 'ordering' || result.correct) return lines;
			blank();
			// ✔ marks an item that follows the one above it as in the right order: one ✔ per neighbouring pair the
			// credit counts, so marks and credit agree (by position, one item out of place would cross out the rest).
			const kept = keptPairs(question.answer, response.order);
			lines.push({ text: say.yourOrder, tone: 'plain' });
			response.order.forEach((id, i) => {
				const mark = i === 0 ? '·' : kept[i - 1] ? '✔' : '✘';
				lines.push({ text: `${mark} ${i + 1}. ${choiceText(question, id)}`, tone: mark === '·' ? 'plain' : mark === '✔' ? 'good' : 'bad', indent: 2 });
			});
			lines.push({ text: say.rightOrder, tone: 'good' });
			question.answer.forEach((id, i) => lines.push({ text: `  ${i + 1}. ${choiceText(question, id)}`, tone: 'good', indent: 2 }));
			return lines;
		}
		case 'matching': {
			if (response?.type !== 'matching') return lines;
			blank();
			for (const left of question.left) {
				const picked = response.pairs[left.id];
				const right = question.answer[left.id] as string;
				const ok = picked === right;
				const yours = picked ? choiceText(question, picked) : say.noPick;
				lines.push({ text: `${ok ? '✔' : '✘'} ${localize(left.text)} → ${yours}`, tone: ok ? 'good' : 'bad', indent: 2 });
				if (!ok) lines.push({ text: say.rightPick(choiceText(question, right)), tone: 'good', indent: 6 });
			}
			return lines;
		}
		case 'typed': {
			if (response?.type !== 'typed') return lines;
			blank();
			lines.push({ text: say.youTyped(response.text.trim()), tone: result.correct ? 'good' : 'bad' });
			const accepted = question.accept.map((form) => localize(form));
			const extras = question.kind === 'command' && result.correct ? harmlessExtras(response.text, accepted.find((form) => sameAnswer('command', response.text, form, question.strictOptions)) ?? '', question.strictOptions) : [];
			if (!result.correct) lines.push({ text: say.answer([accepted[0] as string]), tone: 'good' });
			// Right with options that change nothing here: say so, and show the answer without them.
			else if (extras.length) lines.push({ text: say.harmlessExtras(extras, accepted[0] as string), tone: 'muted', indent: 2 });
			// Other right spellings, leaving out the one the learner typed (and the one just shown).
			const others = accepted.filter((form, i) => (result.correct ? !sameAnswer(question.kind, response.text, form, question.strictOptions) && !(extras.length && i === 0) : i > 0));
			if (others.length) lines.push({ text: say.alsoAccepted(others), tone: 'muted', indent: 2 });
			return lines;
		}
		case 'explain': {
			// The answer and the model answer were compared on the self-grading screen; here, what to work on.
			const missed = result.verdict?.missed ?? [];
			if (!missed.length) return lines;
			blank();
			lines.push({ text: say.untickedPoints, tone: 'plain' });
			for (const id of missed) lines.push({ text: `· ${choiceText(question, id)}`, tone: 'warn', indent: 2 });
			return lines;
		}
	}
}

export function feedbackLines(question: Question, result: QuizResult): FeedbackLine[] {
	const verdict = result.verdict;
	if (!verdict) return [];
	const lines: FeedbackLine[] = [];
	const say = t().core.feedback;
	// What helped the learner to this answer, said in the verdict line.
	const help = { hints: result.hints ?? 0, retried: result.retried === true };
	if (question.type === 'explain') {
		// Self-graded: say what the learner ticked, not a verdict of ours.
		const total = question.keyPoints.length;
		const aloud = result.response?.type === 'explain' && !result.response.text;
		const mark = verdict.correct ? '✔' : verdict.credit > 0 ? '◐' : '✘';
		const text = say.ticked({ ticked: total - verdict.missed.length, total, percent: Math.round(verdict.credit * 100), aloud, passed: verdict.correct, help });
		lines.push({ text: `${mark} ${text}`, tone: verdict.correct ? 'good' : verdict.credit > 0 ? 'warn' : 'bad', bold: true });
	} else if (verdict.correct) lines.push({ text: `✔ ${say.correct(help)}`, tone: 'good', bold: true });
	else if (verdict.credit > 0) {
		// Ordering credit counts neighbouring pairs, not positions: say so, as the marks below are per position.
		const pairs = question.type === 'ordering' ? question.answer.length - 1 : 0;
		const rows = question.type === 'matching' ? question.left.length : 0;
		const detail = pairs
			? { kind: 'order' as const, right: Math.round(verdict.credit * pairs), total: pairs }
			: rows
				? { kind: 'pairs' as const, right: Math.round(verdict.credit * rows), total: rows }
				: undefined;
		lines.push({ text: `◐ ${say.partly(Math.round(verdict.credit * 100), detail, help)}`, tone: 'warn', bold: true });
	}
	else lines.push({ text: `✘ ${say.notQuite(help)}`, tone: 'bad', bold: true });

	for (const pick of verdict.wrongPicks) {
		const known = pickFeedback(question, pick);
		if (question.type === 'single' || question.type === 'multiple' || question.type === 'true-false') {
			lines.push({ text: '', tone: 'plain' });
			lines.push({ text: say.youPicked(choiceText(question, pick)), tone: 'bad' });
			if (known?.feedback) lines.push({ text: localize(known.feedback), tone: 'plain', indent: 2 });
		} else if (known?.feedback) {
			lines.push({ text: '', tone: 'plain' });
			lines.push({ text: localize(known.feedback), tone: 'warn' });
		}
	}
	lines.push(...answerLines(question, result));
	lines.push(...explanationLines(question));
	return lines;
}

/** The explanation and its sources, after a blank line. */
function explanationLines(question: Question): FeedbackLine[] {
	const say = t().core.feedback;
	const lines: FeedbackLine[] = [{ text: '', tone: 'plain' }, { text: localize(question.explanation), tone: 'plain' }, { text: '', tone: 'plain' }];
	lines.push({ text: say.source(question.source.title), tone: 'muted' });
	lines.push({ text: question.source.url, tone: 'muted', link: true });
	if (question.type === 'explain') {
		for (const more of question.moreSources ?? []) {
			lines.push({ text: say.moreSource(more.title), tone: 'muted' });
			lines.push({ text: more.url, tone: 'muted', link: true });
		}
	}
	return lines;
}

/** A question whose time ran out before any answer (a room): the right answer, in full, and why. */
export function timedOutLines(question: Question): FeedbackLine[] {
	const say = t().core.feedback;
	const lines: FeedbackLine[] = [{ text: `✘ ${say.timedOut}`, tone: 'bad', bold: true }, { text: '', tone: 'plain' }];
	switch (question.type) {
		case 'single':
		case 'multiple':
		case 'true-false': {
			const right = question.type === 'single' ? [question.answer] : question.type === 'multiple' ? question.answers : [String(question.answer)];
			lines.push({ text: say.answer(right.map((id) => choiceText(question, id))), tone: 'good' });
			break;
		}
		case 'ordering':
			lines.push({ text: say.rightOrder, tone: 'good' });
			question.answer.forEach((id, i) => lines.push({ text: `  ${i + 1}. ${choiceText(question, id)}`, tone: 'good', indent: 2 }));
			break;
		case 'matching':
			lines.push({ text: say.pairs, tone: 'good' });
			for (const left of question.left) lines.push({ text: `${localize(left.text)} → ${choiceText(question, question.answer[left.id] as string)}`, tone: 'good', indent: 2 });
			break;
		case 'typed':
			lines.push({ text: say.answer([localize(question.accept[0] as string)]), tone: 'good' });
			break;
		case 'explain':
			lines.push({ text: say.modelAnswer(localize(question.modelAnswer)), tone: 'good' });
			break;
	}
	lines.push(...explanationLines(question));
	return lines;
}
