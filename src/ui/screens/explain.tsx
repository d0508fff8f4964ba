// An explain question, answered: the learner writes (or says it aloud), then compares their answer with the model
// answer and ticks the key points they made. A component of its own, taking a question and callbacks, so the quiz
// and the mock interview both use it. The rules live in core (explain.ts, text-edit.ts, question-layout.ts).
import { Box, Text, useInput } from 'ink';
import { useEffect } from 'react';
import { type Grading, gradeReducer, gradingResponse, type PreviousAnswer, startGrading, tickedNote } from '../../core/explain.js';
import { COMPARE_MIN_ROWS, EDITOR_MIN_ROWS, gradeHeader, keyPointLines, moreMarker, newestHintTop, questionText, textWindow } from '../../core/question-layout.js';
import type { ExplainQuestion } from '../../core/schema.js';
import type { Response } from '../../core/scoring.js';
import { ANSWER_MAX_CHARS, atLimit, caretPlace, editText, scrollToCaret, type TextDraft, textRows } from '../../core/text-edit.js';
import { t } from '../../core/i18n/messages.js';
import { localize } from '../../core/text.js';
import { truncate, wrapText } from '../../core/wrap.js';
import { useDraft } from '../hooks/use-draft.js';
import type { KeyHint } from '../widgets/layout.js';
import { Spans } from '../widgets/spans.js';
import { editorTextWidth, TextEditor, textEditOf } from '../widgets/text-editor.js';
import { color } from '../theme.js';

export type ExplainStage = 'writing' | 'grading';

/** What the view tells its host, for the key bar: the stage, and whether "Discard your answer?" is up. */
export interface ExplainStatus {
	stage: ExplainStage;
	asking: boolean;
}

/** The key bar of the explain view. `hint`: a hint is left to reveal (Tab). */
export function explainKeyHints(status: ExplainStatus, hint: boolean): KeyHint[] {
	const keys = t().app.keys;
	const quit: KeyHint = { keys: 'Ctrl+C', action: keys.quit };
	if (status.asking) return [{ keys: 'y/Esc', action: keys.discard }, { keys: 'n', action: keys.keepIt }, quit];
	if (status.stage === 'grading') return [{ keys: '↑↓', action: keys.move }, { keys: 'Space', action: keys.tick }, { keys: 'Enter', action: keys.confirm }, { keys: 'PgUp/PgDn', action: keys.scroll }, { keys: 'Esc', action: keys.back }, quit];
	return [{ keys: 'Enter', action: keys.newLine }, { keys: 'Ctrl+D', action: keys.done }, ...(hint ? [{ keys: 'Tab', action: keys.hint }] : []), { keys: 'Esc', action: keys.back }, quit];
}

interface ExplainDraft {
	stage: ExplainStage;
	draft: TextDraft;
	/** First editor row shown. */
	top: number;
	grading?: Grading;
	confirming: boolean;
	/** Enter was pressed on an empty answer: say how to answer aloud. */
	emptyEnter: boolean;
	/** First line shown of the prompt (writing) or of the answers compared (grading). */
	scroll: number;
}

/** The dated part of an ISO time, for "Last time (2026-11-29)". */
const day = (at: string) => at.slice(0, 10);

/** The answers compared while self-grading: theirs, the model answer, and what they wrote last time. */
export function comparisonLines(question: ExplainQuestion, text: string, previous: PreviousAnswer | undefined, width: number): Array<{ text: string; tone?: 'good' | 'muted'; bold?: boolean }> {
	const paragraphs = (body: string) => body.split('\n').flatMap((line) => (line.trim() ? wrapText(line, width - 2) : [''])).map((line) => `  ${line}`);
	const words = t().app.explain;
	const lines: Array<{ text: string; tone?: 'good' | 'muted'; bold?: boolean }> = [];
	if (text.trim()) {
		lines.push({ text: words.yourAnswer, bold: true });
		for (const line of paragraphs(text.trim())) lines.push({ text: line });
	} else lines.push({ text: words.aloud, bold: true });
	lines.push({ text: '' });
	lines.push({ text: words.modelAnswer, bold: true, tone: 'good' });
	for (const line of paragraphs(localize(question.modelAnswer))) lines.push({ text: line, tone: 'good' });
	if (previous) {
		const ticks = words.ticks(previous.ticked.length, question.keyPoints.length);
		lines.push({ text: '' });
		lines.push({ text: previous.text ? words.lastWrote(day(previous.at), ticks) : words.lastAloud(day(previous.at), ticks), bold: true, tone: 'muted' });
		if (previous.text) for (const line of paragraphs(previous.text)) lines.push({ text: line, tone: 'muted' });
	}
	return lines;
}

export function ExplainView(props: {
	question: ExplainQuestion;
	/** The line over the question: "Question 2 of 5", "Follow-up · Question 3 of 5". */
	header: string;
	width: number;
	height: number;
	/** False while hidden (terminal too small): the draft is kept and no key is heard. */
	active: boolean;
	hintsShown?: number;
	onHint?: () => void;
	previous?: PreviousAnswer | undefined;
	onSubmit: (response: Response) => void;
	onBack: () => void;
	onStatus?: (status: ExplainStatus) => void;
}) {
	const { question, width, height, active } = props;
	const hintsShown = props.hintsShown ?? 0;
	const hintsLeft = (question.hints?.length ?? 0) - hintsShown;
	const [state, update] = useDraft<ExplainDraft>({ stage: 'writing', draft: { text: '', caret: 0 }, top: 0, confirming: false, emptyEnter: false, scroll: 0 });

	// Writing: header, the prompt (and hints) in a window, a blank line, the editor, a status line.
	const prompt = questionText(question, hintsShown, width);
	const promptRoom = Math.max(1, Math.min(prompt.lines.length, height - 3 - EDITOR_MIN_ROWS));
	const editorRows = Math.max(1, height - 3 - promptRoom);
	const promptWindow = textWindow(prompt.lines.length, promptRoom, state.scroll);

	// Grading: the answers compared in a window, the key points under them, a status line.
	const headerLines = wrapText(gradeHeader(state.grading !== undefined && !state.grading.text), width);
	const pointLines = question.keyPoints.map((point, i) =>
		keyPointLines(localize(point.text), state.grading?.ticked.includes(point.id) ?? false, state.grading?.suggested.includes(point.id) ?? false, state.grading?.cursor === i, width),
	);
	// The list, its status line, and a blank line between it and the answers compared.
	const listRows = headerLines.length + pointLines.flat().length + 2;
	const compareRoom = Math.max(COMPARE_MIN_ROWS, height - listRows);
	const compared = state.grading ? comparisonLines(question, state.grading.text, props.previous, width) : [];
	const compareWindow = textWindow(compared.length, compareRoom, state.scroll);

	useInput(
		(input, key) => {
			const current = update((d) => d);
			if (current.confirming) {
				if (key.escape || input === 'y' || input === 'Y') return props.onBack();
				update((d) => ({ ...d, confirming: false }));
				// n or Enter only answer the question; any other key goes on as usual.
				if (input === 'n' || input === 'N' || key.return) return;
			}
			const maxScroll = (count: number, room: number) => Math.max(0, count - textWindow(count, room, 0).shown);
			if (current.stage === 'grading') {
				const grading = current.grading as Grading;
				if (key.escape) update((d) => ({ ...d, confirming: true }));
				else if (key.upArrow || input === 'k') update((d) => ({ ...d, grading: gradeReducer(question, grading, { type: 'move', delta: -1 }) }));
				else if (key.downArrow || input === 'j') update((d) => ({ ...d, grading: gradeReducer(question, grading, { type: 'move', delta: 1 }) }));
				else if (input === ' ') update((d) => ({ ...d, grading: gradeReducer(question, grading, { type: 'toggle' }) }));
				else if (key.pageUp || key.pageDown) {
					const max = maxScroll(compared.length, compareRoom);
					update((d) => ({ ...d, scroll: Math.max(0, Math.min(max, d.scroll + (key.pageUp ? -1 : 1) * Math.max(1, compareRoom - 2))) }));
				} else if (key.return) props.onSubmit(gradingResponse(grading));
				return;
			}
			if (key.escape) {
				// An empty answer leaves at once; a draft is only thrown away when the learner says so.
				if (current.draft.text.trim()) update((d) => ({ ...d, confirming: true }));
				else props.onBack();
				return;
			}
			if (key.ctrl && input === 'd') {
				const text = current.draft.text.trim();
				update((d) => ({ ...d, stage: 'grading', grading: startGrading(question, text), scroll: 0, emptyEnter: false }));
				return;
			}
			if (key.tab) {
				if (hintsLeft > 0 && props.onHint) {
					props.onHint();
					// Show the hint just revealed whole.
					const next = questionText(question, hintsShown + 1, width);
					const room = Math.max(1, Math.min(next.lines.length, height - 3 - EDITOR_MIN_ROWS));
					update((d) => ({ ...d, scroll: newestHintTop(next, room) }));
				}
				return;
			}
			if (key.pageUp || key.pageDown) {
				const max = maxScroll(prompt.lines.length, promptRoom);
				update((d) => ({ ...d, scroll: Math.max(0, Math.min(max, d.scroll + (key.pageUp ? -1 : 1))) }));
				return;
			}
			if (key.return || input === '\n') {
				// Nothing to start a new line after: tell the learner how to answer aloud (a pasted leading newline is dropped).
				if (!current.draft.text) return void update((d) => ({ ...d, emptyEnter: true }));
				return void update((d) => follow({ ...d, draft: editText(d.draft, { type: 'newline' }), emptyEnter: false }));
			}
			const edit = textEditOf(input, key, width);
			if (edit) update((d) => follow({ ...d, draft: editText(d.draft, edit), emptyEnter: false }));
		},
		{ isActive: active },
	);

	/** Moves the editor's window to the caret. */
	function follow(d: ExplainDraft): ExplainDraft {
		const rows = textRows(d.draft.text, editorTextWidth(width));
		const top = scrollToCaret(d.top, caretPlace(rows, d.draft.caret, d.draft.text).row, editorRows, rows.length);
		return top === d.top ? d : { ...d, top };
	}

	const { onStatus } = props;
	useEffect(() => onStatus?.({ stage: state.stage, asking: state.confirming }), [state.stage, state.confirming, onStatus]);
	useEffect(() => () => onStatus?.({ stage: 'writing', asking: false }), [onStatus]);

	const words = t().app.explain;
	const status = state.confirming ? (
		<Text color={color('warn')}>{truncate(words.discard, width)}</Text>
	) : null;

	if (state.stage === 'grading' && state.grading) {
		const grading = state.grading;
		return (
			<Box flexDirection="column">
				{compared.slice(compareWindow.top, compareWindow.top + compareWindow.shown).map((line, i) => (
					<Text key={compareWindow.top + i} bold={line.bold ?? false} {...(line.tone ? { color: color(line.tone) } : {})}>
						{line.text || ' '}
					</Text>
				))}
				{compareWindow.above || compareWindow.below ? <Text color={color('muted')}>{truncate(moreMarker(compareWindow, compared.length, words.theAnswers), width)}</Text> : null}
				<Text> </Text>
				<Text color={color('accent')}>{headerLines.join('\n')}</Text>
				{pointLines.map((lines, i) => (
					<Text key={question.keyPoints[i]?.id ?? i} {...(grading.cursor === i ? { color: color('accent') } : {})}>
						{lines.join('\n')}
					</Text>
				))}
				{status ?? <Text color={color('muted')}>{truncate(`${tickedNote(grading, question.keyPoints.length)} · ${words.enterConfirms}`, width)}</Text>}
			</Box>
		);
	}

	const { text } = state.draft;
	const note = state.emptyEnter
		? words.emptyEnter
		: atLimit(state.draft)
			? words.limit(ANSWER_MAX_CHARS)
			: text.length > ANSWER_MAX_CHARS * 0.8
				? words.count(text.length, ANSWER_MAX_CHARS)
				: '';
	const warn = state.emptyEnter || atLimit(state.draft);
	return (
		<Box flexDirection="column">
			<Text color={color('muted')}>{truncate(`${props.header} · ${words.header}${hintsLeft > 0 ? ` · ${t().app.quiz.hintNote('Tab', hintsLeft)}` : ''}`, width)}</Text>
			{prompt.lines.slice(promptWindow.top, promptWindow.top + promptWindow.shown).map((line, i) =>
				line.kind === 'hint' ? (
					<Text key={promptWindow.top + i} color={color('warn')}>
						<Spans spans={line.spans} toned />
					</Text>
				) : (
					<Text key={promptWindow.top + i} bold>
						{line.spans.length ? <Spans spans={line.spans} /> : ' '}
					</Text>
				),
			)}
			{promptWindow.above || promptWindow.below ? <Text color={color('muted')}>{truncate(moreMarker(promptWindow, prompt.lines.length), width)}</Text> : <Text> </Text>}
			<TextEditor draft={state.draft} top={state.top} width={width} height={editorRows} placeholder={words.placeholder} />
			{status ?? <Text {...(warn ? { color: color('warn') } : { color: color('muted') })}>{truncate(note, width) || ' '}</Text>}
		</Box>
	);
}
