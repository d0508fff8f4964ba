// What the screens draw: inline `code` without its backticks, hints in full, source links whole, the help aligned.
import { afterEach, describe, expect, it } from 'vitest';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress } from '../../src/core/progress.js';
import { createQuiz, quizReducer } from '../../src/core/quiz.js';
import { HelpScreen, KEY_HELP, keyHelpLines } from '../../src/ui/screens/help.js';
import { ResultsScreen } from '../../src/ui/screens/results.js';
import { textWidth } from '../../src/core/wrap.js';
import { bankOf, cleanupInk, fixtureChapter, renderInk } from '../helpers.js';

afterEach(cleanupInk);

describe('results', () => {
	it('lists a missed question with its `code` drawn as code, not with backticks', async () => {
		const chapter = fixtureChapter() as { questions: Array<Record<string, unknown>> };
		chapter.questions[0]!.prompt = 'What does `docker run --rm` remove when the container exits?';
		const bank = bankOf(chapter);
		const question = bank.questions.get('ex-shared-kernel')!.question;
		let session = createQuiz({ mode: 'quiz', chapterId: 'example-chapter', questions: [question], seed: 1 });
		session = quizReducer(session, { type: 'submit', response: { type: 'single', choiceId: 'own-kernel' } });
		session = quizReducer(session, { type: 'next' });
		const app = await renderInk(<ResultsScreen state={initialState(bank, emptyProgress())} session={session} dispatch={() => {}} width={79} height={20} />);
		const frame = app.lastFrame() ?? '';
		expect(frame).toContain('· What does docker run --rm remove when the container exits?');
		expect(frame).not.toContain('`');
	});
});

describe('the ? help', () => {
	it.each([79, 39])('aligns every key and every description line in two columns at %i columns, and fits', async (width) => {
		const app = await renderInk(<HelpScreen width={width} height={40} />);
		const rows = (app.lastFrame() ?? '').split('\n');
		const table = rows.slice(1, rows.indexOf(''));
		// The description column: where the first description starts.
		const column = (table[0] as string).indexOf(KEY_HELP[0]![1].split(' ')[0] as string);
		expect(column).toBeGreaterThan(2);
		let keyRows = 0;
		for (const row of table) {
			expect(textWidth(row)).toBeLessThanOrEqual(width);
			const key = KEY_HELP.find(([keys]) => row.startsWith(`  ${keys} `));
			if (key) keyRows += 1;
			// A key row pads its key to the column; a continuation row is blank up to the column.
			expect(row.slice(0, column).trim() === '' || Boolean(key), row).toBe(true);
			expect(row[column - 1], row).toBe(' ');
			expect(row[column], row).not.toBe(' ');
		}
		expect(keyRows).toBe(KEY_HELP.length);
	});

	it('puts each key on its own line above its description when the terminal is too narrow for two columns', () => {
		const lines = keyHelpLines(28);
		expect(lines[0]).toBe(`  ${KEY_HELP[0]![0]}`);
		expect(lines[1]).toBe("    move in a list, scroll a");
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(28);
	});
});
