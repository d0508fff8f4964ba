import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProgress, markPageRead } from '../../src/core/progress.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { tempDir } from '../helpers.js';

describe('openProgressStore', () => {
	it('starts empty, writes nothing until asked, and reads back what it saved after a restart', () => {
		const cwd = tempDir();
		const first = openProgressStore({ cwd });
		expect(first.progress).toEqual(emptyProgress());
		expect(first.notice).toBeUndefined();
		expect(existsSync(first.store.path)).toBe(false);
		const saved = markPageRead(emptyProgress(), 'house', 'intro');
		first.store.save(saved);
		const second = openProgressStore({ cwd });
		expect(second.store.path).toBe(join(cwd, 'progress.json'));
		expect(second.progress).toEqual(saved);
	});

	it('moves a file that is not JSON aside with a timestamp, keeps its bytes, and starts fresh', () => {
		const cwd = tempDir();
		writeFileSync(join(cwd, 'progress.json'), '{"version":1, "chapters": {');
		const opened = openProgressStore({ cwd, now: () => new Date('2026-01-02T03:04:05.678Z') });
		const aside = join(cwd, 'progress.json.unreadable-2026-01-02T03-04-05-678Z');
		expect(opened.progress).toEqual(emptyProgress());
		expect(opened.notice).toBe(`Progress file could not be read (it is not valid JSON); it was moved to ${aside}. Starting fresh.`);
		expect(readFileSync(aside, 'utf8')).toBe('{"version":1, "chapters": {');
		expect(existsSync(join(cwd, 'progress.json'))).toBe(false);
	});

	it('moves a file of the wrong shape aside too (an array, a wrong version)', () => {
		for (const content of ['[1,2]', '{"version": 7, "chapters": {}, "answers": []}', '{"version":1,"chapters":{},"answers":[{"questionId":3}]}']) {
			const cwd = tempDir();
			writeFileSync(join(cwd, 'progress.json'), content);
			const opened = openProgressStore({ cwd });
			expect(opened.notice).toMatch(/moved to .*progress\.json\.unreadable-/);
			expect(readdirSync(cwd).filter((name) => name.includes('unreadable'))).toHaveLength(1);
		}
	});

	it('keeps fields written by a newer version instead of dropping them', () => {
		const cwd = tempDir();
		writeFileSync(join(cwd, 'progress.json'), JSON.stringify({ ...emptyProgress(), reviews: { due: ['x'] } }));
		const opened = openProgressStore({ cwd });
		expect((opened.progress as Record<string, unknown>).reviews).toEqual({ due: ['x'] });
	});

	it('reset empties the file', () => {
		const cwd = tempDir();
		const { store } = openProgressStore({ cwd });
		store.save(markPageRead(emptyProgress(), 'a', 'b'));
		store.reset();
		expect(openProgressStore({ cwd }).progress).toEqual(emptyProgress());
	});
});
