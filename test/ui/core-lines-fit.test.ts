// The text core functions lay out for the screens (feedback, walks, question windows, review, the mock interview
// report, room results, whereami), in every locale, laid out at 79 columns (the app's width at 80, less the
// cursor column) as the screens lay it out: every row fits, and a one-row fragment a screen cuts to the width is
// never wider in Chinese than in English, so Chinese is not cut where English is not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLessonFiles } from '../../src/core/bank.js';
import { type FeedbackLine, feedbackLines, timedOutLines } from '../../src/core/feedback.js';
import { tickedNote } from '../../src/core/explain.js';
import { type Locale, setLocale } from '../../src/core/i18n/locale.js';
import { en, loadMessages, t, useMessages } from '../../src/core/i18n/messages.js';
import { interviewReport } from '../../src/core/interview/report.js';
import { reportLines as interviewLines } from '../../src/core/interview/report-lines.js';
import type { InterviewRecord } from '../../src/core/progress.js';
import { gradeHeader, keyPointLines, moreMarker, questionText, retryMessage, textWindow } from '../../src/core/question-layout.js';
import { describeNextDue } from '../../src/core/review/index.js';
import type { Chapter, Question } from '../../src/core/schema.js';
import { scoreAnswer, type Response } from '../../src/core/scoring.js';
import { localize } from '../../src/core/text.js';
import { pickFeedback, routeChoices, routeQuestion, startWalk, walkReducer } from '../../src/core/walk.js';
import { buildReport, formatReport, type HostProbe, reportLines as whereamiLines } from '../../src/core/whereami.js';
import { linkRows, textWidth, wrapText } from '../../src/core/wrap.js';
import { bundledLessonsDir } from '../../src/meta.js';
import { interviewBank } from '../core/interview/fixture.js';
import { bankOf } from '../helpers.js';

const WIDTH = 79;
const LOCALES: Locale[] = ['en', 'zh-Hant', 'zh-Hans'];

/** The bundled chapters: every string in all three languages. */
function translatedChapters(): Chapter[] {
	const read = readLessonFiles(bundledLessonsDir());
	if (!read.ok) throw new Error('bundled lessons do not read');
	return read.files.map((file) => JSON.parse(file.text) as Chapter);
}

const bank = bankOf(...translatedChapters());
const questions = [...bank.questions.values()].map((entry) => entry.question);
const walks = bank.chapters.flatMap((chapter) => chapter.walks ?? []);

/** A wrong (or partly right) answer to `question`, so the feedback says the most it can. */
function wrongResponse(question: Question): Response {
	switch (question.type) {
		case 'single':
			return { type: 'single', choiceId: question.choices.find((c) => c.id !== question.answer)!.id };
		case 'multiple':
			return { type: 'multiple', choiceIds: [...question.choices.filter((c) => !question.answers.includes(c.id)).map((c) => c.id), question.answers[0]!] };
		case 'true-false':
			return { type: 'true-false', value: !question.answer };
		case 'ordering':
			return { type: 'ordering', order: [...question.answer].reverse() };
		case 'matching': {
			const right = question.left.map((left) => question.answer[left.id] as string);
			return { type: 'matching', pairs: Object.fromEntries(question.left.map((left, i) => [left.id, right[(i + 1) % right.length] as string])) };
		}
		case 'typed':
			return { type: 'typed', text: '' };
		case 'explain':
			return { type: 'explain', text: '', ticked: [question.keyPoints[0]!.id] };
	}
}

/** Rows as renderFeedback (src/ui/screens/quiz.tsx) draws a feedback line. */
const feedbackRows = (line: FeedbackLine, width: number): string[] =>
	!line.text ? [''] : line.link || line.code ? linkRows(line.text, width) : wrapText(line.text, width - (line.indent ?? 0)).map((row) => ' '.repeat(line.indent ?? 0) + row);

/** Every row the core functions give the screens, laid out at `width` as the screens lay them out. */
function allRows(width: number): string[] {
	const rows: string[] = [];
	const wrapped = (text: string) => rows.push(...wrapText(text, width));
	for (const question of questions) {
		const response = wrongResponse(question);
		const verdict = scoreAnswer(question, response);
		for (const extra of [{}, { hints: 3, retried: true }]) {
			for (const line of feedbackLines(question, { correct: verdict.correct, credit: verdict.credit, verdict, response, ...extra })) rows.push(...feedbackRows(line, width));
		}
		for (const line of timedOutLines(question)) rows.push(...feedbackRows(line, width));
		for (const line of questionText(question, question.hints?.length ?? 0, width).lines) rows.push(line.spans.map((span) => span.text).join(''));
		if (question.type === 'explain') {
			wrapped(gradeHeader());
			wrapped(gradeHeader(true));
			for (const point of question.keyPoints) rows.push(...keyPointLines(localize(point.text), true, true, true, width));
		}
	}
	for (const walk of walks) {
		let session = walkReducer(startWalk(walk, 1), { type: 'route' });
		for (let step = 0; step < walk.hops.length - 1; step++) {
			session = { ...session, step };
			wrapped(routeQuestion(walk, step));
			for (const choice of routeChoices(session)) wrapped(pickFeedback(walk, { step, key: choice.key, correct: choice.hopId === walk.hops[step + 1]?.id }).text);
		}
	}
	wrapped(retryMessage('Close: `docker ps -a` lists stopped containers too.'));
	const room = t().core.room;
	for (const text of [room.done(9, 10), room.resultCode, room.printedAgain, room.question(10, 10, 'A prompt'), room.answeredIn(19)]) wrapped(text);
	return rows;
}

/** One-row fragments that screens cut to the width (or put in a one-row menu item), with the longest values they take. */
function fragments(): Record<string, string> {
	const window = textWindow(999, 20, 400);
	return {
		'moreMarker both': moreMarker(window, 999),
		'moreMarker answers': moreMarker(window, 999, t().core.question.theAnswers),
		'moreMarker below': moreMarker(textWindow(999, 20, 0), 999),
		'moreMarker above': moreMarker(textWindow(999, 20, 999), 999),
		tickedNote: tickedNote({ ticked: ['a', 'b', 'c'] }, 12),
		'describeNextDue tomorrow': describeNextDue({ day: new Date(0), inDays: 1, count: 120 }),
		'describeNextDue later': describeNextDue({ day: new Date(0), inDays: 30, count: 120 }),
	};
}

const probes = readdirSync(join(import.meta.dirname, '../fixtures/whereami')).map(
	(file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/whereami', file), 'utf8')) as HostProbe] as const,
);

function mock(id: string, at: string, credits: Array<[string, number, number]>): InterviewRecord {
	const interviews = interviewBank(4);
	return { id, at, seed: 1, minutes: 20, questions: credits.map(([qid, credit, seconds]) => ({ id: qid, chapterId: interviews.questions.get(qid)!.chapter.id, credit, seconds, limitSeconds: 90 })) };
}

/** Each locale's fragments, laid out once: the English widths are what Chinese is held to. */
const english: Record<string, number> = {};

afterAll(() => {
	setLocale('en');
	useMessages(en);
});

describe.each(LOCALES)('core lines in %s at 79 columns', (locale) => {
	const use = async () => {
		setLocale(locale);
		useMessages(await loadMessages(locale));
	};

	it('feedback, walks, question text, key points and room results: every row fits', async () => {
		await use();
		const rows = allRows(WIDTH);
		expect(rows.length).toBeGreaterThan(1000);
		expect(rows.filter((row) => textWidth(row) > WIDTH)).toEqual([]);
	});

	it('one-row fragments fit, and are no wider than in English', async () => {
		await use();
		for (const [name, text] of Object.entries(fragments())) {
			expect(textWidth(text), `${name}: ${text}`).toBeLessThanOrEqual(WIDTH);
			if (locale === 'en') english[name] = textWidth(text);
			else expect(textWidth(text), `${name}: ${text}`).toBeLessThanOrEqual(english[name] as number);
		}
	});

	it.each(probes)('whereami on %s: every row fits, every explanation is one row under the cursor (70 columns)', async (_name, probe) => {
		await use();
		const report = buildReport(probe);
		const lines = whereamiLines(report, WIDTH);
		expect(lines.filter((line) => textWidth(line.text) > WIDTH).map((line) => line.text)).toEqual([]);
		expect(formatReport(report, 80).filter((line) => textWidth(line) > 80)).toEqual([]);
		const explanations = lines.flatMap((line) => (line.explanation ? [line.explanation] : []));
		expect(explanations.filter((text) => textWidth(text) > 70)).toEqual([]);
	});

	it('whereami explanations of every namespace, evidence, cgroup layout and verdict fit one row (70 columns)', async () => {
		await use();
		const why = t().core.whereami.explain;
		const all = [why.namespaces, why.cgroupPath, why.unknownNamespace, ...Object.values(why.namespace), ...Object.values(why.evidence), ...Object.values(why.cgroup), ...Object.values(why.answer)];
		expect(all.filter((text) => textWidth(text) > 70)).toEqual([]);
	});

	it('the mock interview report: every row fits', async () => {
		await use();
		const interviews = interviewBank(4);
		const first = mock('m1', '2026-11-29T10:00:00.000Z', [['c1-e1', 0.5, 60], ['c2-e1', 1, 60], ['c3-e1', 0, 60]]);
		const second = mock('m2', '2026-11-30T10:00:00.000Z', [['c1-e1', 1, 80], ['c2-e3', 0.25, 140], ['c2-t3', 0, 30], ['c3-e2', 0.5, 95], ['c4-t1', 0, 20]]);
		for (const report of [interviewReport(interviews, first), interviewReport(interviews, second, first)]) {
			const rows = interviewLines(report, WIDTH).map((line) => line.text);
			expect(rows.filter((row) => textWidth(row) > WIDTH)).toEqual([]);
		}
	});
});
