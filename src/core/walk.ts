// A packet walk: watch a packet hop by hop (forward and back), then route it yourself and be scored.
// Pure: the walk screen renders a WalkSession and sends WalkIntents.
import { t } from './i18n/messages.js';
import { createRng, hashSeed, shuffle } from './rng.js';
import type { Walk, WalkHop } from './schema.js';
import { localize } from './text.js';

export interface RouteChoice {
	/** What the learner reads, in the run's language. */
	label: string;
	/** What identifies it in picks: its English label (unique in a walk; validate.ts checks). */
	key: string;
	/** The id of the hop this choice is (a real hop of the walk), or undefined for a distractor. */
	hopId?: string;
}

export interface RoutePick {
	/** The step at which the pick was made: the packet was at hops[step] and the answer was hops[step + 1]. */
	step: number;
	/** The English label picked (see RouteChoice.key). */
	key: string;
	correct: boolean;
}

/** A hop's or distractor's label as an identity: its English. */
export const labelKey = (label: WalkHop['label']): string => localize(label, 'en');

/** The text of the label picked, in the run's language. */
export function pickLabel(walk: Walk, pick: Pick<RoutePick, 'key'>): string {
	const found = [...walk.hops, ...walk.distractors].find((item) => labelKey(item.label) === pick.key);
	return found ? localize(found.label) : pick.key;
}

export interface WalkSession {
	walk: Walk;
	mode: 'watch' | 'route';
	/** Index of the hop the packet is at. */
	step: number;
	seed: number;
	/** Route mode: one pick per step answered so far. */
	picks: RoutePick[];
	/** Route mode: the pick just made, shown until the learner moves on. */
	pending?: RoutePick | undefined;
}

export type WalkIntent = { type: 'step'; delta: 1 | -1 } | { type: 'route' } | { type: 'watch' } | { type: 'pick'; key: string } | { type: 'continue' };

export function startWalk(walk: Walk, seed: number): WalkSession {
	return { walk, mode: 'watch', step: 0, seed, picks: [] };
}

/** Which of a hop's source and destination changed since the hop before (NAT acted, or nothing did). */
export function changedFields(walk: Walk, step: number): { src: boolean; dst: boolean } {
	const hop = walk.hops[step];
	const before = walk.hops[step - 1];
	if (!hop || !before || hop.newPacket) return { src: false, dst: false };
	return { src: hop.src !== before.src, dst: hop.dst !== before.dst };
}

/** The choices offered at `step`: the right next hop, up to two distractors and one other hop, shuffled. */
export function routeChoices(session: WalkSession, step = session.step): RouteChoice[] {
	const { walk } = session;
	const next = walk.hops[step + 1];
	if (!next) return [];
	const rng = createRng(hashSeed(`${walk.id}:${step}`, session.seed));
	const others = shuffle(
		walk.hops.filter((_, i) => i !== step && i !== step + 1),
		rng,
	).slice(0, 1);
	const distractors = shuffle(walk.distractors, rng).slice(0, 2);
	const choices: RouteChoice[] = [
		{ label: localize(next.label), key: labelKey(next.label), hopId: next.id },
		...others.map((hop) => ({ label: localize(hop.label), key: labelKey(hop.label), hopId: hop.id })),
		...distractors.map((d) => ({ label: localize(d.label), key: labelKey(d.label) })),
	];
	return shuffle(choices, rng);
}

/** Why a wrong pick is wrong: the distractor's own feedback, or where that hop really comes in the path. */
export function pickFeedback(walk: Walk, pick: RoutePick): { text: string; misconception?: string } {
	const next = walk.hops[pick.step + 1] as WalkHop;
	const nextLabel = localize(next.label);
	const say = t().core.walk;
	if (pick.correct) return { text: say.right(nextLabel, localize(next.actor)) };
	const distractor = walk.distractors.find((d) => labelKey(d.label) === pick.key);
	if (distractor) return { text: say.distractor(localize(distractor.feedback), nextLabel), misconception: distractor.misconception };
	const at = walk.hops.findIndex((hop) => labelKey(hop.label) === pick.key);
	return { text: say.notYet({ picked: pickLabel(walk, pick), hop: at + 1, already: at <= pick.step, next: nextLabel }) };
}

export function walkReducer(session: WalkSession, intent: WalkIntent): WalkSession {
	const last = session.walk.hops.length - 1;
	switch (intent.type) {
		case 'step': {
			if (session.mode !== 'watch') return session;
			const step = Math.min(last, Math.max(0, session.step + intent.delta));
			return step === session.step ? session : { ...session, step };
		}
		case 'route':
			return { ...session, mode: 'route', step: 0, picks: [], pending: undefined };
		case 'watch':
			return { ...session, mode: 'watch', step: 0, picks: [], pending: undefined };
		case 'pick': {
			if (session.mode !== 'route' || session.pending || session.step >= last) return session;
			const next = session.walk.hops[session.step + 1];
			const correct = next !== undefined && labelKey(next.label) === intent.key;
			const pick = { step: session.step, key: intent.key, correct };
			return { ...session, picks: [...session.picks, pick], pending: pick };
		}
		case 'continue':
			if (session.mode !== 'route' || !session.pending) return session;
			return { ...session, step: session.step + 1, pending: undefined };
	}
}

/** The question asked in route mode at `step`. */
export function routeQuestion(walk: Walk, step: number): string {
	return walk.hops[step + 1]?.newPacket ? t().core.walk.whatNext : t().core.walk.whereNext;
}

/** Route mode is over when the packet has reached the last hop. */
export function routeFinished(session: WalkSession): boolean {
	return session.mode === 'route' && !session.pending && session.step >= session.walk.hops.length - 1;
}

export function routeScore(session: WalkSession): { correct: number; total: number } {
	return { correct: session.picks.filter((pick) => pick.correct).length, total: session.walk.hops.length - 1 };
}
