// "Where am I?": the whereami report as a lab. ↑↓ move through the lines; the one under the cursor is explained.
import { Box, Text, useInput } from 'ink';
import { useEffect, useState } from 'react';
import type { HostReport, ReportLine, reportLines } from '../../core/whereami.js';
import { t } from '../../core/i18n/messages.js';
import { truncate, wrapText } from '../../core/wrap.js';
import { color } from '../theme.js';

/** Reads this machine (read-only) and builds the report; loaded on demand so start-up does not pay for it. */
export async function inspectThisHost(): Promise<HostReport> {
	const [{ probeHost }, { buildReport }] = await Promise.all([import('../../whereami-probe.js'), import('../../core/whereami.js')]);
	return buildReport(probeHost());
}

export function WhereamiScreen(props: { width: number; height: number; inspect?: () => Promise<HostReport> }) {
	const { width, height } = props;
	// The machine is read once; only the layout of the report follows the terminal's width.
	const [loaded, setLoaded] = useState<{ report: HostReport; layout: typeof reportLines } | undefined>();
	const [failure, setFailure] = useState<string | undefined>();
	const [cursor, setCursor] = useState(0);
	useEffect(() => {
		let live = true;
		Promise.all([(props.inspect ?? inspectThisHost)(), import('../../core/whereami.js')])
			.then(([report, { reportLines: layout }]) => live && setLoaded({ report, layout }))
			.catch((error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)));
		return () => {
			live = false;
		};
	}, [props.inspect]);
	// One column goes to the cursor mark.
	const lines: ReportLine[] | undefined = loaded?.layout(loaded.report, width - 1);
	// Every line with text is a stop, so the whole report (notes included) can be reached.
	const stops = (lines ?? []).flatMap((line, i) => (line.text.trim() ? [i] : []));
	useInput((input, key) => {
		const delta = key.downArrow || input === 'j' ? 1 : key.upArrow || input === 'k' ? -1 : key.pageDown ? 5 : key.pageUp ? -5 : 0;
		// Functional update: keys that arrive faster than frames all count.
		if (delta) setCursor((c) => Math.min(Math.max(0, stops.length - 1), Math.max(0, c + delta)));
	});
	if (failure) return <Text color={color('bad')}>{t().app.whereami.failed(failure)}</Text>;
	if (!lines) return <Text color={color('muted')}>{t().app.whereami.reading}</Text>;
	const at = stops[cursor] ?? 0;
	const explanation = wrapText(lines[at]?.explanation ?? '', width - 2).slice(0, 2);
	while (explanation.length < 2) explanation.push('');
	const room = Math.max(3, height - 3); // the separator and two lines of explanation
	const top = Math.min(Math.max(0, at - Math.floor(room / 2)), Math.max(0, lines.length - room));
	return (
		<Box flexDirection="column">
			{lines.slice(top, top + room).map((line, i) => {
				const here = top + i === at;
				return (
					<Text key={top + i} {...(here ? { color: color('accent') } : {})} bold={here}>
						{truncate(`${here ? '❯' : ' '}${line.text}`, width) || ' '}
					</Text>
				);
			})}
			<Text color={color('muted')}>{'─'.repeat(width)}</Text>
			{explanation.map((line, i) => (
				<Text key={i} color={color('good')}>{`  ${line}`}</Text>
			))}
		</Box>
	);
}
