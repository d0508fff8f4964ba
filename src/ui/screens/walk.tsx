// Packet walks: the list of a chapter's walks, and one walk, watched hop by hop or routed by the learner.
import { Box, Text, useInput } from 'ink';
import type { AppState, Dispatch } from '../../core/app-state.js';
import { findChapter } from '../../core/app-state.js';
import { codeSpans } from '../../core/inline.js';
import { t } from '../../core/i18n/messages.js';
import { localize } from '../../core/text.js';
import { textWidth, truncate, wrapText } from '../../core/wrap.js';
import { changedFields, pickFeedback, pickLabel, routeChoices, routeFinished, routeQuestion, routeScore, type WalkIntent, type WalkSession } from '../../core/walk.js';
import { Menu } from '../widgets/menu.js';
import { Spans } from '../widgets/spans.js';
import { color } from '../theme.js';
import { newSeed } from '../seed.js';

export function WalksScreen(props: { state: AppState; dispatch: Dispatch; width: number; height: number; chapterId: string; focus?: string | undefined }) {
	const { state, dispatch, width, chapterId } = props;
	const walks = findChapter(state.bank, chapterId)?.walks ?? [];
	const intro = wrapText(t().app.walk.intro, width);
	const items = walks.map((walk, i) => {
		const best = state.progress.walks?.[`${chapterId}/${walk.id}`]?.best;
		const score = best ? `  ${t().app.walk.routedBest(best.correct, best.total)}` : '';
		return { key: walk.id, label: truncate(`${i + 1}. ${localize(walk.title)}${score}`, width - 2), value: walk.id, number: i + 1 };
	});
	return (
		<Box flexDirection="column">
			{intro.map((line, i) => (
				<Text key={i} color={color('muted')}>
					{line}
				</Text>
			))}
			<Text> </Text>
			<Menu
				items={items}
				focus={props.focus}
				height={Math.max(1, props.height - intro.length - 1)}
				onSelect={(item) => dispatch({ type: 'start-walk', chapterId, walkId: item.value, seed: newSeed() })}
			/>
		</Box>
	);
}

/** The diagram with the current hop's mark shown in reverse video. */
function Diagram({ lines, mark, width }: { lines: string[]; mark: string; width: number }) {
	return (
		<Box flexDirection="column">
			{lines.map((raw, i) => {
				const line = truncate(raw, width);
				const at = line.indexOf(mark);
				if (at === -1) return <Text key={i} color={color('accent')}>{line || ' '}</Text>;
				return (
					<Text key={i} color={color('accent')}>
						{line.slice(0, at)}
						<Text inverse bold>
							{mark}
						</Text>
						{line.slice(at + mark.length)}
					</Text>
				);
			})}
		</Box>
	);
}

function addressTexts(session: WalkSession): { src: string; dst: string } {
	const hop = session.walk.hops[session.step];
	const changed = changedFields(session.walk, session.step);
	// src and dst are the packet's field names, the same in every language.
	const mark = t().app.walk.changed;
	return { src: `src ${hop?.src ?? ''}${changed.src ? mark : ''}`, dst: `dst ${hop?.dst ?? ''}${changed.dst ? mark : ''}` };
}

/** Rows the addresses take: one when both fit on a line, else one each. */
function addressRows(session: WalkSession, width: number): number {
	const { src, dst } = addressTexts(session);
	return 2 + textWidth(src) + 3 + textWidth(dst) <= width ? 1 : 2;
}

/** Text lines cut to `room` rows; when cut, the last row says so instead of hiding the rest without a word. */
function fitLines(lines: string[], room: number, width: number): { lines: string[]; more?: string } {
	if (lines.length <= room) return { lines };
	return { lines: lines.slice(0, Math.max(0, room - 1)), more: truncate(`  ${t().app.walk.more}`, width) };
}

function Addresses({ session, width }: { session: WalkSession; width: number }) {
	const hop = session.walk.hops[session.step];
	if (!hop) return null;
	const changed = changedFields(session.walk, session.step);
	const { src, dst } = addressTexts(session);
	const field = (text: string, isChanged: boolean) => (
		<Text {...(isChanged ? { color: color('warn') } : {})} bold={isChanged}>
			{truncate(text, width - 2)}
		</Text>
	);
	// One line when both fit, else one line each (never a wrap in the middle of an address).
	if (addressRows(session, width) === 1) {
		return (
			<Text>
				{'  '}
				{field(src, changed.src)}
				{'   '}
				{field(dst, changed.dst)}
			</Text>
		);
	}
	return (
		<Box flexDirection="column">
			<Text>
				{'  '}
				{field(src, changed.src)}
			</Text>
			<Text>
				{'  '}
				{field(dst, changed.dst)}
			</Text>
		</Box>
	);
}

/** Whether the walk's diagram fits beside the text below it; if not, a one-line note takes its place. */
function diagramFits(session: WalkSession, width: number, height: number): boolean {
	const { diagram } = session.walk;
	return diagram.length + 6 <= height && Math.max(...diagram.map((line) => line.length)) <= width;
}

export function WalkScreen(props: { session: WalkSession; dispatch: Dispatch; width: number; height: number }) {
	const { session, dispatch, width, height } = props;
	const { walk } = session;
	const hop = walk.hops[session.step];
	const last = walk.hops.length - 1;
	const send = (intent: WalkIntent) => dispatch({ type: 'walk', intent });
	const routing = session.mode === 'route';
	const done = routeFinished(session);
	useInput((input, key) => {
		if (!routing) {
			if (key.rightArrow || key.return || input === 'n' || input === ' ') send({ type: 'step', delta: 1 });
			else if (key.leftArrow || input === 'p') send({ type: 'step', delta: -1 });
			if (input === 'r') send({ type: 'route' });
		} else if (session.pending && (key.return || input === ' ' || key.rightArrow)) send({ type: 'continue' });
		else if (done && input === 'r') send({ type: 'route' });
		else if (done && input === 'w') send({ type: 'watch' });
	});
	if (!hop) return null;
	const words = t().app.walk;
	const fits = diagramFits(session, width, height);
	const widest = Math.max(...walk.diagram.map((line) => line.length));
	const diagram = fits ? (
		<Diagram lines={walk.diagram} mark={hop.mark} width={width} />
	) : (
		<Text color={color('muted')}>{truncate(words.diagramNeeds(widest + 1, walk.diagram.length + 10), width)}</Text>
	);
	// Rows under the diagram (or its note) and the blank line after it.
	const below = height - (fits ? walk.diagram.length : 1) - 1;
	if (!routing) {
		const end = session.step === last ? `  ${words.end}` : '';
		const text = fitLines(wrapText(localize(hop.actor), width - 2), Math.max(1, below - 1 - addressRows(session, width) - (end ? 1 : 0)), width);
		const actor = text.lines;
		return (
			<Box flexDirection="column">
				{diagram}
				<Text> </Text>
				<Text bold>{truncate(words.hop(session.step + 1, walk.hops.length, localize(hop.label)), width)}</Text>
				<Addresses session={session} width={width} />
				{codeSpans(actor).map((spans, i) => (
					<Text key={i}>
						{'  '}
						<Spans spans={spans} />
					</Text>
				))}
				{text.more ? <Text color={color('muted')}>{text.more}</Text> : null}
				{end ? <Text color={color('good')}>{truncate(end, width)}</Text> : null}
			</Box>
		);
	}
	if (done) {
		const score = routeScore(session);
		const missed = session.picks.filter((pick) => !pick.correct).map((pick) => { const hop = walk.hops[pick.step + 1]; return hop ? localize(hop.label) : ''; });
		return (
			<Box flexDirection="column">
				{diagram}
				<Text> </Text>
				<Text bold color={color(score.correct === score.total ? 'good' : 'warn')}>{words.routed(score.correct, score.total)}</Text>
				{missed.length
					? wrapText(words.missed(missed), width - 2).map((line, i) => <Text key={i}>{`  ${line}`}</Text>)
					: null}
			</Box>
		);
	}
	if (session.pending) {
		const feedback = pickFeedback(walk, session.pending);
		const text = fitLines(wrapText(feedback.text, width - 2), Math.max(1, below - 1), width);
		return (
			<Box flexDirection="column">
				{diagram}
				<Text> </Text>
				<Text bold color={color(session.pending.correct ? 'good' : 'bad')}>
					{`${session.pending.correct ? '✔' : '✘'} ${pickLabel(walk, session.pending)}`}
				</Text>
				{codeSpans(text.lines).map((spans, i) => (
					<Text key={i}>
						{'  '}
						<Spans spans={spans} />
					</Text>
				))}
				{text.more ? <Text color={color('muted')}>{text.more}</Text> : null}
			</Box>
		);
	}
	const choices = routeChoices(session).map((choice, i) => ({ key: choice.key, label: `${i + 1}. ${choice.label}`, value: choice.key, number: i + 1 }));
	return (
		<Box flexDirection="column">
			{diagram}
			{wrapText(words.atHop(session.step + 1, walk.hops.length, localize(hop.label), routeQuestion(walk, session.step)), width).map((line, i) => (
				<Text key={i} bold>
					{line}
				</Text>
			))}
			<Addresses session={session} width={width} />
			<Menu key={session.step} items={choices} onSelect={(item) => send({ type: 'pick', key: item.value })} />
		</Box>
	);
}
