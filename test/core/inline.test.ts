import { describe, expect, it } from 'vitest';
import { codeSpans } from '../../src/core/inline.js';

describe('codeSpans', () => {
	it('drops the backticks and carries a span onto the next line', () => {
		expect(codeSpans(['run `docker run -p', '8080:80 nginx` now'])).toEqual([
			[
				{ text: 'run ', code: false },
				{ text: 'docker run -p', code: true },
			],
			[
				{ text: '8080:80 nginx', code: true },
				{ text: ' now', code: false },
			],
		]);
	});
	it('leaves a paragraph with an unpaired backtick as written', () => {
		expect(codeSpans(['a ` b'])).toEqual([[{ text: 'a ` b', code: false }]]);
	});
});
