import { Text } from 'ink';
import { codeSpans, type Span } from '../../core/inline.js';
import { color } from '../theme.js';

/**
 * Plain and `code` spans of one line. Code is drawn in the accent colour; inside a line that has a colour of
 * its own (feedback, hints) it is bold instead, and bold too when colours are off.
 */
export function Spans({ spans, toned = false }: { spans: Span[]; toned?: boolean }) {
	const accent = toned ? undefined : color('accent');
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

/** Several wrapped lines of one paragraph inside one Text, with `code` spans that may cross lines. */
export function SpanLines({ lines, toned = false }: { lines: string[]; toned?: boolean }) {
	return (
		<>
			{codeSpans(lines).map((spans, i) => (
				<Text key={i}>
					{i > 0 ? '\n' : ''}
					<Spans spans={spans} toned={toned} />
				</Text>
			))}
		</>
	);
}
