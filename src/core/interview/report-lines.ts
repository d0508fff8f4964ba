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

export function reportLines(report: InterviewReport, width: number): ReportLine[] {
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
		// The pages in full, wrapped under their topic: cut, the advice would lose the page names it exists to give.
		for (const topic of report.weakest) {
			const head = `  ${String(topic.percent).padStart(3)}%  ${topic.order}. ${topic.title}:`;
			const pages = topic.pages.map((page) => page.title).join(' · ');
			if (textWidth(`${head} ${pages}`) <= width) lines.push({ text: `${head} ${pages}` });
			else {
				lines.push({ text: truncate(head, width) });
				for (const text of wrapText(pages, Math.max(10, width - 8))) lines.push({ text: `        ${text}` });
			}
		}
	} else lines.push({ text: 'No weak topic: every answer got full credit.', tone: 'good' });
	lines.push({ text: '' });
	const topics = report.topics.map((t) => `${t.order}. ${t.title} ${t.percent}%${t.change === undefined ? '' : ` (${signed(t.change)})`}`).join(' · ');
	for (const text of wrapText(`By topic: ${topics}`, width)) lines.push({ text });
	lines.push({ text: '' });
	lines.push({ text: 'Time per question (time taken / soft limit):', bold: true });
	// One question a row, its prompt cut to the width; the screen scrolls when they do not all fit (two columns
	// left too little of each prompt to tell the questions apart).
	const number = String(report.questions.length).length;
	for (const [i, q] of report.questions.entries()) {
		const time = `${formatSeconds(q.seconds)}/${formatSeconds(q.limitSeconds)}`;
		lines.push({ text: truncate(`${String(i + 1).padStart(number)}. ${time.padStart(9)} ${q.overtime ? 'over' : '    '} ${String(q.percent).padStart(3)}% ${plain(q.prompt)}`, width), tone: 'muted' });
	}
	return lines;
}
