// Which rows of a list cut to a height are in view, and how many are left above and below it. A cut list
// gives a row at each end it does not reach to a "↑ n more" / "↓ n more" line, within the height.

export interface MenuWindow {
	/** Index of the first item in view. */
	top: number;
	/** How many items are in view. */
	shown: number;
	/** Items before the window: the "↑ n more" line when > 0 (0 in under 3 rows, which have no room for it). */
	above: number;
	/** Items after the window: the "↓ n more" line when > 0 (0 in under 3 rows). */
	below: number;
}

/** Items a window starting at `top` shows, with a row kept for each "more" line it needs (none below 3 rows). */
function shownFrom(total: number, height: number, top: number): number {
	const markers = height >= 3;
	const rest = height - (markers && top > 0 ? 1 : 0);
	if (top + rest >= total) return total - top;
	return Math.max(1, rest - (markers ? 1 : 0));
}

/**
 * The window over `total` items in `height` rows (undefined: no limit) that shows `selected`, moved from
 * `top` (the last window's start) only as far as it must. Everything fits: no window, no "more" lines.
 */
export function menuWindow(total: number, height: number | undefined, selected: number, top: number): MenuWindow {
	if (height === undefined || total <= height) return { top: 0, shown: total, above: 0, below: 0 };
	const rows = Math.max(1, height);
	const at = Math.min(Math.max(0, selected), total - 1);
	let start = Math.min(Math.max(0, top), total - 1, at);
	// Bounded: each step moves the start one item towards the selection.
	while (start < at && at >= start + shownFrom(total, rows, start)) start++;
	const shown = shownFrom(total, rows, start);
	if (rows < 3) return { top: start, shown, above: 0, below: 0 };
	return { top: start, shown, above: start, below: total - start - shown };
}
