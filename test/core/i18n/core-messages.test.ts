// The `core` namespace of the UI catalogue in zh-Hant and zh-Hans: every entry says something for sample values,
// nothing is left in English by mistake (only names and numbers stay as they are), and Chinese text follows the
// glossary's punctuation and "you" (docs/glossary.md, rules 3 and 6).
import { describe, expect, it } from 'vitest';
import { en, loadMessages, type Messages } from '../../../src/core/i18n/messages.js';
import { type Entry, leaves, sampleGaps, shapeGaps, textsWith } from './catalogue.js';


const help = (hints: number, retried: boolean) => ({ hints, retried });

/** Values to call each function entry with: every branch of its wording. A new function entry needs a row here. */
const SAMPLES: Record<string, unknown[][]> = {
	'feedback.correct': [[help(0, false)], [help(1, false)], [help(3, true)]],
	'feedback.partly': [[50, undefined, help(0, false)], [67, { kind: 'order', right: 2, total: 3 }, help(1, true)], [25, { kind: 'pairs', right: 1, total: 4 }, help(0, false)]],
	'feedback.notQuite': [[help(0, false)], [help(2, true)]],
	'feedback.ticked': [
		[{ ticked: 3, total: 4, percent: 75, aloud: false, passed: true, help: help(0, false) }],
		[{ ticked: 1, total: 4, percent: 25, aloud: true, passed: false, help: help(1, true) }],
	],
	'feedback.youPicked': [['Docker']],
	'feedback.youMissed': [[['PID', 'UTS']]],
	'feedback.answer': [[['KVM']], [['KVM', 'Xen']]],
	'feedback.rightPick': [['KVM']],
	'feedback.youTyped': [['docker ps'], ['']],
	'feedback.harmlessExtras': [[['-a'], 'docker ps'], [['-a', '-q'], 'docker ps']],
	'feedback.alsoAccepted': [[['docker ps', 'docker container ls']]],
	'feedback.source': [['namespaces(7)']],
	'feedback.moreSource': [['cgroups(7)']],
	'feedback.modelAnswer': [['A model answer.']],
	'walk.right': [['docker0', 'The bridge forwards it.']],
	'walk.distractor': [['The host never sees it.', 'docker0']],
	'walk.notYet': [[{ picked: 'eth0', hop: 2, already: true, next: 'docker0' }], [{ picked: 'eth0', hop: 5, already: false, next: 'docker0' }]],
	'question.retry': [['Close: `docker ps -a`.']],
	'question.hint': [[1, 'Think of `ps`.']],
	'question.lines': [[1, 5, 12]],
	'question.moreBoth': [['the question', 'lines 1-5 of 12']],
	'question.moreBelow': [['lines 1-5 of 12']],
	'question.moreAbove': [['lines 1-5 of 12']],
	'question.suggested': [['A key point.']],
	'question.tickedNote': [[3, 4, 75]],
	'review.nextDue': [[1, 1], [1, 3], [4, 1]],
	'interview.score': [[{ percent: 75, right: 6, total: 8, time: '14:05', minutes: 20, overtime: 0 }], [{ percent: 40, right: 3, total: 8, time: '22:10', minutes: 20, overtime: 2 }]],
	'interview.sinceLast': [[{ change: 0, at: '2026-11-29', percent: 75 }], [{ change: 1, at: '2026-11-29', percent: 75 }], [{ change: -12, at: '2026-11-29', percent: 75 }]],
	'interview.weakTopic': [[40, 3, 'Namespaces']],
	'interview.topic': [[3, 'Namespaces', 40, '+12']],
	'interview.byTopic': [['1. Houses 80% · 2. Kernels 40%']],
	'room.done': [[7, 10]],
	'room.question': [[3, 10, 'A prompt.']],
	'room.answeredIn': [[12]],
	'whereami.evidence.dmiHardware': [['Dell Inc. / XPS 13']],
	'whereami.evidence.exists': [['/.dockerenv']],
	'whereami.evidence.variableSet': [['KUBERNETES_SERVICE_HOST']],
	'whereami.evidence.variableIs': [['$container', 'podman']],
	'whereami.evidence.cgroupRuntime': [['docker', '/system.slice/docker-abc.scope']],
	'whereami.evidence.notInitial': [['pid', 4026532284], ['user', 4026532285]],
	'whereami.evidence.initial': [['pid', 4026531836], ['mnt', 4026531841]],
	'whereami.evidence.notSharedWithPid1': [[['net', 'uts']]],
	'whereami.evidence.pid1ContainerInit': [['tini']],
	'whereami.evidence.pid1FullInit': [['systemd']],
	'whereami.evidence.pid1NotInit': [['node']],
	'whereami.evidence.kernel': [['5.15.153.1-microsoft-standard-WSL2']],
	'whereami.summary.notLinux': [['macOS']],
	'whereami.summary.vm': [['KVM'], [undefined]],
	'whereami.summary.wsl': [['WSL 2', true], ['WSL 1', false]],
	'whereami.summary.container': [['Docker', 'a VM (KVM)', false], ['Docker', 'bare metal', true]],
	'whereami.summary.likelyContainer': [['a sandbox', 'bare metal', true]],
	'whereami.summary.unknownContainer': [['a VM', false]],
	'whereami.summary.noContainer': [['bare metal', true]],
	'whereami.notes.otherPlatform': [['freebsd']],
	'whereami.notes.pid1Unreadable': [[['EACCES'], false], [['EACCES', 'EPERM'], true]],
	'whereami.notes.netMntByNumber': [[['net', 'mnt']]],
	'whereami.notes.pid1NotFullInit': [['fc-agent']],
	'whereami.layout.title': [[['Linux', 'x64', 'kernel 6.8.0', 'uid 1000']]],
	'whereami.layout.kernel': [['6.8.0-45-generic']],
	'whereami.layout.uid': [[1000]],
	'whereami.layout.namespacesUnreadable': [['EACCES']],
	'whereami.layout.unreadableBecause': [['EACCES']],
	'whereami.layout.different': [[4026531836]],
	'whereami.layout.unexpectedLink': [['pid:4026531836']],
	'whereami.layout.cgroup': [['v2', undefined], ['hybrid', 'EACCES']],
	'whereami.layout.answerKind': [['yes', 'Docker']],
};

/**
 * Entries whose Chinese may equal the English (`path#n`: for its nth sample only): names and numbers kept as
 * written (the glossary keeps inode, PID 1, WSL, uid and cgroup v1/v2 in English; a WSL name alone is a product
 * name; "cgroup v2" with no error says nothing else).
 */
const SAME_AS_ENGLISH = new Set([
	'whereami.layout.columns.inode',
	'whereami.layout.columns.pid1',
	'whereami.layout.cgroupVersion.v1',
	'whereami.layout.cgroupVersion.v2',
	'whereami.layout.parts.wsl',
	'whereami.layout.uid',
	'whereami.summary.wsl',
	'whereami.layout.cgroup#0',
]);

const texts = textsWith(SAMPLES);

const english = new Map(leaves(en.core as Entry));

describe('the core catalogue', () => {
	it('has samples for every function entry, and no samples for entries it does not have', () => {
		expect(sampleGaps(english, SAMPLES)).toEqual([]);
	});
});

describe.each(['zh-Hant', 'zh-Hans'] as const)('the core catalogue in %s', (locale) => {
	const load = async () => new Map(leaves(((await loadMessages(locale)) as Messages).core as Entry));

	it('has every entry of the English, of the same kind, and each says something for every sample', async () => {
		expect(shapeGaps(await load(), english, texts)).toEqual([]);
	});

	it('leaves nothing in English but names and numbers', async () => {
		const zh = await load();
		const same: string[] = [];
		for (const [path, entry] of zh) {
			if (SAME_AS_ENGLISH.has(path)) continue;
			const ours = texts(path, entry);
			const theirs = texts(path, english.get(path) as Exclude<Entry, Record<string, Entry>>);
			ours.forEach((text, i) => text === theirs[i] && !SAME_AS_ENGLISH.has(`${path}#${i}`) && same.push(`${path}: ${text}`));
		}
		expect(same).toEqual([]);
	});

	it('writes full-width punctuation after Chinese, 你 not 您, and no three-dot ellipsis', async () => {
		const zh = await load();
		const wrong: string[] = [];
		for (const [path, entry] of zh) {
			for (const text of texts(path, entry)) {
				// Code keeps its own punctuation: leave out `code` spans before looking.
				const prose = text.replace(/`[^`]*`/g, '``');
				if (/\p{Script=Han}[,.:;?!()]/u.test(prose) || prose.includes('您') || prose.includes('...')) wrong.push(`${path}: ${text}`);
				if (locale === 'zh-Hant' && /[“”]/.test(prose)) wrong.push(`${path} (zh-Hant quotes are 「」): ${text}`);
				if (locale === 'zh-Hans' && /[「」]/.test(prose)) wrong.push(`${path} (zh-Hans quotes are “”): ${text}`);
			}
		}
		expect(wrong).toEqual([]);
	});
});

describe('values in Chinese text', () => {
	it('are spaced from Chinese where Latin text meets it (glossary rule 4), and not inside full-width punctuation', async () => {
		const hant = (await loadMessages('zh-Hant')).core;
		const hans = (await loadMessages('zh-Hans')).core;
		expect(hant.walk.notYet({ picked: 'nat POSTROUTING (MASQUERADE)', hop: 7, already: false, next: 'eth0' })).toBe(
			'還沒到：nat POSTROUTING (MASQUERADE) 在這條路徑上，但它在後面，第 7 站才會到。下一站是：eth0。',
		);
		expect(hans.walk.distractor('The host never sees it.', '`docker0`')).toBe('The host never sees it. 下一跳是：`docker0`。');
		expect(hant.review.nextDue(4, 1)).toBe('4 天後，1 張卡片');
		expect(hans.interview.score({ percent: 40, right: 3, total: 8, time: '22:10', minutes: 20, overtime: 2 })).toBe('得分 40%：8 题答对 3 题，20 分钟的模拟面试共用时 22:10，2 题超时。');
		expect(hant.feedback.correct({ hints: 1, retried: true })).toBe('答對了（看了 1 個提示，第二次作答）。');
	});
});
