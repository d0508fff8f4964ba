// The tally as text for a terminal: fits the width given (80 columns), marks right answers with a word, bars in characters.
import { escapeForTerminal } from '../escape.js';
import { withoutTicks } from '../inline.js';
import { t } from '../i18n/messages.js';
import type { QuizItem } from '../quiz.js';
import type { Question } from '../schema.js';
import { localize } from '../text.js';
import { fitWidth, textWidth, truncate, wrapText } from '../wrap.js';
import type { QuestionTally, RoomTally } from './tally.js';

const BAR = '#';
const percent = (share: number) => `${Math.round(share * 100)}%`;
/** `text` padded with spaces to `width` columns (a Chinese character takes two). */
const padTo = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - textWidth(text)));

/** A choice's label as attendees saw it: its letter in the display order, and its text. */
export function choiceText(question: Question, id: string): string {
	if (question.type === 'true-false') return id === 'true' ? t().core.feedback.true : t().core.feedback.false;
	if (question.type === 'single' || question.type === 'multiple') return localize(question.choices.find((c) => c.id === id)?.text ?? id);
	return id;
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** The first `max` lines (at least one), the last of them ending in one ellipsis when some were left off. */
export function clip(lines: string[], max: number, width: number): string[] {
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, Math.max(1, max));
	kept[kept.length - 1] = `${fitWidth(kept[kept.length - 1] as string, width - 1)}…`;
	return kept;
}

function bar(count: number, total: number, width: number): string {
	const filled = total ? Math.round((count / total) * width) : 0;
	return (count > 0 ? BAR.repeat(Math.max(1, filled)) : '').padEnd(width);
}

function questionLines(tally: QuestionTally, item: QuizItem, n: number, attendees: number, width: number): string[] {
	const say = t().cli.room.tally;
	// The marks in one column: as wide as the widest of them (6 in English).
	const markWidth = Math.max(...Object.values(say.mark).map(textWidth));
	const lines = clip(wrapText(`${n}. ${withoutTicks(localize(item.question.prompt))}`, width), 3, width);
	const facts = [say.right(percent(tally.shareRight), tally.right, attendees)];
	if (tally.partly) facts.push(say.partly(tally.partly));
	if (tally.unanswered) facts.push(say.unanswered(tally.unanswered));
	if (tally.medianSeconds !== null) facts.push(say.median(Math.round(tally.medianSeconds)));
	lines.push(...wrapText(facts.join(say.factSeparator), width - 3).map((line) => `   ${line}`));
	if (tally.choices) {
		const barWidth = Math.max(5, Math.min(20, width - 46));
		// A choice row's mark is followed by its letter: at least one space between them.
		const choiceMark = Math.max(markWidth, textWidth(say.mark.right) + 1);
		const textRoom = width - 3 - choiceMark - 3 - barWidth - 5;
		for (const [i, choice] of tally.choices.entries()) {
			const mark = padTo(choice.right ? say.mark.right : '', choiceMark);
			const label = truncate(withoutTicks(choiceText(item.question, choice.id)), textRoom);
			const pad = ' '.repeat(Math.max(0, textRoom - textWidth(label)));
			lines.push(`   ${mark}${letter(i)}. ${label}${pad} ${bar(choice.count, attendees, barWidth)} ${String(choice.count).padStart(3)}`);
		}
	} else if (attendees > 0) {
		for (const [label, count] of [[say.mark.right, tally.right], [say.mark.partly, tally.partly], [say.mark.wrong, tally.wrong]] as const) lines.push(`   ${padTo(label, markWidth)} ${bar(count, attendees, 20)} ${String(count).padStart(3)}`);
	}
	const wrong = tally.mostCommonWrong;
	if (wrong) {
		lines.push(...clip(wrapText(say.mostCommonWrong(wrong.count, withoutTicks(wrong.answer)), width - 3), 3, width - 3).map((line) => `   ${line}`));
		if (wrong.misconception) lines.push(`     ${say.misconception(truncate(wrong.misconception, width - 20))}`);
		if (wrong.feedback) lines.push(...clip(wrapText(withoutTicks(wrong.feedback), width - 5), 4, width - 5).map((line) => `     ${line}`));
	}
	return lines;
}

/** The report `room tally` prints. Everything quoted from the pasted codes (typed answers, names, file names) is escaped. */
export function tallyLines(tally: RoomTally, items: readonly QuizItem[], width = 80): string[] {
	const say = t().cli.room.tally;
	const w = Math.max(40, Math.min(width, 120));
	const lines: string[] = [say.heading(tally.code, tally.attendees, items.length)];
	if (tally.names?.length) lines.push(...wrapText(say.names(tally.names), w));
	if (tally.rejected.length) {
		lines.push(say.leftOut(tally.rejected.length));
		for (const r of tally.rejected) lines.push(...wrapText(say.rejected(r.source, r.line, r.message, r.why === 'malformed'), w - 2).map((line) => `  ${line}`));
	}
	for (const [i, item] of items.entries()) {
		const q = tally.questions[i];
		if (!q) continue;
		lines.push('', ...questionLines(q, item, i + 1, tally.attendees, w));
	}
	lines.push('', say.scores);
	const most = Math.max(1, ...tally.histogram);
	for (const [score, count] of tally.histogram.entries()) {
		lines.push(`  ${say.scoreRow(String(score).padStart(2))} | ${(count ? BAR.repeat(Math.max(1, Math.round((count / most) * 30))) : '').padEnd(30)} ${count}`);
	}
	const numberOf = new Map(items.map((item, i) => [item.question.id, i + 1]));
	const byId = new Map(tally.questions.map((q) => [q.questionId, q]));
	lines.push('');
	if (tally.discussFirst.length === 0) lines.push(tally.attendees ? say.allRight : say.noAnswers);
	else {
		lines.push(say.discuss);
		for (const id of tally.discussFirst) {
			const n = numberOf.get(id) ?? 0;
			const item = items[n - 1];
			const share = say.share(percent(byId.get(id)?.shareRight ?? 0));
			lines.push(`  ${n}. ${truncate(item ? withoutTicks(localize(item.question.prompt)) : id, w - 6 - textWidth(share) - 1)} ${share}`);
		}
	}
	return lines.map(escapeForTerminal);
}
