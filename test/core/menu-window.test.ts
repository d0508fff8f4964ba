import { describe, expect, it } from 'vitest';
import { menuWindow } from '../../src/core/menu-window.js';

/** Rows the window takes: its items and a line for each "more" marker. */
const rows = (w: ReturnType<typeof menuWindow>) => w.shown + (w.above ? 1 : 0) + (w.below ? 1 : 0);

describe('menuWindow', () => {
	it('shows everything, with no marker, when the list fits or has no height', () => {
		expect(menuWindow(5, 5, 4, 0)).toEqual({ top: 0, shown: 5, above: 0, below: 0 });
		expect(menuWindow(9, undefined, 8, 0)).toEqual({ top: 0, shown: 9, above: 0, below: 0 });
	});

	it('keeps a row for "↓ n more" at the top of a cut list', () => {
		expect(menuWindow(12, 5, 0, 0)).toEqual({ top: 0, shown: 4, above: 0, below: 8 });
	});

	it('scrolls only as far as the selection needs, with both markers in the middle', () => {
		const w = menuWindow(12, 5, 4, 0);
		expect(w).toEqual({ top: 2, shown: 3, above: 2, below: 7 });
		expect(menuWindow(12, 5, 3, w.top)).toEqual(w);
	});

	it('shows the last items with only "↑ n more" at the end', () => {
		expect(menuWindow(12, 5, 11, 0)).toEqual({ top: 8, shown: 4, above: 8, below: 0 });
	});

	it('never takes more rows than the height, for every selection and start', () => {
		for (let height = 1; height <= 8; height++) {
			for (let selected = 0; selected < 10; selected++) {
				for (let top = 0; top < 10; top++) {
					const w = menuWindow(10, height, selected, top);
					expect(rows(w)).toBeLessThanOrEqual(Math.max(height, 1));
					expect(selected >= w.top && selected < w.top + w.shown).toBe(true);
				}
			}
		}
	});
});
