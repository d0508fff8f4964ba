// What the screens draw: inline `code` without its backticks, hints in full, source links whole, the help aligned.
import { afterEach, describe, expect, it } from 'vitest';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress } from '../../src/core/progress.js';
import { createQuiz, quizReducer } from '../../src/core/quiz.js';
import { ResultsScreen } from '../../src/ui/screens/results.js';
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
