// A yes/no question on the terminal. Ctrl+C and Ctrl+D end it as "aborted" (readline rejects the question
// with an AbortError, which would otherwise surface as a stack trace).
import { createInterface } from 'node:readline/promises';

export type Confirmation = 'yes' | 'no' | 'aborted';

export async function askYesNo(question: string, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, terminal?: boolean): Promise<Confirmation> {
	const rl = createInterface({ input, output, ...(terminal === undefined ? {} : { terminal }) });
	try {
		return /^y(es)?$/i.test((await rl.question(question)).trim()) ? 'yes' : 'no';
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
