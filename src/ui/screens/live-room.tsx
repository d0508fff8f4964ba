// A live room for one attendee: joining, waiting for the trainer, each question (drawn by the quiz screen) under
// the host's countdown, the answer and its receipt, the reveal, then the results with the result code. The
// connection is a line of words above every phase; the link itself is driven from the app root (use-live-link).
import { Box, Text } from 'ink';
import { useCallback } from 'react';
import type { FeedbackLine } from '../../core/feedback.js';
import { t } from '../../core/i18n/messages.js';
import { liveCountdown, type LiveSession, nextQuestion } from '../../core/room/live/attendee.js';
import { answeredLines, liveHeaderLine, liveResultLines, revealLines } from '../../core/room/live/attendee-lines.js';
import { wrapText } from '../../core/wrap.js';
import { color } from '../theme.js';
import { type QuestionScreenProps, QuizScreen, renderFeedback, ScrolledLines } from './quiz.js';

/** Seconds left at which the countdown turns to a warning (its words say the same). */
const HURRY = 5;

/** The rows the header line takes above the body (countdown and connection), at `width`. */
export function liveHeaderRows(session: LiveSession, width: number): string[] {
	const line = liveHeaderLine(session);
	return line ? wrapText(line, width) : [];
}

function Paragraphs({ lines, width }: { lines: FeedbackLine[]; width: number }) {
	// A blank line is drawn as a space: an empty row would collapse.
	const rows = renderFeedback(lines, width, false).map((row, i) => (row === '' ? <Text key={`gap:${i}`}> </Text> : row));
	return <Box flexDirection="column">{rows}</Box>;
}

/** Before the question: who the attendee is in which room, and what comes next. */
function waitingLines(session: LiveSession): FeedbackLine[] {
	const say = t().app.liveJoin;
	const joined = session.joined;
	if (!joined) return [{ text: say.connecting(session.hostLabel), tone: 'plain', bold: true }, { text: '', tone: 'plain' }, { text: say.saved, tone: 'muted' }];
	const next = nextQuestion(session);
	return [
		{ text: say.joined(joined.code, joined.quiz.items.length), tone: 'plain' },
		...(joined.name ? [{ text: say.yourName(joined.name), tone: 'plain' } as FeedbackLine] : []),
		{ text: '', tone: 'plain' },
		{ text: next.n > next.total ? say.waitNext(next.n, next.total) : say.waiting(next.n, next.total), tone: 'plain', bold: true },
		{ text: '', tone: 'plain' },
		{ text: say.saved, tone: 'muted' },
	];
}

export function LiveRoomScreen(props: QuestionScreenProps & { session: LiveSession }) {
	const { session, dispatch, width, height } = props;
	const onDraft = useCallback((text: string) => dispatch({ type: 'live', intent: { type: 'draft', text } }), [dispatch]);
	const header = liveHeaderRows(session, width);
	const left = liveCountdown(session);
	const hurry = left !== undefined && left <= HURRY;
	const offline = session.status.state !== 'online';
	const rest = Math.max(1, height - header.length);
	let body;
	if (session.phase === 'finished') return <ScrolledLines lines={liveResultLines(session)} dispatch={dispatch} width={width} height={height} scroll={props.scroll} links={props.links} />;
	if (session.phase === 'stopped') body = <Paragraphs lines={[{ text: session.stopped ?? '', tone: 'warn', bold: true }]} width={width} />;
	else if (session.phase === 'asking' && session.joined)
		body = (
			<QuizScreen
				key={`${session.joined.code}:${session.joined.quiz.index}`}
				session={session.joined.quiz}
				scroll={props.scroll}
				dispatch={dispatch}
				width={width}
				height={rest}
				links={props.links}
				{...(props.onAsking ? { onAsking: props.onAsking } : {})}
				onDraft={onDraft}
				previous={undefined}
			/>
		);
	else if (session.phase === 'answered') body = <Paragraphs lines={answeredLines(session)} width={width} />;
	else if (session.phase === 'revealed') body = <ScrolledLines lines={revealLines(session)} dispatch={dispatch} width={width} height={rest} scroll={props.scroll} links={props.links} />;
	else body = <Paragraphs lines={waitingLines(session)} width={width} />;
	return (
		<Box flexDirection="column">
			{header.length ? (
				<Text bold={hurry || offline} {...(hurry || offline ? { color: color('warn') } : {})}>
					{header.join('\n')}
				</Text>
			) : null}
			{body}
		</Box>
	);
}
