import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../../src/core/quiz.js';
import { createRng } from '../../../src/core/rng.js';
import { ROOM_TYPES, type RoomSpec } from '../../../src/core/room/code.js';
import { roomItems, structureDigest } from '../../../src/core/room/compose.js';
import { decodeResultCode, encodeResultCode, findResultCodes, newAttendeeId, type RoomAnswer, sanitizeName } from '../../../src/core/room/result.js';
import { bundledBank } from '../../helpers.js';
import { randomResponse } from './responses.js';

const bank = bundledBank();
const spec: RoomSpec = { version: '0.1.0', structure: structureDigest(bank), chapters: [3], count: 40, seconds: 45, types: [...ROOM_TYPES], names: true, seed: 77 };
const built = roomItems(spec, bank);
if (!built.ok) throw new Error('no room');
const items: QuizItem[] = built.items;

function answersFor(seed: number): RoomAnswer[] {
	const rng = createRng(seed);
	return items.map((item) => ({ questionId: item.question.id, response: rng() < 0.15 ? null : randomResponse(item.question, rng), seconds: Math.floor(rng() * 46) }));
}

/** What a decoded answer should equal: unanswered ones take the whole time, multiple picks in choice order. */
function expected(answers: RoomAnswer[]): RoomAnswer[] {
	return answers.map((answer, i) => {
		if (!answer.response) return { ...answer, seconds: spec.seconds };
		const question = items[i]!.question;
		if (answer.response.type === 'multiple' && question.type === 'multiple') {
			const picked = new Set(answer.response.choiceIds);
			return { ...answer, response: { type: 'multiple', choiceIds: question.choices.map((c) => c.id).filter((id) => picked.has(id)) } };
		}
		return answer;
	});
}

describe('result codes', () => {
	it('the room has every closed type, so the round-trips below cover them all', () => {
		expect(new Set(items.map((item) => item.question.type))).toEqual(new Set(ROOM_TYPES));
	});

	it('round-trip every closed type, unanswered questions, typed non-ASCII text, names on and off', () => {
		for (let seed = 1; seed <= 40; seed++) {
			const answers = answersFor(seed);
			const attendee = newAttendeeId(createRng(seed));
			for (const names of [true, false]) {
				const room = { ...spec, names };
				const code = encodeResultCode({ spec: room, attendee, name: 'Zoë 容器 <b>', answers }, items);
				expect(code).toMatch(/^CVMR-[0-9A-HJKMNP-TV-Z]+$/);
				const decoded = decodeResultCode(code, room, items);
				expect(decoded).toEqual({ ok: true, result: { attendee, ...(names ? { name: 'Zoë 容器 <b>' } : {}), answers: expected(answers) } });
			}
		}
	});

	it('keeps typed text up to 60 characters, UTF-8', () => {
		const typed = items.find((item) => item.question.type === 'typed')!;
		const text = 'é容'.repeat(40);
		const code = encodeResultCode({ spec, attendee: 'ABCDEFGH', answers: [{ questionId: typed.question.id, response: { type: 'typed', text }, seconds: 3 }] }, items);
		const decoded = decodeResultCode(code, spec, items);
		expect(decoded.ok && decoded.result.answers.find((a) => a.questionId === typed.question.id)?.response).toEqual({ type: 'typed', text: text.slice(0, 60) });
	});

	it('detects a changed character and a cut-short code (damaged), another room, and never throws', () => {
		const code = encodeResultCode({ spec, attendee: 'ABCDEFGH', answers: answersFor(5) }, items);
		for (let i = 5; i < code.length; i++) {
			const changed = `${code.slice(0, i)}${code[i] === 'Z' ? 'Y' : 'Z'}${code.slice(i + 1)}`;
			expect(decodeResultCode(changed, spec, items)).toMatchObject({ ok: false, why: 'damaged' });
		}
		for (let cut = 1; cut < code.length - 5; cut++) expect(decodeResultCode(code.slice(0, -cut), spec, items).ok).toBe(false);
		expect(decodeResultCode(code.slice(0, 20), spec, items)).toMatchObject({ ok: false, why: 'damaged' });
		expect(decodeResultCode(code, { ...spec, seed: 78 }, items)).toEqual({ ok: false, why: 'other-room', message: 'from another room' });
	});

	it('sanitises names: printable characters only, spaces collapsed, 24 characters at most', () => {
		expect(sanitizeName('  Ann\u001b[31m\u202e  Lee\u200b ')).toBe('Ann[31m Lee');
		expect([...sanitizeName('x'.repeat(50))]).toHaveLength(24);
		expect(new TextEncoder().encode(sanitizeName('容'.repeat(24))).length).toBeLessThanOrEqual(63);
	});

	it('finds every code in a chat log, around names, times, quotes, backticks and punctuation', () => {
		const a = encodeResultCode({ spec, attendee: 'AAAAAAAA', answers: [] }, items);
		const b = encodeResultCode({ spec, attendee: 'BBBBBBBB', answers: [] }, items);
		const log = `10:02:11 From Ann to Everyone: ${a}\n[10:03] Bob: "${b}", done!\nCarla: \`${a}\`.\nno code here: CVMR- or XCVMR-123`;
		expect(findResultCodes(log)).toEqual([a, b, a]);
	});
});
