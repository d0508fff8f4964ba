import { describe, expect, it } from 'vitest';
import { loadBankFromDir, parseChapter } from '../../src/core/validate.js';
import { changedFields, labelKey, pickFeedback, routeChoices, routeFinished, routeScore, startWalk, walkReducer } from '../../src/core/walk.js';
import { bundledLessonsDir } from '../../src/meta.js';
import { fixtureChapter } from '../helpers.js';

const loaded = loadBankFromDir(bundledLessonsDir());
if (!loaded.ok) throw new Error('bundled lessons do not validate');
const walks = loaded.bank.chapters.flatMap((c) => c.walks ?? []);
const outbound = walks.find((w) => w.id === 'outbound-to-internet')!;

describe('a packet walk', () => {
	it('steps forward and back in watch mode, never past either end', () => {
		let s = startWalk(outbound, 1);
		expect(walkReducer(s, { type: 'step', delta: -1 })).toBe(s);
		for (let i = 0; i < 20; i++) s = walkReducer(s, { type: 'step', delta: 1 });
		expect(s.step).toBe(outbound.hops.length - 1);
		s = walkReducer(s, { type: 'step', delta: -1 });
		expect(s.step).toBe(outbound.hops.length - 2);
	});

	it('marks the address NAT changed at the hop where it changed', () => {
		const at = outbound.hops.findIndex((hop) => hop.id === 'postrouting');
		expect(changedFields(outbound, at)).toEqual({ src: true, dst: false });
		expect(changedFields(outbound, at + 1)).toEqual({ src: false, dst: false });
	});

	it('routes: every step offers the right next hop among 4 distinct choices, scores picks, ends at the last hop', () => {
		let s = walkReducer(startWalk(outbound, 7), { type: 'route' });
		let wrongOnce = false;
		while (!routeFinished(s)) {
			const choices = routeChoices(s);
			const right = labelKey(outbound.hops[s.step + 1]!.label);
			expect(choices.map((c) => c.key)).toContain(right);
			expect(new Set(choices.map((c) => c.key)).size).toBe(choices.length);
			expect(choices.length).toBe(4);
			const pick = wrongOnce ? right : (choices.find((c) => c.key !== right)!.key);
			wrongOnce = true;
			s = walkReducer(s, { type: 'pick', key: pick });
			expect(walkReducer(s, { type: 'pick', key: right })).toBe(s); // one pick per step
			s = walkReducer(s, { type: 'continue' });
		}
		expect(routeScore(s)).toEqual({ correct: outbound.hops.length - 2, total: outbound.hops.length - 1 });
	});

	it('explains a wrong pick: a distractor by its own feedback, a real hop by where it comes', () => {
		const distractor = outbound.distractors[0]!;
		expect(pickFeedback(outbound, { step: 0, key: labelKey(distractor.label), correct: false })).toMatchObject({ misconception: distractor.misconception });
		const later = labelKey(outbound.hops[5]!.label);
		expect(pickFeedback(outbound, { step: 0, key: later, correct: false }).text).toContain('it comes later, at hop 6');
		expect(pickFeedback(outbound, { step: 3, key: labelKey(outbound.hops[1]!.label), correct: false }).text).toContain('already been there (hop 2)');
	});
});

describe('walk validation', () => {
	it('rejects a mark that is not in the diagram exactly once, and duplicate labels', () => {
		const chapter = fixtureChapter() as Record<string, unknown>;
		const walk = JSON.parse(JSON.stringify(outbound));
		walk.hops[0].mark = 'nowhere';
		walk.hops[1].label = walk.hops[2].label;
		chapter.walks = [walk];
		const messages = parseChapter('x.json', JSON.stringify(chapter)).problems.map((p) => `${p.at} ${p.message}`);
		expect(messages).toEqual([
			'walks[0] label "docker0 bridge" is used more than once among hops and distractors (they are offered side by side)',
			'walks[0].hops[0].mark "nowhere" appears 0 times in the diagram; it must appear exactly once',
		]);
	});
});
