// A line chart of scores (0-100 %) as text rows, drawn by asciichart with glyphs the theme knows (and so can
// draw as ASCII where the locale needs it).
import { plot } from 'asciichart';

// asciichart's symbols: the axis where the first score sits, the axis, two line ends, the line, four corners and the
// vertical. The axis is the same on every row: a cross where the first score sits reads as a mark of its own.
const SYMBOLS: [string, string, string, string, string, string, string, string, string, string] = ['┤', '┤', '─', '─', '─', '╰', '╭', '╮', '╯', '│'];

/** Width of the y-axis labels and axis ("100% ┤"). */
const LABEL_WIDTH = 6;
/** Columns per score when few scores leave room: a step a few columns wide reads better than a spike. */
const MAX_STEP = 4;

export interface ChartOptions {
	width: number;
	/** Rows of plot: 100% and 0% are the top and bottom rows. */
	height: number;
}

/**
 * The chart of the last scores that fit the width (one column each), always on a 0-100 % scale so two charts are
 * comparable. One score draws a short flat line so it is visible. No scores: no rows.
 */
export function scoreChart(percents: readonly number[], { width, height }: ChartOptions): string[] {
	const room = Math.max(1, width - LABEL_WIDTH - 1);
	const shown = percents.slice(-room).map((p) => Math.min(100, Math.max(0, p)));
	if (shown.length === 0) return [];
	const step = Math.max(1, Math.min(MAX_STEP, Math.floor(room / Math.max(2, shown.length))));
	const series = (shown.length === 1 ? [shown[0] as number, shown[0] as number] : shown).flatMap((p) => Array<number>(step).fill(p));
	const rows = Math.max(2, height - 1);
	const text = plot(series, {
		min: 0,
		max: 100,
		height: rows,
		offset: 2,
		padding: '     ',
		symbols: SYMBOLS,
		format: (value: number) => `${Math.round(value)}% `.padStart(5),
	});
	return text.split('\n').map((line) => line.replace(/\s+$/, ''));
}
