// The built binary in plain mode, in a real pseudo-terminal left in line mode (test/plain/line-pty.py): type a
// line, wait until the app asks again, read what it printed. One request at a time; every wait is bounded.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const BIN = join(import.meta.dirname, '../../bin/cvm-tutor.js');
/** What plain mode prints when it waits for a line. */
export const PROMPT = '\n> ';

export class LineTerminal {
	private readonly child: ChildProcessWithoutNullStreams;
	private readonly replies: Array<{ resolve: (reply: Record<string, unknown>) => void; reject: (error: Error) => void }> = [];
	private stderr = '';
	private ended: Error | undefined;
	constructor(args: string[], env: NodeJS.ProcessEnv, cols = 80, rows = 24) {
		this.child = spawn('python3', [join(import.meta.dirname, 'line-pty.py'), String(cols), String(rows), process.execPath, BIN, ...args], { env });
		createInterface({ input: this.child.stdout }).on('line', (line) => this.replies.shift()?.resolve(JSON.parse(line) as Record<string, unknown>));
		this.child.stderr.on('data', (chunk: Buffer) => {
			this.stderr = (this.stderr + chunk.toString()).slice(-4000);
		});
		this.child.on('close', (code) => {
			this.ended = new Error(`the pty driver ended (code ${code}):\n${this.stderr}`);
			for (const waiting of this.replies.splice(0)) waiting.reject(this.ended);
		});
		this.child.stdin.on('error', () => {});
	}
	private request(message: object): Promise<Record<string, unknown>> {
		return new Promise((resolve, reject) => {
			if (this.ended) return reject(this.ended);
			this.replies.push({ resolve, reject });
			this.child.stdin.write(`${JSON.stringify(message)}\n`);
		});
	}
	/** The output (without "\r") once it ends with `end`, by default the prompt; throws after `timeout` s. */
	async ready(end = PROMPT, timeout = 15): Promise<string> {
		const reply = await this.request({ op: 'wait', end, timeout });
		if (!reply.ok) throw new Error(`the output never ended with ${JSON.stringify(end)}; it was:\n${String(reply.output)}`);
		return String(reply.output);
	}
	/** Types `text` and Enter (as a terminal sends it, "\r"), after forgetting the output so far. */
	async type(text: string): Promise<void> {
		await this.request({ op: 'mark' });
		await this.request({ op: 'write', data: `${text}\r` });
	}
	/** Types `line` and returns what the app printed before asking again. */
	async say(line: string): Promise<string> {
		await this.type(line);
		return this.ready();
	}
	/** Sends bytes as they are (Ctrl+D: "\x04", Ctrl+C: "\x03"). */
	async press(data: string): Promise<void> {
		await this.request({ op: 'mark' });
		await this.request({ op: 'write', data });
	}
	/** Once the app has ended: its exit code (undefined if it did not end within `timeout` s) and everything it printed. */
	async exit(timeout = 15): Promise<{ code: number | undefined; all: string }> {
		const reply = await this.request({ op: 'exit', timeout });
		return { code: typeof reply.code === 'number' ? reply.code : undefined, all: String(reply.all ?? '') };
	}
	kill(): void {
		this.child.stdin.end();
		this.child.kill();
	}
}
