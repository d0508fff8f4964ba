import { Box, type Key, Text, useInput } from 'ink';
import { type ReactNode, useEffect } from 'react';
import type { Dispatch } from '../../core/app-state.js';
import { choiceText, type FeedbackLine, feedbackLines } from '../../core/feedback.js';
import { codeSpans } from '../../core/inline.js';
import { answerRows, choiceLabelLines, explainNeededRows, moreMarker, newestHintTop, questionText, retryMessage, textRoom, textWindow } from '../../core/question-layout.js';
import { pairOption, stepOption } from '../../core/matching.js';
import { editLine, type Line, type LineEdit } from '../../core/line-edit.js';
import { currentItem, type QuizSession } from '../../core/quiz.js';
import type { MatchingQuestion, OrderingQuestion, TypedQuestion } from '../../core/schema.js';
import type { Response } from '../../core/scoring.js';
import { t } from '../../core/i18n/messages.js';
import { localize } from '../../core/text.js';
import { linkRows, textWidth, truncate, wrapText } from '../../core/wrap.js';
import { CHROME_LINES, LineView, maxScroll } from '../widgets/layout.js';
import { useDraft } from '../hooks/use-draft.js';
import { Menu } from '../widgets/menu.js';
import { SpanLines, Spans } from '../widgets/spans.js';
import { color } from '../theme.js';
import { osc8 } from '../hyperlinks.js';
import type { PreviousAnswer } from '../../core/explain.js';
import { type ExplainStatus, ExplainView } from './explain.js';

const SUBMIT = '__submit';

/** `links`: the terminal draws OSC 8 links (decided once at start-up, see tutor.tsx). */
export function renderFeedback(lines: FeedbackLine[], width: number, links: boolean): ReactNode[] {
	return lines.flatMap((line, n): ReactNode[] => {
		const indent = ' '.repeat(line.indent ?? 0);
		if (!line.text) return [''];
		if (line.link) return linkRows(line.text, width).map((row, i) => <Text key={`${n}:${i}`} color={color('muted')}>{links ? osc8(line.text, row, 'source') : row}</Text>);
		if (line.code) return linkRows(line.text, width).map((row, i) => <Text key={`${n}:${i}`} bold>{row}</Text>);
		const wrapped = wrapText(line.text, width - indent.length);
		const tone = line.tone === 'plain' ? undefined : color(line.tone);
		return codeSpans(wrapped).map((spans, i) => (
			<Text key={`${n}:${i}`} {...(tone ? { color: tone } : {})} bold={line.bold ?? false}>
				{indent}
				<Spans spans={spans} toned={line.tone !== 'plain'} />
			</Text>
		));
	});
}

/** Feedback lines that scroll with ↑↓ (j/k) and PgUp/PgDn (space): results and reveals longer than the terminal. */
export function ScrolledLines(props: { lines: FeedbackLine[]; dispatch: Dispatch; width: number; height: number; scroll: number; links: boolean }) {
	const { dispatch, height } = props;
	const lines = renderFeedback(props.lines, props.width, props.links);
	const max = maxScroll(lines.length, height);
	useInput((input, key) => {
		if (key.downArrow || input === 'j') dispatch({ type: 'scroll', delta: 1, max });
		else if (key.upArrow || input === 'k') dispatch({ type: 'scroll', delta: -1, max });
		else if (key.pageDown || input === ' ') dispatch({ type: 'scroll', delta: Math.max(1, height - 2), max });
		else if (key.pageUp) dispatch({ type: 'scroll', delta: -Math.max(1, height - 2), max });
	});
	return <LineView lines={lines} height={height} scroll={props.scroll} />;
}

/** Answering views share this: one function that sends a response for the current question. */
type Submit = (response: Response) => void;

/** Moves the item at `from` to `to` in a list (pure helper for the ordering view). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
	const next = [...list];
	const [item] = next.splice(from, 1);
	next.splice(Math.max(0, Math.min(to, list.length - 1)), 0, item as T);
	return next;
}

function OrderingView({ question, initial, submit, width, active }: { question: OrderingQuestion; initial: string[]; submit: Submit; width: number; active: boolean }) {
	const [draft, update] = useDraft({ order: initial, cursor: 0, grabbed: false });
	const rows = initial.length + 1; // the items, then Submit
	useInput((input, key) => {
		const up = key.upArrow || input === 'k';
		const down = key.downArrow || input === 'j';
		if (up || down) {
			update((d) => {
				const target = d.cursor + (up ? -1 : 1);
				if (d.grabbed) return target < 0 || target >= d.order.length ? d : { ...d, order: moveItem(d.order, d.cursor, target), cursor: target };
				return { ...d, cursor: Math.max(0, Math.min(rows - 1, target)) };
			});
		} else if (input === ' ' || key.return) {
			const d = update((current) => (current.cursor === current.order.length ? current : { ...current, grabbed: !current.grabbed }));
			if (key.return && d.cursor === d.order.length) submit({ type: 'ordering', order: d.order });
		}
	}, { isActive: active });
	const { order, cursor, grabbed } = draft;
	const labelWidth = width - 6;
	return (
		<Box flexDirection="column">
			{order.map((id, i) => {
				const here = i === cursor;
				const mark = here ? (grabbed ? '↕ ' : '❯ ') : '  ';
				const text = truncate(`${i + 1}. ${choiceText(question, id)}`, labelWidth);
				return (
					<Text key={id} {...(here ? { color: color(grabbed ? 'warn' : 'accent') } : {})} bold={here && grabbed}>
						{mark}
						<SpanLines lines={[text]} toned={here} />
					</Text>
				);
			})}
			<Text {...(cursor === order.length ? { color: color('accent') } : {})}>{`${cursor === order.length ? '❯ ' : '  '}${t().app.quiz.submitOrder}`}</Text>
		</Box>
	);
}

/** Says that an option picked for one row was taken from another, which now needs a pair again. */
function movedWarning(question: MatchingQuestion, options: string[], option: string, from: string): string {
	const row = question.left.find((left) => left.id === from);
	return t().app.quiz.moved(options.indexOf(option) + 1, row ? localize(row.text) : from);
}

function MatchingView({ question, options, submit, width, active }: { question: MatchingQuestion; options: string[]; submit: Submit; width: number; active: boolean }) {
	const [draft, update] = useDraft({ pairs: {} as Record<string, string>, cursor: 0, warning: '' });
	const rows = question.left.length + 1;
	const onSubmitRow = (d: typeof draft) => d.cursor === question.left.length;
	useInput((input, key) => {
		if (key.upArrow || input === 'k') update((d) => ({ ...d, cursor: Math.max(0, d.cursor - 1) }));
		else if (key.downArrow || input === 'j') update((d) => ({ ...d, cursor: Math.min(rows - 1, d.cursor + 1) }));
		else if (/^[1-9]$/.test(input) && Number(input) <= options.length) {
			const option = options[Number(input) - 1] as string;
			update((d) => {
				const left = question.left[d.cursor];
				if (!left) return d;
				const { pairs, movedFrom } = pairOption(question, d.pairs, left.id, option);
				return { pairs, cursor: Math.min(rows - 1, d.cursor + 1), warning: movedFrom ? movedWarning(question, options, option, movedFrom) : '' };
			});
		} else if (key.leftArrow || key.rightArrow) {
			update((d) => {
				const left = question.left[d.cursor];
				const next = left && stepOption(question, options, d.pairs, left.id, key.rightArrow ? 1 : -1);
				return left && next ? { ...d, pairs: { ...d.pairs, [left.id]: next }, warning: '' } : d;
			});
		} else if (key.return) {
			const d = update((current) => {
				if (!onSubmitRow(current)) return { ...current, cursor: Math.min(rows - 1, current.cursor + 1) };
				const missing = question.left.filter((left) => !current.pairs[left.id]).length;
				return { ...current, warning: missing ? t().app.quiz.pairFirst(missing) : '' };
			});
			if (onSubmitRow(d) && question.left.every((left) => d.pairs[left.id])) submit({ type: 'matching', pairs: d.pairs });
		}
	}, { isActive: active });
	const { pairs, cursor, warning } = draft;
	// Columns as drawn: paired backticks are not drawn (they mark `code`), so they do not count.
	const shown = (text: string) => textWidth(text.split('`').length % 2 === 1 ? text.replaceAll('`', '') : text);
	const leftWidth = Math.min(28, Math.max(...question.left.map((left) => shown(localize(left.text)))));
	return (
		<Box flexDirection="column">
			{question.left.map((left, i) => {
				const picked = pairs[left.id];
				const number = picked ? options.indexOf(picked) + 1 : 0;
				const here = i === cursor;
				const text = localize(left.text);
				const label = shown(text) <= leftWidth ? text + ' '.repeat(leftWidth - shown(text)) : truncate(text, leftWidth);
				const right = picked ? `${number}. ${choiceText(question, picked)}` : t().app.quiz.pressNumber;
				return (
					<Text key={left.id} {...(here ? { color: color('accent') } : {})}>
						<SpanLines lines={[truncate(`${here ? '❯ ' : '  '}${label} → ${right}`, width)]} toned={here} />
					</Text>
				);
			})}
			<Text {...(cursor === question.left.length ? { color: color('accent') } : {})}>{`${cursor === question.left.length ? '❯ ' : '  '}${t().app.quiz.submitPairs}`}</Text>
			{warning ? <Text color={color('warn')}>{truncate(warning, width)}</Text> : <Text> </Text>}
			{options.map((id, i) => (
				<Text key={id} color={color('muted')}>
					<SpanLines lines={[truncate(`  ${i + 1}. ${choiceText(question, id)}${Object.values(pairs).includes(id) ? '  ✓' : ''}`, width)]} toned />
				</Text>
			))}
		</Box>
	);
}

/** Keys to line edits; undefined for keys that are not editing (Enter, Tab, Esc, ↑↓). */
function lineEditOf(input: string, key: Key): LineEdit | undefined {
	if (key.backspace || key.delete) return { type: 'backspace' };
	if (key.leftArrow) return { type: 'left' };
	if (key.rightArrow) return { type: 'right' };
	if (key.home || (key.ctrl && input === 'a')) return { type: 'home' };
	if (key.end || (key.ctrl && input === 'e')) return { type: 'end' };
	if (key.ctrl && input === 'u') return { type: 'kill-before' };
	if (key.ctrl && input === 'w') return { type: 'kill-word-before' };
	if (key.ctrl || key.meta || key.tab || key.escape || key.return || key.upArrow || key.downArrow || !input) return undefined;
	return { type: 'insert', text: input };
}

function TypedView({
	question,
	session,
	submit,
	back,
	width,
	active,
	onAsking,
	onDraft,
}: {
	question: TypedQuestion;
	session: QuizSession;
	submit: Submit;
	back: () => void;
	width: number;
	active: boolean;
	onAsking?: ((asking: boolean) => void) | undefined;
	onDraft?: ((text: string) => void) | undefined;
}) {
	const start = session.retry?.text ?? '';
	const [line, update] = useDraft<Line & { confirming: boolean }>({ text: start, caret: start.length, confirming: false });
	useInput((input, key) => {
		// Hidden while the terminal is too small: the draft is kept; Esc (back) and q (quit) are the app's then.
		if (!active) return;
		const current = update((d) => d);
		if (current.confirming) {
			if (key.escape || input === 'y' || input === 'Y') return back();
			update((d) => ({ ...d, confirming: false }));
			// n or Enter only answer the question; any other key goes on editing.
			if (input === 'n' || input === 'N' || key.return) return;
		}
		if (key.escape) {
			// An empty line leaves at once; a draft is only thrown away when the learner says so.
			if (current.text.trim()) update((d) => ({ ...d, confirming: true }));
			else back();
			return;
		}
		if (key.return) {
			if (current.text.trim()) submit({ type: 'typed', text: current.text });
			return;
		}
		const edit = lineEditOf(input, key);
		if (edit) update((d) => ({ ...editLine(d, edit), confirming: false }));
	});
	const { text, caret, confirming } = line;
	// A room's countdown gives a command being typed more time, and takes the line as typed when that runs out.
	useEffect(() => onDraft?.(text), [text, onDraft]);
	// The key bar (drawn by the app) shows the prompt's keys while it is up.
	useEffect(() => onAsking?.(confirming), [confirming, onAsking]);
	useEffect(() => () => onAsking?.(false), [onAsking]);
	const room = Math.max(10, width - 3);
	// Keep the caret in view on a long line: show the part that holds it.
	const first = Math.max(0, caret - room + 1);
	const shown = text.slice(first, first + room);
	const at = caret - first;
	const placeholder = question.placeholder ? localize(question.placeholder) : question.kind === 'command' ? t().app.quiz.typeCommand : t().app.quiz.typeValue;
	return (
		<Box flexDirection="column">
			<Text>
				<Text color={color('accent')}>{'$ '}</Text>
				{text ? (
					<>
						{shown.slice(0, at)}
						<Text inverse>{shown[at] ?? ' '}</Text>
						{shown.slice(at + 1)}
					</>
				) : (
					<>
						<Text inverse> </Text>
						<Text color={color('muted')}>{placeholder}</Text>
					</>
				)}
			</Text>
			{/* Under the input line while it asks before throwing a draft away. */}
			<Text color={color('warn')}>{confirming ? truncate(t().app.quiz.discard, width) : ' '}</Text>
			{session.retry ? (
				<Box flexDirection="column">
					<Text color={color('warn')}>
						<SpanLines lines={wrapText(retryMessage(session.retry.difference), width)} toned />
					</Text>
				</Box>
			) : null}
		</Box>
	);
}

function ChoiceView({ session, submit, dispatch, width }: { session: QuizSession; submit: Submit; dispatch: Dispatch; width: number }) {
	const item = currentItem(session);
	if (!item) return null;
	const { question } = item;
	const items = item.choiceOrder.map((id, i) => ({ key: id, label: choiceLabelLines(question, id, i, session.picked, width).join('\n'), value: id, number: i + 1 }));
	if (question.type === 'multiple') {
		const n = session.picked.length;
		const label = n === 0 ? t().app.quiz.submitNone : t().app.quiz.submitChoices(n);
		items.push({ key: SUBMIT, label: `${items.length + 1}. ${label}`, value: SUBMIT, number: items.length + 1 });
	}
	return (
		<Menu
			items={items}
			render={(choice) => <SpanLines lines={choice.label.split('\n')} />}
			onSelect={(choice) => {
				if (question.type === 'single') submit({ type: 'single', choiceId: choice.value });
				else if (question.type === 'true-false') submit({ type: 'true-false', value: choice.value === 'true' });
				else if (choice.value !== SUBMIT) dispatch({ type: 'quiz', intent: { type: 'toggle', choiceId: choice.value } });
				else if (session.picked.length > 0) submit({ type: 'multiple', choiceIds: session.picked });
			}}
		/>
	);
}

/** What to do with a question of this type, after its position ("Question 2 of 5 · put in order"). */
function kindNote(type: string): string {
	const kind = t().app.quiz.kind;
	const note = type === 'multiple' ? kind.multiple : type === 'true-false' ? kind.trueFalse : type === 'ordering' ? kind.ordering : type === 'matching' ? kind.matching : type === 'typed' ? kind.typed : '';
	return note ? ` · ${note}` : '';
}

/**
 * The rows the answering body of the current question needs (its view, a blank line, a row of text and one for
 * the "more" marker), and whether `height` is too few: then the question is hidden behind a notice.
 */
export function questionFit(session: QuizSession, width: number, height: number): { needed: number; tooSmall: boolean } {
	const item = currentItem(session);
	if (!item || session.phase !== 'answering') return { needed: 0, tooSmall: false };
	if (item.question.type === 'explain') {
		const needed = explainNeededRows(item.question, width);
		return { needed, tooSmall: needed > height };
	}
	const lines = questionText(item.question, session.hintsShown, width).lines.length;
	const needed = answerRows(item, session, width) + 1 + Math.min(2, lines);
	return { needed, tooSmall: needed > height };
}

/**
 * What a screen that asks questions takes (the quiz, and the mock interview around it). `onAsking`: told whether
 * the typed answer's "Discard your answer?" prompt is up, for the key bar; `onExplain`: the explain view's stage,
 * likewise. `previous`: the learner's last answer to the current explain question.
 */
export interface QuestionScreenProps {
	scroll: number;
	dispatch: Dispatch;
	width: number;
	height: number;
	links: boolean;
	onAsking?: (asking: boolean) => void;
	/** A typed answer's line as it changes (a room's countdown). */
	onDraft?: (text: string) => void;
	onExplain?: (status: ExplainStatus) => void;
	previous?: PreviousAnswer | undefined;
}

export function QuizScreen(props: QuestionScreenProps & { session: QuizSession }) {
	const { session, dispatch, width, height } = props;
	const item = currentItem(session);
	const result = item && session.results[item.question.id];
	const feedback = session.phase === 'feedback' && item && result ? renderFeedback(feedbackLines(item.question, result), width, props.links) : [];
	const max = maxScroll(feedback.length, height - 1);
	const submit: Submit = (response) => dispatch({ type: 'quiz', intent: { type: 'submit', response } });
	const typing = item?.question.type === 'typed';
	// The explain view takes its own keys (hints, scrolling) while it is answered.
	const explaining = item?.question.type === 'explain' && session.phase === 'answering';
	// The answering body: a header line, the question's text (prompt and hints) in a window of the rows the
	// answering view leaves, a blank line, the answering view. The text scrolls with PgUp/PgDn when it does not fit.
	const rows = item ? answerRows(item, session, width) : 0;
	const textLayout = (hintsShown: number) => {
		const text = item ? questionText(item.question, hintsShown, width) : { lines: [], hints: [] };
		const { room, gap } = textRoom(text.lines.length, height, rows);
		const window = textWindow(text.lines.length, room, 0);
		return { text, room, gap, newest: newestHintTop(text, room), maxTop: text.lines.length - window.shown };
	};
	// Too small: the answering view stays mounted, hidden and deaf to keys, so pairs, an order or a typed draft
	// survive until the terminal is enlarged again. Nothing shows a hint then either.
	const { needed, tooSmall } = questionFit(session, width, height);
	useInput(
		(input, key) => {
			if (session.phase === 'feedback') {
				if (key.return || key.rightArrow || input === ' ' || input === 'n') dispatch({ type: 'quiz', intent: { type: 'next' } });
				else if (key.downArrow || input === 'j') dispatch({ type: 'scroll', delta: 1, max });
				else if (key.upArrow || input === 'k') dispatch({ type: 'scroll', delta: -1, max });
			} else if (tooSmall || explaining) {
				// Only Esc (back) and q (quit), the app's keys, work while the question is hidden.
			} else if (typing ? key.tab : input === 'h') {
				dispatch({ type: 'quiz', intent: { type: 'hint' } });
				// Show the hint just revealed whole: the window moves to it (the hint resets the scroll to 0).
				const top = textLayout(Math.min(session.hintsShown + 1, item?.question.hints?.length ?? 0)).newest;
				dispatch({ type: 'scroll', delta: top, max: top });
			} else if (key.pageUp || key.pageDown) dispatch({ type: 'scroll', delta: key.pageUp ? -1 : 1, max: textLayout(session.hintsShown).maxTop });
		},
		{ isActive: session.phase !== 'finished' },
	);
	if (!item) return null;
	const { question } = item;
	const position = t().app.quiz.position(Boolean(item.followUpOf), session.index + 1, session.items.length);
	if (session.phase === 'feedback') {
		return (
			<Box flexDirection="column">
				<Text color={color('muted')}>{position}</Text>
				<LineView lines={feedback} height={height - 1} scroll={props.scroll} />
			</Box>
		);
	}
	if (question.type === 'explain') {
		return (
			<Box flexDirection="column">
				{tooSmall ? (
					<Text color={color('warn')}>
						{wrapText(t().app.quiz.tooSmallPoints(needed + CHROME_LINES), width).join('\n')}
					</Text>
				) : null}
				<Box display={tooSmall ? 'none' : 'flex'} flexDirection="column">
					<ExplainView
						question={question}
						header={position}
						width={width}
						height={height}
						active={!tooSmall}
						hintsShown={session.hintsShown}
						onHint={() => dispatch({ type: 'quiz', intent: { type: 'hint' } })}
						previous={props.previous}
						onSubmit={submit}
						onBack={() => dispatch({ type: 'back' })}
						{...(props.onExplain ? { onStatus: props.onExplain } : {})}
					/>
				</Box>
			</Box>
		);
	}
	const { text, room, gap } = textLayout(session.hintsShown);
	const window = textWindow(text.lines.length, room, props.scroll);
	const more = (question.hints?.length ?? 0) - session.hintsShown;
	const hintNote = more > 0 ? ` · ${t().app.quiz.hintNote(typing ? 'Tab' : 'h', more)}` : '';
	let view: ReactNode;
	if (question.type === 'ordering') view = <OrderingView question={question} initial={item.choiceOrder} submit={submit} width={width} active={!tooSmall} />;
	else if (question.type === 'matching') view = <MatchingView question={question} options={item.choiceOrder} submit={submit} width={width} active={!tooSmall} />;
	else if (question.type === 'typed') view = <TypedView key={session.retry ? 'retry' : 'first'} question={question} session={session} submit={submit} back={() => dispatch({ type: 'back' })} width={width} active={!tooSmall} onAsking={props.onAsking} onDraft={props.onDraft} />;
	// A choice list keeps its ticks in the session; hidden, its menu would still take keys, so it is not drawn.
	else view = tooSmall ? null : <ChoiceView session={session} submit={submit} dispatch={dispatch} width={width} />;
	return (
		<Box flexDirection="column">
			{tooSmall ? (
				<Text color={color('warn')}>
					{wrapText(t().app.quiz.tooSmallChoices(needed + CHROME_LINES), width).join('\n')}
				</Text>
			) : (
				<Text color={color('muted')}>
					{position}
					{kindNote(question.type)}
					{hintNote}
				</Text>
			)}
			{tooSmall
				? null
				: text.lines.slice(window.top, window.top + window.shown).map((line, i) =>
						line.kind === 'hint' ? (
							<Text key={window.top + i} color={color('warn')}>
								<Spans spans={line.spans} toned />
							</Text>
						) : (
							<Text key={window.top + i} bold>
								{line.spans.length ? <Spans spans={line.spans} /> : ' '}
							</Text>
						),
					)}
			{!tooSmall && (window.above || window.below) ? <Text color={color('muted')}>{truncate(moreMarker(window, text.lines.length), width)}</Text> : null}
			{!tooSmall && gap ? <Text> </Text> : null}
			{/* The same place in both layouts, so React keeps the view (and its draft) across a resize. */}
			<Box display={tooSmall ? 'none' : 'flex'} flexDirection="column">
				{view}
			</Box>
		</Box>
	);
}
