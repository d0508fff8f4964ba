// Mock interviews in the progress file: the checker, the merge of two windows, and resetting one chapter.
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/core/progress-merge.js';
import { type AnswerRecord, emptyProgress, type InterviewRecord, markPageRead, parseProgress, type Progress, recordInterview, resetChapter, saveSession } from '../../../src/core/progress.js';

const mock = (id: string, at: string): InterviewRecord => ({ id, at, seed: 3, minutes: 10, questions: [{ id: 'q1', chapterId: 'a', credit: 0.5, seconds: 61, limitSeconds: 75 }] });
const answer = (questionId: string, chapterId: string, mode: AnswerRecord['mode'] = 'quiz', at = '2026-11-30T10:00:00.000Z'): AnswerRecord => ({ questionId, chapterId, correct: true, credit: 1, at, mode });

describe('mock interviews in the progress file', () => {
	it('are accepted by the checker, with interview answers, and a wrong field is named', () => {
		const data = { ...emptyProgress(), answers: [answer('q1', 'a', 'interview')], interviews: [mock('m1', '2026-11-30T10:00:00.000Z')] };
		expect(parseProgress(data)).toEqual({ ok: true, progress: data });
		expect(parseProgress({ ...data, interviews: [{ ...mock('m1', 'x'), questions: [{ id: 'q1', chapterId: 'a', credit: 0.5, seconds: -1, limitSeconds: 75 }] }] })).toEqual({
			ok: false,
			why: 'interviews[0].questions[0].seconds: expected a number of seconds',
		});
		expect(parseProgress({ ...data, interviews: {} })).toEqual({ ok: false, why: 'interviews: expected a list' });
	});

	it('are recorded once per id', () => {
		const once = recordInterview(emptyProgress(), mock('m1', 't1'));
		expect(recordInterview(once, mock('m1', 't1'))).toBe(once);
		expect(recordInterview(once, mock('m2', 't2')).interviews?.map((m) => m.id)).toEqual(['m1', 'm2']);
	});

	it('merge as a union by id, oldest first; one erased on disk is not brought back', () => {
		const base = recordInterview(emptyProgress(), mock('m1', '2026-11-01T00:00:00.000Z'));
		const disk = recordInterview(base, mock('m3', '2026-11-03T00:00:00.000Z'));
		const mine = recordInterview(base, mock('m2', '2026-11-02T00:00:00.000Z'));
		expect(mergeProgress(base, mine, disk).interviews?.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
		// A reset on disk: this window's m2 is new and kept, the m1 both knew stays erased.
		expect(mergeProgress(base, mine, emptyProgress()).interviews?.map((m) => m.id)).toEqual(['m2']);
		// Nothing new in mine: disk's list as it is.
		expect(mergeProgress(base, { ...base, resume: { chapterId: 'a', place: 'lesson' } }, disk).interviews).toBe(disk.interviews);
	});
});

describe('resetChapter', () => {
	let progress: Progress = markPageRead(emptyProgress(), 'a', 'a1');
	progress = markPageRead(progress, 'b', 'b1');
	progress = { ...progress, answers: [answer('a-q1', 'a'), answer('b-q1', 'b'), answer('a-q2', 'a', 'interview'), answer('moved', 'b')] };
	progress = { ...progress, chapters: { ...progress.chapters, a: { ...progress.chapters.a!, bestScore: { correct: 1, total: 2, at: 't' }, lastScore: { correct: 1, total: 2, at: 't' } } } };
	progress = saveSession(progress, { mode: 'quiz', chapterId: 'a', seed: 1, questionIds: ['a-q1', 'a-q3'], results: { 'a-q1': { correct: true, credit: 1 } } });
	progress = saveSession(progress, { mode: 'review', chapterId: null, seed: 1, questionIds: ['a-q1', 'b-q1', 'b-q2'], results: { 'a-q1': { correct: true, credit: 1 }, 'b-q1': { correct: true, credit: 1 } } });
	progress = { ...progress, quickScores: { 'quick:a': { correct: 1, total: 10, at: 't' }, 'quick:all': { correct: 2, total: 10, at: 't' } }, walks: { 'a/w1': { best: { correct: 1, total: 1, at: 't' }, last: { correct: 1, total: 1, at: 't' } }, 'b/w1': { best: { correct: 1, total: 1, at: 't' }, last: { correct: 1, total: 1, at: 't' } } } };
	progress = { ...progress, resume: { chapterId: 'a', place: 'quiz' }, interviews: [mock('m1', 't')] };

	it('forgets one chapter: pages, scores, answers (also of its questions stored elsewhere), quizzes, walks; other chapters stay', () => {
		const reset = resetChapter(progress, 'a', new Set(['a-q1', 'a-q2', 'a-q3', 'moved']));
		expect(Object.keys(reset.chapters)).toEqual(['b']);
		expect(reset.answers.map((a) => a.questionId)).toEqual(['b-q1']);
		expect(Object.keys(reset.sessions ?? {})).toEqual(['review']);
		expect(Object.keys(reset.sessions?.review?.results ?? {})).toEqual(['b-q1']);
		expect(Object.keys(reset.quickScores ?? {})).toEqual(['quick:all']);
		expect(Object.keys(reset.walks ?? {})).toEqual(['b/w1']);
		expect(reset.resume).toBeUndefined();
		expect(reset.interviews).toEqual(progress.interviews);
		expect(parseProgress(reset).ok).toBe(true);
	});

	it('leaves the resume point in another chapter, and changes nothing for a chapter with no progress', () => {
		const elsewhere = { ...progress, resume: { chapterId: 'b', place: 'lesson' as const } };
		expect(resetChapter(elsewhere, 'a', new Set()).resume).toEqual({ chapterId: 'b', place: 'lesson' });
		const untouched = resetChapter(progress, 'z', new Set());
		expect(untouched.answers).toEqual(progress.answers);
		expect(untouched.chapters).toEqual(progress.chapters);
	});
});
