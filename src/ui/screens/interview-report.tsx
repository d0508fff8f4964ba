// The report at the end of a mock interview (laid out in core/interview/report-lines.ts), scrolled with ↑↓.
import { Text, useInput } from 'ink';
import type { AppState, Dispatch } from '../../core/app-state.js';
import { reportLines } from '../../core/interview/report-lines.js';
import { reportOf } from '../../core/interview/report.js';
import { LineView, maxScroll } from '../widgets/layout.js';
import { color } from '../theme.js';
import { t } from '../../core/i18n/messages.js';

export function InterviewReportScreen(props: { state: AppState; id: string; scroll: number; dispatch: Dispatch; width: number; height: number }) {
	const { state, dispatch, width, height } = props;
	const report = reportOf(state.bank, state.progress.interviews ?? [], props.id);
	const lines = report ? reportLines(report, width) : [{ text: t().app.interview.gone }];
	const max = maxScroll(lines.length, height);
	useInput((input, key) => {
		if (key.return) dispatch({ type: 'open', screen: 'home', focus: 'interview' });
		else if (key.downArrow || input === 'j') dispatch({ type: 'scroll', delta: 1, max });
		else if (key.upArrow || input === 'k') dispatch({ type: 'scroll', delta: -1, max });
	});
	const drawn = lines.map((line, i) => (
		<Text key={i} bold={line.bold ?? false} {...(line.tone ? { color: color(line.tone) } : {})}>
			{line.text || ' '}
		</Text>
	));
	return <LineView lines={drawn} height={height} scroll={props.scroll} />;
}
