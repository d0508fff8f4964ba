import { Box, Text } from 'ink';
import { type AppIntent, type AppState, findChapter } from '../../core/app-state.js';
import { chapterStatus } from '../../core/progress.js';
import { localize } from '../../core/text.js';
import { wrapText } from '../../core/wrap.js';
import { Menu } from '../widgets/menu.js';
import { color } from '../theme.js';
import { newSeed } from '../seed.js';

export function ChapterScreen(props: { state: AppState; dispatch: (intent: AppIntent) => void; width: number; height: number; chapterId: string; focus: 'read' | 'quiz' | 'walks' }) {
	const { state, dispatch, width } = props;
	const chapter = findChapter(state.bank, props.chapterId);
	if (!chapter) return <Text>This chapter is no longer in the lesson bank.</Text>;
	const status = chapterStatus(state.bank, state.progress, chapter.id);
	const active = state.progress.activeQuiz;
	const quizOpen = active?.chapterId === chapter.id && active.mode === 'quiz';
	const best = status.bestScore ? `best ${status.bestScore.correct}/${status.bestScore.total}` : 'not taken yet';
	const items = [
		{ key: 'read', label: `Read the lesson (${status.pagesRead}/${status.pagesTotal} pages read)`, value: 'read' },
		{
			key: 'quiz',
			label: quizOpen
				? `Continue the quiz (${Object.keys(active.results).length}/${active.questionIds.length} answered)`
				: `Take the quiz (${status.questionsTotal} questions, ${best})`,
			value: 'quiz',
		},
		...(chapter.walks?.length ? [{ key: 'walks', label: `Packet walks (${chapter.walks.length}): step a packet through the kernel`, value: 'walks' }] : []),
		{ key: 'home', label: 'Back to the chapter list', value: 'home' },
	];
	return (
		<Box flexDirection="column">
			{wrapText(localize(chapter.summary), width).map((line, i) => (
				<Text key={i} color={color('muted')}>
					{line}
				</Text>
			))}
			<Text> </Text>
			<Menu
				items={items}
				focus={props.focus}
				width={width}
				height={Math.max(1, props.height - 1 - wrapText(localize(chapter.summary), width).length)}
				onSelect={(item) => {
					if (item.value === 'read') dispatch({ type: 'read', chapterId: chapter.id });
					else if (item.value === 'quiz') dispatch({ type: 'start-quiz', chapterId: chapter.id, seed: newSeed() });
					else if (item.value === 'walks') dispatch({ type: 'open-walks', chapterId: chapter.id });
					else dispatch({ type: 'open', screen: 'home' });
				}}
			/>
		</Box>
	);
}
