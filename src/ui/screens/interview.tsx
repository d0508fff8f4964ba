// A mock interview: its plan before the clock starts, then each question (drawn by the quiz screen) under its clock.
import { Box, Text, useInput } from 'ink';
import { useCallback, useEffect } from 'react';
import type { ExplainStatus } from './explain.js';
import type { AppState, Dispatch } from '../../core/app-state.js';
import { clockText, formatSeconds, type InterviewSession, questionClock } from '../../core/interview/session.js';
import { t } from '../../core/i18n/messages.js';
import { wrapText } from '../../core/wrap.js';
import { color } from '../theme.js';
import { type QuestionScreenProps, QuizScreen } from './quiz.js';

/** The clock line above a question: in words, so overtime reads without colour (NO_COLOR). */
export function clockLine(session: InterviewSession): string | undefined {
	const clock = questionClock(session);
	if (!clock) return undefined;
	const answered = session.answeredAt[session.quiz.index] !== undefined;
	const text = t().app.interview;
	if (answered) return text.answeredIn(formatSeconds(clock.elapsed), formatSeconds(clock.limit), clock.overtime);
	return clock.overtime ? text.clockOver(clockText(clock)) : text.clock(clockText(clock));
}

function Intro({ state, session, dispatch, width }: { state: AppState; session: InterviewSession; dispatch: Dispatch; width: number }) {
	useInput((_input, key) => {
		if (key.return) dispatch({ type: 'interview', intent: { type: 'start' } });
	});
	const explain = session.quiz.items.filter((item) => item.question.type === 'explain').length;
	const followUps = session.questions.filter((q) => q.followUpOf).length;
	const chapters = [...new Set(session.questions.map((q) => q.chapterId))].map((id) => state.bank.chapters.find((c) => c.id === id)?.order).filter((n) => n !== undefined).sort((a, b) => a - b);
	const limits = [...new Set(session.questions.map((q) => q.limitSeconds))].sort((a, b) => b - a).map(formatSeconds);
	const text = t().app.interview;
	const paragraphs = [
		text.plan(session.questions.length, session.minutes, chapters),
		explain ? text.explainPart(explain, followUps, session.questions.length) : text.noExplain,
		text.clocks(limits),
		text.answerAs,
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

export function InterviewScreen(props: QuestionScreenProps & { state: AppState; session: InterviewSession }) {
	const { session, dispatch, width, height } = props;
	const { onExplain } = props;
	// An explain answer's clock stops when it is spoken (Ctrl+D), before the learner grades it.
	const explainStatus = useCallback(
		(status: ExplainStatus) => {
			onExplain?.(status);
			dispatch({ type: 'interview', intent: { type: status.stage === 'grading' ? 'spoken' : 'resumed' } });
		},
		[onExplain, dispatch],
	);
	const running = session.phase === 'asking' && session.answeredAt[session.quiz.index] === undefined;
	// The clock on screen moves once a second; the time itself comes from the app's one clock (each intent is stamped).
	useEffect(() => {
		if (!running) return;
		const timer = setInterval(() => dispatch({ type: 'interview', intent: { type: 'tick' } }), 1000);
		return () => clearInterval(timer);
	}, [running, dispatch]);
	if (session.phase === 'intro') return <Intro state={props.state} session={session} dispatch={dispatch} width={width} />;
	const line = clockLine(session);
	const clock = questionClock(session);
	const clockRows = line ? wrapText(line, width) : [];
	return (
		<Box flexDirection="column">
			{clockRows.length ? (
				<Text bold={clock?.overtime === true} {...(clock?.overtime ? { color: color('warn') } : {})}>
					{clockRows.join('\n')}
				</Text>
			) : null}
			<QuizScreen
				key={`${session.id}:${session.quiz.index}`}
				session={session.quiz}
				scroll={props.scroll}
				dispatch={dispatch}
				width={width}
				height={Math.max(1, height - clockRows.length)}
				links={props.links}
				{...(props.onAsking ? { onAsking: props.onAsking } : {})}
				onExplain={explainStatus}
				previous={props.previous}
			/>
		</Box>
	);
}
