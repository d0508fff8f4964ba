// The mock interview report as lines of text for a terminal of a given width (the screen only draws them).
import { t } from '../i18n/messages.js';
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

const signed = (n: number) => (n > 0 ? `+${n}` : n === 0 ? t().core.interview.same : `${n}`);

export function reportLines(report: InterviewReport, width: number): ReportLine[] {
	const lines: ReportLine[] = [];
	const say = t().core.interview;
	const tone = report.percent >= 80 ? 'good' : report.percent >= 50 ? 'warn' : 'bad';
	const overtime = report.questions.filter((q) => q.overtime).length;
	const head = say.score({ percent: report.percent, right: report.right, total: report.total, time: formatSeconds(report.seconds), minutes: report.minutes, overtime });
	for (const text of wrapText(head, width)) lines.push({ text, tone, bold: true });
	const since = report.sinceLast ? say.sinceLast({ change: report.sinceLast.change, at: report.sinceLast.at.slice(0, 10), percent: report.sinceLast.percent }) : say.firstMock;
	for (const text of wrapText(since, width)) lines.push({ text });
	lines.push({ text: '' });
	if (report.weakest.length) {
		lines.push({ text: say.weakest, bold: true });
		// The pages in full, wrapped under their topic: cut, the advice would lose the page names it exists to give.
		for (const topic of report.weakest) {
			const head = `  ${say.weakTopic(topic.percent, topic.order, topic.title)}`;
			const pages = topic.pages.map((page) => page.title).join(' · ');
			// No space after full-width punctuation (a Chinese colon ends the head).
			const line = /[\u3000-\u303f\uff00-\uffef]$/.test(head) ? `${head}${pages}` : `${head} ${pages}`;
			if (textWidth(line) <= width) lines.push({ text: line });
			else {
				lines.push({ text: truncate(head, width) });
				for (const text of wrapText(pages, Math.max(10, width - 8))) lines.push({ text: `        ${text}` });
			}
		}
	} else lines.push({ text: say.noWeakTopic, tone: 'good' });
	lines.push({ text: '' });
	const topics = report.topics.map((topic) => say.topic(topic.order, topic.title, topic.percent, topic.change === undefined ? undefined : signed(topic.change))).join(' · ');
	for (const text of wrapText(say.byTopic(topics), width)) lines.push({ text });
	lines.push({ text: '' });
	lines.push({ text: say.timeHeader, bold: true });
	// One question a row, its prompt cut to the width; the screen scrolls when they do not all fit (two columns
	// left too little of each prompt to tell the questions apart).
	const number = String(report.questions.length).length;
	const notOver = ' '.repeat(textWidth(say.over));
	for (const [i, q] of report.questions.entries()) {
		const time = `${formatSeconds(q.seconds)}/${formatSeconds(q.limitSeconds)}`;
		lines.push({ text: truncate(`${String(i + 1).padStart(number)}. ${time.padStart(9)} ${q.overtime ? say.over : notOver} ${String(q.percent).padStart(3)}% ${plain(q.prompt)}`, width), tone: 'muted' });
	}
	return lines;
}
