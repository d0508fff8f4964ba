import { Box, Text, useInput } from 'ink';
import { type ReactNode, useState } from 'react';
import type { AppIntent } from '../../core/app-state.js';
import { choiceText, type FeedbackLine, feedbackLines } from '../../core/feedback.js';
import { currentItem, type QuizSession } from '../../core/quiz.js';
import type { MatchingQuestion, OrderingQuestion, TypedQuestion } from '../../core/schema.js';
import type { Response } from '../../core/scoring.js';
import { localize } from '../../core/text.js';
import { truncate, wrapText } from '../../core/wrap.js';
import { LineView, maxScroll } from '../widgets/layout.js';
import { Menu } from '../widgets/menu.js';
import { color } from '../theme.js';

const SUBMIT = '__submit';

export { choiceText };

function renderFeedback(lines: FeedbackLine[], width: number): ReactNode[] {
	return lines.flatMap((line) => {
		const indent = ' '.repeat(line.indent ?? 0);
		const wrapped = line.text ? wrapText(line.text, width - indent.length).map((text) => indent + text) : [''];
		const tone = line.tone === 'plain' ? undefined : color(line.tone);
		return wrapped.map((text) => (tone || line.bold ? <Text {...(tone ? { color: tone } : {})} bold={line.bold ?? false}>{text}</Text> : text));
	});
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

function OrderingView({ question, initial, submit, width }: { question: OrderingQuestion; initial: string[]; submit: Submit; width: number }) {
	const [order, setOrder] = useState(initial);
	const [cursor, setCursor] = useState(0);
	const [grabbed, setGrabbed] = useState(false);
	const rows = order.length + 1; // the items, then Submit
	useInput((input, key) => {
		const up = key.upArrow || input === 'k';
		const down = key.downArrow || input === 'j';
		if (up || down) {
			const target = cursor + (up ? -1 : 1);
			if (grabbed) {
				if (target < 0 || target >= order.length) return;
				setOrder(moveItem(order, cursor, target));
				setCursor(target);
			} else setCursor(Math.max(0, Math.min(rows - 1, target)));
		} else if (input === ' ' || key.return) {
			if (cursor === order.length) {
				if (key.return) submit({ type: 'ordering', order });
			} else setGrabbed(!grabbed);
		}
	});
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
						{text}
					</Text>
				);
			})}
			<Text {...(cursor === order.length ? { color: color('accent') } : {})}>{`${cursor === order.length ? '❯ ' : '  '}Submit this order`}</Text>
		</Box>
	);
}

function MatchingView({ question, options, submit, width }: { question: MatchingQuestion; options: string[]; submit: Submit; width: number }) {
	const [pairs, setPairs] = useState<Record<string, string>>({});
	const [cursor, setCursor] = useState(0);
	const [warning, setWarning] = useState('');
	const rows = question.left.length + 1;
	const assign = (row: number, option: string) => {
		const left = question.left[row];
		if (!left) return;
		setPairs({ ...pairs, [left.id]: option });
		setCursor(Math.min(rows - 1, row + 1));
		setWarning('');
	};
	useInput((input, key) => {
		if (key.upArrow || input === 'k') setCursor(Math.max(0, cursor - 1));
		else if (key.downArrow || input === 'j') setCursor(Math.min(rows - 1, cursor + 1));
		else if (/^[1-9]$/.test(input) && Number(input) <= options.length) assign(cursor, options[Number(input) - 1] as string);
		else if ((key.leftArrow || key.rightArrow) && cursor < question.left.length) {
			const left = question.left[cursor] as MatchingQuestion['left'][number];
			const at = options.indexOf(pairs[left.id] ?? '');
			const next = key.rightArrow ? (at + 1) % options.length : (at <= 0 ? options.length : at) - 1;
			setPairs({ ...pairs, [left.id]: options[next] as string });
		} else if (key.return && cursor === question.left.length) {
			const missing = question.left.filter((left) => !pairs[left.id]).length;
			if (missing) setWarning(`Pair every item first (${missing} left).`);
			else submit({ type: 'matching', pairs });
		} else if (key.return) setCursor(Math.min(rows - 1, cursor + 1));
	});
	const leftWidth = Math.min(28, Math.max(...question.left.map((left) => localize(left.text).length)));
	return (
		<Box flexDirection="column">
			{question.left.map((left, i) => {
				const picked = pairs[left.id];
				const number = picked ? options.indexOf(picked) + 1 : 0;
				const here = i === cursor;
				const label = truncate(localize(left.text), leftWidth).padEnd(leftWidth);
				const right = picked ? `${number}. ${choiceText(question, picked)}` : '(press a number)';
				return (
					<Text key={left.id} {...(here ? { color: color('accent') } : {})}>
						{truncate(`${here ? '❯ ' : '  '}${label} → ${right}`, width)}
					</Text>
				);
			})}
			<Text {...(cursor === question.left.length ? { color: color('accent') } : {})}>{`${cursor === question.left.length ? '❯ ' : '  '}Submit these pairs`}</Text>
			{warning ? <Text color={color('warn')}>{warning}</Text> : null}
			<Text> </Text>
			{options.map((id, i) => (
				<Text key={id} color={color('muted')}>
					{truncate(`  ${i + 1}. ${choiceText(question, id)}`, width)}
				</Text>
			))}
		</Box>
	);
}

function TypedView({ question, session, submit, width }: { question: TypedQuestion; session: QuizSession; submit: Submit; width: number }) {
	const [text, setText] = useState(session.retry?.text ?? '');
	const [caret, setCaret] = useState(text.length);
	useInput((input, key) => {
		if (key.return) {
			if (text.trim()) submit({ type: 'typed', text });
		} else if (key.backspace || key.delete) {
			if (caret > 0) {
				setText(text.slice(0, caret - 1) + text.slice(caret));
				setCaret(caret - 1);
			}
		} else if (key.leftArrow) setCaret(Math.max(0, caret - 1));
		else if (key.rightArrow) setCaret(Math.min(text.length, caret + 1));
		else if (key.home || (key.ctrl && input === 'a')) setCaret(0);
		else if (key.end || (key.ctrl && input === 'e')) setCaret(text.length);
		else if (key.ctrl && input === 'u') {
			setText(text.slice(caret));
			setCaret(0);
		} else if (!key.ctrl && !key.meta && !key.tab && !key.escape && input && !key.upArrow && !key.downArrow) {
			// Typed or pasted text; control characters (and a pasted newline) are dropped.
			const clean = input.replace(/[\u0000-\u001f\u007f]/g, '');
			setText(text.slice(0, caret) + clean + text.slice(caret));
			setCaret(caret + clean.length);
		}
	});
	const room = Math.max(10, width - 3);
	// Keep the caret in view on a long line: show the tail that holds it.
	const start = Math.max(0, caret - room + 1);
	const shown = text.slice(start, start + room);
	const at = caret - start;
	const placeholder = question.placeholder ? localize(question.placeholder) : question.kind === 'command' ? 'type the command' : 'type the value';
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
			{session.retry ? (
				<Box flexDirection="column" marginTop={1}>
					{wrapText(`${session.retry.difference} Edit it and press Enter again (this answer will count as hinted).`, width).map((line, i) => (
						<Text key={i} color={color('warn')}>
							{line}
						</Text>
					))}
				</Box>
			) : null}
		</Box>
	);
}

function ChoiceView({ session, submit, dispatch, width }: { session: QuizSession; submit: Submit; dispatch: (intent: AppIntent) => void; width: number }) {
	const item = currentItem(session);
	if (!item) return null;
	const { question } = item;
	const labelWidth = width - 4;
	const items = item.choiceOrder.map((id, i) => {
		const box = question.type === 'multiple' ? (session.picked.includes(id) ? '[x] ' : '[ ] ') : '';
		const prefix = `${i + 1}. ${box}`;
		// Continuation lines line up under the text, past the pointer column the menu draws.
		const lines = wrapText(choiceText(question, id), labelWidth - prefix.length).map((line, n) => (n === 0 ? prefix : ' '.repeat(prefix.length + 2)) + line);
		return { key: id, label: lines.join('\n'), value: id };
	});
	if (question.type === 'multiple') {
		const n = session.picked.length;
		const label = n === 0 ? 'Submit (tick at least one first)' : `Submit ${n} choice${n === 1 ? '' : 's'}`;
		items.push({ key: SUBMIT, label: `${items.length + 1}. ${label}`, value: SUBMIT });
	}
	return (
		<Menu
			items={items}
			onSelect={(choice) => {
				if (question.type === 'single') submit({ type: 'single', choiceId: choice.value });
				else if (question.type === 'true-false') submit({ type: 'true-false', value: choice.value === 'true' });
				else if (choice.value !== SUBMIT) dispatch({ type: 'quiz', intent: { type: 'toggle', choiceId: choice.value }, at: new Date().toISOString() });
				else if (session.picked.length > 0) submit({ type: 'multiple', choiceIds: session.picked });
			}}
		/>
	);
}

/** The lines an answering view takes, to leave the rest of the body to the prompt. */
function answerHeight(session: QuizSession, width: number): number {
	const item = currentItem(session);
	if (!item) return 0;
	const { question } = item;
	switch (question.type) {
		case 'ordering':
			return question.items.length + 1;
		case 'matching':
			return question.left.length + 3 + question.right.length;
		case 'typed':
			return session.retry ? 2 + wrapText(`${session.retry.difference} Edit it and press Enter again (this answer will count as hinted).`, width).length : 1;
		default:
			return item.choiceOrder.reduce((sum, id) => sum + wrapText(choiceText(question, id), width - 8).length, 0) + (question.type === 'multiple' ? 1 : 0);
	}
}

const KIND: Record<string, string> = {
	multiple: ' · select all that apply',
	'true-false': ' · true or false',
	ordering: ' · put in order',
	matching: ' · match the pairs',
	typed: ' · type the answer',
};

export function QuizScreen(props: { session: QuizSession; scroll: number; dispatch: (intent: AppIntent) => void; width: number; height: number }) {
	const { session, dispatch, width, height } = props;
	const item = currentItem(session);
	const result = item && session.results[item.question.id];
	const feedback = session.phase === 'feedback' && item && result ? renderFeedback(feedbackLines(item.question, result), width) : [];
	const max = maxScroll(feedback.length, height - 1);
	const at = () => new Date().toISOString();
	const submit: Submit = (response) => dispatch({ type: 'quiz', intent: { type: 'submit', response }, at: at() });
	const typing = item?.question.type === 'typed';
	useInput(
		(input, key) => {
			if (session.phase === 'feedback') {
				if (key.return || key.rightArrow || input === ' ' || input === 'n') dispatch({ type: 'quiz', intent: { type: 'next' }, at: at() });
				else if (key.downArrow || input === 'j') dispatch({ type: 'scroll', delta: 1, max });
				else if (key.upArrow || input === 'k') dispatch({ type: 'scroll', delta: -1, max });
			} else if (typing ? key.tab : input === 'h') dispatch({ type: 'quiz', intent: { type: 'hint' }, at: at() });
		},
		{ isActive: session.phase !== 'finished' },
	);
	if (!item) return null;
	const { question } = item;
	const position = `Question ${session.index + 1} of ${session.items.length}`;
	if (session.phase === 'feedback') {
		return (
			<Box flexDirection="column">
				<Text color={color('muted')}>{position}</Text>
				<LineView lines={feedback} height={height - 1} scroll={props.scroll} />
			</Box>
		);
	}
	const hints = (question.hints ?? []).slice(0, session.hintsShown).flatMap((hint, i) => wrapText(`Hint ${i + 1}: ${localize(hint)}`, width));
	const promptLines = wrapText(localize(question.prompt), width);
	const promptRoom = Math.max(1, height - 2 - answerHeight(session, width) - hints.length - (hints.length ? 1 : 0));
	const shownPrompt = promptLines.length > promptRoom ? [...promptLines.slice(0, promptRoom - 1), '… (terminal too short for the whole question)'] : promptLines;
	const more = (question.hints?.length ?? 0) - session.hintsShown;
	const hintNote = more > 0 ? ` · ${typing ? 'Tab' : 'h'}: hint (${more})` : '';
	let view: ReactNode;
	if (question.type === 'ordering') view = <OrderingView question={question} initial={item.choiceOrder} submit={submit} width={width} />;
	else if (question.type === 'matching') view = <MatchingView question={question} options={item.choiceOrder} submit={submit} width={width} />;
	else if (question.type === 'typed') view = <TypedView key={session.retry ? 'retry' : 'first'} question={question} session={session} submit={submit} width={width} />;
	else view = <ChoiceView session={session} submit={submit} dispatch={dispatch} width={width} />;
	return (
		<Box flexDirection="column">
			<Text color={color('muted')}>
				{position}
				{KIND[question.type] ?? ''}
				{hintNote}
			</Text>
			{shownPrompt.map((line, i) => (
				<Text key={i} bold>
					{line}
				</Text>
			))}
			{hints.length ? (
				<Box flexDirection="column" marginTop={1}>
					{hints.map((line, i) => (
						<Text key={i} color={color('warn')}>
							{line}
						</Text>
					))}
				</Box>
			) : null}
			<Text> </Text>
			{view}
		</Box>
	);
}
