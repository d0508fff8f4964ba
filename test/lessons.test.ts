// Invariants of the bundled lesson bank: what every chapter must hold for the quiz to be fair and sound.
import { afterEach, describe, expect, it } from 'vitest';
import { loadBankFromDir, parseChapter, summarizeBank } from '../src/core/validate.js';
import { layoutPage } from '../src/core/page-layout.js';
import { answerRows, newestHintTop, questionText, textRoom, textWindow } from '../src/core/question-layout.js';
import { createQuiz } from '../src/core/quiz.js';
import { LOCALES, localize } from '../src/core/text.js';
import { setLocale } from '../src/core/i18n/locale.js';
import { labelKey, pickFeedback, routeChoices, routeQuestion, startWalk } from '../src/core/walk.js';
import { wrapText } from '../src/core/wrap.js';
import { scoreAnswer } from '../src/core/scoring.js';
import { bodyHeight } from '../src/ui/widgets/layout.js';
import { bundledLessonsDir } from '../src/meta.js';
import { fixtureChapter, rightResponse } from './helpers.js';

const loaded = loadBankFromDir(bundledLessonsDir());
afterEach(() => setLocale('en'));

describe('the bundled lessons', () => {
	it('validate with no problem', () => {
		expect(loaded.ok ? [] : loaded.problems).toEqual([]);
	});
	if (!loaded.ok) return;
	const { bank } = loaded;

	it('hold nine chapters in order, at least 170 questions, every type in use', () => {
		const summary = summarizeBank(bank);
		expect(summary.chapterIds).toEqual([
			'house-vs-apartment',
			'architecture-and-comparison',
			'container-is-a-process',
			'namespaces-and-cgroups',
			'veth-bridge-iptables',
			'network-drivers',
			'security-and-isolation',
			'choosing-and-combining',
			'images-and-storage',
		]);
		expect(bank.chapters.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(summary.questions).toBeGreaterThanOrEqual(170);
		for (const count of Object.values(summary.byType)) expect(count).toBeGreaterThan(0);
	});

	it.each(bank.chapters.map((c) => [c.id, c] as const))('%s: 5+ pages, 20+ questions, every type and difficulty 1-5', (_id, chapter) => {
		expect(chapter.pages.length).toBeGreaterThanOrEqual(5);
		expect(chapter.questions.length).toBeGreaterThanOrEqual(20);
		const types = new Set(chapter.questions.map((q) => q.type));
		for (const type of ['single', 'multiple', 'true-false'] as const) expect(types.has(type), type).toBe(true);
		expect(new Set(chapter.questions.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3, 4, 5]));
	});

	it('every question is answerable: its own answer scores as correct, and has an explanation and an https source', () => {
		for (const { question } of bank.questions.values()) {
			const response = rightResponse(question);
			expect(scoreAnswer(question, response).correct, question.id).toBe(true);
			expect(localize(question.explanation).length, question.id).toBeGreaterThan(40);
			expect(question.source.url, question.id).toMatch(/^https:\/\//);
		}
	});

	it.each(LOCALES)('every page fits an 80x24 terminal without scrolling (%s)', (locale) => {
		setLocale(locale);
		// The app draws at most 79 columns on an 80-column terminal; the body gets what the chrome leaves.
		const rows = bodyHeight(24);
		const tooLong = bank.chapters.flatMap((chapter) =>
			chapter.pages.map((page) => ({ page: `${chapter.id}/${page.id}`, lines: layoutPage(page, 79).length })).filter((p) => p.lines > rows),
		);
		expect(tooLong).toEqual([]);
	});

	it.each(LOCALES.flatMap((locale) => [false, true].map((notice) => [locale, notice] as const)))('every question fits an 80x24 terminal with all its hints, each hint readable whole (%s, notice line: %s)', (locale, notice) => {
		setLocale(locale);
		// The quiz body: a header, the text window (prompt and hints), a blank line, the answering view.
		const rows = bodyHeight(24, notice ? 1 : 0);
		const width = 79;
		const problems: string[] = [];
		for (const { question } of bank.questions.values()) {
			const item = createQuiz({ mode: 'quiz', chapterId: null, questions: [question], seed: 1 }).items[0]!;
			const answer = answerRows(item, { picked: [] }, width);
			const hints = question.hints?.length ?? 0;
			for (let shown = 0; shown <= hints; shown++) {
				const text = questionText(question, shown, width);
				const { room } = textRoom(text.lines.length, rows, answer);
				if (room < Math.min(2, text.lines.length)) problems.push(`${question.id}: no room for its text (${room} rows)`);
				const window = textWindow(text.lines.length, room, newestHintTop(text, room));
				// The hint just revealed is on screen whole, and every hint fits the window, so scrolling shows each one whole.
				const newest = text.hints.at(-1);
				if (newest && (newest.start < window.top || newest.start + newest.length > window.top + window.shown)) problems.push(`${question.id}: hint ${shown} not whole when revealed`);
				for (const [i, hint] of text.hints.entries()) if (hint.length > window.shown) problems.push(`${question.id}: hint ${i + 1} taller than the window`);
			}
		}
		expect(problems).toEqual([]);
	});

	it.each(LOCALES)('every packet walk screen fits an 80x24 terminal without cutting text (watch, route, feedback) (%s)', (locale) => {
		setLocale(locale);
		const rows = bodyHeight(24);
		const width = 79;
		const walks = bank.chapters.flatMap((chapter) => chapter.walks ?? []);
		expect(walks.map((w) => w.id)).toEqual(['outbound-to-internet', 'inbound-published-port', 'container-to-container', 'host-driver-outbound', 'user-defined-bridge']);
		const tooTall: string[] = [];
		for (const walk of walks) {
			const session = startWalk(walk, 1);
			walk.hops.forEach((hop, step) => {
				// Diagram, blank, hop title, addresses, the actor's text, and at the end a closing line.
				const watch = walk.diagram.length + 3 + wrapText(localize(hop.actor), width - 2).length + (step === walk.hops.length - 1 ? 1 : 0);
				if (watch > rows) tooTall.push(`${walk.id}/${hop.id} watch: ${watch}`);
				if (step === walk.hops.length - 1) return;
				const question = wrapText(`At hop ${step + 1}/${walk.hops.length}: ${localize(hop.label)}. ${routeQuestion(walk, step)}`, width).length;
				const route = walk.diagram.length + question + 1 + routeChoices({ ...session, mode: 'route', step }).length;
				if (route > rows) tooTall.push(`${walk.id}/${hop.id} route: ${route}`);
				const labels = [...walk.hops.map((h) => labelKey(h.label)), ...walk.distractors.map((d) => labelKey(d.label))];
				for (const label of labels) {
					const text = pickFeedback(walk, { step, key: label, correct: label === labelKey(walk.hops[step + 1]?.label ?? '') }).text;
					const feedback = walk.diagram.length + 2 + wrapText(text, width - 2).length;
					if (feedback > rows) tooTall.push(`${walk.id}/${hop.id} feedback for "${label}": ${feedback}`);
				}
			});
		}
		expect(tooTall).toEqual([]);
	});

	it('every wrong choice names its misconception with a tag (ordering, matching and typed questions carry traps by schema)', () => {
		for (const { question } of bank.questions.values()) {
			if (question.type === 'true-false') expect(question.misconception, question.id).toBeDefined();
			else if (question.type === 'single' || question.type === 'multiple') {
				const right: string[] = question.type === 'single' ? [question.answer] : question.answers;
				for (const choice of question.choices) if (!right.includes(choice.id)) expect(choice.misconception, `${question.id}/${choice.id}`).toBeDefined();
			}
		}
	});
});

describe('the answer-balance check', () => {
	it('rejects a chapter whose answers are all at one position or all true', () => {
		const chapter = fixtureChapter() as any;
		const single = chapter.questions[0];
		const tf = chapter.questions[2];
		chapter.questions = [
			...Array.from({ length: 8 }, (_, i) => ({ ...single, id: `s-${i}`, choices: [...single.choices].reverse() })),
			...Array.from({ length: 6 }, (_, i) => ({ ...tf, id: `t-${i}`, answer: true })),
		];
		const messages = parseChapter('x.json', JSON.stringify(chapter)).problems.map((p) => p.message);
		expect(messages).toEqual([expect.stringMatching(/8 of 8 single-choice answers are choice 1/), expect.stringMatching(/6 of 6 true\/false answers are true/)]);
	});
});
