// Test helper: random but reproducible responses to any closed question, for result codes and tallies.
import { type Rng, shuffle } from '../../../src/core/rng.js';
import type { Question } from '../../../src/core/schema.js';
import type { Response } from '../../../src/core/scoring.js';

const pick = <T>(items: readonly T[], rng: Rng): T => items[Math.floor(rng() * items.length)] as T;

/** Right about half the time; otherwise a random (possibly partly right) answer. Typed answers include non-ASCII text. */
export function randomResponse(question: Question, rng: Rng): Response {
	const right = rng() < 0.5;
	switch (question.type) {
		case 'single':
			return { type: 'single', choiceId: right ? question.answer : pick(question.choices, rng).id };
		case 'multiple':
			return { type: 'multiple', choiceIds: right ? question.answers : question.choices.filter(() => rng() < 0.5).map((c) => c.id) };
		case 'true-false':
			return { type: 'true-false', value: right ? question.answer : rng() < 0.5 };
		case 'ordering':
			return { type: 'ordering', order: right ? question.answer : shuffle(question.items.map((i) => i.id), rng) };
		case 'matching': {
			if (right) return { type: 'matching', pairs: question.answer };
			const pairs: Record<string, string> = {};
			for (const { id } of question.left) if (rng() < 0.9) pairs[id] = pick(question.right, rng).id;
			return { type: 'matching', pairs };
		}
		case 'typed':
			return { type: 'typed', text: right ? String(question.accept[0]) : pick([question.nearMisses[0]?.answer ?? 'x', 'docker run -it ubuntu', 'ça marche — 容器 ✓'], rng).toString() };
		case 'explain':
			throw new Error('explain questions are not asked in a room');
	}
}
