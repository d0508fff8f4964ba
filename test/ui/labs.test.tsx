// The terminal labs driven by keys: a packet walk (watched both ways, then routed and scored) and "Where am I?".
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.js';
import { initialState } from '../../src/core/app-state.js';
import { emptyProgress, type Progress } from '../../src/core/progress.js';
import { loadBankFromDir } from '../../src/core/validate.js';
import { buildReport, type HostProbe } from '../../src/core/whereami.js';
import { bundledLessonsDir } from '../../src/meta.js';
import { localize } from '../../src/core/text.js';
import { openProgressStore } from '../../src/store/progress-store.js';
import { bankOf, cleanupInk, fixtureChapter, KEYS, press, type Rendered, renderInk, tempDir, waitForFrame } from '../helpers.js';

afterEach(cleanupInk);

const loaded = loadBankFromDir(bundledLessonsDir());
if (!loaded.ok) throw new Error('bundled lessons do not validate');
const outbound = loaded.bank.chapters.flatMap((c) => c.walks ?? []).find((w) => w.id === 'outbound-to-internet')!;
const bank = bankOf({ ...fixtureChapter(), walks: [outbound] });

async function start(inspectHost?: () => Promise<ReturnType<typeof buildReport>>) {
	const { store } = openProgressStore({ cwd: tempDir() });
	const app = await renderInk(<App initial={initialState(bank, emptyProgress())} store={store} onExit={() => {}} {...(inspectHost ? { inspectHost } : {})} />);
	const saved = (): Progress => JSON.parse(readFileSync(store.path, 'utf8'));
	return { app, saved };
}

/** Presses the number in front of `text` in the current frame. */
async function choose(app: Rendered, text: string): Promise<string> {
	const line = (app.lastFrame() ?? '').split('\n').find((l) => l.includes(`. ${text}`));
	const number = line?.match(/(\d)\. /)?.[1];
	if (!number) throw new Error(`no choice "${text}" in:\n${app.lastFrame()}`);
	return press(app, number);
}

describe('packet walk, by keys', () => {
	it('steps forward and back through the hops, then routes the packet and saves the score', async () => {
		const { app, saved } = await start();
		await press(app, KEYS.down, KEYS.enter); // the chapter
		let frame = await press(app, KEYS.down, KEYS.down, KEYS.down); // past the quiz and the quick quiz
		expect(frame).toContain('❯ Packet walks (1)');
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('1. Outbound: container A to the internet');
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('Hop 1/8: container A');
		expect(frame).toContain('Esc walks');
		expect(frame).toContain('src 172.17.0.2:40000   dst 198.51.100.7:443');
		frame = await press(app, ...Array(6).fill(KEYS.right));
		expect(frame).toContain('Hop 7/8: nat POSTROUTING (MASQUERADE)');
		expect(frame).toContain('src 203.0.113.10:40000 (changed)');
		frame = await press(app, KEYS.left);
		expect(frame).toContain('Hop 6/8: filter FORWARD');
		for (const f of app.frames) expect(f.split('\n').length).toBeLessThan(24);

		frame = await press(app, 'r');
		expect(frame).toContain('At hop 1/8: container A');
		// Routing names Esc the same as watching did: back to the walks.
		expect(frame).toContain('Esc walks');
		expect(frame).not.toContain('Esc back');
		// One wrong pick first, then the right next hop every time.
		const wrong = frame.split('\n').find((l) => /^\s*(❯ )?\d\. /.test(l) && !l.includes(localize(outbound.hops[1]!.label)))!.replace(/^\s*(❯ )?\d\. /, '');
		frame = await choose(app, wrong);
		expect(frame).toContain(`✘ ${wrong}`);
		expect(frame.replace(/\s+/g, ' ')).toContain(`Next is: ${localize(outbound.hops[1]!.label)}.`);
		expect(frame).toContain('Esc walks');
		for (let step = 1; step < outbound.hops.length - 1; step++) {
			await press(app, KEYS.enter);
			frame = await choose(app, localize(outbound.hops[step + 1]!.label));
			expect(frame).toContain(`✔ ${localize(outbound.hops[step + 1]!.label)}`);
			// Inline `code` in the feedback is drawn as code, not with its backticks.
			expect(frame).not.toContain('`');
		}
		frame = await press(app, KEYS.enter);
		expect(frame).toContain('Routed 6/7 hops right.');
		expect(saved().walks?.['example-chapter/outbound-to-internet']?.best).toMatchObject({ correct: 6, total: 7 });
		frame = await press(app, KEYS.escape);
		expect(frame).toContain('(routed: best 6/7)');
	});
});

describe('Where am I?, by keys', () => {
	it('shows the report from the home menu and explains the line under the cursor', async () => {
		const probe = JSON.parse(readFileSync(new URL('../fixtures/whereami/docker-on-vm.json', import.meta.url), 'utf8')) as HostProbe;
		const { app } = await start(async () => buildReport(probe));
		const home = app.lastFrame() ?? '';
		const row = home.split('\n').findIndex((l) => l.includes('Where am I?'));
		const first = home.split('\n').findIndex((l) => l.includes('Continue') || l.includes('Start'));
		let frame = await press(app, ...Array(row - first).fill(KEYS.down), KEYS.enter);
		// The report is built asynchronously (its code is loaded on demand).
		frame = await waitForFrame(app, 'Namespaces of this process');
		for (let i = 0; i < 5 && !frame.includes('❯Namespaces'); i++) frame = await press(app, KEYS.down);
		expect(frame).toContain('A namespace gives processes their own view');
		for (let i = 0; i < 10 && !/❯\s+mnt/.test(frame); i++) frame = await press(app, KEYS.down);
		expect(frame).toMatch(/❯\s+mnt/);
		expect(frame).toContain('The mounts');
		for (const f of app.frames) expect(f.split('\n').length).toBeLessThan(24);
	});
});
