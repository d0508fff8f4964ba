// A room's quiz for one attendee: what the room holds, then each question (drawn by the quiz screen) under its
// countdown, then the results with the result code to paste into the call's chat.
import { Box, Text, useInput } from 'ink';
import { useCallback, useEffect } from 'react';
import type { AppState, Dispatch } from '../../core/app-state.js';
import { formatSeconds } from '../../core/interview/session.js';
import { roomResultLines } from '../../core/room/results-lines.js';
import { countdown, roomResultCode, type RoomSession } from '../../core/room/session.js';
import { t } from '../../core/i18n/messages.js';
import { wrapText } from '../../core/wrap.js';
import { color } from '../theme.js';
import { type QuestionScreenProps, QuizScreen, ScrolledLines } from './quiz.js';

/** Seconds left at which the countdown turns to a warning. */
const HURRY = 5;

/** The countdown line above a question, in words (NO_COLOR reads the same). */
export function countdownLine(session: RoomSession): string | undefined {
	const clock = countdown(session);
	if (!clock) return undefined;
	if (clock.extra) return t().app.room.timeUp(formatSeconds(clock.left));
	return t().app.room.timeLeft(formatSeconds(clock.left));
}

function Intro({ state, session, dispatch, width }: { state: AppState; session: RoomSession; dispatch: Dispatch; width: number }) {
	useInput((_input, key) => {
		if (key.return) dispatch({ type: 'room', intent: { type: 'start' } });
	});
	const total = session.quiz.items.length;
	const done = session.answers.length;
	const chapters = [...new Set(session.quiz.items.map((item) => state.bank.questions.get(item.question.id)?.chapter.order))].filter((n) => n !== undefined).sort((a, b) => a - b);
	const text = t().app.room;
	const paragraphs = [
		text.plan(session.code, total, chapters, session.seconds),
		text.noHints,
		text.atZero,
		done ? text.resumed(done, total) : text.saved,
		...(session.name ? [text.yourName(session.name)] : []),
	];
	return (
		<Box flexDirection="column">
			{paragraphs.flatMap((p, i) => [...wrapText(p, width).map((line, j) => <Text key={`${i}:${j}`}>{line}</Text>), <Text key={`${i}:gap`}> </Text>])}
			<Text bold color={color('accent')}>
				{text.start}
			</Text>
		</Box>
	);
}

function Results(props: { session: RoomSession; dispatch: Dispatch; width: number; height: number; scroll: number; links: boolean }) {
	const { session, ...rest } = props;
	return <ScrolledLines lines={roomResultLines(session, roomResultCode(session))} {...rest} />;
}

export function RoomScreen(props: QuestionScreenProps & { state: AppState; session: RoomSession }) {
	const { session, dispatch, width, height } = props;
	const running = session.phase === 'asking';
	// The countdown moves once a second; the time itself comes from the app's one clock (each intent is stamped).
	useEffect(() => {
		if (!running) return;
		const timer = setInterval(() => dispatch({ type: 'room', intent: { type: 'tick' } }), 1000);
		return () => clearInterval(timer);
	}, [running, dispatch]);
	const onDraft = useCallback((text: string) => dispatch({ type: 'room', intent: { type: 'draft', text } }), [dispatch]);
	if (session.phase === 'intro') return <Intro state={props.state} session={session} dispatch={dispatch} width={width} />;
	if (session.phase === 'finished') return <Results session={session} dispatch={dispatch} width={width} height={height} scroll={props.scroll} links={props.links} />;
	const line = countdownLine(session);
	const clock = countdown(session);
	const rows = line ? wrapText(line, width) : [];
	const hurry = clock !== undefined && (clock.extra || clock.left <= HURRY);
	return (
		<Box flexDirection="column">
			<Text bold={hurry} {...(hurry ? { color: color('warn') } : {})}>
				{rows.join('\n')}
			</Text>
			<QuizScreen
				key={`${session.code}:${session.quiz.index}`}
				session={session.quiz}
				scroll={props.scroll}
				dispatch={dispatch}
				width={width}
				height={Math.max(1, height - rows.length)}
				links={props.links}
				{...(props.onAsking ? { onAsking: props.onAsking } : {})}
				onDraft={onDraft}
				previous={undefined}
			/>
		</Box>
	);
}
