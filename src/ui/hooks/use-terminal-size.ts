import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
	columns: number;
	rows: number;
}

// Clear the visible screen and put the cursor home (the scrollback above is left alone).
const CLEAR_SCREEN = '\u001B[2J\u001B[H';

/**
 * The terminal's size, updated on resize (80x24 when the stream does not say). When the terminal gets
 * narrower it re-wraps the lines of the frame on screen, so Ink's erase-the-last-frame (which counts lines, not
 * rows) would leave pieces behind: the screen is cleared first, before Ink's own resize handler redraws (Ink
 * forgets its last frame when the width shrinks, so it draws the whole frame again).
 */
export function useTerminalSize(): TerminalSize {
	const { stdout } = useStdout();
	const read = (): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
	const [size, setSize] = useState(read);
	useEffect(() => {
		let columns = stdout.columns || 80;
		const beforeInk = () => {
			const now = stdout.columns || 80;
			if (now < columns) stdout.write(CLEAR_SCREEN);
			columns = now;
		};
		const onResize = () => setSize(read());
		stdout.prependListener('resize', beforeInk);
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', beforeInk);
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
