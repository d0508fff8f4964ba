// The mock interview report as lines of text for a terminal of a given width (the screen only draws them).
import { truncate, textWidth, wrapText } from '../wrap.js';
import type { InterviewReport } from './report.js';
import { formatSeconds } from './session.js';

export interface ReportLine {
	text: string;
	tone?: 'good' | 'bad' | 'warn' | 'muted';
	bold?: boolean;
}

/** Text without the backticks that mark `code` (drawn as code elsewhere; here they would only take room). */
const plain = (text: string) => text.replaceAll('`', '');

const signed = (n: number) => (n > 0 ? `+${n}` : n === 0 ? 'same' : `${n}`);

/** "up 12 points", "down 5 points", "the same score". */
function changeWords(change: number): string {
	if (change === 0) return 'the same score as';
	return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} point${Math.abs(change) === 1 ? '' : 's'} since`;
}

/** `rows`: the room there is; the times go in two columns only when one column would not fit. */
export function reportLines(report: InterviewReport, width: number, rows = Number.POSITIVE_INFINITY): ReportLine[] {
	const lines: ReportLine[] = [];
	const tone = report.percent >= 80 ? 'good' : report.percent >= 50 ? 'warn' : 'bad';
	const overtime = report.questions.filter((q) => q.overtime).length;
	const head = `Score ${report.percent}%: ${report.right} of ${report.total} right, ${formatSeconds(report.seconds)} in all for a ${report.minutes}-minute mock${overtime ? `, ${overtime} over time` : ''}.`;
	for (const text of wrapText(head, width)) lines.push({ text, tone, bold: true });
	const since = report.sinceLast
		? `${changeWords(report.sinceLast.change)} the last mock (${report.sinceLast.at.slice(0, 10)}, ${report.sinceLast.percent}%).`.replace(/^./, (c) => c.toUpperCase())
		: 'Your first mock interview: the next one will show the change.';
	for (const text of wrapText(since, width)) lines.push({ text });
	lines.push({ text: '' });
	if (report.weakest.length) {
		lines.push({ text: 'Weakest topics, and the pages to re-read:', bold: true });
		for (const topic of report.weakest) {
			const pages = topic.pages.map((page) => page.title).join(' · ');
			lines.push({ text: truncate(`  ${String(topic.percent).padStart(3)}%  ${topic.order}. ${topic.title}: ${pages}`, width) });
		}
	} else lines.push({ text: 'No weak topic: every answer got full credit.', tone: 'good' });
	lines.push({ text: '' });
	const topics = report.topics.map((t) => `${t.order}. ${t.title} ${t.percent}%${t.change === undefined ? '' : ` (${signed(t.change)})`}`).join(' · ');
	for (const text of wrapText(`By topic: ${topics}`, width)) lines.push({ text });
	lines.push({ text: '' });
	lines.push({ text: 'Time per question (time taken / soft limit):', bold: true });
	// Two columns when they fit, so twelve questions take six rows.
	const columns = width >= 70 && lines.length + report.questions.length > rows ? 2 : 1;
	const cellWidth = Math.floor((width - (columns - 1) * 2) / columns);
	const number = String(report.questions.length).length;
	const cells = report.questions.map((q, i) => {
		const time = `${formatSeconds(q.seconds)}/${formatSeconds(q.limitSeconds)}`;
		const cell = `${String(i + 1).padStart(number)}. ${time.padStart(9)} ${q.overtime ? 'over' : '    '} ${String(q.percent).padStart(3)}% ${plain(q.prompt)}`;
		return truncate(cell, cellWidth);
	});
	const tableRows = Math.ceil(cells.length / columns);
	for (let r = 0; r < tableRows; r++) {
		const left = cells[r] ?? '';
		const right = columns === 2 ? cells[r + tableRows] : undefined;
		lines.push({ text: right === undefined ? left : `${left}${' '.repeat(cellWidth - textWidth(left) + 2)}${right}`, tone: 'muted' });
	}
	return lines;
}
