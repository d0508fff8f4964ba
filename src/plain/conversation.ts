// Plain mode as a pure conversation over the app's own state: what each screen says as lines of text (printed
// once, never redrawn), and what a typed line means there (intents for the same appReducer the Ink screens
// drive). Menus are numbered lists built once here, so the text and the reading of a number cannot disagree.
// No I/O: src/plain/run.ts reads the lines, dispatches, saves and prints.
import { type AppState, continueTarget, findChapter, reviewQuestions, type ScreenIntent, storedSession } from '../core/app-state.js';
import { suggestTicks } from '../core/explain.js';
import { UNSAFE_CHAR } from '../core/escape.js';
import { feedbackLines } from '../core/feedback.js';
import { t } from '../core/i18n/messages.js';
import { chapterStatus, computeStats, sessionKey } from '../core/progress.js';
import { closedQuestions, currentItem, explainQuestions, missedQuestions, QUICK_QUIZ_LENGTH, type QuizItem, quizScore, type QuizSession } from '../core/quiz.js';
import { describeNextDue, nextDue } from '../core/review/index.js';
import { DEFAULT_INTERVIEW_MINUTES } from '../core/interview/compose.js';
import { interviewReport, reportOf } from '../core/interview/report.js';
import { reportLines } from '../core/interview/report-lines.js';
import { formatSeconds, type InterviewSession, questionClock } from '../core/interview/session.js';
import type { Chapter, ExplainQuestion } from '../core/schema.js';
import { localize } from '../core/text.js';
import { letterOf, parseAnswer, parseTicks } from './answer.js';

/** The app's state, and the one step plain mode adds: an explain answer typed, waiting for its key points. */
export interface Talk {
	state: AppState;
	explained?: { questionId: string; text: string };
}

/** A new quiz's seed, drawn by the edge (src/ui/seed.ts): the conversation stays pure. */
export type Seeds = () => number;

export type Reply =
	/** Dispatch these, in order; `explained` becomes the Talk's (undefined clears it). */
	| { kind: 'intents'; intents: ScreenIntent[]; explained?: Talk['explained'] }
	/** Say these lines and ask again; nothing changes. */
	| { kind: 'say'; lines: string[] }
	| { kind: 'repeat' }
	| { kind: 'quit' };

interface MenuItem {
	label: string;
	/** `quit`: leave the app. */
	action: ScreenIntent | 'quit';
}

const answeredOf = (session: QuizSession) => [Object.keys(session.results).length, session.items.length] as const;

/** The home menu: chapters first (item n is chapter n), then Continue, Review, Quick quiz, Mock interview, Quit. */
export function homeMenu(state: AppState, seeds: Seeds): MenuItem[] {
	const m = t().plain.home;
	const stats = computeStats(state.bank, state.progress);
	const chapters = state.bank.chapters.map((chapter, i): MenuItem => {
		const status = stats.chapters[i];
		const best = status?.bestScore;
		const open = storedSession(state, sessionKey({ mode: 'quiz', chapterId: chapter.id }));
		const quiz = best
			? m.quizBest(Math.round((100 * best.correct) / Math.max(1, best.total)))
			: open && Object.keys(open.results).length > 0
				? m.quizOpen(...answeredOf(open))
				: m.quizNotTaken;
		return { label: m.chapter(localize(chapter.title), status?.pagesRead ?? 0, status?.pagesTotal ?? chapter.pages.length, quiz), action: { type: 'open-chapter', chapterId: chapter.id } };
	});
	const review = storedSession(state, sessionKey({ mode: 'review', chapterId: null }));
	const quick = storedSession(state, sessionKey({ mode: 'quick', chapterId: null }));
	const due = reviewQuestions(state).length;
	const next = due ? undefined : nextDue(state.bank, state.progress, new Date(state.now));
	return [
		...chapters,
		{ label: continueLabel(state), action: { type: 'continue', seed: seeds() } },
		{ label: review ? m.continueReview(...answeredOf(review)) : next ? m.reviewNext(describeNextDue(next)) : m.review(due), action: { type: 'start-review', seed: seeds() } },
		{ label: quick ? m.continueQuick(m.allChapters, ...answeredOf(quick)) : m.quick(QUICK_QUIZ_LENGTH), action: { type: 'start-quick', chapterId: null, seed: seeds() } },
		{ label: m.interview(DEFAULT_INTERVIEW_MINUTES, lastMock(state)), action: { type: 'start-interview', seed: seeds(), minutes: DEFAULT_INTERVIEW_MINUTES } },
		{ label: m.quit, action: 'quit' },
	];
}

/** The last mock interview's score, for the menu. */
function lastMock(state: AppState): number | undefined {
	const last = state.progress.interviews?.at(-1);
	return last ? interviewReport(state.bank, last).percent : undefined;
}

function continueLabel(state: AppState): string {
	const m = t().plain.home;
	const target = continueTarget(state);
	if (!target) return m.start(localize(state.bank.chapters[0]?.title ?? ''));
	switch (target.kind) {
		case 'quiz': {
			const { session } = target;
			const chapter = session.chapterId ? localize(findChapter(state.bank, session.chapterId)?.title ?? '') : m.allChapters;
			if (session.mode === 'review') return m.continueReview(...answeredOf(session));
			if (session.mode === 'quick') return m.continueQuick(chapter, ...answeredOf(session));
			if (session.mode === 'explain') return m.continueExplain(chapter, ...answeredOf(session));
			return m.continueQuiz(chapter, ...answeredOf(session));
		}
		case 'review':
			return m.nextReview(target.count);
		case 'quick-all':
			return m.nextQuick(QUICK_QUIZ_LENGTH);
		case 'chapter-quiz':
			return m.continueChapterQuiz(localize(target.chapter.title));
		case 'lesson':
			return m.continueLesson(localize(target.chapter.title), target.pageIndex + 1, target.chapter.pages.length);
	}
}

/** A chapter's menu: read, quiz (and start over), quick quiz, explain it, back. Or, confirming a restart: no, yes. */
export function chapterMenu(state: AppState, chapter: Chapter, confirm: boolean, seeds: Seeds): MenuItem[] {
	const m = t().plain.chapter;
	const open = storedSession(state, sessionKey({ mode: 'quiz', chapterId: chapter.id }));
	if (confirm && open) {
		return [
			{ label: m.restartNo, action: { type: 'back' } },
			{ label: m.restartYes(Object.keys(open.results).length), action: { type: 'restart-quiz', chapterId: chapter.id, seed: seeds() } },
		];
	}
	const status = chapterStatus(state.bank, state.progress, chapter.id);
	const quick = storedSession(state, sessionKey({ mode: 'quick', chapterId: chapter.id }));
	const explaining = storedSession(state, sessionKey({ mode: 'explain', chapterId: chapter.id }));
	const closed = closedQuestions(chapter.questions).length;
	const explainCount = explainQuestions(chapter.questions).length;
	const best = status.bestScore ? m.best(status.bestScore.correct, status.bestScore.total) : m.notTaken;
	return [
		{ label: m.read(status.pagesRead, status.pagesTotal), action: { type: 'read', chapterId: chapter.id } },
		{ label: open ? m.continueQuiz(...answeredOf(open)) : m.quiz(closed, best), action: { type: 'start-quiz', chapterId: chapter.id, seed: seeds() } },
		...(open ? [{ label: m.restart, action: { type: 'ask-restart', chapterId: chapter.id } } as MenuItem] : []),
		{ label: quick ? m.continueQuick(...answeredOf(quick)) : m.quick(Math.min(QUICK_QUIZ_LENGTH, closed)), action: { type: 'start-quick', chapterId: chapter.id, seed: seeds() } },
		...(explainCount ? [{ label: explaining ? m.continueExplain(...answeredOf(explaining)) : m.explain(explainCount), action: { type: 'start-explain', chapterId: chapter.id, seed: seeds() } } as MenuItem] : []),
		{ label: m.back, action: { type: 'back' } },
	];
}

/** The menu under a quiz's results, as on the Ink results screen. */
export function resultsMenu(state: AppState, session: QuizSession, seeds: Seeds): MenuItem[] {
	const m = t().plain.results;
	const { chapterId, mode } = session;
	const due = reviewQuestions(state).length;
	return [
		...(due > 0 ? [{ label: m.review(due), action: { type: 'start-review', seed: seeds() } } as MenuItem] : []),
		...(chapterId && mode === 'quiz' ? [{ label: m.retake, action: { type: 'start-quiz', chapterId, seed: seeds() } } as MenuItem] : []),
		...(mode === 'quick' ? [{ label: m.quick, action: { type: 'start-quick', chapterId, seed: seeds() } } as MenuItem] : []),
		{ label: m.home, action: { type: 'open', screen: 'home', ...(chapterId ? { focus: `chapter:${chapterId}` } : {}) } },
	];
}

/** The menu the screen shows, if it is a menu. */
function menuOf(talk: Talk, seeds: Seeds): MenuItem[] | undefined {
	const { state } = talk;
	const { screen } = state;
	if (screen.name === 'home') return homeMenu(state, seeds);
	if (screen.name === 'chapter') {
		const chapter = findChapter(state.bank, screen.chapterId);
		return chapter ? chapterMenu(state, chapter, screen.confirm === 'restart', seeds) : undefined;
	}
	if (screen.name === 'results') return resultsMenu(state, screen.session, seeds);
	return undefined;
}

const numbered = (labels: readonly string[]) => labels.map((label, i) => `${i + 1}. ${label}`);
const noSeed: Seeds = () => 0;

/**
 * A line of feedback (src/core/feedback.ts) as a screen reader should hear it: its marks as words ("right:",
 * "wrong:"), a matching row's arrow as "goes with", the dot between accepted forms as a semicolon. Lesson text
 * inside it is left as written.
 */
export function spoken(text: string): string {
	const m = t().plain.quiz;
	const mark = /^\s*([✔✘·◐])\s+/u.exec(text)?.[1];
	let line = text.trim();
	if (mark) line = `${mark === '✔' ? `${m.markRight}: ` : mark === '✘' ? `${m.markWrong}: ` : ''}${line.slice(1).trim()}`;
	if (mark === '✔' || mark === '✘') line = line.replace(' → ', ` ${m.pairedWith} `);
	return line.replace('(✔:', `(${m.markRight}:`).replaceAll('  ·  ', '; ');
}

/** What a quiz item says before it is answered: heading, how to answer, the text, the numbered choices. */
export function questionLines(item: QuizItem, session: QuizSession): string[] {
	const m = t().plain.quiz;
	const { question, choiceOrder } = item;
	const index = session.items.indexOf(item);
	const how = question.type === 'typed' ? m.howTo[question.kind] : m.howTo[question.type];
	const lines = [m.heading(index + 1, session.items.length, m.kinds[question.type]), ...(item.followUpOf ? [m.followUp] : []), ...localize(question.prompt).split('\n')];
	switch (question.type) {
		case 'single':
		case 'multiple':
		case 'ordering':
			lines.push(...numbered(choiceOrder.map((id) => choiceLabel(item, id))));
			break;
		case 'true-false':
			lines.push(...numbered([m.trueText, m.falseText]));
			break;
		case 'matching':
			lines.push(m.left, ...numbered(question.left.map((left) => localize(left.text))));
			lines.push(m.right, ...choiceOrder.map((id, i) => `${letterOf(i)}. ${choiceLabel(item, id)}`));
			break;
		case 'typed':
			if (question.placeholder) lines.push(m.placeholder(question.placeholder));
			break;
		case 'explain':
			break;
	}
	const hints = question.hints?.length ?? 0;
	lines.push(...(question.hints ?? []).slice(0, session.hintsShown).map((hint, i) => m.hint(i + 1, localize(hint))));
	if (hints > session.hintsShown) lines.push(m.hintsLeft(hints - session.hintsShown));
	lines.push(how);
	return lines;
}

function choiceLabel(item: QuizItem, id: string): string {
	const { question } = item;
	if (question.type === 'single' || question.type === 'multiple') return localize(question.choices.find((choice) => choice.id === id)?.text ?? id);
	if (question.type === 'ordering') return localize(question.items.find((entry) => entry.id === id)?.text ?? id);
	if (question.type === 'matching') return localize(question.right.find((entry) => entry.id === id)?.text ?? id);
	return id;
}

/** An explain answer's second step: the model answer, the key points numbered, the suggested ones. */
export function gradingLines(question: ExplainQuestion, text: string): string[] {
	const m = t().plain.quiz;
	const suggested = suggestTicks(question, text);
	const numbers = suggested.map((id) => question.keyPoints.findIndex((point) => point.id === id) + 1);
	return [
		m.modelAnswer(localize(question.modelAnswer)),
		m.keyPoints,
		...numbered(question.keyPoints.map((point) => localize(point.text))),
		text ? (numbers.length ? m.suggested(numbers.join(' ')) : m.noneSuggested) : m.aloud,
		m.tickHowTo,
	];
}

/** A question, its explain grading step, or its feedback: in a quiz and in a mock interview alike. */
function quizLines(talk: Talk, session: QuizSession): string[] {
	const p = t().plain;
	const item = currentItem(session);
	if (!item) return [];
	if (session.phase === 'feedback') {
		const result = session.results[item.question.id];
		// The verdict line says it in words already ("Not quite"): its mark goes; the others' marks become words.
		const lines = result ? feedbackLines(item.question, result).map((line, i) => (i === 0 ? line.text.replace(/^[✔✘◐]\s*/u, '') : spoken(line.text))).filter(Boolean) : [];
		const remaining = session.items.some((candidate, i) => i > session.index && !session.results[candidate.question.id]);
		return [...lines, remaining ? p.quiz.next : p.quiz.last];
	}
	if (item.question.type === 'explain' && talk.explained?.questionId === item.question.id) return gradingLines(item.question, talk.explained.text);
	return questionLines(item, session);
}

/** A mock interview: its plan until the clock starts, then each question with its soft limit, and the time taken. */
function interviewLines(talk: Talk, session: InterviewSession): string[] {
	const m = t().plain.interview;
	if (session.phase === 'intro') {
		const explain = session.quiz.items.filter((item) => item.question.type === 'explain').length;
		const followUps = session.questions.filter((q) => q.followUpOf).length;
		const chapters = [...new Set(session.questions.map((q) => q.chapterId))]
			.map((id) => talk.state.bank.chapters.find((c) => c.id === id)?.order)
			.filter((n) => n !== undefined)
			.sort((a, b) => a - b);
		const limits = [...new Set(session.questions.map((q) => q.limitSeconds))].sort((a, b) => b - a).map(formatSeconds);
		return [m.plan(session.questions.length, session.minutes, chapters), explain ? m.explain(explain, followUps, session.questions.length) : m.noExplain, m.clocks(limits.join(m.or)), m.how, m.start];
	}
	const clock = questionClock(session);
	const lines = quizLines(talk, session.quiz);
	if (!clock) return lines;
	if (session.quiz.phase === 'feedback') return [m.answered(formatSeconds(clock.elapsed), formatSeconds(clock.limit), clock.overtime), ...lines];
	// The clock is said once, when the question is asked: plain mode never redraws a ticking one.
	return talk.explained ? lines : [lines[0] as string, m.limit(formatSeconds(clock.limit)), ...lines.slice(1)];
}

/** Everything the current screen says, in reading order, ending with what to type. */
export function screenLines(talk: Talk): string[] {
	const { state } = talk;
	const { screen } = state;
	const p = t().plain;
	switch (screen.name) {
		case 'home': {
			const menu = homeMenu(state, noSeed);
			return [p.home.title, ...numbered(menu.map((item) => item.label)), p.menuHint];
		}
		case 'chapter': {
			const chapter = findChapter(state.bank, screen.chapterId);
			if (!chapter) return [p.chapter.missing];
			const confirm = screen.confirm === 'restart';
			const open = storedSession(state, sessionKey({ mode: 'quiz', chapterId: chapter.id }));
			const menu = numbered(chapterMenu(state, chapter, confirm, noSeed).map((item) => item.label));
			if (confirm && open) return [p.chapter.restartTitle, p.chapter.restartWhy(...answeredOf(open)), ...menu, p.menuHint];
			const walks = chapter.walks?.length ?? 0;
			return [p.chapter.title(chapter.order, localize(chapter.title)), localize(chapter.summary), ...menu, ...(walks ? [p.chapter.walks(walks)] : []), p.menuHint];
		}
		case 'lesson': {
			const chapter = findChapter(state.bank, screen.chapterId);
			const page = chapter?.pages[screen.pageIndex];
			if (!chapter || !page) return [p.chapter.missing];
			const m = p.lesson;
			const diagram = page.diagram;
			const last = screen.pageIndex === chapter.pages.length - 1;
			return [
				m.title(chapter.order, screen.pageIndex + 1, chapter.pages.length, localize(page.title)),
				...page.body.map((paragraph) => localize(paragraph)),
				...(diagram ? [diagram.caption ? m.diagramCaption(localize(diagram.caption), localize(diagram.alt)) : m.diagram(localize(diagram.alt))] : []),
				...(page.keyPoints?.length ? [m.keyPoints, ...page.keyPoints.map((point) => `- ${localize(point)}`)] : []),
				last ? m.last : m.next,
			];
		}
		case 'quiz':
			return quizLines(talk, screen.session);
		case 'interview':
			return interviewLines(talk, screen.session);
		case 'interview-report': {
			const report = reportOf(state.bank, state.progress.interviews ?? [], screen.id);
			// As wide as it takes: the terminal wraps each line, a screen reader reads it whole.
			const lines = report ? reportLines(report, 1000).map((line) => line.text.replace(/\s+/g, ' ').replaceAll(' · ', '; ').trim()).filter(Boolean) : [p.interview.noReport];
			return [...lines, p.interview.reportEnd];
		}
		case 'results': {
			const { session } = screen;
			const m = p.results;
			const { correct, total } = quizScore(session);
			const percent = Math.round((100 * correct) / Math.max(1, total));
			const best = session.chapterId && session.mode === 'quiz' ? state.progress.chapters[session.chapterId]?.bestScore : undefined;
			const missed = missedQuestions(session);
			const score = session.mode === 'explain' ? m.scoreExplain : m.score;
			return [
				score(m.done[session.mode], correct, total, percent),
				...(best ? [m.best(best.correct, best.total)] : []),
				...(session.mode === 'quick' ? [m.quickNote] : []),
				...(missed.length ? [m.missed(missed.length), ...missed.map((question) => `- ${localize(question.prompt).split('\n')[0]}`)] : [m.none]),
				...numbered(resultsMenu(state, session, noSeed).map((item) => item.label)),
				p.menuHint,
			];
		}
		default:
			return [p.unsupported];
	}
}

/** Whether plain mode can show this screen; the others are left for the main menu at once (src/plain/run.ts). */
export function supported(state: AppState): boolean {
	return ['home', 'chapter', 'lesson', 'quiz', 'results', 'interview', 'interview-report'].includes(state.screen.name);
}

/** What identifies what is on screen: a change of it means a new screen to read out in full. */
export function place(talk: Talk): string {
	const { screen } = talk.state;
	switch (screen.name) {
		case 'chapter':
			return `chapter:${screen.chapterId}:${screen.confirm ?? ''}`;
		case 'lesson':
			return `lesson:${screen.chapterId}:${screen.pageIndex}`;
		case 'quiz':
			return `quiz:${screen.session.mode}:${screen.session.chapterId}:${screen.session.index}:${screen.session.phase}:${talk.explained ? 'grading' : ''}`;
		case 'interview': {
			const { quiz } = screen.session;
			return `interview:${screen.session.id}:${screen.session.phase}:${quiz.index}:${quiz.phase}:${talk.explained ? 'grading' : ''}`;
		}
		default:
			return screen.name;
	}
}

/** What to print after a change: the new screen in full, or only what is new on the same one (a hint, a retry, a notice). */
export function narrate(before: Talk, after: Talk): string[] {
	const p = t().plain;
	const notice = after.state.notice && after.state.notice !== before.state.notice ? [after.state.notice] : [];
	if (place(before) !== place(after)) return [...notice, ...screenLines(after)];
	const lines = [...notice];
	const was = before.state.screen;
	const now = after.state.screen;
	const was_ = quizOf(was);
	const now_ = quizOf(now);
	if (was_ && now_) {
		const item = currentItem(now_);
		const hints = item?.question.hints ?? [];
		for (let i = was_.hintsShown; i < now_.hintsShown; i++) lines.push(p.quiz.hint(i + 1, localize(hints[i] ?? '')));
		if (now_.retry && now_.retry !== was_.retry) lines.push(p.quiz.retry(now_.retry.difference));
	}
	return lines;
}

/** The quiz session a screen asks its questions with: a quiz's, or a mock interview's once its clock runs. */
function quizOf(screen: AppState['screen']): QuizSession | undefined {
	if (screen.name === 'quiz') return screen.session;
	if (screen.name === 'interview' && screen.session.phase === 'asking') return screen.session.quiz;
	return undefined;
}

const QUIT = new Set(['q', 'quit', 'exit']);
const HELP = new Set(['?', 'h?', 'help']);
const REPEAT = new Set(['r', 'repeat']);
const BACK = new Set(['b', 'back']);

const KEY_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|O.)?/g;
const UNSAFE = new RegExp(UNSAFE_CHAR.source, 'g');

/**
 * A typed line without what the terminal's line mode passes through and no one means as text: the sequences of
 * arrow and function keys, and other control characters (a tab is a space). Nothing typed is ever printed back
 * as a sequence that would move the cursor.
 */
export function cleanLine(input: string): string {
	return input.replace(/\t/g, ' ').replace(KEY_SEQUENCE, '').replace(UNSAFE, '');
}

/** What a typed line means here. */
export function respond(talk: Talk, input: string, seeds: Seeds): Reply {
	const p = t().plain;
	const line = cleanLine(input).trim();
	const word = line.toLowerCase();
	if (QUIT.has(word)) return { kind: 'quit' };
	if (HELP.has(word)) return { kind: 'say', lines: p.help };
	if (REPEAT.has(word)) return { kind: 'repeat' };
	const { state } = talk;
	const { screen } = state;
	const intents = (...list: ScreenIntent[]): Reply => ({ kind: 'intents', intents: list });
	const menu = menuOf(talk, seeds);
	if (menu) {
		if (BACK.has(word)) return screen.name === 'home' ? { kind: 'say', lines: [p.home.title, p.menuHint] } : intents({ type: 'back' });
		// "3", "3." or a full-width "３" (a Chinese input method's digits).
		const digits = line.normalize('NFKC').replace(/\.$/, '');
		if (!/^\d+$/.test(digits)) return { kind: 'say', lines: [line ? p.problems.notNumber(line, menu.length) : p.problems.empty, p.menuHint] };
		const n = Number(digits);
		const item = menu[n - 1];
		if (!item) return { kind: 'say', lines: [p.problems.outOfRange(n, menu.length)] };
		return item.action === 'quit' ? { kind: 'quit' } : intents(item.action);
	}
	if (screen.name === 'lesson') {
		if (!line) return intents({ type: 'page', delta: 1 });
		if (BACK.has(word)) return screen.pageIndex === 0 ? intents({ type: 'back' }) : intents({ type: 'page', delta: -1 });
		if (word === 'm' || word === 'menu') return intents({ type: 'back' });
		return { kind: 'say', lines: [p.problems.unknown(line), screenLines(talk).at(-1) ?? ''] };
	}
	if (screen.name === 'interview' && screen.session.phase === 'intro') {
		if (!line) return intents({ type: 'interview', intent: { type: 'start' } });
		if (BACK.has(word) || word === 'm' || word === 'menu') return intents({ type: 'back' });
		return { kind: 'say', lines: [p.problems.unknown(line), p.interview.start] };
	}
	if (screen.name === 'interview-report') {
		if (!line || BACK.has(word) || word === 'm' || word === 'menu') return intents({ type: 'open', screen: 'home' });
		return { kind: 'say', lines: [p.problems.unknown(line), p.interview.reportEnd] };
	}
	const session = quizOf(screen);
	if (session) {
		const item = currentItem(session);
		if (!item) return intents({ type: 'back' });
		if (BACK.has(word) || word === 'm' || word === 'menu') return { kind: 'intents', intents: [{ type: 'back' }], explained: undefined };
		if (session.phase === 'feedback') return line ? { kind: 'say', lines: [p.problems.unknown(line), quizLines(talk, session).at(-1) ?? ''] } : intents({ type: 'quiz', intent: { type: 'next' } });
		if (word === 'h' || word === 'hint') {
			const available = item.question.hints?.length ?? 0;
			if (!available) return { kind: 'say', lines: [p.quiz.noHints] };
			if (session.hintsShown >= available) return { kind: 'say', lines: [p.quiz.noMoreHints] };
			return intents({ type: 'quiz', intent: { type: 'hint' } });
		}
		const question = item.question;
		if (question.type === 'explain') {
			// Said: a mock interview's clock stops here, before the model answer is read and the points ticked.
			if (talk.explained?.questionId !== question.id) return { kind: 'intents', intents: screen.name === 'interview' ? [{ type: 'interview', intent: { type: 'spoken' } }] : [], explained: { questionId: question.id, text: line } };
			const ticks = parseTicks(line, question.keyPoints.map((point) => point.id));
			if (!ticks.ok) return { kind: 'say', lines: [ticks.problem, p.quiz.tickHowTo] };
			return { kind: 'intents', intents: [{ type: 'quiz', intent: { type: 'submit', response: { type: 'explain', text: talk.explained.text, ticked: ticks.value } } }], explained: undefined };
		}
		const parsed = parseAnswer(item, line);
		if (!parsed.ok) return { kind: 'say', lines: [parsed.problem, questionLines(item, session).at(-1) ?? ''] };
		return intents({ type: 'quiz', intent: { type: 'submit', response: parsed.value } });
	}
	return intents({ type: 'open', screen: 'home' });
}
