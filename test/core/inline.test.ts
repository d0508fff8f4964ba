import { describe, expect, it } from 'vitest';
import { codeSpans, truncateSpans } from '../../src/core/inline.js';

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

describe('truncateSpans', () => {
	it('counts drawn columns only (paired backticks are not drawn) and keeps a cut code span as code', () => {
		expect(truncateSpans('run `ls -l`', 10)).toEqual([
			{ text: 'run ', code: false },
			{ text: 'ls -l', code: true },
		]);
		expect(truncateSpans('run `docker ps -a` now', 10)).toEqual([
			{ text: 'run ', code: false },
			{ text: 'docke', code: true },
			{ text: '…', code: false },
		]);
	});
});
