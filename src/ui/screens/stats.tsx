// Stats in four views that each fit 80x24: chapters, scores over time, misconceptions, study days. Switched
// with ←/→ (or Tab, or 1-4); ↑↓ scroll a view that is taller than the terminal. Numbers come from statsReport.
import { Box, Text, useInput } from 'ink';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { AppState } from '../../core/app-state.js';
import { scoreChart, statsReport, type StatsReport } from '../../core/stats/index.js';
import { t } from '../../core/i18n/messages.js';
import { localize } from '../../core/text.js';
import { textWidth, truncate, wrapText } from '../../core/wrap.js';
import { LineView, maxScroll } from '../widgets/layout.js';
import { color } from '../theme.js';
import { padEnd, padStart } from '../pad.js';

/** The four views' names, in the run's language. */
export function statsViews(): readonly string[] {
	return t().app.stats.views;
}

// Columns after the chapter name: "  Pages  Answered  Right  Best", and without Answered where that does not fit.
const WIDE_COLUMNS = 30;
const NARROW_COLUMNS = 20;

/** "Nov 30" from "2026-11-30". */
function shortDay(day: string): string {
	return t().app.stats.shortDay(Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

const percent = (value: number) => `${Math.round(value)}%`;

function tabsLine(view: number, width: number): ReactNode {
	const parts = statsViews().map((name, i) => (i === view ? `[${i + 1} ${name}]` : ` ${i + 1} ${name} `));
	return <Text>{truncate(parts.join(' '), width)}</Text>;
}

function chapterLines(state: AppState, report: StatsReport, width: number): ReactNode[] {
	// A narrow terminal drops the Answered column rather than wrap every row.
	const wide = width - WIDE_COLUMNS >= 12;
	const nameWidth = Math.max(8, width - (wide ? WIDE_COLUMNS : NARROW_COLUMNS));
	const words = t().app.stats;
	const { head, subhead } = words;
	const rate = report.answersGiven ? Math.round((100 * report.answersCorrect) / report.answersGiven) : 0;
	const walks = state.bank.chapters.flatMap((chapter) =>
		(chapter.walks ?? []).flatMap((walk, number) => {
			const best = state.progress.walks?.[`${chapter.id}/${walk.id}`]?.best;
			return best ? [{ label: `${chapter.order}.${number + 1}`, best }] : [];
		}),
	);
	return [
		<Text bold>{truncate(`${padEnd(head.chapter, nameWidth)}  ${padStart(head.pages, 5)}${wide ? `  ${padStart(head.answered, 8)}` : ''}  ${padStart(head.right, 5)}  ${padStart(head.best, 4)}`, width)}</Text>,
		<Text color={color('muted')}>{truncate(`${''.padEnd(nameWidth)}  ${padStart(subhead.pages, 5)}${wide ? `  ${padStart(subhead.answered, 8)}` : ''}  ${padStart(subhead.right, 5)}  ${padStart(subhead.best, 4)}`, width)}</Text>,
		...state.bank.chapters.flatMap((chapter, i) => {
			const s = report.chapters[i];
			if (!s) return [];
			const best = s.bestScore ? percent((100 * s.bestScore.correct) / s.bestScore.total) : '-';
			const answered = wide ? `  ${`${s.answered}/${s.questionsTotal}`.padStart(8)}` : '';
			return [
				<Text>
					{padEnd(truncate(`${chapter.order}. ${localize(chapter.title)}`, nameWidth), nameWidth)}
					{`  ${`${s.pagesRead}/${s.pagesTotal}`.padStart(5)}${answered}  ${String(s.correct).padStart(5)}  ${best.padStart(4)}`}
				</Text>,
			];
		}),
		'',
		...wrapText(words.summary(report.answersGiven, rate, report.questionsSeen, report.questionsTotal), width),
		...((report.due[0] ?? 0) > 0
			? wrapText(words.dueToday(report.due[0] ?? 0), width).map((line) => <Text color={color('warn')}>{line}</Text>)
			: [<Text color={color('good')}>{words.nothingDue}</Text>]),
		...(walks.length ? wrapText(words.walksBest(walks.map(({ label, best }) => ({ label, correct: best.correct, total: best.total }))), width) : []),
	];
}

function scoreLines(report: StatsReport, width: number, height: number): ReactNode[] {
	const { scores } = report;
	const words = t().app.stats;
	if (scores.length === 0) return wrapText(words.noScores, width);
	// 11 rows put a label every 10 %, 6 rows every 20 %, 3 rows every 50 %: never an odd step.
	const room = height - 5;
	const chartHeight = room >= 11 ? 11 : room >= 6 ? 6 : 3;
	const chart = scoreChart(
		scores.map((point) => point.percent),
		{ width, height: chartHeight },
	);
	const shown = Math.min(scores.length, chart[0] ? scores.length : 0);
	const first = scores[0] as (typeof scores)[number];
	const last = scores.at(-1) as (typeof scores)[number];
	const names = words.scoreName;
	const name = (point: (typeof scores)[number]) =>
		point.kind === 'mock' ? names.mock : point.kind === 'quick' ? (point.label === 'all' ? names.quickAll : names.quickChapter(point.label)) : names.chapterQuiz(point.label);
	const recent = scores.slice(-3).reverse().map((point) => words.recentScore(name(point), percent(point.percent), shortDay(point.at.slice(0, 10))));
	return [
		...chart,
		<Text color={color('muted')}>{truncate(`      ${words.axis(shortDay(first.at.slice(0, 10)), shortDay(last.at.slice(0, 10)), shown)}`, width)}</Text>,
		'',
		...wrapText(words.latest(recent), width),
	];
}

function misconceptionLines(report: StatsReport, width: number): ReactNode[] {
	const rows = report.misconceptions;
	const words = t().app.stats;
	if (rows.length === 0) return wrapText(words.noMisconceptions, width);
	// Columns: the percentage right, "3 of 5" fell for it, the misconception; as wide as their headings.
	const { right, fell, misconception } = words.misconceptionHead;
	const rightWidth = Math.max(5, textWidth(right));
	const fellWidth = Math.max(11, textWidth(fell));
	const lines: ReactNode[] = [<Text bold>{truncate(`${padStart(right, rightWidth)}  ${padEnd(fell, fellWidth)}  ${misconception}`, width)}</Text>];
	for (const row of rows) {
		const tone = row.accuracy < 0.5 ? 'bad' : row.accuracy < 0.8 ? 'warn' : 'good';
		const head = `${padStart(percent(row.accuracy * 100), rightWidth)}  ${padEnd(words.fellOf(row.fell, row.answered), fellWidth)}  `;
		lines.push(<Text color={color(tone)}>{truncate(`${head}${row.tag}`, width)}</Text>);
		if (row.fell > 0) lines.push(<Text color={color('muted')}>{truncate(`${' '.repeat(textWidth(head))}${row.text}`, width)}</Text>);
	}
	return lines;
}

function studyLines(report: StatsReport, width: number): ReactNode[] {
	const { study } = report;
	const words = t().app.stats;
	// Four weeks as four groups of seven days: █ a day with answers, · a day without (no colour needed).
	const weeks = [0, 7, 14, 21].map((start) => study.days.slice(start, start + 7).map((day) => (day.answers > 0 ? '█' : '·')).join(''));
	const firstDay = study.days[0]?.day ?? '';
	const lastDay = study.days.at(-1)?.day ?? '';
	return [
		<Text bold>{words.studyTitle}</Text>,
		`  ${weeks.join(' ')}`,
		<Text color={color('muted')}>{truncate(`  ${shortDay(firstDay)}${' '.repeat(Math.max(1, 31 - textWidth(shortDay(firstDay)) - textWidth(shortDay(lastDay))))}${shortDay(lastDay)}`, width)}</Text>,
		<Text color={color('muted')}>{truncate(`  ${words.studyLegend}`, width)}</Text>,
		'',
		...wrapText(study.streak > 0 ? words.streak(study.streak, study.longest, study.total) : words.noStreak(study.total, study.longest), width),
		'',
		...dueLines(report, width),
	];
}

/** Cards due on each of the next seven days, a bar and a count each (the count says it without the bar). */
function dueLines(report: StatsReport, width: number): ReactNode[] {
	const most = Math.max(1, ...report.due);
	const room = Math.max(1, Math.min(30, width - 20));
	const lastDay = report.study.days.at(-1)?.day ?? '';
	const today = Date.parse(`${lastDay}T00:00:00Z`);
	const words = t().app.stats;
	return [
		<Text bold>{words.dueTitle}</Text>,
		...report.due.map((count, i) => {
			const label = i === 0 ? words.today : i === 1 ? words.tomorrow : Number.isNaN(today) ? words.inDays(i) : words.weekdays[new Date(today + i * 86_400_000).getUTCDay()];
			const bar = '█'.repeat(Math.round((count / most) * room));
			return truncate(`  ${padEnd(String(label), 9)}${String(count).padStart(4)} ${bar}`.trimEnd(), width);
		}),
	];
}

export function StatsScreen({ state, width, height, now }: { state: AppState; width: number; height: number; now: string }) {
	const report = statsReport(state.bank, state.progress, now, new Date(now).getTimezoneOffset());
	const [view, setView] = useState(0);
	const [scroll, setScroll] = useState(0);
	const bodyHeight = Math.max(1, height - 2);
	const body = view === 0 ? chapterLines(state, report, width) : view === 1 ? scoreLines(report, width, bodyHeight) : view === 2 ? misconceptionLines(report, width) : studyLines(report, width);
	const max = maxScroll(body.length, bodyHeight);
	useInput((input, key) => {
		const go = (next: number) => {
			const views = statsViews().length;
			setView(((next % views) + views) % views);
			setScroll(0);
		};
		if (key.rightArrow || (key.tab && !key.shift) || input === 'l') go(view + 1);
		else if (key.leftArrow || (key.tab && key.shift) || input === 'h') go(view - 1);
		else if (/^[1-4]$/.test(input)) go(Number(input) - 1);
		else if (key.downArrow || input === 'j') setScroll((s) => Math.min(max, s + 1));
		else if (key.upArrow || input === 'k') setScroll((s) => Math.max(0, s - 1));
	});
	return (
		<Box flexDirection="column">
			{tabsLine(view, width)}
			<Text> </Text>
			<LineView lines={body} height={bodyHeight} scroll={scroll} />
		</Box>
	);
}
