// The Ink root of `room host`: the trainer's projected screen, over the room's HostControl. It draws the lines of
// core/room/live/host-lines.ts for the room's phase and turns keys into open, reveal and finish; the network edge
// behind the control does the rest. Redrawn on every change of the room, and once a second while a question is open.
import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useReducer, useState } from 'react';
import { escapeForTerminal } from '../../core/escape.js';
import { t } from '../../core/i18n/messages.js';
import { hostLines, revealReady, stillAnswering } from '../../core/room/live/host-lines.js';
import type { HostControl } from '../../core/room/live/link.js';
import { useKeyByKey } from '../hooks/use-key-by-key.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { bodyHeight, type KeyHint, Layout, LineView, maxScroll, warningLines } from '../widgets/layout.js';

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 12;
/** A projector's line can be longer than a reading one, but not endless. */
const MAX_WIDTH = 120;
/** The key that reveals an open question at once. */
const REVEAL = 'r';

/** The host's screen draws at most this often while the room changes (20 a second: faster than a projector is read). */
const REDRAW_MS = 50;

/** `redrawMs`: the least time between two draws for room changes (tests draw every change: 0). */
export function LiveHostApp({ control, now, onExit, redrawMs = REDRAW_MS }: { control: HostControl; now: () => Date; onExit: () => void; redrawMs?: number }) {
	const { exit } = useApp();
	const { columns, rows } = useTerminalSize();
	const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;
	useKeyByKey();
	// The room changes outside React (answers arrive): a change, and each second of a countdown, draws again. A
	// burst of changes (300 joins in a second) draws at most every REDRAW_MS: the first at once, the last too.
	const [, redraw] = useReducer((n: number) => n + 1, 0);
	useEffect(() => {
		let last = 0;
		let pending: NodeJS.Timeout | undefined;
		const unsubscribe = control.subscribe(() => {
			if (pending) return;
			const wait = last + redrawMs - Date.now();
			if (wait <= 0) {
				last = Date.now();
				redraw();
				return;
			}
			pending = setTimeout(() => {
				pending = undefined;
				last = Date.now();
				redraw();
			}, wait);
		});
		return () => {
			clearTimeout(pending);
			unsubscribe();
		};
	}, [control, redrawMs]);
	const view = control.view();
	const { state } = view;
	const { phase } = state;
	useEffect(() => {
		if (phase !== 'open') return;
		const timer = setInterval(redraw, 1000);
		return () => clearInterval(timer);
	}, [phase]);

	const [scroll, setScroll] = useState(0);
	const [confirm, setConfirm] = useState(false);
	const [notice, setNotice] = useState<string | undefined>(undefined);
	const [warned, setWarned] = useState(false);
	// A new question or phase starts at its top, without the last one's notice.
	const where = `${phase}:${state.index}`;
	const [shown, setShown] = useState(where);
	if (shown !== where) {
		setShown(where);
		setScroll(0);
		setNotice(undefined);
	}
	// "Nobody has joined yet" goes as soon as someone joins: it would contradict the count under it.
	const nobody = phase === 'lobby' && state.attendees.length === 0;
	if (notice === t().app.liveHost.nobodyYet && !nobody) setNotice(undefined);

	const say = t().app.liveHost;
	const width = Math.min(Math.max(columns, MIN_COLUMNS) - 1, MAX_WIDTH);
	const warning = view.saveError ? say.saveError(escapeForTerminal(view.saveError)) : undefined;
	const line = confirm ? say.confirmEnd : notice;
	const height = bodyHeight(Math.max(rows, MIN_ROWS), warningLines(warning, width).length + (line ? 1 : 0));
	const lines = hostLines(view, now(), width, height);
	const max = maxScroll(lines.length, height);
	const top = Math.min(scroll, max);

	const quit = () => {
		onExit();
		exit();
	};
	useInput((input, key) => {
		if (key.ctrl && input === 'c') return quit();
		if (tooSmall) return;
		// The room as it is now, not as this handler's render saw it: answers and joins arrive between draws, and
		// a key can reach a handler that React has not replaced yet (an Enter in the lobby met "nobody has joined").
		const { state } = control.view();
		const { phase } = state;
		setNotice(undefined);
		if (confirm) {
			if (input === 'y') {
				setConfirm(false);
				control.finish();
			} else if (input === 'n' || key.escape) setConfirm(false);
			return;
		}
		const page = Math.max(1, height - 2);
		const delta = key.downArrow || input === 'j' ? 1 : key.upArrow || input === 'k' ? -1 : key.pageDown || input === ' ' ? page : key.pageUp ? -page : 0;
		if (delta) return setScroll(Math.max(0, Math.min(max, top + delta)));
		if (input === 'q' || key.escape) {
			if (phase === 'finished') quit();
			else setConfirm(true);
			return;
		}
		if (phase === 'lobby' && key.return) {
			if (state.attendees.length === 0 && !warned) {
				setWarned(true);
				setNotice(say.nobodyYet);
			} else control.open();
		} else if (phase === 'open' && input === REVEAL) control.reveal();
		else if (phase === 'open' && key.return) {
			if (revealReady(state, now())) control.reveal();
			else setNotice(say.stillAnswering(REVEAL, stillAnswering(state)));
		} else if (phase === 'revealed' && key.return) control.open();
	});

	if (tooSmall) return <Text>{say.tooSmall(MIN_COLUMNS, MIN_ROWS)}</Text>;
	const keys = say.keys;
	const end: KeyHint = { keys: 'q/Esc', action: keys.end };
	const leave: KeyHint = { keys: 'Ctrl+C', action: keys.leave };
	const scrolls: KeyHint[] = max > 0 ? [{ keys: '↑↓', action: keys.scroll }] : [];
	const last = state.index + 1 >= state.questionIds.length;
	const hints: KeyHint[] = confirm
		? [{ keys: 'y', action: keys.yes }, { keys: 'n/Esc', action: keys.no }]
		: phase === 'lobby'
			? [{ keys: 'Enter', action: keys.openFirst }, ...scrolls, end, leave]
			: phase === 'open'
				? [{ keys: revealReady(state, now()) ? `Enter/${REVEAL}` : REVEAL, action: keys.reveal }, ...scrolls, end, leave]
				: phase === 'revealed'
					? [{ keys: 'Enter', action: last ? keys.toSummary : keys.next }, ...scrolls, end, leave]
					: [{ keys: '↑↓/PgUp/PgDn', action: keys.scroll }, { keys: 'q/Esc', action: keys.quit }];
	const right = phase === 'lobby' ? (state.attendees.length ? say.lobbyJoined(state.attendees.length) : say.lobby) : phase === 'finished' ? say.summary : say.questionRight(state.index + 1, state.questionIds.length);
	return (
		<Box flexDirection="column">
			{warning ? <Text bold>{warningLines(warning, width).join('\n')}</Text> : null}
			<Layout title={say.title(state.code)} right={right} width={width} hints={hints} notice={line}>
				<LineView lines={lines} height={height} scroll={top} />
			</Layout>
		</Box>
	);
}
