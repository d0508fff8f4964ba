// The room's quiz as a handout (Markdown) or data (JSON), with or without the key: the same bytes for the same code everywhere.
import { safeJson } from '../escape.js';
import { t } from '../i18n/messages.js';
import type { QuizItem } from '../quiz.js';
import type { Question } from '../schema.js';
import { localize } from '../text.js';
import { encodeRoomCode, type RoomSpec } from './code.js';

export interface PrintOptions {
	answers: boolean;
	format: 'md' | 'json';
}

const letter = (i: number) => String.fromCharCode(65 + i);
const en = (text: Parameters<typeof localize>[0]) => localize(text);

interface Listed {
	label: string;
	id: string;
	text: string;
}

/** A question as data, choices in the order attendees see them (lettered A, B, ...; matching's left side numbered). */
function questionData(item: QuizItem, n: number, answers: boolean) {
	const question = item.question;
	const lettered = (ids: readonly string[], find: (id: string) => string): Listed[] => ids.map((id, i) => ({ label: letter(i), id, text: find(id) }));
	const labelOf = (list: Listed[], id: string) => list.find((entry) => entry.id === id)?.label ?? id;
	const base = { number: n, id: question.id, type: question.type, prompt: en(question.prompt) };
	const key = (answer: unknown) => (answers ? { answer, explanation: en(question.explanation), source: { title: question.source.title, url: question.source.url } } : {});
	switch (question.type) {
		case 'single':
		case 'multiple': {
			const choices = lettered(item.choiceOrder, (id) => en(question.choices.find((c) => c.id === id)?.text ?? id));
			const answer = question.type === 'single' ? labelOf(choices, question.answer) : question.answers.map((id) => labelOf(choices, id)).sort();
			return { ...base, choices, ...key(answer) };
		}
		case 'true-false':
			return { ...base, ...key(question.answer) };
		case 'ordering': {
			const items = lettered(item.choiceOrder, (id) => en(question.items.find((i) => i.id === id)?.text ?? id));
			return { ...base, items, ...key(question.answer.map((id) => labelOf(items, id))) };
		}
		case 'matching': {
			const left = question.left.map((entry, i) => ({ label: String(i + 1), id: entry.id, text: en(entry.text) }));
			const right = lettered(item.choiceOrder, (id) => en(question.right.find((r) => r.id === id)?.text ?? id));
			return { ...base, left, right, ...key(left.map((entry) => ({ left: entry.label, right: labelOf(right, question.answer[entry.id] ?? '') }))) };
		}
		case 'typed':
			return { ...base, kind: question.kind, ...key(question.accept.map((form) => en(form))) };
		case 'explain':
			return base;
	}
}

type QuestionData = ReturnType<typeof questionData>;

function markdownQuestion(data: QuestionData, question: Question, answers: boolean): string[] {
	const say = t().cli.room.print;
	const lines = [`## ${data.number}. ${data.prompt}`, ''];
	if ('choices' in data) {
		if (question.type === 'multiple') lines.push(say.selectAll, '');
		lines.push(...data.choices.map((c) => `- ${question.type === 'multiple' ? '[ ] ' : ''}${c.label}. ${c.text}`));
	} else if ('items' in data) {
		lines.push(say.order, '', ...data.items.map((i) => `- ${i.label}. ${i.text}`));
	} else if ('left' in data && 'right' in data) {
		lines.push(say.match, '', ...data.left.map((l) => `${l.label}. ${l.text}`), '', ...data.right.map((r) => `- ${r.label}. ${r.text}`));
	} else if (question.type === 'true-false') {
		lines.push(say.trueOrFalse);
	} else if (question.type === 'typed') {
		lines.push(question.kind === 'command' ? say.command : say.value);
	}
	if (answers && 'answer' in data) {
		const answer = data.answer;
		const { true: yes, false: no } = t().core.feedback;
		// A typed answer's accepted forms are code, each in backticks.
		const shown = Array.isArray(answer)
			? question.type === 'typed'
				? answer.map((form) => `\`${String(form)}\``).join(say.or)
				: answer.map((a) => (typeof a === 'string' ? a : `${a.left} → ${a.right}`)).join(question.type === 'ordering' ? ' → ' : ', ')
			: String(answer === true ? yes : answer === false ? no : answer);
		lines.push('', say.answer(shown), '', en(question.explanation), '', say.source(`[${question.source.title}](${question.source.url})`));
	}
	lines.push('');
	return lines;
}

export function printRoom(spec: RoomSpec, items: readonly QuizItem[], options: PrintOptions): string {
	const code = encodeRoomCode(spec);
	const questions = items.map((item, i) => questionData(item, i + 1, options.answers));
	if (options.format === 'json') {
		return `${safeJson({ room: code, version: spec.version, seconds: spec.seconds, answers: options.answers, questions }, 2)}\n`;
	}
	const minutes = Math.ceil((items.length * spec.seconds) / 60);
	const say = t().cli.room.print;
	const head = [say.title(code, options.answers), '', say.intro(items.length, spec.seconds, minutes, code), ''];
	return [...head, ...questions.flatMap((data, i) => markdownQuestion(data, (items[i] as QuizItem).question, options.answers))].join('\n');
}
