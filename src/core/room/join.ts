// Joining a room: from the code an attendee typed to the session they take, resumed where a closed window left
// it (their saved answers to this room), or the one message that says why it cannot be taken here.
import type { Bank } from '../bank.js';
import { t } from '../i18n/messages.js';
import type { RoomAnswerRecord } from '../progress.js';
import { decodeRoomCode } from './code.js';
import { otherLessonsMessage, roomItems } from './compose.js';
import { sanitizeName } from './result.js';
import { createRoomSession, type RoomSession } from './session.js';

export type JoinResult = { ok: true; session: RoomSession; notes: string[] } | { ok: false; message: string; usage: boolean };

export function joinRoom(
	bank: Bank,
	codeText: string,
	options: { saved: readonly RoomAnswerRecord[]; newAttendee: () => string; name?: string | undefined; at: string },
): JoinResult {
	const decoded = decodeRoomCode(codeText);
	if (!decoded.ok) return { ok: false, message: decoded.message, usage: true };
	const { spec, code } = decoded;
	const built = roomItems(spec, bank);
	if (!built.ok) {
		if (built.reason === 'other-lessons') return { ok: false, message: t().cli.room.join.otherLessons(otherLessonsMessage(built.version, `room join ${code}`)), usage: false };
		return { ok: false, message: t().cli.room.join.cannotTake(code, built.message), usage: false };
	}
	const chapterOf: Record<string, string> = {};
	for (const item of built.items) {
		const chapter = bank.questions.get(item.question.id)?.chapter.id;
		if (chapter) chapterOf[item.question.id] = chapter;
	}
	// The last attendee id this learner used in this room: a window closed mid-room carries on as the same attendee.
	const mine = options.saved.filter((record) => record.code === code);
	const attendee = mine.at(-1)?.attendee ?? options.newAttendee();
	const saved = mine.filter((record) => record.attendee === attendee).map(({ questionId, response, seconds }) => ({ questionId, response, seconds }));
	const notes: string[] = [];
	const name = options.name === undefined ? '' : sanitizeName(options.name);
	if (options.name !== undefined && !spec.names) notes.push(t().cli.room.join.anonymous);
	else if (options.name !== undefined && !name) notes.push(t().cli.room.join.noPrintableName);
	const session = createRoomSession({ spec, attendee, ...(spec.names && name ? { name } : {}), items: built.items, chapterOf, saved, at: options.at });
	return { ok: true, session, notes };
}
