// What the live room's attendee reads, phase by phase, as lines: the connection in words, the wait, the answer
// and what became of it, the reveal (right or wrong, and why, from this attendee's own lessons) and the results.
// Pure: the screen only wraps and colours these lines; words say everything colour does.
import { type FeedbackLine, feedbackLines, timedOutLines } from '../../feedback.js';
import { t } from '../../i18n/messages.js';
import { formatSeconds } from '../../interview/session.js';
import { scoreAnswer } from '../../scoring.js';
import { localize } from '../../text.js';
import { roomResultLines } from '../results-lines.js';
import { liveAnswer, liveCountdown, liveItem, liveResultCode, type LiveSession, nextQuestion } from './attendee.js';

/** The connection, in words: shown over every phase but the last two (the link is done by then). */
export function liveStatusLine(session: LiveSession): string | undefined {
	if (session.phase === 'finished' || session.phase === 'stopped') return undefined;
	const say = t().app.liveJoin.status;
	const { status } = session;
	if (status.state === 'online') return say.online;
	if (status.state === 'connecting') return say.connecting(status.attempt);
	return (session.joined ? say.offline : say.offlineFirst)(Math.max(1, Math.ceil(status.retryInMs / 1000)), status.attempt, status.why);
}

/** The line over the question being asked (countdown and connection), or the connection alone. */
export function liveHeaderLine(session: LiveSession): string | undefined {
	const status = liveStatusLine(session);
	const left = liveCountdown(session);
	if (left === undefined) return status;
	const clock = t().app.room.timeLeft(formatSeconds(left));
	return status ? `${clock} · ${status}` : clock;
}

/** What became of this question's answer: the receipt in words, or that it waits for the connection. */
function receiptLine(session: LiveSession, index: number): FeedbackLine | undefined {
	const receipt = session.receipts[index];
	const say = t().app.liveJoin.receipt;
	if (!receipt) return undefined;
	if (receipt.state === 'taken') return { text: `✔ ${say.taken}`, tone: 'good' };
	if (receipt.state === 'refused') return { text: `✘ ${say[receipt.why]}`, tone: receipt.why === 'duplicate' ? 'good' : 'warn' };
	return session.status.state === 'online' ? { text: `… ${say.pending}`, tone: 'muted' } : { text: `… ${say.kept}`, tone: 'warn' };
}

/** The answered phase: the answer is in (or the time ran out), what the host made of it, and the wait for the reveal. */
export function answeredLines(session: LiveSession): FeedbackLine[] {
	const on = liveItem(session);
	if (!on) return [];
	const say = t().app.liveJoin;
	const answer = liveAnswer(session, on.index);
	const lines: FeedbackLine[] = [{ text: say.question(on.index + 1, session.joined?.quiz.items.length ?? 0), tone: 'muted' }, { text: '', tone: 'plain' }];
	if (!answer) lines.push({ text: say.earlier, tone: 'plain', bold: true });
	else if (answer.response === null) lines.push({ text: `✘ ${say.timeUp}`, tone: 'bad', bold: true });
	else lines.push({ text: say.answered, tone: 'plain', bold: true });
	const receipt = receiptLine(session, on.index);
	if (receipt && answer?.response) lines.push(receipt);
	lines.push({ text: '', tone: 'plain' }, { text: say.waitReveal, tone: 'muted' });
	return lines;
}

/** The revealed phase: right or wrong and why (or the right answer, unanswered), then the wait for the next one. */
export function revealLines(session: LiveSession): FeedbackLine[] {
	const on = liveItem(session);
	if (!on) return [];
	const say = t().app.liveJoin;
	const total = session.joined?.quiz.items.length ?? 0;
	const answer = liveAnswer(session, on.index);
	// What comes next first: the explanation below may run past the screen.
	const next = nextQuestion(session);
	const lines: FeedbackLine[] = [
		{ text: say.waitNext(next.n, next.total), tone: 'muted' },
		{ text: '', tone: 'plain' },
		{ text: say.numbered(on.index + 1, total, localize(on.item.question.prompt)), tone: 'plain', bold: true },
		{ text: '', tone: 'plain' },
	];
	if (!answer && session.receipts[on.index] === undefined) lines.push({ text: say.notAsked, tone: 'muted' });
	const verdict = answer?.response ? scored(on.item.question, answer.response) : undefined;
	if (answer?.response && verdict) lines.push(...feedbackLines(on.item.question, { correct: verdict.correct, credit: verdict.credit, verdict, response: answer.response }));
	else lines.push(...timedOutLines(on.item.question));
	const receipt = receiptLine(session, on.index);
	if (receipt && answer?.response && receipt.tone !== 'good') lines.push({ text: '', tone: 'plain' }, receipt);
	return lines;
}


/** The finished phase: the score, the result code to paste, and every question with its answer and why. */
export function liveResultLines(session: LiveSession): FeedbackLine[] {
	const joined = session.joined;
	const code = liveResultCode(session);
	if (!joined || !code) return [];
	return roomResultLines({ quiz: joined.quiz, answers: session.answers }, code);
}

function scored(question: Parameters<typeof scoreAnswer>[0], response: Parameters<typeof scoreAnswer>[1]) {
	try {
		return scoreAnswer(question, response);
	} catch {
		return undefined;
	}
}
