// The tally as text for a terminal: fits the width given (80 columns), marks right answers with a word, bars in characters.
import { escapeForTerminal } from '../escape.js';
import type { QuizItem } from '../quiz.js';
import type { Question } from '../schema.js';
import { localize } from '../text.js';
import { textWidth, truncate, wrapText } from '../wrap.js';
import type { QuestionTally, RoomTally } from './tally.js';

const BAR = '#';
const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A choice's label as attendees saw it: its letter in the display order, and its text. */
export function choiceText(question: Question, id: string): string {
	if (question.type === 'true-false') return id === 'true' ? 'True' : 'False';
	if (question.type === 'single' || question.type === 'multiple') return localize(question.choices.find((c) => c.id === id)?.text ?? id);
	return id;
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** The first `max` lines, the last of them ending in an ellipsis when some were left off. */
function clip(lines: string[], max: number, width: number): string[] {
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	kept[max - 1] = `${truncate(kept[max - 1] as string, width - 1)}…`;
	return kept;
}

function bar(count: number, total: number, width: number): string {
	const filled = total ? Math.round((count / total) * width) : 0;
	return (count > 0 ? BAR.repeat(Math.max(1, filled)) : '').padEnd(width);
}

function questionLines(tally: QuestionTally, item: QuizItem, n: number, attendees: number, width: number): string[] {
	const lines = clip(wrapText(`${n}. ${localize(item.question.prompt)}`, width), 3, width);
	const facts = [`${percent(tally.shareRight)} right (${tally.right} of ${attendees})`];
	if (tally.partly) facts.push(`${tally.partly} partly right`);
	if (tally.unanswered) facts.push(`${tally.unanswered} unanswered`);
	if (tally.medianSeconds !== null) facts.push(`median ${Math.round(tally.medianSeconds)} s`);
	lines.push(...wrapText(facts.join(', '), width - 3).map((line) => `   ${line}`));
	if (tally.choices) {
		const barWidth = Math.max(5, Math.min(20, width - 46));
		const textRoom = width - 3 - 6 - 3 - barWidth - 5;
		for (const [i, choice] of tally.choices.entries()) {
			const mark = choice.right ? 'right ' : '      ';
			const label = truncate(choiceText(item.question, choice.id), textRoom);
			const pad = ' '.repeat(Math.max(0, textRoom - textWidth(label)));
			lines.push(`   ${mark}${letter(i)}. ${label}${pad} ${bar(choice.count, attendees, barWidth)} ${String(choice.count).padStart(3)}`);
		}
	} else if (attendees > 0) {
		for (const [label, count] of [['right ', tally.right], ['partly', tally.partly], ['wrong ', tally.wrong]] as const) lines.push(`   ${label} ${bar(count, attendees, 20)} ${String(count).padStart(3)}`);
	}
	const wrong = tally.mostCommonWrong;
	if (wrong) {
		lines.push(...clip(wrapText(`Most common wrong answer (${wrong.count}): ${wrong.answer}`, width - 3), 3, width - 3).map((line) => `   ${line}`));
		if (wrong.misconception) lines.push(`     misconception: ${truncate(wrong.misconception, width - 20)}`);
		if (wrong.feedback) lines.push(...clip(wrapText(wrong.feedback, width - 5), 4, width - 5).map((line) => `     ${line}`));
	}
	return lines;
}

/** The report `room tally` prints. Everything quoted from the pasted codes (typed answers, names, file names) is escaped. */
export function tallyLines(tally: RoomTally, items: readonly QuizItem[], width = 80): string[] {
	const w = Math.max(40, Math.min(width, 120));
	const lines: string[] = [`Room ${tally.code}: ${plural(tally.attendees, 'attendee')} counted, ${plural(items.length, 'question')}`];
	if (tally.names?.length) lines.push(...wrapText(`Names: ${tally.names.join(', ')}`, w));
	if (tally.rejected.length) {
		lines.push(`${plural(tally.rejected.length, 'code')} left out:`);
		for (const r of tally.rejected) lines.push(...wrapText(`${r.source} line ${r.line}: ${r.why === 'malformed' ? `not readable: ${r.message}` : r.message}`, w - 2).map((line) => `  ${line}`));
	}
	for (const [i, item] of items.entries()) {
		const q = tally.questions[i];
		if (!q) continue;
		lines.push('', ...questionLines(q, item, i + 1, tally.attendees, w));
	}
	lines.push('', 'Scores (right answers per attendee)');
	const most = Math.max(1, ...tally.histogram);
	for (const [score, count] of tally.histogram.entries()) {
		lines.push(`  ${String(score).padStart(2)} right | ${(count ? BAR.repeat(Math.max(1, Math.round((count / most) * 30))) : '').padEnd(30)} ${count}`);
	}
	const numberOf = new Map(items.map((item, i) => [item.question.id, i + 1]));
	const byId = new Map(tally.questions.map((q) => [q.questionId, q]));
	lines.push('');
	if (tally.discussFirst.length === 0) lines.push(tally.attendees ? 'Discuss these first: nothing; the room got every question right.' : 'Discuss these first: no answers yet.');
	else {
		lines.push('Discuss these first:');
		for (const id of tally.discussFirst) {
			const n = numberOf.get(id) ?? 0;
			const item = items[n - 1];
			const share = `(${percent(byId.get(id)?.shareRight ?? 0)} right)`;
			lines.push(`  ${n}. ${truncate(item ? localize(item.question.prompt) : id, w - 6 - share.length - 1)} ${share}`);
		}
	}
	return lines.map(escapeForTerminal);
}
