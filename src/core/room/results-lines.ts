// What an attendee reads after the room's last question: the score, the result code to paste, then every
// question with the answer given, the right one and why (the explanations the room held back until now).
import { type FeedbackLine, feedbackLines, timedOutLines } from '../feedback.js';
import { t } from '../i18n/messages.js';
import { type Response, scoreAnswer } from '../scoring.js';
import { localize } from '../text.js';
import { type RoomSession, roomScore } from './session.js';

/** `session`: an offline room's, or anything with its questions and answers (the live room's attendee). */
export function roomResultLines(session: Pick<RoomSession, 'quiz' | 'answers'>, resultCode: string): FeedbackLine[] {
	const { correct, total } = roomScore(session);
	const say = t().core.room;
	const lines: FeedbackLine[] = [
		{ text: say.done(correct, total), tone: correct === total ? 'good' : 'plain', bold: true },
		{ text: '', tone: 'plain' },
		{ text: say.resultCode, tone: 'plain' },
		{ text: resultCode, tone: 'plain', bold: true, code: true },
		{ text: say.printedAgain, tone: 'muted' },
	];
	const answers = new Map(session.answers.map((answer) => [answer.questionId, answer]));
	session.quiz.items.forEach((item, i) => {
		const answer = answers.get(item.question.id);
		lines.push({ text: '', tone: 'plain' }, { text: say.question(i + 1, total, localize(item.question.prompt)), tone: 'plain', bold: true });
		const response = answer?.response;
		const verdict = response ? scored(item.question, response) : undefined;
		if (!response || !verdict) lines.push(...timedOutLines(item.question));
		else lines.push(...feedbackLines(item.question, { correct: verdict.correct, credit: verdict.credit, verdict, response }));
		if (answer && response) lines.push({ text: say.answeredIn(answer.seconds), tone: 'muted' });
	});
	return lines;
}

function scored(question: Parameters<typeof scoreAnswer>[0], response: Response) {
	try {
		return scoreAnswer(question, response);
	} catch {
		return undefined;
	}
}
