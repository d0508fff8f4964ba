// The `app.liveHost` namespace (the live room's host screen) in zh-Hant and zh-Hans: every entry says something
// for sample values, nothing is left in English by mistake, and Chinese text follows the glossary's punctuation.
// Its own file, as the rest of `app` has no catalogue test yet; the checks are the shared ones of catalogue.ts.
import { describe, expect, it } from 'vitest';
import { en, loadMessages } from '../../../src/core/i18n/messages.js';
import { type Entry, leaves, sampleGaps, shapeGaps, textsWith } from './catalogue.js';

/** Values to call each function entry with: every branch of its wording. A new function entry needs a row here. */
const SAMPLES: Record<string, unknown[][]> = {
	title: [['CVM-810A-H000-1116-00R4']],
	lobbyJoined: [[1], [12]],
	questionRight: [[2, 5]],
	joined: [[0], [1], [12]],
	joinedNames: [[3, 'Ada, Grace, Linus', 0], [4, 'Ada', 3]],
	saved: [['/home/ann/.cvm-tutor/rooms/room.json']],
	question: [[2, 5]],
	timeLeft: [['0:23']],
	answered: [[12, 30]],
	connected: [[28]],
	stillAnswering: [['r', 4]],
	joinLate: [['npx cvm-tutor room join 192.168.1.20:4000 ABCD-EFGH-JKLM']],
	saveError: [['ENOSPC: the disk is full']],
	tooSmall: [[40, 12]],
};

/** Entries whose Chinese may equal the English: none today. */
const SAME_AS_ENGLISH = new Set<string>();

const texts = textsWith(SAMPLES);
const english = new Map(leaves(en.app.liveHost as Entry));

describe('the live host catalogue', () => {
	it('has samples for every function entry, and no samples for entries it does not have', () => {
		expect(sampleGaps(english, SAMPLES)).toEqual([]);
	});
});

describe.each(['zh-Hant', 'zh-Hans'] as const)('the live host catalogue in %s', (locale) => {
	const load = async () => new Map(leaves((await loadMessages(locale)).app.liveHost as Entry));

	it('has every entry of the English, of the same kind, and each says something for every sample', async () => {
		expect(shapeGaps(await load(), english, texts)).toEqual([]);
	});

	it('leaves nothing in English but names and numbers', async () => {
		const same: string[] = [];
		for (const [path, entry] of await load()) {
			if (SAME_AS_ENGLISH.has(path)) continue;
			const theirs = texts(path, english.get(path) as Exclude<Entry, Record<string, Entry>>);
			texts(path, entry).forEach((text, i) => text === theirs[i] && same.push(`${path}: ${text}`));
		}
		expect(same).toEqual([]);
	});

	it('writes full-width punctuation after Chinese, 你 not 您, and no three-dot ellipsis', async () => {
		const wrong: string[] = [];
		for (const [path, entry] of await load()) {
			for (const text of texts(path, entry)) {
				const prose = text.replace(/`[^`]*`/g, '``');
				if (/\p{Script=Han}[,.:;?!()]/u.test(prose) || prose.includes('您') || prose.includes('...')) wrong.push(`${path}: ${text}`);
			}
		}
		expect(wrong).toEqual([]);
	});
});
