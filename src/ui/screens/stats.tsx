// Stats in four views that each fit 80x24: chapters, scores over time, misconceptions, study days. Switched
// with ←/→ (or Tab, or 1-4); ↑↓ scroll a view that is taller than the terminal. Numbers come from statsReport.
import { Box, Text, useInput } from 'ink';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { AppState } from '../../core/app-state.js';
import { scoreChart, statsReport, type StatsReport } from '../../core/stats/index.js';
import { localize } from '../../core/text.js';
import { truncate, wrapText } from '../../core/wrap.js';
import { LineView, maxScroll } from '../widgets/layout.js';
import { color } from '../theme.js';

export const STATS_VIEWS = ['Chapters', 'Scores', 'Misconceptions', 'Study days'] as const;

// Columns after the chapter name: "  Pages  Answered  Right  Best", and without Answered where that does not fit.
const WIDE_COLUMNS = 30;
const NARROW_COLUMNS = 20;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Nov 30" from "2026-11-30". */
function shortDay(day: string): string {
	return `${MONTHS[Number(day.slice(5, 7)) - 1] ?? '?'} ${Number(day.slice(8, 10))}`;
}

const percent = (value: number) => `${Math.round(value)}%`;

function tabsLine(view: number, width: number): ReactNode {
	const parts = STATS_VIEWS.map((name, i) => (i === view ? `[${i + 1} ${name}]` : ` ${i + 1} ${name} `));
	return <Text>{truncate(parts.join(' '), width)}</Text>;
}

function chapterLines(state: AppState, report: StatsReport, width: number): ReactNode[] {
	// A narrow terminal drops the Answered column rather than wrap every row.
	const wide = width - WIDE_COLUMNS >= 12;
	const nameWidth = Math.max(8, width - (wide ? WIDE_COLUMNS : NARROW_COLUMNS));
	const answeredHead = wide ? '  Answered' : '';
	const rate = report.answersGiven ? Math.round((100 * report.answersCorrect) / report.answersGiven) : 0;
	const walks = state.bank.chapters.flatMap((chapter) =>
		(chapter.walks ?? []).flatMap((walk, number) => {
			const best = state.progress.walks?.[`${chapter.id}/${walk.id}`]?.best;
			return best ? [{ label: `${chapter.order}.${number + 1}`, best }] : [];
		}),
	);
	return [
		<Text bold>{truncate(`${'Chapter'.padEnd(nameWidth)}  Pages${answeredHead}  Right  Best`, width)}</Text>,
		<Text color={color('muted')}>{truncate(`${''.padEnd(nameWidth)}  ${'read'.padStart(5)}${wide ? `  ${'latest'.padStart(8)}` : ''}  ${'now'.padStart(5)}  ${'quiz'.padStart(4)}`, width)}</Text>,
		...state.bank.chapters.flatMap((chapter, i) => {
			const s = report.chapters[i];
			if (!s) return [];
			const best = s.bestScore ? percent((100 * s.bestScore.correct) / s.bestScore.total) : '-';
			const answered = wide ? `  ${`${s.answered}/${s.questionsTotal}`.padStart(8)}` : '';
			return [
				<Text>
					{truncate(`${chapter.order}. ${localize(chapter.title)}`, nameWidth).padEnd(nameWidth)}
					{`  ${`${s.pagesRead}/${s.pagesTotal}`.padStart(5)}${answered}  ${String(s.correct).padStart(5)}  ${best.padStart(4)}`}
				</Text>,
			];
		}),
		'',
		...wrapText(`${report.answersGiven} answers given, ${rate}% right; ${report.questionsSeen} of ${report.questionsTotal} questions seen.`, width),
		...((report.due[0] ?? 0) > 0
			? wrapText(`${report.due[0]} due for review today (cards due, and mistakes never reviewed): see "Review" on the home menu.`, width).map((line) => <Text color={color('warn')}>{line}</Text>)
			: [<Text color={color('good')}>Nothing due for review today.</Text>]),
		...(walks.length ? wrapText(`Packet walks routed, best: ${walks.map(({ label, best }) => `walk ${label} ${best.correct}/${best.total}`).join(', ')}`, width) : []),
	];
}

function scoreLines(report: StatsReport, width: number, height: number): ReactNode[] {
	const { scores } = report;
	if (scores.length === 0) return wrapText('No scores yet. Finish a chapter quiz, a quick quiz or a mock interview, and each score appears here over time.', width);
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
	const name = (point: (typeof scores)[number]) => (point.kind === 'mock' ? 'mock interview' : point.kind === 'quick' ? `quick quiz ${point.label === 'all' ? 'of all chapters' : `of chapter ${point.label}`}` : `chapter ${point.label} quiz`);
	const recent = scores.slice(-3).reverse().map((point) => `${name(point)} ${percent(point.percent)} (${shortDay(point.at.slice(0, 10))})`);
	return [
		...chart,
		<Text color={color('muted')}>{truncate(`      oldest ${shortDay(first.at.slice(0, 10))} → newest ${shortDay(last.at.slice(0, 10))}, ${shown} score${shown === 1 ? '' : 's'}`, width)}</Text>,
		'',
		...wrapText(`Latest: ${recent.join('; ')}.`, width),
	];
}

function misconceptionLines(report: StatsReport, width: number): ReactNode[] {
	const rows = report.misconceptions;
	if (rows.length === 0) return wrapText('No misconceptions measured yet. Questions whose wrong answers show a known misconception count here once you answer them.', width);
	const lines: ReactNode[] = [<Text bold>{truncate('Right  Fell for it  Misconception (worst first)', width)}</Text>];
	for (const row of rows) {
		const tone = row.accuracy < 0.5 ? 'bad' : row.accuracy < 0.8 ? 'warn' : 'good';
		const head = `${percent(row.accuracy * 100).padStart(5)}  ${`${row.fell} of ${row.answered}`.padEnd(11)}  `;
		lines.push(<Text color={color(tone)}>{truncate(`${head}${row.tag}`, width)}</Text>);
		if (row.fell > 0) lines.push(<Text color={color('muted')}>{truncate(`${' '.repeat(head.length)}${row.text}`, width)}</Text>);
	}
	return lines;
}

function studyLines(report: StatsReport, width: number): ReactNode[] {
	const { study } = report;
	// Four weeks as four groups of seven days: █ a day with answers, · a day without (no colour needed).
	const weeks = [0, 7, 14, 21].map((start) => study.days.slice(start, start + 7).map((day) => (day.answers > 0 ? '█' : '·')).join(''));
	const firstDay = study.days[0]?.day ?? '';
	const lastDay = study.days.at(-1)?.day ?? '';
	return [
		<Text bold>Study days, last four weeks</Text>,
		`  ${weeks.join(' ')}`,
		<Text color={color('muted')}>{truncate(`  ${shortDay(firstDay)}${' '.repeat(Math.max(1, 31 - shortDay(firstDay).length - shortDay(lastDay).length))}${shortDay(lastDay)}`, width)}</Text>,
		<Text color={color('muted')}>{truncate('  █ answered something that day   · no answers', width)}</Text>,
		'',
		...wrapText(
			study.streak > 0
				? `Streak: ${study.streak} day${study.streak === 1 ? '' : 's'} in a row (longest ${study.longest}); ${study.total} study day${study.total === 1 ? '' : 's'} in all.`
				: `No streak running; ${study.total} study day${study.total === 1 ? '' : 's'} in all${study.longest ? ` (longest run ${study.longest})` : ''}.`,
			width,
		),
		'',
		...dueLines(report, width),
	];
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Cards due on each of the next seven days, a bar and a count each (the count says it without the bar). */
function dueLines(report: StatsReport, width: number): ReactNode[] {
	const most = Math.max(1, ...report.due);
	const room = Math.max(1, Math.min(30, width - 20));
	const lastDay = report.study.days.at(-1)?.day ?? '';
	const today = Date.parse(`${lastDay}T00:00:00Z`);
	return [
		<Text bold>Review: cards due, next 7 days</Text>,
		...report.due.map((count, i) => {
			const label = i === 0 ? 'today' : i === 1 ? 'tomorrow' : Number.isNaN(today) ? `+${i} days` : WEEKDAYS[new Date(today + i * 86_400_000).getUTCDay()];
			const bar = '█'.repeat(Math.round((count / most) * room));
			return truncate(`  ${String(label).padEnd(9)}${String(count).padStart(4)} ${bar}`.trimEnd(), width);
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
			setView(((next % STATS_VIEWS.length) + STATS_VIEWS.length) % STATS_VIEWS.length);
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
