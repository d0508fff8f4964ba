import { Box, Text } from 'ink';
import { type AppState, type Dispatch, reviewQuestions } from '../../core/app-state.js';
import { missedQuestions, quizScore, type QuizSession } from '../../core/quiz.js';
import { t } from '../../core/i18n/messages.js';
import { localize } from '../../core/text.js';
import { truncateSpans } from '../../core/inline.js';
import { textWidth, wrapText } from '../../core/wrap.js';
import { Menu } from '../widgets/menu.js';
import { Spans } from '../widgets/spans.js';
import { color } from '../theme.js';
import { newSeed } from '../seed.js';

export function ResultsScreen(props: { state: AppState; session: QuizSession; dispatch: Dispatch; width: number; height: number }) {
	const { session, dispatch, width, height } = props;
	const text = t().app.results;
	const { correct, total } = quizScore(session);
	const percent = Math.round((100 * correct) / Math.max(1, total));
	const missed = missedQuestions(session);
	const chapterId = session.chapterId;
	const quick = session.mode === 'quick';
	const best = chapterId && session.mode === 'quiz' ? props.state.progress.chapters[chapterId]?.bestScore : undefined;
	// Review covers every chapter: due cards, then wrong or hinted answers not reviewed yet, as on the home screen.
	const toReview = reviewQuestions(props.state).length;
	const items = [
		...(toReview > 0 ? [{ key: 'review', label: text.reviewNow(toReview), value: 'review' }] : []),
		...(chapterId && session.mode === 'quiz' ? [{ key: 'retake', label: text.retake, value: 'retake' }] : []),
		...(quick ? [{ key: 'quick', label: text.anotherQuick, value: 'quick' }] : []),
		{ key: 'home', label: text.home, value: 'home' },
	];
	// Explain answers are self-graded: "right" is 75% of the key points or more, as the learner ticked them.
	const score = text.score(session.mode, correct, total, percent);
	const bestText = best ? text.bestSoFar(best.correct, best.total) : '';
	// The best score goes on its own line rather than wrap in the middle.
	const bestApart = Boolean(best) && textWidth(`${score}   ${bestText}`) > width;
	const note = quick ? wrapText(text.quickNote, width) : [];
	const room = Math.max(0, height - 4 - items.length - note.length - (bestApart ? 1 : 0));
	const shown = missed.length > room ? missed.slice(0, Math.max(0, room - 1)) : missed;
	return (
		<Box flexDirection="column">
			<Text bold color={percent >= 80 ? color('good') : percent >= 50 ? color('warn') : color('bad')}>
				{score}
				{best && !bestApart ? <Text color={color('muted')}>{`   ${bestText}`}</Text> : null}
			</Text>
			{bestApart ? <Text color={color('muted')}>{bestText}</Text> : null}
			{note.length ? <Text color={color('muted')}>{note.join('\n')}</Text> : null}
			{missed.length > 0 ? <Text>{text.missed}</Text> : <Text color={color('good')}>{text.missedNone}</Text>}
			{shown.map((question) => (
				<Text key={question.id} color={color('muted')}>
					<Spans spans={truncateSpans(`  · ${localize(question.prompt)}`, width)} toned />
				</Text>
			))}
			{shown.length < missed.length ? <Text color={color('muted')}>{`  ${text.andMore(missed.length - shown.length)}`}</Text> : null}
			<Text> </Text>
			<Menu
				items={items}
				width={width}
				onSelect={(item) => {
					if (item.value === 'review') dispatch({ type: 'start-review', seed: newSeed() });
					else if (item.value === 'retake' && chapterId) dispatch({ type: 'start-quiz', chapterId, seed: newSeed() });
					else if (item.value === 'quick') dispatch({ type: 'start-quick', chapterId, seed: newSeed() });
					else dispatch({ type: 'open', screen: 'home', focus: chapterId ? `chapter:${chapterId}` : quick ? 'quick' : 'review' });
				}}
			/>
		</Box>
	);
}
