// Plain mode's screens as text and what a typed line does on each, driven through the real appReducer with plain
// values: the home menu, a chapter's menu, lesson pages, a chapter quiz of every closed type with its feedback and
// results, hints, a close typed answer, explain it, and review.
import { describe, expect, it } from 'vitest';
import { type AppIntent, appReducer, initialState } from '../../src/core/app-state.js';
import { emptyProgress } from '../../src/core/progress.js';
import { currentItem, type QuizItem } from '../../src/core/quiz.js';
import { letterOf } from '../../src/plain/answer.js';
import { narrate, respond, screenLines, spoken, type Talk } from '../../src/plain/conversation.js';
import { bankOf, bundledBank, practiceChapter } from '../helpers.js';

const bank = bundledBank();
const AT = '2026-03-02T10:00:00.000Z';
const NOW = new Date(AT);
const seeds = () => 42;
/** Box drawing, block elements, check marks, arrows, escape sequences: none of it belongs in plain mode. */
const NOT_PLAIN = /[\u2500-\u259f✔✘◐→\x1b]/u;

/** One typed line, as src/plain/run.ts handles it but without the store: the new talk and what is printed. */
function type(talk: Talk, line: string): { talk: Talk; printed: string[]; quit?: true } {
	const reply = respond(talk, line, seeds);
	if (reply.kind === 'quit') return { talk, printed: [], quit: true };
	if (reply.kind === 'say') return { talk, printed: reply.lines };
	if (reply.kind === 'repeat') return { talk, printed: screenLines(talk) };
	let state = talk.state;
	for (const intent of reply.intents) state = appReducer(state, { ...intent, at: AT } as AppIntent);
	const next: Talk = 'explained' in reply ? { state, ...(reply.explained ? { explained: reply.explained } : {}) } : { ...talk, state };
	return { talk: next, printed: narrate(talk, next) };
}

function typeAll(talk: Talk, ...lines: string[]): { talk: Talk; printed: string[] } {
	let result = { talk, printed: [] as string[] };
	for (const line of lines) result = type(result.talk, line);
	return result;
}

/** The quiz item on screen. */
function itemOf(talk: Talk): QuizItem | undefined {
	return talk.state.screen.name === 'quiz' ? currentItem(talk.state.screen.session) : undefined;
}

/** Answers right until the question on screen is of `type`. */
function answerUntil(talk: Talk, type: string): Talk {
	for (let guard = 0; guard < 10 && itemOf(talk)?.question.type !== type; guard++) talk = typeAll(talk, rightLine(itemOf(talk) as QuizItem), '').talk;
	return talk;
}

const fresh = (b = bank): Talk => ({ state: initialState(b, emptyProgress(), undefined, NOW) });

/** The line that answers a quiz item right, as plain mode asks for it. */
function rightLine(item: QuizItem): string {
	const { question, choiceOrder } = item;
	const n = (id: string) => String(choiceOrder.indexOf(id) + 1);
	switch (question.type) {
		case 'single':
			return n(question.answer);
		case 'multiple':
			return question.answers.map(n).join(' ');
		case 'true-false':
			return question.answer ? '1' : '2';
		case 'ordering':
			return question.answer.map(n).join(' ');
		case 'matching':
			return question.left.map((left) => letterOf(choiceOrder.indexOf(question.answer[left.id] as string))).join(' ');
		case 'typed':
			return question.accept[0] as string;
		case 'explain':
			return 'namespaces and cgroups';
	}
}

describe('the home menu', () => {
	it('lists the chapters first (item n is chapter n) with progress in words, then Continue, Review, Quick quiz, Quit', () => {
		const lines = screenLines(fresh());
		expect(lines[0]).toBe('Main menu. The chapters come first, numbered as in the course.');
		expect(lines).toContain('1. House vs apartment: 0 of 8 pages read; quiz not taken');
		expect(lines).toContain('3. A container is just a process: 0 of 15 pages read; quiz not taken');
		expect(lines).toContain('10. Start: House vs apartment');
		expect(lines).toContain('11. Review (0 due)');
		expect(lines).toContain('12. Quick quiz: 10 questions across every chapter, missed and unseen first');
		expect(lines).toContain('13. Mock interview: about 20 minutes, a soft clock on each question');
		expect(lines).toContain('14. Quit');
		expect(lines.at(-1)).toBe('Type a number and press Enter.');
		expect(lines.join('\n')).not.toMatch(NOT_PLAIN);
	});

	it('reads a number (or "3." or a full-width digit), and says what is wrong with anything else', () => {
		const talk = fresh();
		expect(respond(talk, '3', seeds)).toEqual({ kind: 'intents', intents: [{ type: 'open-chapter', chapterId: 'container-is-a-process' }] });
		expect(respond(talk, '３', seeds)).toEqual(respond(talk, '3.', seeds));
		expect(respond(talk, '14', seeds)).toEqual({ kind: 'quit' });
		expect(respond(talk, '15', seeds)).toEqual({ kind: 'say', lines: ['There is no 15: type a number from 1 to 14.'] });
		expect(respond(talk, 'chapter', seeds)).toEqual({ kind: 'say', lines: ['"chapter" is not a number from 1 to 14.', 'Type a number and press Enter.'] });
		expect(respond(talk, 'q', seeds)).toEqual({ kind: 'quit' });
		expect(respond(talk, 'QUIT', seeds)).toEqual({ kind: 'quit' });
		expect(respond(talk, 'r', seeds)).toEqual({ kind: 'repeat' });
		// An arrow key in line mode arrives as an escape sequence inside the line: it is dropped, never echoed back.
		expect(respond(talk, '\x1b[A3\x1b[D', seeds)).toEqual(respond(talk, '3', seeds));
		expect(respond(talk, 'x\x1b[2J\x07', seeds)).toEqual({ kind: 'say', lines: ['"x" is not a number from 1 to 14.', 'Type a number and press Enter.'] });
		expect(respond(talk, '?', seeds)).toMatchObject({ kind: 'say', lines: expect.arrayContaining([expect.stringMatching(/^Anywhere: r repeats/)]) });
	});
});

describe('a chapter', () => {
	it('has its menu: read, quiz, quick quiz, explain it, back; and says its packet walks are not in plain mode yet', () => {
		const { talk, printed } = type(fresh(), '5');
		expect(printed[0]).toBe('Chapter 5: veth, bridge and iptables.');
		expect(printed).toContain('1. Read the lesson: 0 of 11 pages read');
		expect(printed).toContain('2. Take the quiz: 34 questions, not taken yet');
		expect(printed).toContain('5. Back to the main menu');
		expect(printed.some((line) => /^This chapter has 5 packet walks; they are not in plain mode yet/.test(line))).toBe(true);
		expect(type(talk, '5').talk.state.screen).toEqual({ name: 'home', focus: 'chapter:veth-bridge-iptables' });
		expect(type(talk, 'b').talk.state.screen.name).toBe('home');
	});

	it('reads the pages one by one: Enter for the next, b for the one before, diagrams as their text', () => {
		let { talk, printed } = typeAll(fresh(), '3', '1');
		const chapter = bank.chapters.find((c) => c.id === 'container-is-a-process');
		expect(printed[0]).toBe('Chapter 3, page 1 of 15: One process, seen from two sides');
		expect(printed.some((line) => line.startsWith('Diagram, The same processes from the host and from the container'))).toBe(true);
		expect(printed.at(-1)).toBe('Press Enter for the next page; b for the page before; m for the chapter menu.');
		expect(printed.join('\n')).not.toMatch(NOT_PLAIN);
		({ talk, printed } = type(talk, ''));
		expect(printed[0]).toBe('Chapter 3, page 2 of 15: No kernel boots: the tiny-VM myth');
		expect(talk.state.progress.chapters['container-is-a-process']?.pagesRead).toHaveLength(2);
		({ talk, printed } = type(talk, 'b'));
		expect(printed[0]).toMatch(/^Chapter 3, page 1 of 15/);
		expect(type(talk, 'b').talk.state.screen.name).toBe('chapter');
		expect(type(talk, 'm').talk.state.screen.name).toBe('chapter');
		({ talk, printed } = typeAll(talk, ...Array.from({ length: 14 }, () => '')));
		expect(printed.at(-1)).toBe('This is the last page. Press Enter for the chapter menu, where the quiz is; b for the page before.');
		({ talk, printed } = type(talk, ''));
		expect(printed[0]).toBe('Chapter 3: A container is just a process.');
		expect(printed).toContain(`1. Read the lesson: ${chapter?.pages.length} of 15 pages read`);
		expect(type(talk, 'nonsense').printed[0]).toBe('"nonsense" is not a number from 1 to 5.');
	});
});

describe('a chapter quiz', () => {
	it('asks every closed type with how to answer it, gives feedback in words, and ends with the results', () => {
		let { talk, printed } = typeAll(fresh(), '3', '2');
		const howTo = new Map<string, string>();
		for (let guard = 0; guard < 100 && talk.state.screen.name === 'quiz'; guard++) {
			const screen = talk.state.screen;
			const item = currentItem(screen.session) as QuizItem;
			expect(printed[0]).toMatch(new RegExp(`^Question ${screen.session.index + 1} of 31, `));
			howTo.set(item.question.type, printed.at(-1) as string);
			expect(printed.join('\n')).not.toMatch(NOT_PLAIN);
			({ talk, printed } = type(talk, rightLine(item)));
			expect(printed[0]).toMatch(/^Correct/);
			expect(printed.join('\n')).not.toMatch(NOT_PLAIN);
			expect(talk.state.progress.answers.at(-1)).toMatchObject({ questionId: item.question.id, correct: true });
			({ talk, printed } = type(talk, ''));
		}
		expect(Object.fromEntries(howTo)).toEqual({
			single: 'Type the number of the right choice.',
			multiple: 'Type the numbers of every right choice, separated by spaces.',
			'true-false': 'Type 1 for true or 2 for false.',
			ordering: 'Type the numbers in the right order, separated by spaces.',
			matching: 'For each left item type its letter, in the order of the left items, separated by spaces.',
			typed: 'Type the command.',
		});
		expect(printed[0]).toBe('Quiz done: 31 of 31 right, 100%.');
		expect(printed).toContain('Best so far: 31 of 31.');
		expect(printed).toContain('You missed nothing.');
		expect(printed).toContain('1. Take this quiz again');
		expect(printed).toContain('2. Back to the main menu');
		expect(type(talk, '2').talk.state.screen).toEqual({ name: 'home', focus: 'chapter:container-is-a-process' });
	});

	it('lists a matching question\u2019s left items numbered and its right items lettered; says a wrong answer in words', () => {
		const talk = answerUntil(typeAll(fresh(bankOf(practiceChapter())), '1', '2').talk, 'matching');
		const lines = screenLines(talk);
		expect(lines).toEqual(expect.arrayContaining(['Left items:', '1. UTS', '2. network', '3. PID', 'Right items:']));
		expect(lines.filter((line) => /^[a-d]\. /.test(line))).toHaveLength(4);
		const order = (itemOf(talk) as QuizItem).choiceOrder;
		const letter = (id: string) => letterOf(order.indexOf(id));
		const { printed } = type(talk, [letter('hostname'), letter('memory'), letter('ids')].join(' '));
		expect(printed[0]).toBe('Partly right: 67% credit (2 of 3 pairs right).');
		expect(printed).toContain('right: UTS goes with hostname and NIS domain name');
		expect(printed).toContain('wrong: network goes with memory limits');
		expect(printed).toContain('right: interfaces, routes, ports');
		expect(printed.join('\n')).not.toMatch(NOT_PLAIN);
	});

	it('says a new hint alone, not the whole question again; a close typed answer gets one more try', () => {
		let talk = answerUntil(typeAll(fresh(bankOf(practiceChapter())), '1', '2').talk, 'typed');
		expect(screenLines(talk)).toEqual(expect.arrayContaining(['It starts like this: docker ...', '1 hint: type h for one.', 'Type the command.']));
		let printed: string[];
		({ talk, printed } = type(talk, 'h'));
		expect(printed).toEqual(['Hint 1: The flag is -p HOST:CONTAINER.']);
		expect(type(talk, 'h').printed).toEqual(['No more hints for this question.']);
		({ talk, printed } = type(talk, 'docker run -d -p 80:8080 nginx'));
		expect(printed[0]).toMatch(/^Close, but not quite\. .* Type it again; this answer will count as a second try\.$/);
		({ talk, printed } = type(talk, 'docker run -d -p 8080:80 nginx'));
		expect(printed[0]).toBe('Correct (after a hint, on a second try).');
	});
});

describe('starting a quiz over', () => {
	it('asks first, keeps the attempt on no, and starts at question 1 on yes', () => {
		let talk = typeAll(fresh(), '3', '2').talk;
		talk = typeAll(talk, rightLine(itemOf(talk) as QuizItem), '', 'b').talk;
		let printed: string[];
		expect(screenLines(talk)).toEqual(expect.arrayContaining(['2. Continue the quiz: 1 of 31 answered', '3. Start the quiz over (asks first)']));
		({ talk, printed } = type(talk, '3'));
		expect(printed).toEqual([
			'Start the quiz over?',
			'This attempt (1 of 31 answered) is thrown away and a new one starts at question 1. Your answers stay in stats and review.',
			'1. No, keep this attempt',
			'2. Yes, discard 1 answer and start over',
			'Type a number and press Enter.',
		]);
		expect(type(talk, '1').printed).toContain('2. Continue the quiz: 1 of 31 answered');
		expect(type(talk, 'b').printed).toContain('2. Continue the quiz: 1 of 31 answered');
		({ talk, printed } = type(talk, '2'));
		expect(printed[0]).toMatch(/^Question 1 of 31, /);
		expect(talk.state.progress.answers).toHaveLength(1);
	});
});

describe('explain it', () => {
	it('takes the answer on one line, then the numbers of the key points made', () => {
		let { talk, printed } = typeAll(fresh(bankOf(practiceChapter())), '1', '4');
		expect(printed[0]).toMatch(/^Question 1 of \d+, explain it, as in an interview\.$/);
		expect(printed.at(-1)).toBe('Type your answer on one line and press Enter; or say it aloud and press Enter on an empty line.');
		({ talk, printed } = type(talk, 'Namespaces give it its own view and cgroups limit it'));
		expect(printed[0]).toMatch(/^A model answer: A container is an ordinary process/);
		expect(printed).toContain('Key points a good answer makes:');
		expect(printed).toContain('2. Cgroups limit the resources it may use.');
		expect(printed).toContain('Your words contain the terms of key points 1 2; check them, a term is not a point made.');
		expect(printed.at(-1)).toBe('Type the numbers of the key points you made, separated by spaces; or press Enter on an empty line for none.');
		expect(type(talk, '7').printed[0]).toBe('There is no 7: type a number from 1 to 4.');
		({ talk, printed } = type(talk, '1 2 3'));
		expect(printed[0]).toBe('You ticked 3 of 4 key points: 75% credit.');
		expect(talk.state.progress.answers.at(-1)).toMatchObject({ questionId: 'pr-explain-isolation', text: 'Namespaces give it its own view and cgroups limit it', ticked: ['namespaces', 'cgroups', 'shared-kernel'] });
	});
});

describe('review', () => {
	it('says when there is nothing to review, and asks a missed question back', () => {
		let { talk, printed } = type(fresh(), '11');
		expect(printed).toEqual(['Nothing to review: answer some questions first, and they come back here when they are due.']);
		talk = typeAll(talk, '3', '2').talk;
		const item = itemOf(talk) as QuizItem;
		const wrong = item.question.type === 'true-false' ? (item.question.answer ? '2' : '1') : item.question.type === 'typed' ? 'ls' : rightLine(item) === '1' ? '2' : '1';
		talk = typeAll(talk, wrong, 'b', 'b').talk;
		expect(screenLines(talk)).toContain('11. Review (1 due)');
		({ talk, printed } = type(talk, '11'));
		expect(printed[0]).toMatch(/^Question 1 of 1, /);
		({ talk, printed } = typeAll(talk, rightLine(item), ''));
		expect(printed[0]).toBe('Review done: 1 of 1 right, 100%.');
	});
});

describe('a mock interview', () => {
	it('gives its plan, says each question\u2019s soft limit once and the time taken after it, and ends with the report', () => {
		let { talk, printed } = type(fresh(), '13');
		expect(printed[0]).toMatch(/^A mock interview: \d+ questions in about 20 minutes, from chapters [\d, ]+\.$/);
		expect(printed.at(-1)).toBe('Press Enter to start the clock; b for the main menu.');
		({ talk, printed } = type(talk, ''));
		expect(printed[0]).toMatch(/^Question 1 of \d+, /);
		expect(printed[1]).toMatch(/^Soft limit \d+:\d\d; the clock runs from now\.$/);
		for (let guard = 0; guard < 40 && talk.state.screen.name === 'interview'; guard++) {
			const session = talk.state.screen.session.quiz;
			const item = currentItem(session) as QuizItem;
			if (item.question.type === 'explain') {
				({ talk, printed } = typeAll(talk, 'my answer', item.question.keyPoints.map((_, i) => i + 1).join(' ')));
			} else ({ talk, printed } = type(talk, rightLine(item)));
			expect(printed[0]).toMatch(/^Answered in 0:00 \(soft limit \d+:\d\d\)\.$/);
			expect(printed[1]).toMatch(/^(Correct|You ticked)/);
			({ talk, printed } = type(talk, ''));
		}
		expect(printed[0]).toMatch(/^Score 100%: (\d+) of \1 right, 0:00 in all for a 20-minute mock\.$/);
		expect(printed).toContain('Time per question (time taken / soft limit):');
		expect(printed.at(-1)).toBe('Press Enter for the main menu.');
		expect(printed.join('\n')).not.toMatch(NOT_PLAIN);
		expect(talk.state.progress.interviews).toHaveLength(1);
		({ talk, printed } = type(talk, ''));
		expect(printed).toContain('13. Mock interview: about 20 minutes, a soft clock on each question (last 100%)');
	});

	it('left before the end: says what is kept', () => {
		const { printed } = typeAll(fresh(), '13', '', 'b');
		expect(printed[0]).toMatch(/^Mock left after 0 of \d+: no report.$/);
		expect(printed[1]).toMatch(/^Main menu/);
	});
});

describe('spoken', () => {
	it('turns the feedback marks into words and leaves the text alone', () => {
		expect(spoken('✔ 2. docker0 bridge')).toBe('right: 2. docker0 bridge');
		expect(spoken('  ✘ PID → memory limits')).toBe('wrong: PID goes with memory limits');
		expect(spoken('· 1. container eth0')).toBe('1. container eth0');
		expect(spoken('Your order (✔: comes right after the item above it, as in the right order):')).toBe('Your order (right: comes right after the item above it, as in the right order):');
		expect(spoken('Also accepted: a  ·  b')).toBe('Also accepted: a; b');
		expect(spoken('A → B in a lesson')).toBe('A → B in a lesson');
	});
});
