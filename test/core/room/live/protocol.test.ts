// The live room's wire messages: what parseMessage lets through (rebuilt, capped, names sanitised) and what it
// refuses, and why: oversized, not JSON, unknown types, wrong types, control characters.
import { describe, expect, it } from 'vitest';
import { encodeMessage, isToHost, type Message, MESSAGE_MAX_BYTES, parseMessage, PROTOCOL_VERSION } from '../../../../src/core/room/live/protocol.js';

const join = { type: 'join', protocol: PROTOCOL_VERSION, secret: 'K7Q2-M9XD-4HTR', name: 'Ada', attendee: 'ATTEND01', lessons: 'ab'.repeat(32) };
const raw = (value: unknown) => parseMessage(JSON.stringify(value));
const why = (value: unknown) => {
	const parsed = typeof value === 'string' ? parseMessage(value) : raw(value);
	return parsed.ok ? 'accepted' : parsed.why;
};

const every: Message[] = [
	{ type: 'join', protocol: 1, secret: 's', lessons: 'abc' },
	join as Message,
	{ type: 'answer', index: 0, response: { type: 'single', choiceId: 'a' }, seconds: 4.5 },
	{ type: 'answer', index: 1, response: { type: 'multiple', choiceIds: ['a', 'c'] }, seconds: 0 },
	{ type: 'answer', index: 2, response: { type: 'true-false', value: false }, seconds: 12 },
	{ type: 'answer', index: 3, response: { type: 'ordering', order: ['x', 'y', 'z'] }, seconds: 12 },
	{ type: 'answer', index: 4, response: { type: 'matching', pairs: { l1: 'r2', l2: 'r1' } }, seconds: 12 },
	{ type: 'answer', index: 39, response: { type: 'typed', text: 'docker run -it ça ✓' }, seconds: 30 },
	{ type: 'welcome', room: 'CVM-1234-5678-9ABC-DEFG', attendee: 'ATTEND01', name: 'Ada', questions: 3, answered: [0, 2] },
	{ type: 'welcome', room: 'CVM-1234-5678-9ABC-DEFG', attendee: 'ATTEND01', token: 'f'.repeat(32), questions: 3, answered: [] },
	{ type: 'refused', reason: 'other-lessons', version: '0.1.0', run: 'npx cvm-tutor@0.1.0' },
	{ type: 'refused', reason: 'full' },
	{ type: 'open', index: 1, id: 'hypervisor', seconds: 30, left: 30 },
	{ type: 'open', index: 1, id: 'hypervisor', seconds: 30, left: 12.25 },
	{ type: 'receipt', index: 1, ok: true },
	{ type: 'receipt', index: 1, ok: false, why: 'duplicate' },
	{ type: 'reveal', index: 2 },
	{ type: 'finished' },
];

describe('parseMessage', () => {
	it('reads back every message type as encoded', () => {
		for (const message of every) expect(parseMessage(encodeMessage(message))).toEqual({ ok: true, message });
	});

	it('tells what an attendee may send from what only the host sends', () => {
		expect(every.filter(isToHost).map((m) => m.type)).toEqual(['join', 'join', 'answer', 'answer', 'answer', 'answer', 'answer', 'answer']);
	});

	it('refuses a message over the size cap before parsing it, counting UTF-8 bytes', () => {
		expect(why({ ...join, padding: 'x'.repeat(MESSAGE_MAX_BYTES) })).toBe(`the message is larger than ${MESSAGE_MAX_BYTES} bytes`);
		// 3000 characters, 9000 bytes.
		expect(why(`"${'容'.repeat(3000)}"`)).toBe(`the message is larger than ${MESSAGE_MAX_BYTES} bytes`);
		expect(why({ ...join, padding: 'x'.repeat(MESSAGE_MAX_BYTES - 400) })).toBe('accepted');
	});

	it('refuses what is not JSON, not an object, or of no known type', () => {
		expect(why('{"type":"join",')).toBe('the message is not JSON');
		expect(why('')).toBe('the message is not JSON');
		expect(why([join])).toBe('the message is not an object');
		expect(why(null)).toBe('the message is not an object');
		expect(why({ type: 'exec', command: 'rm -rf /' })).toBe('type is not a message type');
		expect(why({})).toBe('type is not a message type');
	});

	it('refuses fields of the wrong type or out of range', () => {
		expect(why({ ...join, protocol: '1' })).toBe('protocol is not a whole number from 0 to 65535');
		expect(why({ ...join, secret: 12 })).toBe('secret is not a string');
		expect(why({ ...join, lessons: undefined })).toBe('lessons is not a string');
		expect(why({ ...join, attendee: 'attend01' })).toBe('attendee is not an attendee id');
		expect(why({ ...join, attendee: 'ATTEND0' })).toBe('attendee is not an attendee id');
		const answer = { type: 'answer', index: 0, response: { type: 'single', choiceId: 'a' }, seconds: 3 };
		expect(why({ ...answer, index: '0' })).toBe('index is not a whole number from 0 to 39');
		expect(why({ ...answer, index: -1 })).toBe('index is not a whole number from 0 to 39');
		expect(why({ ...answer, index: 40 })).toBe('index is not a whole number from 0 to 39');
		expect(why({ ...answer, index: 1.5 })).toBe('index is not a whole number from 0 to 39');
		expect(why({ ...answer, seconds: -1 })).toBe('seconds is not a number of seconds');
		expect(why({ ...answer, seconds: '3' })).toBe('seconds is not a number of seconds');
		expect(why({ ...answer, seconds: 1e9 })).toBe('seconds is not a number of seconds');
		expect(why({ ...answer, response: 'a' })).toBe('response is not an object');
		expect(why({ ...answer, response: { type: 'explain', text: '', ticked: [] } })).toBe('response.type is not a room question type');
		expect(why({ ...answer, response: { type: 'multiple', choiceIds: 'a,b' } })).toBe('response.choiceIds is not a list');
		expect(why({ ...answer, response: { type: 'multiple', choiceIds: ['a', 2] } })).toBe('response.choiceIds[1] is not a string');
		expect(why({ ...answer, response: { type: 'ordering', order: Array.from({ length: 21 }, (_, i) => `i${i}`) } })).toBe('response.order has more than 20 items');
		expect(why({ ...answer, response: { type: 'true-false', value: 'yes' } })).toBe('response.value is not true or false');
		expect(why({ ...answer, response: { type: 'matching', pairs: [] } })).toBe('response.pairs is not an object');
		expect(why({ ...answer, response: { type: 'matching', pairs: { a: 1 } } })).toBe('response.pairs.a is not a string');
		expect(why({ type: 'open', index: 0, id: 'q', seconds: 30, left: 'soon' })).toBe('left is not a number of seconds');
		expect(why({ type: 'open', index: 0, id: 'q', seconds: 30, left: -1 })).toBe('left is not a number of seconds');
		expect(why({ type: 'receipt', index: 0, ok: false, why: 'because' })).toBe('why is not a known refusal');
		expect(why({ type: 'refused', reason: 'other-lessons' })).toBe('an other-lessons refusal names the version and what to run');
		expect(why({ type: 'welcome', room: 'CVM-1', attendee: 'ATTEND01', questions: 3, answered: [0, 'x'] })).toBe('answered[1] is not a whole number from 0 to 39');
	});

	it('caps every string field', () => {
		expect(why({ ...join, secret: 's'.repeat(65) })).toBe('secret is longer than 64 characters');
		expect(why({ type: 'welcome', room: 'C'.repeat(41), attendee: 'ATTEND01', questions: 3, answered: [] })).toBe('room is longer than 40 characters');
		expect(why({ type: 'welcome', room: 'C', attendee: 'ATTEND01', token: 't'.repeat(65), questions: 3, answered: [] })).toBe('token is longer than 64 characters');
		expect(why({ ...join, name: 'n'.repeat(81) })).toBe('name is longer than 80 characters');
		expect(why({ type: 'open', index: 0, id: 'q'.repeat(81), seconds: 30, left: 30 })).toBe('id is longer than 80 characters');
		expect(why({ type: 'answer', index: 0, response: { type: 'typed', text: 't'.repeat(121) }, seconds: 1 })).toBe('response.text is longer than 120 characters');
		expect(why({ type: 'answer', index: 0, response: { type: 'single', choiceId: 'c'.repeat(41) }, seconds: 1 })).toBe('response.choiceId is longer than 40 characters');
	});

	it('strips control characters and escape sequences from names, and drops a name with nothing printable', () => {
		const name = (value: string) => {
			const parsed = raw({ ...join, name: value });
			return parsed.ok && parsed.message.type === 'join' ? parsed.message.name : 'refused';
		};
		expect(name('Ada\u001b[2J\u0007 \u202eLovelace\u200b')).toBe('Ada[2J Lovelace');
		expect(name('\u0000\u001b\u009b')).toBeUndefined();
		expect(name('   ')).toBeUndefined();
		expect(name('A very long name that goes on and on')).toBe('A very long name that go');
	});

	it('refuses control characters anywhere else', () => {
		expect(why({ ...join, secret: 'K7Q2\u001b[31m' })).toBe('secret holds a control character');
		expect(why({ type: 'answer', index: 0, response: { type: 'typed', text: 'ls\u001b]0;owned\u0007' }, seconds: 1 })).toBe('response.text holds a control character');
		expect(why({ type: 'answer', index: 0, response: { type: 'matching', pairs: { 'l\n': 'r' } } , seconds: 1 })).toBe('response.pairs key holds a control character');
	});

	it('keeps only the fields it knows, and no prototype from an attendee', () => {
		const parsed = parseMessage('{"type":"answer","index":0,"seconds":1,"extra":1,"response":{"type":"matching","pairs":{"__proto__":"r1","l1":"r2"},"x":2}}');
		expect(parsed.ok).toBe(true);
		if (!parsed.ok || parsed.message.type !== 'answer') return;
		expect(Object.keys(parsed.message)).toEqual(['type', 'index', 'response', 'seconds']);
		expect(Object.keys(parsed.message.response)).toEqual(['type', 'pairs']);
		expect(({} as Record<string, unknown>).r1).toBeUndefined();
		expect(Object.getPrototypeOf(parsed.message.response.type === 'matching' ? parsed.message.response.pairs : {})).toBe(Object.prototype);
	});
});
