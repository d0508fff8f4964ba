// The host's screen of a live room as lines of text, per phase: the lobby (how to join, who joined), the open
// question (its countdown and the answers coming in, in figures a projector shows to the back row), the reveal
// (the answers per choice, the right one marked in words, and why) and the summary `room tally` prints. Pure: the
// screen (src/ui/screens/live-host.tsx) only lays these out and handles keys.
import { escapeForTerminal } from '../../escape.js';
import { type FeedbackLine, timedOutLines } from '../../feedback.js';
import { withoutTicks } from '../../inline.js';
import { formatSeconds } from '../../interview/session.js';
import { t } from '../../i18n/messages.js';
import type { QuizItem } from '../../quiz.js';
import { scoreAnswer } from '../../scoring.js';
import { localize } from '../../text.js';
import { linkRows, textWidth, wrapText } from '../../wrap.js';
import { choiceText, clip, tallyLines } from '../tally-lines.js';
import { answeredCount, choiceDistribution, type HostState, hostTally } from './host.js';
import type { HostView } from './link.js';

/** Rows of a big figure. */
export const BIG_ROWS = 5;

// A 3x5 font, each cell drawn two columns wide so the strokes are as thick as they are tall.
const FONT: Readonly<Record<string, readonly string[]>> = {
	'0': ['###', '#.#', '#.#', '#.#', '###'],
	'1': ['.#.', '##.', '.#.', '.#.', '###'],
	'2': ['###', '..#', '###', '#..', '###'],
	'3': ['###', '..#', '###', '..#', '###'],
	'4': ['#.#', '#.#', '###', '..#', '..#'],
	'5': ['###', '#..', '###', '..#', '###'],
	'6': ['###', '#..', '###', '#.#', '###'],
	'7': ['###', '..#', '..#', '..#', '..#'],
	'8': ['###', '#.#', '###', '#.#', '###'],
	'9': ['###', '#.#', '###', '..#', '###'],
	'/': ['..#', '..#', '.#.', '#..', '#..'],
	':': ['...', '.#.', '...', '.#.', '...'],
	' ': ['.', '.', '.', '.', '.'],
};

/**
 * `text` (digits, `/`, `:` and spaces) in block letters, BIG_ROWS rows; undefined when it is wider than `width`
 * or holds another character. The same figure is said in a sentence beside it (screen readers, small windows).
 */
export function bigFigure(text: string, width: number): string[] | undefined {
	const glyphs = [...text].map((char) => FONT[char]);
	if (glyphs.some((glyph) => glyph === undefined)) return undefined;
	const rows = Array.from({ length: BIG_ROWS }, (_, row) =>
		(glyphs as Array<readonly string[]>)
			.map((glyph) => [...(glyph[row] as string)].map((cell) => (cell === '#' ? '██' : '  ')).join(''))
			.join('  ')
			.trimEnd(),
	);
	return Math.max(...rows.map(textWidth)) <= width ? rows : undefined;
}

/** The open question's seconds left on the host's clock, rounded up (0 once the time is up); null when none is open. */
export function secondsLeft(state: HostState, now: Date): number | null {
	if (state.phase !== 'open' || state.openedAt === null) return null;
	const elapsed = Math.max(0, (now.getTime() - Date.parse(state.openedAt)) / 1000);
	return Math.max(0, Math.ceil(state.spec.seconds - elapsed));
}

/** Attendees connected now who have not answered the open question. */
export function stillAnswering(state: HostState): number {
	const answered = new Set(state.answers.filter((a) => a.index === state.index).map((a) => a.attendee));
	return state.attendees.filter((a) => a.connected && !answered.has(a.attendee)).length;
}

/** Whether Enter may reveal the open question: everyone connected has answered, or the time is up. */
export function revealReady(state: HostState, now: Date): boolean {
	return state.phase === 'open' && (stillAnswering(state) === 0 || secondsLeft(state, now) === 0);
}

/** The command an attendee types to join through `address` (HOST:PORT). */
export const joinCommand = (address: string, secret: string) => `npx cvm-tutor room join ${address} ${secret}`;
/** The command that carries on a room saved in `file`. */
export const resumeCommand = (file: string) => `cvm-tutor room host --resume ${file}`;

/**
 * A command people copy, as rows of at most `width` columns: broken only at its spaces (greedy, each row as full as
 * it goes), so no word is cut; a word wider than a row gets rows of its own, cut at the width only then.
 */
export function commandRows(command: string, width: number): string[] {
	const limit = Math.max(1, Math.floor(width));
	const rows: string[] = [];
	let row = '';
	for (const word of command.split(' ').filter(Boolean)) {
		if (row && textWidth(row) + 1 + textWidth(word) <= limit) {
			row += ` ${word}`;
			continue;
		}
		if (row) rows.push(row);
		if (textWidth(word) <= limit) row = word;
		else {
			rows.push(...linkRows(word, limit));
			row = '';
		}
	}
	if (row || rows.length === 0) rows.push(row);
	return rows;
}

/** A command on its own rows, indented by two columns when it is no wider for it. */
function indentedCommand(command: string, width: number): string[] {
	const rows = commandRows(command, width - 2);
	return rows.length > commandRows(command, width).length ? commandRows(command, width) : rows.map((row) => `  ${row}`);
}

/** The one line (wrapped at spaces) that tells a latecomer how to join, through the first address; none when there is none. */
function joinLateLines(view: HostView, width: number): string[] {
	const address = view.joinLines[0];
	return address === undefined ? [] : commandRows(t().app.liveHost.joinLate(joinCommand(address, view.secret)), width);
}

/** `before`, the big figure with a blank line over it, `after`: the figure only when it fits the width and the height. */
function withFigure(before: string[], figure: string, after: string[], width: number, height: number): string[] {
	const big = bigFigure(figure, width);
	if (big && before.length + 1 + big.length + after.length <= height) return [...before, '', ...big, ...after];
	return [...before, ...after];
}

/** Names joined so far (escaped: attendees typed them), or just how many when the room takes no names. */
function joinedLines(state: HostState, width: number): string[] {
	const say = t().app.liveHost;
	const named = state.attendees.flatMap((a) => (a.name ? [escapeForTerminal(a.name)] : []));
	const count = state.attendees.length;
	if (!state.spec.names || named.length === 0) return [say.joined(count)];
	return clip(wrapText(say.joinedNames(count, named.join(say.nameSeparator), count - named.length), width), 4, width);
}

export function lobbyLines(view: HostView, width: number, height: number): string[] {
	const say = t().app.liveHost;
	const before = view.joinLines.length
		? [...wrapText(say.joinWith, width), ...view.joinLines.flatMap((address) => indentedCommand(joinCommand(address, view.secret), width))]
		: wrapText(say.nowhere, width);
	const file = escapeForTerminal(view.roomFile);
	const after = [
		...joinedLines(view.state, width),
		'',
		...wrapText(say.saved(file), width),
		...indentedCommand(resumeCommand(file), width),
		'',
		...wrapText(say.enterOpens, width),
	];
	return withFigure(before, String(view.state.attendees.length), after, width, height);
}


/** "Question 2 of 5" and the prompt, wrapped, at most `promptRows` rows. */
function questionHead(view: HostView, width: number, promptRows: number): string[] {
	const { state, items } = view;
	const item = items[state.index];
	const head = t().app.liveHost.question(state.index + 1, state.questionIds.length);
	return [head, ...(item ? clip(wrapText(withoutTicks(localize(item.question.prompt)), width), promptRows, width) : [])];
}

/** "12 of 30 answered", and how many are still connected when some dropped. */
function answeredSentence(state: HostState): string {
	const say = t().app.liveHost;
	const { answered, of, connected } = answeredCount(state);
	return connected < of ? `${say.answered(answered, of)}${say.separator}${say.connected(connected)}` : say.answered(answered, of);
}

/** `text` after its number as the attendees see it (1, 2, 3…), wrapped, the rows after the first under the text. */
function numberedRows(n: number, text: string, width: number, numberWidth = `${n}. `.length): string[] {
	const number = `${n}.`.padEnd(numberWidth);
	const indent = ' '.repeat(number.length);
	return wrapText(withoutTicks(text), width - number.length).map((row, i) => `${i === 0 ? number : indent}${row}`);
}

/** The open question's choices, numbered in the order the attendees see them; none for a question without choices. */
function choiceRows(item: QuizItem | undefined, width: number): string[] {
	const question = item?.question;
	if (!item || !question || (question.type !== 'single' && question.type !== 'multiple' && question.type !== 'true-false')) return [];
	return item.choiceOrder.flatMap((id, i) => numberedRows(i + 1, choiceText(question, id), width, `${item.choiceOrder.length}. `.length));
}

/**
 * The open question, its choices, the time left, the count in block digits and in words, and how to join late.
 * What the height cannot hold goes in this order: the block digits (the count is said in words too), then the
 * choices (the attendees have them on their own screens), then the join line (a latecomer has nothing else).
 */
export function openLines(view: HostView, now: Date, width: number, height: number): string[] {
	const say = t().app.liveHost;
	const { state } = view;
	const left = secondsLeft(state, now) ?? 0;
	const { answered, of } = answeredCount(state);
	const head = questionHead(view, width, 4);
	const time = wrapText(left > 0 ? say.timeLeft(formatSeconds(left)) : say.timeUp, width);
	const count = wrapText(answeredSentence(state), width);
	let room = height - (head.length + 1 + time.length + 1 + count.length);
	const late = joinLateLines(view, width);
	const lateShown = late.length > 0 && late.length + 1 <= room;
	if (lateShown) room -= late.length + 1;
	const allChoices = choiceRows(view.items[state.index], width);
	const choices = allChoices.length <= room ? allChoices : room > 0 ? clip(allChoices, room, width) : [];
	room -= choices.length;
	const big = bigFigure(`${answered}/${of}`, width);
	const figure = big && big.length + 1 <= room ? ['', ...big] : [];
	return [...head, ...choices, '', ...time, ...figure, '', ...count, ...(lateShown ? ['', ...late] : [])];
}

const BAR = '█';
function bar(count: number, total: number, width: number): string {
	const filled = total ? Math.round((count / total) * width) : 0;
	return (count > 0 ? BAR.repeat(Math.max(1, filled)) : '').padEnd(width);
}
const padTo = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - textWidth(text)));

/**
 * The answers to the revealed question. Per choice: the mark (the right ones in words), its number as the
 * attendees saw it and its whole text, wrapped, then its bar and count on the next row, under the text. For the
 * other types: right, partly and wrong, each with its bar.
 */
function distributionLines(view: HostView, width: number): string[] {
	const { state, items } = view;
	const item = items[state.index];
	if (!item) return [];
	const mark = t().cli.room.tally.mark;
	// A mark and the tally's word: the right one reads without colour.
	const right = `✓ ${mark.right}`;
	const answers = state.answers.filter((a) => a.index === state.index);
	const choices = choiceDistribution(state, items, state.index);
	if (choices.length) {
		const markWidth = textWidth(right) + 1;
		const total = Math.max(answers.length, ...choices.map((c) => c.count));
		const numberWidth = `${choices.length}. `.length;
		const indent = ' '.repeat(markWidth + numberWidth);
		// The bar has a row of its own, after the count (which stays near the text however long the bar is).
		const countWidth = String(total).length;
		const barWidth = Math.max(4, Math.min(40, width - indent.length - countWidth - 1));
		return choices.flatMap((choice, i) => {
			const text = numberedRows(i + 1, choiceText(item.question, choice.id), width - markWidth, numberWidth);
			const marked = text.map((row, n) => `${padTo(n === 0 && choice.right ? right : '', markWidth)}${row}`.trimEnd());
			return [...marked, `${indent}${String(choice.count).padStart(countWidth)} ${bar(choice.count, total, barWidth)}`.trimEnd()];
		});
	}
	const barWidth = Math.max(8, Math.min(30, Math.floor(width / 4)));
	let [rightCount, partly, wrong] = [0, 0, 0];
	for (const answer of answers) {
		try {
			const verdict = scoreAnswer(item.question, answer.response);
			if (verdict.correct) rightCount += 1;
			else if (verdict.credit > 0) partly += 1;
			else wrong += 1;
		} catch {
			wrong += 1;
		}
	}
	const rows: Array<[string, number]> = [[right, rightCount], [mark.partly, partly], [mark.wrong, wrong]];
	const labelWidth = Math.max(...rows.map(([label]) => textWidth(label))) + 1;
	return rows.map(([label, count]) => `${padTo(label, labelWidth)}${bar(count, answers.length, barWidth)}${String(count).padStart(4)}`);
}

/** Feedback lines as plain rows: wrapped and indented, links and codes on rows of their own. */
function feedbackRows(lines: FeedbackLine[], width: number): string[] {
	return lines.flatMap((line) => {
		if (!line.text) return [''];
		if (line.link || line.code) return linkRows(line.text, width);
		const indent = ' '.repeat(line.indent ?? 0);
		return wrapText(withoutTicks(line.text), width - indent.length).map((row) => `${indent}${row}`);
	});
}

export function revealedLines(view: HostView, width: number): string[] {
	const { state, items } = view;
	const item = items[state.index];
	const lines = [...questionHead(view, width, Number.POSITIVE_INFINITY), '', ...wrapText(answeredSentence(state), width), '', ...distributionLines(view, width)];
	// The right answer in full, and why, as an attendee whose time ran out reads it (the verdict line left off).
	if (item) lines.push('', ...feedbackRows(timedOutLines(item.question).slice(2), width));
	const late = joinLateLines(view, width);
	return late.length ? [...lines, '', ...late] : lines;
}

/** The end: the report `room tally` prints, over the room's answers. */
export function summaryLines(view: HostView, width: number): string[] {
	return tallyLines(hostTally(view.state, view.items), view.items, width);
}

/** The body of the host's screen in the room's phase, for `width` columns and `height` rows (taller ones scroll). */
export function hostLines(view: HostView, now: Date, width: number, height: number): string[] {
	switch (view.state.phase) {
		case 'lobby':
			return lobbyLines(view, width, height);
		case 'open':
			return openLines(view, now, width, height);
		case 'revealed':
			return revealedLines(view, width);
		case 'finished':
			return summaryLines(view, width);
	}
}
