// A quiz session: which questions, in what order, with which choice order, and how far along it is.
// Everything derives from a seed, so a stored session rebuilds exactly the same quiz.
import type { Bank } from './bank.js';
import { type ActiveQuiz, type AnswerRecord, needsReview } from './progress.js';
import { createRng, hashSeed, shuffle } from './rng.js';
import type { Question } from './schema.js';
import { type Response, scoreAnswer, type Verdict } from './scoring.js';

export interface QuizItem {
	question: Question;
	/**
	 * Display order: choice ids; "true"/"false" for true-false (kept in that order); item ids for ordering (never
	 * already in the right order); right-hand item ids for matching; empty for typed answers.
	 */
	choiceOrder: string[];
	/** The explain question this one follows up (asked right after it): the screen says "Follow-up". */
	followUpOf?: string;
}

export interface QuizResult {
	correct: boolean;
	credit: number;
	/** Present for answers given in this run; absent for answers restored from a saved session. */
	verdict?: Verdict;
	response?: Response;
	/** Hints revealed before answering. */
	hints?: number;
	/** Given on a second try, after a close typed answer (not a hint: the learner was only told it was close). */
	retried?: boolean;
}

export interface QuizSession {
	/**
	 * `quick`: a short quiz of one chapter (chapterId) or of all of them (chapterId null); `explain`: a chapter's
	 * explain questions, with their follow-ups.
	 */
	mode: 'quiz' | 'review' | 'quick' | 'explain';
	chapterId: string | null;
	seed: number;
	items: QuizItem[];
	index: number;
	phase: 'answering' | 'feedback' | 'finished';
	/** Choices ticked so far on a multiple-choice question. */
	picked: string[];
	/** Hints revealed so far on the current question. */
	hintsShown: number;
	/** A typed answer that was close: what differs, shown while the learner tries once more. */
	retry?: { text: string; difference: string };
	results: Record<string, QuizResult>;
	/** `false`: a close typed answer is taken as given, with no second try (a room tells nothing until the end). */
	retries?: false;
}

export type QuizIntent =
	| { type: 'toggle'; choiceId: string }
	| { type: 'submit'; response: Response }
	| { type: 'hint' }
	/** The question's time ran out (a room): it is closed unanswered, as wrong, and its feedback follows. */
	| { type: 'time-up' }
	| { type: 'next' };

/** The display order of a question's choices (see QuizItem.choiceOrder), from the question id and the seed alone. */
export function choiceOrder(question: Question, seed: number): string[] {
	const rng = createRng(hashSeed(question.id, seed));
	switch (question.type) {
		case 'true-false':
			return ['true', 'false'];
		case 'typed':
		case 'explain':
			return [];
		case 'matching':
			return shuffle(
				question.right.map((item) => item.id),
				rng,
			);
		case 'ordering': {
			const order = shuffle(
				question.items.map((item) => item.id),
				rng,
			);
			// Starting in the right order would give the answer away: rotate by one instead.
			return order.every((id, i) => id === question.answer[i]) ? [...order.slice(1), order[0] as string] : order;
		}
		default:
			return shuffle(
				question.choices.map((choice) => choice.id),
				rng,
			);
	}
}

/** The questions a chapter quiz or a quick quiz asks: every type but explain (those are practised on their own). */
export function closedQuestions(questions: readonly Question[]): Question[] {
	return questions.filter((question) => question.type !== 'explain');
}

export function explainQuestions(questions: readonly Question[]): Question[] {
	return questions.filter((question) => question.type === 'explain');
}

/**
 * Each explain question followed at once by its follow-ups (and theirs, depth first), every question once: a
 * follow-up that is also in `questions` moves from its own place to after the question it follows up.
 * `lookup` finds follow-ups outside `questions` (in the whole bank); one it cannot find is left out.
 */
export function withFollowUps(questions: readonly Question[], lookup: (id: string) => Question | undefined): Question[] {
	const given = new Map(questions.map((question) => [question.id, question]));
	const find = (id: string) => given.get(id) ?? lookup(id);
	const followers = new Set<string>();
	const visit = (question: Question) => {
		if (question.type !== 'explain') return;
		for (const id of question.followUps ?? []) {
			const next = find(id);
			if (!next || followers.has(id)) continue;
			followers.add(id);
			visit(next);
		}
	};
	questions.forEach(visit);
	const ordered: Question[] = [];
	const placed = new Set<string>();
	const place = (question: Question) => {
		if (placed.has(question.id)) return;
		placed.add(question.id);
		ordered.push(question);
		if (question.type !== 'explain') return;
		for (const id of question.followUps ?? []) {
			const next = find(id);
			if (next) place(next);
		}
	};
	for (const question of questions) if (!followers.has(question.id)) place(question);
	return ordered;
}

/** For each question that follows up an explain question asked before it in `ordered`: that question's id. */
function followUpParents(ordered: readonly Question[]): Map<string, string> {
	const parents = new Map<string, string>();
	const asked = new Set<string>();
	const offered = new Map<string, string>();
	for (const question of ordered) {
		const parent = offered.get(question.id);
		if (parent && !asked.has(question.id)) parents.set(question.id, parent);
		asked.add(question.id);
		if (question.type === 'explain') for (const id of question.followUps ?? []) if (!asked.has(id) && !offered.has(id)) offered.set(id, question.id);
	}
	return parents;
}

/**
 * Builds a quiz over the given questions (shuffled by seed), resuming past any stored results. With `followUps`
 * (a lookup of the bank), explain questions bring their follow-ups, asked right after them (withFollowUps).
 */
export function createQuiz(options: {
	mode: QuizSession['mode'];
	chapterId: string | null;
	questions: readonly Question[];
	seed: number;
	shuffleQuestions?: boolean;
	followUps?: (id: string) => Question | undefined;
	results?: Record<string, { correct: boolean; credit: number }>;
}): QuizSession {
	const shuffled = options.shuffleQuestions === false ? [...options.questions] : shuffle(options.questions, createRng(options.seed));
	const ordered = options.followUps ? withFollowUps(shuffled, options.followUps) : shuffled;
	const parents = followUpParents(ordered);
	const items = ordered.map((question): QuizItem => {
		const parent = parents.get(question.id);
		return { question, choiceOrder: choiceOrder(question, options.seed), ...(parent ? { followUpOf: parent } : {}) };
	});
	const results: Record<string, QuizResult> = {};
	for (const item of items) {
		const stored = options.results?.[item.question.id];
		if (stored) results[item.question.id] = { correct: stored.correct, credit: stored.credit };
	}
	const index = items.findIndex((item) => !results[item.question.id]);
	return {
		mode: options.mode,
		chapterId: options.chapterId,
		seed: options.seed,
		items,
		index: index === -1 ? items.length : index,
		phase: index === -1 ? 'finished' : 'answering',
		picked: [],
		hintsShown: 0,
		results,
	};
}

/** Rebuilds a stored session against the current bank; questions that no longer exist are dropped. */
export function restoreQuiz(bank: Bank, stored: ActiveQuiz): QuizSession | undefined {
	const questions = stored.questionIds.flatMap((id) => {
		const entry = bank.questions.get(id);
		return entry ? [entry.question] : [];
	});
	if (questions.length === 0) return undefined;
	return createQuiz({
		mode: stored.mode,
		chapterId: stored.chapterId,
		questions,
		seed: stored.seed,
		shuffleQuestions: false,
		results: stored.results,
	});
}

/** The stored form of a session; `at` is when it was started or last answered. */
export function snapshotQuiz(session: QuizSession, at?: string): ActiveQuiz {
	const results: ActiveQuiz['results'] = {};
	for (const [id, result] of Object.entries(session.results)) results[id] = { correct: result.correct, credit: result.credit };
	return {
		mode: session.mode,
		chapterId: session.chapterId,
		seed: session.seed,
		questionIds: session.items.map((item) => item.question.id),
		results,
		...(at ? { at } : {}),
	};
}

export const QUICK_QUIZ_LENGTH = 10;

/**
 * The questions of a quick quiz: first those to review (needsReview), then those never answered,
 * then the rest; random within each tier (seeded, so the same seed picks the same questions).
 */
export function pickQuickQuestions(questions: readonly Question[], latest: ReadonlyMap<string, Pick<AnswerRecord, 'correct' | 'hints' | 'retried'>>, seed: number, count = QUICK_QUIZ_LENGTH): Question[] {
	const tiers: Question[][] = [[], [], []];
	for (const question of questions) {
		const answer = latest.get(question.id);
		const tier = !answer ? 1 : needsReview(answer) ? 0 : 2;
		tiers[tier]?.push(question);
	}
	const rng = createRng(hashSeed('quick', seed));
	return tiers.flatMap((tier) => shuffle(tier, rng)).slice(0, count);
}

export function currentItem(session: QuizSession): QuizItem | undefined {
	return session.items[session.index];
}

export function quizReducer(session: QuizSession, intent: QuizIntent): QuizSession {
	const item = currentItem(session);
	if (!item) return session;
	switch (intent.type) {
		case 'toggle': {
			if (session.phase !== 'answering' || item.question.type !== 'multiple') return session;
			const picked = session.picked.includes(intent.choiceId)
				? session.picked.filter((id) => id !== intent.choiceId)
				: [...session.picked, intent.choiceId];
			return { ...session, picked };
		}
		case 'hint': {
			const available = item.question.hints?.length ?? 0;
			if (session.phase !== 'answering' || session.hintsShown >= available) return session;
			return { ...session, hintsShown: session.hintsShown + 1 };
		}
		case 'submit': {
			if (session.phase !== 'answering') return session;
			const verdict = scoreAnswer(item.question, intent.response);
			// A close typed answer gets one more try, with what differs; the answer then records the second try.
			if (!verdict.correct && verdict.difference && intent.response.type === 'typed' && !session.retry && session.retries !== false) {
				return { ...session, retry: { text: intent.response.text, difference: verdict.difference } };
			}
			const hints = session.hintsShown;
			const result: QuizResult = {
				correct: verdict.correct,
				credit: verdict.credit,
				verdict,
				response: intent.response,
				...(hints ? { hints } : {}),
				...(session.retry ? { retried: true } : {}),
			};
			const { retry: _done, ...rest } = session;
			return { ...rest, phase: 'feedback', results: { ...session.results, [item.question.id]: result } };
		}
		case 'time-up': {
			if (session.phase !== 'answering') return session;
			const { retry: _done, ...rest } = session;
			return { ...rest, phase: 'feedback', results: { ...session.results, [item.question.id]: { correct: false, credit: 0 } } };
		}
		case 'next': {
			if (session.phase !== 'feedback') return session;
			const index = session.items.findIndex((candidate, i) => i > session.index && !session.results[candidate.question.id]);
			if (index === -1) return { ...session, index: session.items.length, phase: 'finished', picked: [], hintsShown: 0 };
			return { ...session, index, phase: 'answering', picked: [], hintsShown: 0 };
		}
	}
}

export function quizScore(session: QuizSession): { correct: number; total: number } {
	const results = Object.values(session.results);
	return { correct: results.filter((result) => result.correct).length, total: session.items.length };
}

/** How far an unfinished session is, for a menu row: "3/10 answered". */
export function answeredNote(session: QuizSession): string {
	return `${answeredCount(session)} answered`;
}

/** Questions answered of the session's questions: "3/10". */
export function answeredCount(session: QuizSession): string {
	return `${Object.keys(session.results).length}/${session.items.length}`;
}

export function missedQuestions(session: QuizSession): Question[] {
	return session.items.filter((item) => session.results[item.question.id]?.correct === false).map((item) => item.question);
}
