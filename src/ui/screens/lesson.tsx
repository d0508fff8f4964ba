import { Text, useInput } from 'ink';
import type { ReactNode } from 'react';
import { type AppIntent, type AppState, findChapter } from '../../core/app-state.js';
import type { Page } from '../../core/schema.js';
import { localize } from '../../core/text.js';
import { truncate, wrapText } from '../../core/wrap.js';
import { LineView, maxScroll } from '../widgets/layout.js';
import { color } from '../theme.js';

/** A page as terminal lines: prose wrapped to the width, the diagram kept as drawn (cut, never wrapped). */
export function pageLines(page: Page, width: number): ReactNode[] {
	const lines: ReactNode[] = [];
	lines.push(
		<Text bold key="title">
			{truncate(localize(page.title), width)}
		</Text>,
	);
	for (const paragraph of page.body) {
		lines.push('');
		lines.push(...wrapText(localize(paragraph), width));
	}
	if (page.diagram) {
		lines.push('');
		for (const line of page.diagram.lines) lines.push(<Text color={color('accent')}>{truncate(line, width)}</Text>);
		if (page.diagram.caption) lines.push(<Text color={color('muted')}>{truncate(localize(page.diagram.caption), width)}</Text>);
	}
	if (page.keyPoints?.length) {
		lines.push('');
		for (const point of page.keyPoints) {
			wrapText(localize(point), width - 2).forEach((line, i) => lines.push(<Text color={color('good')}>{`${i === 0 ? '•' : ' '} ${line}`}</Text>));
		}
	}
	return lines;
}

export function LessonScreen(props: {
	state: AppState;
	dispatch: (intent: AppIntent) => void;
	width: number;
	height: number;
	chapterId: string;
	pageIndex: number;
	scroll: number;
}) {
	const { dispatch, width, height } = props;
	const chapter = findChapter(props.state.bank, props.chapterId);
	const page = chapter?.pages[props.pageIndex];
	const lines = page ? pageLines(page, width) : [];
	const max = maxScroll(lines.length, height);
	useInput((input, key) => {
		if (key.rightArrow || key.return || input === ' ' || input === 'n' || input === 'l') dispatch({ type: 'page', delta: 1 });
		else if (key.leftArrow || input === 'p' || input === 'h') dispatch({ type: 'page', delta: -1 });
		else if (key.downArrow || input === 'j') dispatch({ type: 'scroll', delta: 1, max });
		else if (key.upArrow || input === 'k') dispatch({ type: 'scroll', delta: -1, max });
		else if (key.pageDown) dispatch({ type: 'scroll', delta: height - 2, max });
		else if (key.pageUp) dispatch({ type: 'scroll', delta: -(height - 2), max });
	});
	if (!page) return <Text>This page is no longer in the lesson bank.</Text>;
	return <LineView lines={lines} height={height} scroll={props.scroll} />;
}
