// The live room's link, driven from the app root: its events become live intents, each answer in the session's
// outbox is handed to it once, and a once-a-second tick runs while a question counts down. At the root, not in
// the screen: opening the help (?) or a locale redraw must neither close the link nor stop the countdown.
import { useEffect } from 'react';
import type { Dispatch } from '../../core/app-state.js';
import type { LiveSession } from '../../core/room/live/attendee.js';
import type { AttendeeLink } from '../../core/room/live/link.js';

/** `session`: the live room on screen, or undefined (the link is closed when the room is left). */
export function useLiveLink(link: AttendeeLink | undefined, session: LiveSession | undefined, dispatch: Dispatch): void {
	const active = link !== undefined && session !== undefined;
	useEffect(() => {
		if (!link || !active) return;
		const unsubscribe = link.subscribe((event) => dispatch({ type: 'live', intent: { type: 'link', event } }));
		return () => {
			unsubscribe();
			link.close();
		};
	}, [link, active, dispatch]);
	const outbox = session?.outbox;
	useEffect(() => {
		if (!link || !outbox || outbox.length === 0) return;
		// The link resends until the host's receipt, and takes the same index twice as once.
		for (const message of outbox) link.answer(message);
		dispatch({ type: 'live', intent: { type: 'handed', indices: outbox.map((message) => message.index) } });
	}, [link, outbox, dispatch]);
	const counting = session?.phase === 'asking';
	useEffect(() => {
		if (!counting) return;
		// The countdown's time comes from the app's one clock (each intent is stamped); this only wakes it.
		const timer = setInterval(() => dispatch({ type: 'live', intent: { type: 'tick' } }), 1000);
		return () => clearInterval(timer);
	}, [counting, dispatch]);
}
