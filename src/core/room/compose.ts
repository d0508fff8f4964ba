// Which questions a room asks, in which order and choice order: the same on every machine for the same code and lessons.
import { createHash } from 'node:crypto';
import type { Bank } from '../bank.js';
import { t } from '../i18n/messages.js';
import { choiceOrder, closedQuestions, type QuizItem } from '../quiz.js';
import { createRng, hashSeed, shuffle } from '../rng.js';
import type { Question } from '../schema.js';
import { type RoomSpec, STRUCTURE_HEX } from './code.js';

export type RoomItemsResult =
	| { ok: true; items: QuizItem[] }
	| { ok: false; reason: 'other-lessons'; version: string }
	| { ok: false; reason: 'empty' | 'bad-chapter'; message: string };

/** What a closed question's answer key is, as one line of ids: what a result code's indices point into. */
function answerKey(question: Question): string {
	switch (question.type) {
		case 'single':
			return `${question.choices.map((c) => c.id).join(',')} = ${question.answer}`;
		case 'multiple':
			return `${question.choices.map((c) => c.id).join(',')} = ${[...question.answers].sort().join(',')}`;
		case 'true-false':
			return `= ${question.answer}`;
		case 'ordering':
			return `${question.items.map((i) => i.id).join(',')} = ${question.answer.join(',')}`;
		case 'matching':
			return `${question.left.map((i) => i.id).join(',')} / ${question.right.map((i) => i.id).join(',')} = ${question.left.map((i) => `${i.id}:${question.answer[i.id] ?? ''}`).join(',')}`;
		case 'typed':
			return `${question.kind} = ${question.accept.map((form) => JSON.stringify(form)).join(' ')}`;
		case 'explain':
			return '';
	}
}

/**
 * sha256 (hex) of what decides a room's quiz: chapter ids in order, and each closed question's id, type, choice or
 * item ids and answer key. Not the lesson files' digest: a translation or a typo fix in a prompt must not split a
 * room (attendees on a patched release still get the same quiz), while a changed question or answer must.
 */
export function structureDigest(bank: Bank): string {
	const lines: string[] = [];
	for (const chapter of bank.chapters) {
		lines.push(`chapter ${chapter.id}`);
		for (const question of closedQuestions(chapter.questions)) lines.push(`${question.id} ${question.type} ${answerKey(question)}`);
	}
	return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Whether a room's spec was made from lessons with this structure (a code carries only a prefix of it). */
export function sameStructure(spec: Pick<RoomSpec, 'structure'>, digest: string): boolean {
	return spec.structure.slice(0, STRUCTURE_HEX).toLowerCase() === digest.slice(0, STRUCTURE_HEX);
}

/** The closed questions of the chosen chapters and types, by chapter, in bank order; or why there are none. */
export function roomCandidates(spec: Pick<RoomSpec, 'chapters' | 'types'>, bank: Bank): { ok: true; byChapter: Question[][] } | { ok: false; reason: 'empty' | 'bad-chapter'; message: string } {
	const indices = spec.chapters === 'all' ? bank.chapters.map((_, i) => i) : spec.chapters;
	const missing = indices.find((i) => i >= bank.chapters.length);
	if (missing !== undefined) return { ok: false, reason: 'bad-chapter', message: t().cli.room.badChapter(missing + 1, bank.chapters.length) };
	const types = new Set<string>(spec.types);
	const byChapter = indices.map((i) => closedQuestions(bank.chapters[i]?.questions ?? []).filter((q) => types.size === 0 || types.has(q.type)));
	if (byChapter.every((questions) => questions.length === 0)) return { ok: false, reason: 'empty', message: t().cli.room.noTypesInChapters };
	return { ok: true, byChapter };
}

/**
 * The room's quiz. Picks are spread over the chapters in turns (each chapter's candidates shuffled, one from each
 * chapter per turn, chapters in a shuffled order), then the picks are shuffled. Only integer math and the one
 * seeded RNG over candidates in bank order, so every OS and Node version gets the same quiz. Fewer candidates
 * than `count`: all of them.
 */
export function roomItems(spec: RoomSpec, bank: Bank): RoomItemsResult {
	if (!sameStructure(spec, structureDigest(bank))) return { ok: false, reason: 'other-lessons', version: spec.version };
	const candidates = roomCandidates(spec, bank);
	if (!candidates.ok) return candidates;
	const rng = createRng(hashSeed('room', spec.seed));
	const queues = shuffle(
		candidates.byChapter.map((questions) => shuffle(questions, rng)),
		rng,
	);
	const picked: Question[] = [];
	for (let turn = 0; picked.length < spec.count && queues.some((queue) => queue.length > turn); turn++) {
		for (const queue of queues) {
			const question = queue[turn];
			if (question && picked.length < spec.count) picked.push(question);
		}
	}
	const items = shuffle(picked, rng).map((question): QuizItem => ({ question, choiceOrder: choiceOrder(question, spec.seed) }));
	return { ok: true, items };
}

/** What to tell someone whose lessons are not the room's: the version to run, as one command. */
export function otherLessonsMessage(version: string, command: string): string {
	return t().cli.room.otherLessons(version, command);
}
