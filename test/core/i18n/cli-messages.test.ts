// The `cli` namespace of the UI catalogue in zh-Hant and zh-Hans: every entry says something for sample values,
// nothing is left in English by mistake (only names, commands and numbers stay as they are), and Chinese text
// follows the glossary's punctuation and "you" (docs/glossary.md, rules 3 and 6).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, loadMessages, type Messages } from '../../../src/core/i18n/messages.js';
import { type Entry, type Leaf, leaves, sampleGaps, shapeGaps, textsWith } from './catalogue.js';


const stat = { pagesRead: 3, pagesTotal: 8, answered: 10, questions: 31 };

/** Values to call each function entry with: every branch of its wording. A new function entry needs a row here. */
const SAMPLES: Record<string, unknown[][]> = {
	sentence: [['the check character does not match']],
	'lang.unknown': [['fr']],
	help: [['0.1.0']],
	'usage.line': [['cvm-tutor stats [--json]']],
	'usage.unknownOption': [['--bogus']],
	'usage.needsValue': [['--lessons']],
	'usage.unknownCommand': [['frobnicate']],
	'usage.withCommand': [['json']],
	'usage.notTaken': [['validate', 'yes']],
	'usage.unexpected': [['b']],
	'usage.lessonsIsFile': [['/tmp/x.json']],
	'usage.lessonsMissing': [['/tmp/nope']],
	'usage.lessonsUnreadable': [['/root/x', 'EACCES']],
	'usage.locale': [['fr']],
	'usage.minutes': [[5, 90, '4']],
	'usage.seed': [['-1']],
	'usage.unknownRoomSubcommand': [['start']],
	'usage.roomCode': [['tally']],
	'usage.codeWithSpace': [['XXXX']],
	'stream.cannotWrite': [['標準輸出', 'ENOSPC']],
	'terminal.roomHint': [['CVM-ABCD-EFGH-JKMN-PQRS']],
	'reset.confirmChapter': [['namespaces']],
	'reset.askChapter': [['3. Namespaces']],
	'reset.erased': [['/home/u/.config/cvm-tutor/progress.json']],
	'reset.chapterErased': [['3. Namespaces', '/home/u/.config/cvm-tutor/progress.json']],
	'reset.cannot': [['the disk is full (ENOSPC) at /x']],
	noChapter: [['nope']],
	'validate.warning': [['lessons/01.json: pages[2] is long']],
	'validate.problems': [[1, 'lessons', 'cvm-tutor validate lessons'], [3, 'lessons', 'cvm-tutor validate lessons']],
	'validate.notReady': [[1, 'lessons', 'zh-Hant', 'cvm-tutor validate --locale zh-Hant'], [12, 'lessons', 'zh-Hans', 'cvm-tutor validate --locale zh-Hans']],
	'validate.okIn': [['lessons', 'zh-Hant']],
	'validate.complete': [[9, 345, 'zh-Hant'], [1, 3, 'zh-Hans']],
	'validate.ok': [['lessons']],
	'validate.summary': [[9, 345, '131 single, 41 multiple'], [1, 3, '3 single']],
	'validate.typeCount': [[131, 'single']],
	'validate.chapter': [[1, 'house-vs-apartment', 8, 31]],
	'stats.file': [['/home/u/.config/cvm-tutor/progress.json']],
	'stats.chapter': [[3, 'Namespaces', { ...stat, best: { correct: 7, total: 8 } }], [3, 'Namespaces', { ...stat, best: undefined }]],
	'stats.answers': [[40, 75, 6]],
	'stats.study': [[5, 2, 3]],
	'stats.due': [[2, 6, [0, 1, 0, 3, 0, 0]]],
	'stats.scores': [[['50%', '75%']]],
	'stats.weakest': [[[{ tag: 'containers-are-vms', percent: 40 }]]],
	'import.tooBig': [['copy.json']],
	'import.cannotRead': [['copy.json', 'ENOENT']],
	'import.notProgress': [['copy.json', 'it does not hold a JSON object']],
	'import.failed': [['no permission to write /x (EACCES)']],
	'import.merged': [['copy.json', '/home/u/.config/cvm-tutor/progress.json']],
	'tutor.saved': [['~/.config/cvm-tutor/progress.json']],
	'tutor.nothingYet': [['~/.config/cvm-tutor/progress.json']],
	'tutor.notSavedNoCopy': [['the disk is full (ENOSPC) at /x', '/tmp/copy.json', 'ENOSPC']],
	'tutor.notSaved': [['the disk is full (ENOSPC) at /x', '/tmp/copy.json', '/x']],
	'room.code.character': [[3, 'U']],
	'room.code.newer': [[2]],
	'room.code.length': [[12, 16, true, false], [18, 16, false, true]],
	'room.code.tooMany': [[41, 305, 40, 300]],
	'live.secret.character': [[12, 'U']],
	'live.rejoin': [['cvm-tutor room join 192.168.1.23:7420 K7Q2-M9XD-4HTR']],
	'usage.notWithResume': [['count']],
	'usage.joinCode': [['192.168.1.23:7420']],
	'terminal.liveHint': [['192.168.1.23:7420', 'K7Q2-M9XD-4HTR']],
	'live.host.port': [['http']],
	'live.host.max': [['0', 1000]],
	'live.host.noFolder': [['/home/ann/.config/cvm-tutor-nodejs/rooms', 'EACCES']],
	'live.host.inUse': [[7420, false], [7420, true]],
	'live.host.notHere': [['10.9.9.9']],
	'live.host.privileged': [[80]],
	'live.host.cannotListen': [['0.0.0.0', 7420, 'EMFILE']],
	'live.host.resumeTooLarge': [['room.json']],
	'live.host.resumeUnreadable': [['room.json', 'ENOENT']],
	'live.host.resumeBroken': [['room.json', 'it is not JSON (cut off while saving?)']],
	'live.host.resumeOtherLessons': [['room.json', '0.1.0']],
	'live.host.carryOn': [['room.json']],
	'live.host.saved': [['room.json']],
	'live.host.notSaved': [['room.json', 'ENOSPC', '/tmp/cvm-tutor-room-1-ABCD.json']],
	'live.host.notSavedNoCopy': [['room.json', 'ENOSPC', 'EACCES']],
	'live.secret.length': [[8, 12]],
	'live.hostPort': [['192.168.1.23']],
	'live.port': [['70000']],
	'live.link.nobody': [['192.168.1.23:7420', 'nothing listens at that address and port']],
	'live.link.notFound': [['trainer.local']],
	'live.link.refusedBy': [['code']],
	'live.link.status': [[502]],
	'room.otherLessons': [['0.1.0', 'room join CVM-ABCD-EFGH-JKMN-PQRS']],
	'room.badChapter': [[12, 9]],
	'room.join.otherLessons': [['This room uses cvm-tutor 0.1.0\'s lessons; run `npx cvm-tutor@0.1.0 room join X`']],
	'room.join.cannotTake': [['CVM-ABCD-EFGH-JKMN-PQRS', 'the room asks for chapter 12, and these lessons have 9']],
	'room.doesNotFit': [['the room asks for chapter 12, and these lessons have 9']],
	'room.firstChapters': [[12]],
	'room.count': [[1, 40, '0']],
	'room.time': [[10, 300, 5, '12']],
	'room.types': [[['single', 'multiple'], 'essay']],
	'room.typesEmpty': [[['single', 'multiple']]],
	'room.noQuestion': [[['typed']]],
	'room.summary': [[8, [3, 4], ['single', 'multiple'], 30, 4], [1, [3], undefined, 30, 1], [8, undefined, undefined, 30, 4]],
	'room.created.code': [['CVM-ABCD-EFGH-JKMN-PQRS']],
	'room.created.join': [['CVM-ABCD-EFGH-JKMN-PQRS']],
	'room.created.only': [[1], [5]],
	'room.created.tally': [['CVM-ABCD-EFGH-JKMN-PQRS']],
	'room.notAFile': [['chat/']],
	'room.tooLarge': [['chat.txt']],
	'room.cannotRead': [['chat.txt', 'ENOENT']],
	'room.noResult': [['CVM-ABCD-EFGH-JKMN-PQRS', 0], ['CVM-ABCD-EFGH-JKMN-PQRS', 2]],
	'room.format': [['pdf']],
	'room.carryOn': [['CVM-ABCD-EFGH-JKMN-PQRS', 3, 8]],
	'room.result': [['CVM-ABCD-EFGH-JKMN-PQRS', 6, 8]],
	'room.written': [['result.json']],
	'room.notWritten': [['result.json', 'EACCES']],
	'room.tally.heading': [['CVM-ABCD-EFGH-JKMN-PQRS', 1, 1], ['CVM-ABCD-EFGH-JKMN-PQRS', 20, 8]],
	'room.tally.names': [[['Ana', 'Bo']]],
	'room.tally.leftOut': [[1], [4]],
	'room.tally.rejected': [['chat.txt', 12, 'bad check character', true], ['chat.txt', 14, 'duplicate: attendee X was counted already (line 3)', false]],
	'room.tally.right': [['75%', 15, 20]],
	'room.tally.partly': [[2]],
	'room.tally.unanswered': [[1]],
	'room.tally.median': [[12]],
	'room.tally.mostCommonWrong': [[4, 'KVM']],
	'room.tally.misconception': [['containers-are-vms']],
	'room.tally.scoreRow': [[' 7']],
	'room.tally.share': [['40%']],
	'room.print.title': [['CVM-ABCD-EFGH-JKMN-PQRS', false], ['CVM-ABCD-EFGH-JKMN-PQRS', true]],
	'room.print.intro': [[8, 30, 4, 'CVM-ABCD-EFGH-JKMN-PQRS'], [1, 30, 1, 'CVM-ABCD-EFGH-JKMN-PQRS']],
	'room.print.answer': [['B']],
	'room.print.source': [['[namespaces(7)](https://man7.org/linux/man-pages/man7/namespaces.7.html)']],
	'store.homeRelative': [['"relative"']],
	'store.xdgRelative': [['"relative"']],
	'store.noHome': [['"relative"'], [undefined]],
	'store.partFile': [['/x/y']],
	'store.cannotUse': [['/x/y', 'EACCES']],
	'store.partIsFile': [['/x/y', '/x']],
	'store.cannotCreate': [['/x/y', 'EACCES']],
	'store.notJson': [['Unexpected end of JSON input']],
	'store.wrongShape': [['answers is not a list']],
	'store.diskFull': [['ENOSPC', '/x/progress.json']],
	'store.noPermission': [['/x', 'EACCES']],
	'store.readOnlyFs': [['/x']],
	'store.locked': [['lock held']],
	'store.cannotWrite': [['/x/progress.json', 'EIO']],
	'store.noFolder': [['ENOENT']],
	'store.folderIsFile': [['/x']],
	'store.cannotOpen': [['/x', 'EACCES']],
	'store.danglingLink': [['/x/progress.json', 'ENOENT']],
	'store.linkOutside': [['/x/progress.json', '/y/progress.json', '/x']],
	'store.linksOutside': [['/x/progress.json']],
	'store.notRegular': [['/x/progress.json']],
	'store.tooBig': [['/x/progress.json', '80.0 MB', '64.0 MB']],
	'store.readOnly': [['/x/progress.json']],
	'store.cannotRead': [['/x/progress.json', 'EACCES']],
	'store.newerReadOnly': [['/x/progress.json']],
	'store.newer': [['/x/progress.json', 9]],
	'store.willMoveAside': [['/x/progress.json', 'it is not valid JSON']],
	'store.cannotMoveAside': [['/x/progress.json', 'it is not valid JSON', 'EACCES']],
	'store.movedAside': [['it is not valid JSON', '/x/progress.json.unreadable-2026']],
	'store.grew': [['/x/progress.json', '80.0 MB']],
	'store.newerMeanwhile': [['/x/progress.json', 9]],
	'store.chmodReset': [['/x/progress.json is read-only']],
	'store.chmodChange': [['/x/progress.json is read-only']],
	'store.recovered': [[1, 'progress.json.recovered-2026'], [3, 'progress.json.recovered-2026']],
	'resultCode.damaged': [['its checksum does not match']],
	'resultCode.badCharacter': [[7, 'U']],
	'resultCode.otherFormat': [[4]],
	'resultCode.count': [[3, 8]],
	'resultCode.answer': [['net-chain-versions', '不是 UTF-8 文字']],
	'resultCode.duplicate': [['K7Q2M9XD', 'line 3']],
	'resultCode.line': [[3]],
	'resultCode.fileLine': [['chat.txt', 3]],
};

/** Entries whose Chinese may equal the English: none so far (`path#n`: for its nth sample only). */
const SAME_AS_ENGLISH = new Set<string>([]);
/** Entries that are punctuation only: a full stop after a quoted message, separators of a list. */
const PUNCTUATION_ONLY = new Set(['sentence', 'validate.typeSeparator', 'room.tally.factSeparator']);

const texts = textsWith(SAMPLES);

const english = new Map(leaves(en.cli as Entry));

describe('the cli catalogue', () => {
	it('has samples for every function entry, and no samples for entries it does not have', () => {
		expect(sampleGaps(english, SAMPLES)).toEqual([]);
	});
});

describe.each(['zh-Hant', 'zh-Hans'] as const)('the cli catalogue in %s', (locale) => {
	const load = async () => new Map(leaves(((await loadMessages(locale)) as Messages).cli as Entry));

	it('has every entry of the English, of the same kind, and each says something for every sample', async () => {
		expect(shapeGaps(await load(), english, texts)).toEqual([]);
	});

	it('leaves nothing in English but names, commands and numbers', async () => {
		const zh = await load();
		const same: string[] = [];
		for (const [path, entry] of zh) {
			if (SAME_AS_ENGLISH.has(path)) continue;
			const ours = texts(path, entry);
			const theirs = texts(path, english.get(path) as Leaf);
			ours.forEach((text, i) => text === theirs[i] && !SAME_AS_ENGLISH.has(`${path}#${i}`) && same.push(`${path}: ${text}`));
			// Every entry has some Chinese in it: a sentence left in English would have none.
			if (!ours.some((text) => /\p{Script=Han}/u.test(text)) && !PUNCTUATION_ONLY.has(path)) same.push(`${path} (no Chinese): ${ours.join(' | ')}`);
		}
		expect(same).toEqual([]);
	});

	it('writes full-width punctuation after Chinese, 你 not 您, and no three-dot ellipsis outside code', async () => {
		const zh = await load();
		const wrong: string[] = [];
		for (const [path, entry] of zh) {
			for (const text of texts(path, entry)) {
				// Code keeps its own punctuation: leave out `code` spans and the help's option column before looking.
				const prose = text.replace(/`[^`]*`/g, '``').replace(/\{"ok".*|^\s+\.\.\., "problems"\}$|T,T,\.\.\.|\[FILE\.\.\.\]/gm, '');
				if (/\p{Script=Han}[,.:;?!()]/u.test(prose) || prose.includes('您') || prose.includes('...')) wrong.push(`${path}: ${prose.match(/.{0,12}(\p{Script=Han}[,.:;?!()]|您|\.\.\.).{0,12}/u)?.[0]}`);
				if (locale === 'zh-Hant' && /[“”]/.test(prose)) wrong.push(`${path} (zh-Hant quotes are 「」): ${text}`);
				if (locale === 'zh-Hans' && /[「」]/.test(prose)) wrong.push(`${path} (zh-Hans quotes are “”): ${text}`);
				// Glossary rule 4: one space where Chinese meets a Latin letter or a digit.
				if (/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u.test(prose)) wrong.push(`${path} (no space between Chinese and Latin): ${prose.match(/.{0,12}(\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}).{0,12}/u)?.[0]}`);
			}
		}
		expect(wrong).toEqual([]);
	});
});

describe('the cli catalogue keeps what scripts and commands read', () => {
	it('keeps every command line, flag and code span of the English in both scripts', async () => {
		for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
			const zh = new Map(leaves(((await loadMessages(locale)) as Messages).cli as Entry));
			const lost: string[] = [];
			for (const [path, entry] of english) {
				const theirs = texts(path, entry);
				const ours = texts(path, zh.get(path) as Leaf);
				theirs.forEach((text, i) => {
					for (const code of text.match(/`[^`]+`|--[a-z]+|\bCVM_TUTOR_HOME\b|\bnpx cvm-tutor[^ ,;)]*/g) ?? []) if (!ours[i]?.includes(code)) lost.push(`${locale} ${path}: ${code}`);
				});
			}
			expect(lost).toEqual([]);
		}
	});
});

/** The forms docs/glossary.md forbids in each script (`not:`, `not zh-Hant:`, `not zh-Hans:` of its table). */
function forbidden(locale: 'zh-Hant' | 'zh-Hans'): string[] {
	const glossary = readFileSync(join(import.meta.dirname, '../../../docs/glossary.md'), 'utf8');
	const rows = glossary.split('\n').filter((line) => /^\| [^|]+ \| [^|]+ \| [^|]+ \| (yes|no) \|/.test(line));
	// A form forbidden for one term may be another term's own word (程序: not "process", but "program" in zh-Hans).
	const chosen = rows.map((row) => (row.slice(1, -1).split('|')[locale === 'zh-Hant' ? 1 : 2] ?? '').trim());
	return rows.flatMap((row) => {
		const note = row.slice(1, -1).split('|')[4] ?? '';
		return note.split('; ').flatMap((segment) => {
			const match = /^\s*not(?: (zh-Hant|zh-Hans))?: (.+)$/.exec(segment);
			const forms = match && (match[1] === undefined || match[1] === locale) ? (match[2] as string).split(', ').map((form) => form.trim()) : [];
			return forms.filter((form) => !chosen.some((word) => word.includes(form)));
		});
	});
}

describe.each(['zh-Hant', 'zh-Hans'] as const)('the cli catalogue in %s and docs/glossary.md', (locale) => {
	it('uses none of the forms the glossary forbids in this script', async () => {
		const words = forbidden(locale);
		expect(words.length).toBeGreaterThan(20);
		const zh = new Map(leaves(((await loadMessages(locale)) as Messages).cli as Entry));
		const found: string[] = [];
		for (const [path, entry] of zh) {
			for (const text of texts(path, entry)) {
				const prose = text.replace(/`[^`]*`/g, '``');
				for (const word of words) if (/\p{Script=Han}/u.test(word) && prose.includes(word)) found.push(`${path}: ${word}`);
			}
		}
		expect(found).toEqual([]);
	});
});
