// A yes/no question on the terminal. Ctrl+C and Ctrl+D end it as "aborted" (readline rejects the question
// with an AbortError, which would otherwise surface as a stack trace).
import { createInterface } from 'node:readline/promises';
import { t } from './core/i18n/messages.js';

export type Confirmation = 'yes' | 'no' | 'aborted';

export async function askYesNo(question: string, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, terminal?: boolean): Promise<Confirmation> {
	const rl = createInterface({ input, output, ...(terminal === undefined ? {} : { terminal }) });
	try {
		const answer = (await rl.question(question)).trim();
		// y and yes in every language; the locale's own words for yes too.
		return /^y(es)?$/i.test(answer) || t().cli.confirm.yes.includes(answer) ? 'yes' : 'no';
	} catch (error) {
		if ((error as Error).name === 'AbortError') {
			output.write('\n');
			return 'aborted';
		}
		throw error;
	} finally {
		rl.close();
	}
}
