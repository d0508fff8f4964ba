// What `npm run bench:room` (test/bench/room.mjs) runs in its own process, bundled with esbuild: the attendee
// link as the CLI uses it, the lessons digest an attendee computes from its own lessons, and a right or a wrong
// response for the question an `open` names (looked up in the attendee's own lessons, as the join screen does).
import type { Bank } from '../../src/core/bank.js';
import { structureDigest } from '../../src/core/room/compose.js';
import type { Question } from '../../src/core/schema.js';
import type { Response } from '../../src/core/scoring.js';
import { localize } from '../../src/core/text.js';
import { loadBankFromDir } from '../../src/core/validate.js';

export { createAttendeeLink } from '../../src/net/attendee-link.js';

/** The lessons in `dir`, validated, and their structure digest (what a join carries). */
export function attendeeLessons(dir: string): { bank: Bank; digest: string; questions: Map<string, Question> } {
	const loaded = loadBankFromDir(dir);
	if (!loaded.ok) throw new Error(`the lessons in ${dir} do not validate`);
	const questions = new Map<string, Question>();
	for (const chapter of loaded.bank.chapters) for (const question of chapter.questions) questions.set(question.id, question);
	return { bank: loaded.bank, digest: structureDigest(loaded.bank), questions };
}

/** A response to `question`: its own answer, or (`right` false) one that is wrong but well formed. */
export function responseFor(question: Question, right: boolean): Response {
	switch (question.type) {
		case 'single': {
			const other = question.choices.find((choice) => choice.id !== question.answer)?.id ?? question.answer;
			return { type: 'single', choiceId: right ? question.answer : other };
		}
		case 'multiple': {
			const wrong = question.choices.map((choice) => choice.id).filter((id) => !question.answers.includes(id));
			return { type: 'multiple', choiceIds: right || wrong.length === 0 ? question.answers : wrong.slice(0, 1) };
		}
		case 'true-false':
			return { type: 'true-false', value: right ? question.answer : !question.answer };
		case 'ordering':
			return { type: 'ordering', order: right ? question.answer : [...question.answer].reverse() };
		case 'matching': {
			if (right) return { type: 'matching', pairs: question.answer };
			// Each left item gets the next one's right item: every pair wrong when there are two or more.
			const keys = Object.keys(question.answer);
			const values = keys.map((key) => question.answer[key] as string);
			return { type: 'matching', pairs: Object.fromEntries(keys.map((key, i) => [key, values[(i + 1) % values.length] as string])) };
		}
		case 'typed':
			return { type: 'typed', text: right ? localize(question.accept[0]!) : 'no idea' };
		case 'explain':
			return { type: 'explain', text: '', ticked: right ? question.keyPoints.map((point) => point.id) : [] };
	}
}
