import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import type { ReactNode } from 'react';
import type { AppIntent } from '../../core/app-state.js';
import { currentItem, type QuizSession } from '../../core/quiz.js';
import type { Question } from '../../core/schema.js';
import { localize } from '../../core/text.js';
import { wrapText } from '../../core/wrap.js';
import { LineView, maxScroll } from '../widgets/layout.js';
import { color } from '../theme.js';

const SUBMIT = '__submit';

/** The text of a choice id, "True"/"False" for true-false questions. */
export function choiceText(question: Question, id: string): string {
	if (question.type === 'true-false') return id === 'true' ? 'True' : 'False';
	const choice = question.choices.find((c) => c.id === id);
	return choice ? localize(choice.text) : id;
}

function correctIds(question: Question): string[] {
	if (question.type === 'single') return [question.answer];
	if (question.type === 'multiple') return question.answers;
	return [String(question.answer)];
}

function feedbackLines(session: QuizSession, width: number): ReactNode[] {
	const item = currentItem(session);
	const result = item && session.results[item.question.id];
	if (!item || !result?.verdict) return [];
	const { question } = item;
	const { verdict } = result;
	const lines: ReactNode[] = [];
	const wrap = (text: string, indent = '') => wrapText(text, width - indent.length).map((line) => indent + line);
	if (verdict.correct) lines.push(<Text bold color={color('good')}>✔ Correct.</Text>);
	else if (verdict.credit > 0) lines.push(<Text bold color={color('warn')}>◐ Partly right: not every box was right.</Text>);
	else lines.push(<Text bold color={color('bad')}>✘ Not quite.</Text>);
	for (const id of verdict.wrongPicks) {
		lines.push('');
		lines.push(...wrap(`You picked: ${choiceText(question, id)}`).map((line) => <Text color={color('bad')}>{line}</Text>));
		const feedback = question.type === 'true-false' ? question.wrongFeedback : question.choices.find((c) => c.id === id)?.feedback;
		if (feedback) lines.push(...wrap(localize(feedback), '  '));
	}
	for (const id of verdict.missed) {
		lines.push('');
		lines.push(...wrap(`You missed: ${choiceText(question, id)}`));
	}
	if (!verdict.correct) {
		lines.push('');
		const answer = correctIds(question).map((id) => choiceText(question, id));
		const label = answer.length > 1 ? 'The answers' : 'The answer';
		lines.push(...wrap(`${label}: ${answer.join('; ')}`).map((line) => <Text color={color('good')}>{line}</Text>));
	}
	lines.push('');
	lines.push(...wrap(localize(question.explanation)));
	lines.push('');
	lines.push(...wrap(`Source: ${question.source.title}`).map((line) => <Text color={color('muted')}>{line}</Text>));
	lines.push(...wrap(question.source.url, '  ').map((line) => <Text color={color('muted')}>{line}</Text>));
	return lines;
}

export function QuizScreen(props: { session: QuizSession; scroll: number; dispatch: (intent: AppIntent) => void; width: number; height: number }) {
	const { session, dispatch, width, height } = props;
	const item = currentItem(session);
	const feedback = session.phase === 'feedback' ? feedbackLines(session, width) : [];
	const max = maxScroll(feedback.length, height - 1);
	const at = () => new Date().toISOString();
	useInput(
		(input, key) => {
			if (key.return || key.rightArrow || input === ' ' || input === 'n') dispatch({ type: 'quiz', intent: { type: 'next' }, at: at() });
			else if (key.downArrow || input === 'j') dispatch({ type: 'scroll', delta: 1, max });
			else if (key.upArrow || input === 'k') dispatch({ type: 'scroll', delta: -1, max });
		},
		{ isActive: session.phase === 'feedback' },
	);
	if (!item) return null;
	const { question } = item;
	const promptLines = wrapText(localize(question.prompt), width);
	const position = `Question ${session.index + 1} of ${session.items.length}`;
	const kind = question.type === 'multiple' ? ' · select all that apply' : question.type === 'true-false' ? ' · true or false' : '';
	if (session.phase === 'feedback') {
		return (
			<Box flexDirection="column">
				<Text color={color('muted')}>{position}</Text>
				<LineView lines={feedback} height={height - 1} scroll={props.scroll} />
			</Box>
		);
	}
	const labelWidth = width - 4;
	const items = item.choiceOrder.map((id, i) => {
		const box = question.type === 'multiple' ? (session.picked.includes(id) ? '[x] ' : '[ ] ') : '';
		const prefix = `${i + 1}. ${box}`;
		const lines = wrapText(choiceText(question, id), labelWidth - prefix.length).map((line, n) => (n === 0 ? prefix : ' '.repeat(prefix.length)) + line);
		return { key: id, label: lines.join('\n'), value: id, lines: lines.length };
	});
	if (question.type === 'multiple') {
		const n = session.picked.length;
		const label = n === 0 ? 'Submit (tick at least one first)' : `Submit ${n} choice${n === 1 ? '' : 's'}`;
		items.push({ key: SUBMIT, label: `${items.length + 1}. ${label}`, value: SUBMIT, lines: 1 });
	}
	const choiceHeight = items.reduce((sum, entry) => sum + entry.lines, 0);
	const promptRoom = Math.max(1, height - 2 - choiceHeight);
	const shownPrompt = promptLines.length > promptRoom ? [...promptLines.slice(0, promptRoom - 1), '… (terminal too short for the whole question)'] : promptLines;
	return (
		<Box flexDirection="column">
			<Text color={color('muted')}>
				{position}
				{kind}
			</Text>
			{shownPrompt.map((line, i) => (
				<Text key={i} bold>
					{line}
				</Text>
			))}
			<Text> </Text>
			<SelectInput
				items={items}
				onSelect={(choice) => {
					if (question.type === 'single') dispatch({ type: 'quiz', intent: { type: 'submit', response: { type: 'single', choiceId: choice.value } }, at: at() });
					else if (question.type === 'true-false') dispatch({ type: 'quiz', intent: { type: 'submit', response: { type: 'true-false', value: choice.value === 'true' } }, at: at() });
					else if (choice.value !== SUBMIT) dispatch({ type: 'quiz', intent: { type: 'toggle', choiceId: choice.value }, at: at() });
					else if (session.picked.length > 0)
						dispatch({ type: 'quiz', intent: { type: 'submit', response: { type: 'multiple', choiceIds: session.picked } }, at: at() });
				}}
			/>
		</Box>
	);
}
