// The seams between the live room's screens and its network edge (src/net): what an attendee's screen gets
// from the connection and gives it, and what the host's screen reads and moves. Types only: the screens are
// tested against fakes of these, and the edge implements them over HTTP.
import type { QuizItem } from '../../quiz.js';
import type { HostState } from './host.js';
import type { AnswerMessage, ToAttendee } from './protocol.js';

/**
 * The attendee's connection. `connecting`: a join is on its way (attempt 0 is the first). `online`: joined, the
 * host's stream is open. `offline`: it dropped (`why`, in words); the next try is in `retryInMs`.
 */
export type LinkStatus = { state: 'connecting'; attempt: number } | { state: 'online' } | { state: 'offline'; attempt: number; retryInMs: number; why: string };

/**
 * `message`: one from the host, already checked by parseMessage. `status`: the connection changed. `stopped`:
 * the link gave up for good and says why (refused at join, the room is over, or the host cannot be found at all);
 * a `refused` message comes first when the host said so.
 */
export type LinkEvent = { type: 'message'; message: ToAttendee } | { type: 'status'; status: LinkStatus } | { type: 'stopped'; why: string };

export interface AttendeeLink {
	/** Events from now on; returns the unsubscribe. */
	subscribe(listener: (event: LinkEvent) => void): () => void;
	/**
	 * Hands an answer over for delivery: sent now if online, else the moment the link is back, and again after
	 * every reconnect until the host's receipt for that index arrives (as a `message` event). Idempotent per index.
	 */
	answer(message: AnswerMessage): void;
	/** Stops reconnecting and closes the stream (the attendee quit). */
	close(): void;
}

/** What the host's screen shows. `joinLines`: "HOST:PORT" for each address attendees can reach. */
export interface HostView {
	state: HostState;
	/** The room's questions in its order (roomItems). */
	items: readonly QuizItem[];
	/** The join code attendees type (secret.ts). */
	secret: string;
	joinLines: string[];
	/** Where the room is saved after every answer (for `room host --resume FILE`). */
	roomFile: string;
	/** Set when the last save failed (disk full, folder gone): the screen must say so; answers stay in memory. */
	saveError?: string;
}

/** The host's side of the room, as the screen drives it. Every change calls the subscribed listeners. */
export interface HostControl {
	view(): HostView;
	subscribe(listener: () => void): () => void;
	/** The next question for everyone (from the lobby or a revealed question); past the last, the end. */
	open(): void;
	/** The open question's answers and explanation, to everyone. */
	reveal(): void;
	/** Ends the room: attendees get their results. */
	finish(): void;
}
