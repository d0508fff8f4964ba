import { Box, Text } from 'ink';
import { type AppState, type Dispatch, type ChapterFocus, findChapter, storedSession } from '../../core/app-state.js';
import { chapterStatus, sessionKey } from '../../core/progress.js';
import { answeredNote, closedQuestions, explainQuestions, QUICK_QUIZ_LENGTH } from '../../core/quiz.js';
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
	const chapter = findChapter(state.bank, props.chapterId);
	if (!chapter) return <Text>This chapter is no longer in the lesson bank.</Text>;
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
				<Text bold>Restart the quiz?</Text>
				{wrapText(`This attempt (${answeredNote(open)}) is discarded and a new one starts at question 1. Your answers stay in stats and review. Esc keeps it.`, width).map((line, i) => (
					<Text key={i} color={color('muted')}>
						{line}
					</Text>
				))}
				<Text> </Text>
				<Menu
					key="confirm"
					items={[
						{ key: 'no', label: 'No, keep this attempt', value: 'no' },
						{ key: 'yes', label: `Yes, discard ${given} answer${given === 1 ? '' : 's'} and start over`, value: 'yes' },
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

	const best = status.bestScore ? `best ${status.bestScore.correct}/${status.bestScore.total}` : 'not taken yet';
	const items = [
		{ key: 'read', label: `Read the lesson (${status.pagesRead}/${status.pagesTotal} pages read)`, value: 'read' },
		{
			key: 'quiz',
			label: open ? `Continue the quiz (${answeredNote(open)})` : `Take the quiz (${closed} questions, ${best})`,
			value: 'quiz',
		},
		...(open ? [{ key: 'restart', label: 'Restart quiz (asks first)', value: 'restart' }] : []),
		{
			key: 'quick',
			label: quick
				? `Continue the quick quiz (${answeredNote(quick)})`
				: `Quick quiz: ${Math.min(QUICK_QUIZ_LENGTH, closed)} questions, missed and unseen first${quickLast ? ` (last ${quickLast.correct}/${quickLast.total})` : ''}`,
			value: 'quick',
		},
		...(explainCount
			? [
					{
						key: 'explain',
						label: explaining ? `Continue explain it (${answeredNote(explaining)})` : `Explain it: interview practice (${explainCount} question${explainCount === 1 ? '' : 's'}, with follow-ups)`,
						value: 'explain',
					},
				]
			: []),
		...(chapter.walks?.length ? [{ key: 'walks', label: `Packet walks (${chapter.walks.length}): step a packet through the kernel`, value: 'walks' }] : []),
		{ key: 'home', label: 'Back to the chapter list', value: 'home' },
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
