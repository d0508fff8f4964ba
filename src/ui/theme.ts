// Colours in one place. NO_COLOR (https://no-color.org) turns every colour off; bold and inverse stay.
const noColor = typeof process.env.NO_COLOR === 'string' && process.env.NO_COLOR !== '';

const palette = {
	accent: 'cyan',
	good: 'green',
	bad: 'red',
	warn: 'yellow',
	muted: 'gray',
} as const;

export type Tone = keyof typeof palette;

export function color(tone: Tone): string | undefined {
	return noColor ? undefined : palette[tone];
}
