// Local state for an answer being built (an order, pairs, a typed line) that stays right when keys arrive
// faster than frames: each update starts from the latest value, not from the one the last render saw.
// (A paste or a fast typist sends several keys before React renders again.)
import { useCallback, useRef, useState } from 'react';

export function useDraft<T>(initial: T): [T, (update: (current: T) => T) => T] {
	const [state, setState] = useState(initial);
	const latest = useRef(initial);
	const update = useCallback((change: (current: T) => T) => {
		const next = change(latest.current);
		if (!Object.is(next, latest.current)) {
			latest.current = next;
			setState(next);
		}
		return next;
	}, []);
	return [state, update];
}
