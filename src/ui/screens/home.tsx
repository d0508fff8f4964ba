import { Box, Text } from 'ink';
import { type AppIntent, type AppState, continueTarget } from '../../core/app-state.js';
import { computeStats } from '../../core/progress.js';
import { localize } from '../../core/text.js';
import { truncate } from '../../core/wrap.js';
import { Menu } from '../widgets/menu.js';
import { ProgressBar } from '../widgets/progress-bar.js';
import { color } from '../theme.js';
import { newSeed } from '../seed.js';

type Item = { key: string; label: string; value: string; number?: number; fraction?: number; detail?: string };

function continueLabel(state: AppState): string {
	const target = continueTarget(state);
	if (!target) return `Start: ${localize(state.bank.chapters[0]?.title ?? 'chapter 1')}`;
	if (target.kind === 'quiz') {
		const answered = Object.keys(target.session.results).length;
		const where = target.session.chapterId ? localize(state.bank.chapters.find((c) => c.id === target.session.chapterId)?.title ?? '') : 'review';
		return `Continue quiz: ${where} (${answered}/${target.session.items.length} answered)`;
	}
	return `Continue: ${localize(target.chapter.title)}, page ${target.pageIndex + 1}/${target.chapter.pages.length}`;
}

export function HomeScreen(props: { state: AppState; dispatch: (intent: AppIntent) => void; quit: () => void; width: number; height: number; focus?: string | undefined }) {
	const { state, dispatch, quit, width, height } = props;
	const stats = computeStats(state.bank, state.progress);
	const barWidth = 10;
	const labelWidth = Math.max(10, width - barWidth - 18);
	const items: Item[] = [
		{ key: 'continue', label: continueLabel(state), value: 'continue' },
		...state.bank.chapters.map((chapter, i) => {
			const status = stats.chapters[i];
			const best = status?.bestScore ? `best ${Math.round((100 * status.bestScore.correct) / status.bestScore.total)}%` : '';
			return {
				key: chapter.id,
				label: `${chapter.order}. ${localize(chapter.title)}`,
				value: `chapter:${chapter.id}`,
				number: chapter.order,
				fraction: status?.fraction ?? 0,
				detail: best,
			};
		}),
		{ key: 'review', label: `Review mistakes (${stats.mistakesToReview})`, value: 'review' },
		{ key: 'stats', label: 'Stats', value: 'stats' },
		{ key: 'whereami', label: 'Where am I? Inspect this machine (a namespaces lab)', value: 'whereami' },
		{ key: 'quit', label: 'Quit', value: 'quit' },
	];
	const onSelect = (item: { value: string }) => {
		if (item.value === 'continue') dispatch({ type: 'continue', seed: newSeed() });
		else if (item.value.startsWith('chapter:')) dispatch({ type: 'open-chapter', chapterId: item.value.slice(8) });
		else if (item.value === 'review') dispatch({ type: 'start-review', seed: newSeed() });
		else if (item.value === 'stats') dispatch({ type: 'open', screen: 'stats' });
		else if (item.value === 'whereami') dispatch({ type: 'open', screen: 'whereami' });
		else if (item.value === 'quit') quit();
	};
	return (
		<Box flexDirection="column">
			<Menu
				items={items}
				onSelect={onSelect}
				height={height}
				focus={props.focus}
				render={(item) => {
					const text = truncate(item.label, item.fraction === undefined ? width - 4 : labelWidth);
					if (item.fraction === undefined) return text;
					return (
						<>
							{text}
							{' '.repeat(Math.max(1, labelWidth - text.length + 1))}
							<ProgressBar fraction={item.fraction} width={barWidth} />
							<Text color={color('muted')}> {item.detail}</Text>
						</>
					);
				}}
			/>
		</Box>
	);
}
