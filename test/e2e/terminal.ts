// The built binary in a real pseudo-terminal, through test/e2e/pty-driver.py (see its header for the
// requests): the one way tests drive the app in a terminal (bursts, the monkey, signals and quitting).
// One request at a time; every wait is bounded by the driver.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(import.meta.dirname, '../..');

export interface Status {
	alive: boolean;
	code: number | null;
	rssKb: number | null;
	/** The first stack trace (or Ink error overview) the app printed, with some context. */
	trace: string | null;
}

export class Terminal {
	private readonly child: ChildProcessWithoutNullStreams;
	private readonly replies: Array<{ resolve: (reply: Record<string, unknown>) => void; reject: (error: Error) => void }> = [];
	private stderr = '';
	private ended: Error | undefined;
	/** `bin`: another copy of the built package's entry (a test that edits its bundled lessons). */
	constructor(args: string[], env: NodeJS.ProcessEnv, cols = 80, rows = 24, bin = join(ROOT, 'bin/cvm-tutor.js')) {
		this.child = spawn('python3', [join(import.meta.dirname, 'pty-driver.py'), String(cols), String(rows), process.execPath, bin, ...args], { env });
		createInterface({ input: this.child.stdout }).on('line', (line) => this.replies.shift()?.resolve(JSON.parse(line) as Record<string, unknown>));
		this.child.stderr.on('data', (chunk: Buffer) => {
			this.stderr = (this.stderr + chunk.toString()).slice(-4000);
		});
		// A driver that dies fails every request waiting on it, with what it printed.
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
	/**
	 * Sends `data` in one write, waits until the app has read it, then reads its output until quiet for
	 * `settle` seconds. True while the app runs and has printed no stack trace.
	 */
	async send(data: string, settle = 0): Promise<boolean> {
		const reply = await this.request({ op: 'send', data, settle });
		return reply.alive === true && reply.trace !== true;
	}
	/** Forgets the output so far. */
	async mark(): Promise<void> {
		await this.request({ op: 'mark' });
	}
	/** Forgets the output so far, sends `keys` in one write, and waits for `text` in what follows. */
	async burst(keys: string[], text: string, timeout?: number): Promise<string> {
		await this.mark();
		await this.send(keys.join(''));
		return this.waitFor(text, timeout);
	}
	/** The output since the last mark (escape codes removed) once it holds `text`; throws after `timeout` s. */
	async waitFor(text: string, timeout = 10): Promise<string> {
		const reply = await this.request({ op: 'wait', text, timeout });
		if (!reply.ok) throw new Error(`"${text}" never appeared; output:\n${String(reply.output)}`);
		return String(reply.output ?? '');
	}
	async resize(cols: number, rows: number): Promise<void> {
		await this.request({ op: 'resize', cols, rows });
	}
	async signal(name: NodeJS.Signals): Promise<void> {
		await this.request({ op: 'signal', name });
	}
	async status(): Promise<Status> {
		return (await this.request({ op: 'status' })) as unknown as Status;
	}
	/**
	 * Once the app has ended: its exit code (-N if a signal N killed it; undefined if it did not end within
	 * `timeout` s) and its output since the last mark.
	 */
	async exit(timeout = 10): Promise<{ code: number | undefined; output: string }> {
		const reply = await this.request({ op: 'exit', timeout });
		return { code: typeof reply.code === 'number' ? reply.code : undefined, output: String(reply.output ?? '') };
	}
	kill(): void {
		this.child.stdin.end();
		this.child.kill();
	}
}
