// padStart/padEnd by columns, not characters: a CJK character takes two columns (core/wrap.ts textWidth).
import { textWidth } from '../core/wrap.js';

export function padEnd(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

export function padStart(text: string, width: number): string {
	return ' '.repeat(Math.max(0, width - textWidth(text))) + text;
}
