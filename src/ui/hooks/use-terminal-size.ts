import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
	columns: number;
	rows: number;
}

// Clear the visible screen and put the cursor home (the scrollback above is left alone).
const CLEAR_SCREEN = '\u001B[2J\u001B[H';

/**
 * The terminal's size, updated on resize (80x24 when the stream does not say). A resize also clears the screen:
 * the terminal re-wraps the old frame's lines at the new width, so Ink's usual erase-the-last-frame misses
 * some and they stay on screen. Ink's `write` clears its own frame, writes ours, and draws the frame again.
 */
export function useTerminalSize(): TerminalSize {
	const { stdout, write } = useStdout();
	const read = (): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () => {
			write(CLEAR_SCREEN);
			setSize(read());
		};
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, write]);
	return size;
}
