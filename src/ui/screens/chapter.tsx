import { Box, Text } from 'ink';
import { type AppState, type Dispatch, type ChapterFocus, findChapter, storedSession } from '../../core/app-state.js';
import { chapterStatus, sessionKey } from '../../core/progress.js';
import { answeredNote, closedQuestions, explainQuestions, QUICK_QUIZ_LENGTH } from '../../core/quiz.js';
import { t } from '../../core/i18n/messages.js';
import { localize } from '../../core/text.js';
import { wrapText } from '../../core/wrap.js';
import { Menu } from '../widgets/menu.js';
import { color } from '../theme.js';
import { newSeed } from '../seed.js';

export function ChapterScreen(props: {
	state: AppState;
	dispatch: Dispatch;
	width: number;
	height: number;
	chapterId: string;
	focus: ChapterFocus;
	confirm?: 'restart' | undefined;
}) {
	const { state, dispatch, width } = props;
	const text = t().app.chapter;
	const chapter = findChapter(state.bank, props.chapterId);
	if (!chapter) return <Text>{text.gone}</Text>;
	const status = chapterStatus(state.bank, state.progress, chapter.id);
	const open = storedSession(state, sessionKey({ mode: 'quiz', chapterId: chapter.id }));
	const quickKey = sessionKey({ mode: 'quick', chapterId: chapter.id });
	const quick = storedSession(state, quickKey);
	const quickLast = state.progress.quickScores?.[quickKey];
	const summary = wrapText(localize(chapter.summary), width);
	// The quizzes ask closed questions; explain questions are practised on their own, with their follow-ups.
	const closed = closedQuestions(chapter.questions).length;
	const explainCount = explainQuestions(chapter.questions).length;
	const explaining = storedSession(state, sessionKey({ mode: 'explain', chapterId: chapter.id }));

	if (props.confirm === 'restart' && open) {
		const given = Object.keys(open.results).length;
		return (
			<Box flexDirection="column">
				<Text bold>{text.restartTitle}</Text>
				{wrapText(text.restartText(answeredNote(open)), width).map((line, i) => (
					<Text key={i} color={color('muted')}>
						{line}
					</Text>
				))}
				<Text> </Text>
				<Menu
					key="confirm"
					items={[
						{ key: 'no', label: text.keepAttempt, value: 'no' },
						{ key: 'yes', label: text.discardAttempt(given), value: 'yes' },
					]}
					width={width}
					onSelect={(item) => {
						if (item.value === 'yes') dispatch({ type: 'restart-quiz', chapterId: chapter.id, seed: newSeed() });
						else dispatch({ type: 'back' });
					}}
				/>
			</Box>
		);
	}

	const best = status.bestScore ? text.best(status.bestScore.correct, status.bestScore.total) : text.notTaken;
	const items = [
		{ key: 'read', label: text.read(status.pagesRead, status.pagesTotal), value: 'read' },
		{
			key: 'quiz',
			label: open ? text.continueQuiz(answeredNote(open)) : text.takeQuiz(closed, best),
			value: 'quiz',
		},
		...(open ? [{ key: 'restart', label: text.restart, value: 'restart' }] : []),
		{
			key: 'quick',
			label: quick ? text.continueQuick(answeredNote(quick)) : text.quick(Math.min(QUICK_QUIZ_LENGTH, closed), quickLast),
			value: 'quick',
		},
		...(explainCount
			? [
					{
						key: 'explain',
						label: explaining ? text.continueExplain(answeredNote(explaining)) : text.explain(explainCount),
						value: 'explain',
					},
				]
			: []),
		...(chapter.walks?.length ? [{ key: 'walks', label: text.walks(chapter.walks.length), value: 'walks' }] : []),
		{ key: 'home', label: text.home, value: 'home' },
	];
	return (
		<Box flexDirection="column">
			{summary.map((line, i) => (
				<Text key={i} color={color('muted')}>
					{line}
				</Text>
			))}
			<Text> </Text>
			<Menu
				key="menu"
				items={items}
				focus={props.focus}
				width={width}
				height={Math.max(1, props.height - 1 - summary.length)}
				onSelect={(item) => {
					if (item.value === 'read') dispatch({ type: 'read', chapterId: chapter.id });
					else if (item.value === 'quiz') dispatch({ type: 'start-quiz', chapterId: chapter.id, seed: newSeed() });
					else if (item.value === 'restart') dispatch({ type: 'ask-restart', chapterId: chapter.id });
					else if (item.value === 'quick') dispatch({ type: 'start-quick', chapterId: chapter.id, seed: newSeed() });
					else if (item.value === 'explain') dispatch({ type: 'start-explain', chapterId: chapter.id, seed: newSeed() });
					else if (item.value === 'walks') dispatch({ type: 'open-walks', chapterId: chapter.id });
					else dispatch({ type: 'open', screen: 'home', focus: `chapter:${chapter.id}` });
				}}
			/>
		</Box>
	);
}
