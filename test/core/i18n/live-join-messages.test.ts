// The live room attendee's strings (`app.liveJoin`) in zh-Hant and zh-Hans: samples for every function entry,
// every entry translated and saying something, and the glossary's punctuation (as core-messages.test.ts checks
// for `core`; the rest of `app` has no catalogue test of its own yet).
import { describe, expect, it } from 'vitest';
import { en, loadMessages } from '../../../src/core/i18n/messages.js';
import { type Entry, leaves, sampleGaps, shapeGaps, textsWith } from './catalogue.js';

/** Values to call each function entry with: every branch of its wording. A new function entry needs a row here. */
const SAMPLES: Record<string, unknown[][]> = {
	title: [['CVM-810A-H000-10G6-0004'], ['127.0.0.1:4000']],
	connecting: [['127.0.0.1:4000']],
	'status.connecting': [[0], [2]],
	'status.offline': [[3, 2, 'connection refused']],
	'status.offlineFirst': [[3, 2, 'connection refused']],
	joined: [['CVM-810A-H000-10G6-0004', 1], ['CVM-810A-H000-10G6-0004', 5]],
	yourName: [['Ann']],
	waiting: [[2, 5]],
	waitNext: [[3, 5], [6, 5]],
	question: [[2, 5]],
	numbered: [[2, 5, 'What does docker run --init change?']],
	left: [[1, 5]],
	'stop.protocol': [['0.2.0', 'npx cvm-tutor@0.2.0 room join 127.0.0.1:4000 ABCD-EFGH-JKMN'], [undefined, undefined]],
	'stop.code': [['ABCD-EFGH-JKMN']],
	'stop.otherLessons': [['0.1.0', 'npx cvm-tutor@0.1.0 room join 127.0.0.1:4000 ABCD-EFGH-JKMN']],
	'stop.cannotTake': [['CVM-810A-H000-10G6-0004', 'no questions of these types']],
	'stop.otherQuestion': [[3, 'cgroups-v2']],
	'stop.gaveUp': [['the host cannot be found']],
	'stop.gaveUpJoined': [['the host cannot be found', 'cvm-tutor room join 127.0.0.1:4000 ABCD-EFGH-JKMN']],
};

const texts = textsWith(SAMPLES);
const english = new Map(leaves(en.app.liveJoin as Entry));

describe('app.liveJoin', () => {
	it('has samples for every function entry, and no samples for entries it does not have', () => {
		expect(sampleGaps(english, SAMPLES)).toEqual([]);
	});
});

describe.each(['zh-Hant', 'zh-Hans'] as const)('app.liveJoin in %s', (locale) => {
	const load = async () => new Map(leaves((await loadMessages(locale)).app.liveJoin as Entry));

	it('has every entry of the English, of the same kind, each saying something, none left in English', async () => {
		const zh = await load();
		expect(shapeGaps(zh, english, texts)).toEqual([]);
		const same: string[] = [];
		for (const [path, entry] of zh) texts(path, entry).forEach((text, i) => text === texts(path, english.get(path) as Exclude<Entry, Record<string, Entry>>)[i] && same.push(`${path}: ${text}`));
		expect(same).toEqual([]);
	});

	it('writes full-width punctuation after Chinese, 你 not 您, and the locale\'s quotes', async () => {
		const wrong: string[] = [];
		for (const [path, entry] of await load()) {
			for (const text of texts(path, entry)) {
				const prose = text.replace(/`[^`]*`/g, '``');
				if (/\p{Script=Han}[,.:;?!()]/u.test(prose) || prose.includes('您') || prose.includes('...')) wrong.push(`${path}: ${text}`);
				if (locale === 'zh-Hant' && /[“”]/.test(prose)) wrong.push(`${path}: ${text}`);
				if (locale === 'zh-Hans' && /[「」]/.test(prose)) wrong.push(`${path}: ${text}`);
			}
		}
		expect(wrong).toEqual([]);
	});
});
