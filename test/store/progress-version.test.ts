// Progress version 2: a version-1 file (as cvm-tutor 0.1.0 saves it) loses nothing, and neither version destroys
// the other's file. test/fixtures/progress/v1-learner.json is a learner's four days in 0.1.0's format (real
// question ids, hints, a retried typed answer, an unfinished quiz and review, a quick quiz, a walk); 0.1.0's
// `stats` reads it without complaint.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AnswerRecord, emptyProgress, markPageRead, migrateProgress, type StoredProgress } from '../../src/core/progress.js';
import { mergeProgress } from '../../src/core/progress-merge.js';
import { cardsFromAnswers, dueQuestions } from '../../src/core/review/index.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { bundledBank, tempDir } from '../helpers.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/progress/v1-learner.json');
const fixtureText = readFileSync(FIXTURE, 'utf8');
const v1 = JSON.parse(fixtureText) as StoredProgress & { version: 1 };
const onDisk = (cwd: string) => JSON.parse(readFileSync(join(cwd, 'progress.json'), 'utf8')) as Record<string, unknown>;

function homeWith(text: string, name = 'progress.json'): string {
	const cwd = tempDir();
	writeFileSync(join(cwd, name), text);
	return cwd;
}

const answer = (questionId: string, at: string, fields: Partial<AnswerRecord> = {}): AnswerRecord => ({
	questionId, chapterId: 'house-vs-apartment', correct: false, credit: 0, at, mode: 'quiz', ...fields,
});

describe('a version-1 file (cvm-tutor 0.1.0)', () => {
	it('loads as version 2 with every answer and every other field kept', () => {
		expect(v1.version).toBe(1);
		expect(v1.answers.length).toBeGreaterThan(40);
		const { progress, notice } = openProgressStore({ cwd: homeWith(fixtureText) });
		expect(notice).toBeUndefined();
		expect(progress).toEqual({ ...v1, version: 2 });
		expect(progress.answers).toEqual(v1.answers);
	});

	it('derives a card for every answered question from the history, and review offers its mistakes', () => {
		const { progress } = openProgressStore({ cwd: homeWith(fixtureText) });
		const last = v1.answers.at(-1)!.at;
		const cards = cardsFromAnswers(progress.answers, new Date(last));
		expect([...cards.keys()].sort()).toEqual([...new Set(v1.answers.map((a) => a.questionId))].sort());
		expect([...cards.values()].reduce((sum, card) => sum + card.reps, 0)).toBe(v1.answers.length);
		// The learner's last answer to each question decides: every one last answered wrong is offered at once.
		const lastWrong = [...new Map(v1.answers.map((a) => [a.questionId, a])).values()].filter((a) => !a.correct).map((a) => a.questionId);
		expect(lastWrong.length).toBeGreaterThan(0);
		expect(dueQuestions(bundledBank(), progress, new Date(last))).toEqual(expect.arrayContaining(lastWrong));
		// A month later, every card is due.
		expect(dueQuestions(bundledBank(), progress, new Date(Date.parse(last) + 40 * 86_400_000))).toHaveLength(cards.size);
	});

	it('is not rewritten just by opening it; the first save writes version 2; a second load is a no-op', () => {
		const cwd = homeWith(fixtureText);
		const first = openProgressStore({ cwd });
		expect(readFileSync(join(cwd, 'progress.json'), 'utf8')).toBe(fixtureText);
		const changed = markPageRead(first.progress, 'architecture-and-comparison', 'two-kinds');
		first.store.save(changed);
		expect(onDisk(cwd)).toEqual({ ...changed, version: 2 });
		const second = openProgressStore({ cwd });
		expect(second.progress).toEqual(changed);
		expect(migrateProgress(second.progress)).toBe(second.progress);
		second.store.save(second.progress);
		expect(onDisk(cwd)).toEqual(changed);
	});

	it('two windows, one on each version: both windows\' answers end up in the file', () => {
		// Window A runs this version on the version-1 file; meanwhile window B (0.1.0) adds an answer and writes version 1.
		const cwd = homeWith(fixtureText);
		const a = openProgressStore({ cwd });
		const fromB = answer('q-b', '2026-11-20T10:00:00.000Z');
		writeFileSync(join(cwd, 'progress.json'), JSON.stringify({ ...v1, answers: [...v1.answers, fromB] }));
		const fromA = answer('q-a', '2026-11-20T10:00:01.000Z', { seconds: 12 });
		const saved = a.store.save({ ...a.progress, answers: [...a.progress.answers, fromA] });
		expect(saved.version).toBe(2);
		expect(saved.answers).toEqual([...v1.answers, fromB, fromA]);
		expect(onDisk(cwd)).toEqual(saved);
	});

	it('merging a version-1 disk into a version-2 window and the other way round keeps every answer', () => {
		const v2 = migrateProgress(v1);
		const extra = answer('q-x', '2026-11-21T08:00:00.000Z');
		const merged = mergeProgress(v2, { ...v2, answers: [...v2.answers, extra] }, migrateProgress({ ...v1, answers: [...v1.answers, answer('q-y', '2026-11-21T07:00:00.000Z')] }));
		expect(merged.version).toBe(2);
		expect(merged.answers.map((a) => a.questionId).slice(-2)).toEqual(['q-y', 'q-x']);
		expect(merged.answers).toHaveLength(v1.answers.length + 2);
	});
});

describe('a version-2 file that cvm-tutor 0.1.0 moved aside', () => {
	// What 0.1.0 does with a version-2 file (tried by hand: README "Progress file versions"): it renames it
	// progress.json.unreadable-<time>, starts fresh, and writes a version-1 progress.json once something changes.
	const aside = 'progress.json.unreadable-2026-11-30T15-18-36-717Z';
	const v2file = { ...emptyProgress(), chapters: { 'house-vs-apartment': { pagesRead: ['house-and-apartment'] } }, answers: [answer('q-v2', '2026-11-29T10:00:00.000Z', { seconds: 12 })] };
	const v1file = { version: 1, chapters: { 'house-vs-apartment': { pagesRead: ['neighbours'], lastPageId: 'neighbours' } }, answers: [answer('q-v1', '2026-11-30T15:20:00.000Z')], resume: { chapterId: 'house-vs-apartment', place: 'lesson', pageId: 'neighbours' } };

	it('is merged back at start, with a notice, and kept as progress.json.recovered-<time>', () => {
		const cwd = homeWith(JSON.stringify(v1file));
		writeFileSync(join(cwd, aside), JSON.stringify(v2file));
		const opened = openProgressStore({ cwd });
		expect(opened.notice).toBe('Recovered 1 answer that an older cvm-tutor had moved aside (the file is kept as progress.json.recovered-2026-11-30T15-18-36-717Z).');
		expect(opened.progress.answers.map((a) => a.questionId)).toEqual(['q-v2', 'q-v1']);
		// The file 0.1.0 wrote is newer: its resume point stands; pages read are the union.
		expect(opened.progress.resume).toEqual(v1file.resume);
		expect(opened.progress.chapters['house-vs-apartment']?.pagesRead.sort()).toEqual(['house-and-apartment', 'neighbours']);
		expect(onDisk(cwd)).toEqual(opened.progress);
		expect(readdirSync(cwd).sort()).toEqual(['progress.json', 'progress.json.recovered-2026-11-30T15-18-36-717Z']);
		const again = openProgressStore({ cwd });
		expect(again.notice).toBeUndefined();
		expect(again.progress).toEqual(opened.progress);
	});

	it('is merged back when 0.1.0 had written nothing yet (no progress.json)', () => {
		const cwd = homeWith(JSON.stringify(v2file), aside);
		const opened = openProgressStore({ cwd });
		expect(opened.progress).toEqual(v2file);
		expect(onDisk(cwd)).toEqual(v2file);
	});

	it('a moved-aside file that is not version-2 progress (a broken file) is left alone', () => {
		const cwd = homeWith(JSON.stringify(v1file));
		writeFileSync(join(cwd, aside), '{"version":2, "chapters": {');
		writeFileSync(join(cwd, 'progress.json.unreadable-2026-11-30T15-18-37-000Z'), JSON.stringify({ ...v1file, answers: [answer('q-old', '2026-11-01T00:00:00.000Z')] }));
		const opened = openProgressStore({ cwd });
		expect(opened.notice).toBeUndefined();
		expect(opened.progress.answers.map((a) => a.questionId)).toEqual(['q-v1']);
		expect(readdirSync(cwd)).toHaveLength(3);
	});

	it('read-only commands (stats) recover nothing and write nothing', () => {
		const cwd = homeWith(JSON.stringify(v1file));
		writeFileSync(join(cwd, aside), JSON.stringify(v2file));
		const opened = openProgressStore({ cwd, readOnly: true });
		expect(opened.progress.answers.map((a) => a.questionId)).toEqual(['q-v1']);
		expect(existsSync(join(cwd, aside))).toBe(true);
	});

	it('reset erases it too: it is renamed progress.json.reset-<time> and does not come back', () => {
		const cwd = homeWith(JSON.stringify(v1file));
		writeFileSync(join(cwd, aside), JSON.stringify(v2file));
		openProgressStore({ cwd, read: false }).store.reset();
		expect(readdirSync(cwd).sort()).toEqual(['progress.json', 'progress.json.reset-2026-11-30T15-18-36-717Z']);
		const opened = openProgressStore({ cwd });
		expect(opened.notice).toBeUndefined();
		expect(opened.progress).toEqual(emptyProgress());
	});
});

describe('a file of a later version (written by a newer cvm-tutor)', () => {
	const v3 = JSON.stringify({ version: 3, chapters: {}, answers: [], cards: { whatever: 1 } });

	it('is left exactly as it is: not moved aside, not written; saving says why', () => {
		const cwd = homeWith(v3);
		const opened = openProgressStore({ cwd });
		expect(opened.notice).toBe(`Progress file ${join(cwd, 'progress.json')} was written by a newer cvm-tutor (progress version 3). It is left as it is and nothing is saved: update cvm-tutor to continue.`);
		expect(opened.progress).toEqual(emptyProgress());
		expect(opened.store.readOnly).toMatch(/newer cvm-tutor/);
		expect(() => opened.store.save(markPageRead(opened.progress, 'a', 'b'))).toThrow(/newer cvm-tutor/);
		expect(readdirSync(cwd)).toEqual(['progress.json']);
		expect(readFileSync(join(cwd, 'progress.json'), 'utf8')).toBe(v3);
	});

	it('written meanwhile by another window: the save fails and the file is kept', () => {
		const cwd = tempDir();
		const opened = openProgressStore({ cwd });
		opened.store.save(markPageRead(opened.progress, 'a', 'b'));
		writeFileSync(join(cwd, 'progress.json'), v3);
		expect(() => opened.store.save(markPageRead(opened.progress, 'a', 'c'))).toThrow(/newer cvm-tutor/);
		expect(readFileSync(join(cwd, 'progress.json'), 'utf8')).toBe(v3);
		expect(readdirSync(cwd)).toEqual(['progress.json']);
	});
});
