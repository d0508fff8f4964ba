import { Text, useInput } from 'ink';
import type { ReactNode } from 'react';
import { type AppState, type Dispatch, findChapter } from '../../core/app-state.js';
import type { Page } from '../../core/schema.js';
import { layoutPage, type PageLineKind } from '../../core/page-layout.js';
import { LineView, maxScroll } from '../widgets/layout.js';
import { Spans } from '../widgets/spans.js';
import { color } from '../theme.js';
import { t } from '../../core/i18n/messages.js';

const STYLE: Record<PageLineKind, { bold?: boolean; color?: string }> = {
	title: { bold: true },
	text: {},
	blank: {},
	diagram: { color: color('accent') },
	caption: { color: color('muted') },
	point: { color: color('good') },
};

/** A page as rendered lines: the core's layout with each kind of line styled, `code` in the accent colour. */
export function pageLines(page: Page, width: number): ReactNode[] {
	return layoutPage(page, width).map((line, i) => {
		if (line.kind === 'blank') return '';
		if (!line.spans) return <Text key={i} {...STYLE[line.kind]}>{line.text}</Text>;
		return (
			<Text key={i} {...STYLE[line.kind]}>
				<Spans spans={line.spans} />
			</Text>
		);
	});
}

export function LessonScreen(props: {
	state: AppState;
	dispatch: Dispatch;
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
	if (!page) return <Text>{t().app.lesson.gone}</Text>;
	return <LineView lines={lines} height={height} scroll={props.scroll} />;
}
