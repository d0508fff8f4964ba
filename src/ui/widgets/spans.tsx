import { Text } from 'ink';
import type { Span } from '../../core/inline.js';
import { color } from '../theme.js';

/** Plain and `code` spans of one line: code in the accent colour (bold when colour is off). */
export function Spans({ spans }: { spans: Span[] }) {
	const accent = color('accent');
	return (
		<>
			{spans.map((span, i) =>
				span.code ? (
					<Text key={i} {...(accent ? { color: accent } : { bold: true })}>
						{span.text}
					</Text>
				) : (
					span.text
				),
			)}
		</>
	);
}
