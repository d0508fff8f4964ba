// Shared test helpers: fixture banks, temp folders, and the one press() helper for screen tests.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { act, type ReactElement } from 'react';
import { vi } from 'vitest';
import type { Bank } from '../src/core/bank.js';
import type { Question } from '../src/core/schema.js';
import type { Response } from '../src/core/scoring.js';
import { localize } from '../src/core/text.js';
import { buildBank, loadBankFromDir } from '../src/core/validate.js';
import { bundledLessonsDir } from '../src/meta.js';

export const FIXTURE_LESSON = join(import.meta.dirname, 'fixtures/lessons/good/01-example.json');

export function tempDir(prefix = 'cvm-tutor-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The environment for the built app in a real terminal. CI=true is set on purpose: many shells and every CI
 * export it, and Ink then draws only the last frame; the bundle must draw every frame anyway (src/ui/not-in-ci.ts).
 */
export function terminalEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	return { ...process.env, TERM: 'xterm-256color', CI: 'true', ...extra };
}

export function fixtureChapter(): Record<string, unknown> {
	return JSON.parse(readFileSync(FIXTURE_LESSON, 'utf8')) as Record<string, unknown>;
}

export function bankOf(...chapters: unknown[]): Bank {
	const result = buildBank(chapters.map((chapter, i) => ({ file: `${i + 1}.json`, text: JSON.stringify(chapter) })));
	if (!result.ok) throw new Error(result.problems.map((p) => `${p.file} ${p.at} ${p.message}`).join('\n'));
	return result.bank;
}

export const KEYS = {
	enter: '\r',
	escape: '\u001B',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	ctrlC: '\u0003',
} as const;

export type Rendered = ReturnType<typeof render>;

/** Unmounts every rendered app inside act(), so React sees the last updates too. */
export async function cleanupInk(): Promise<void> {
	await act(async () => {
		cleanup();
	});
}

/** Renders inside act(), so effects (and Ink's input handlers) are in place before the first key. */
export async function renderInk(tree: ReactElement): Promise<Rendered> {
	let rendered: Rendered | undefined;
	await act(async () => {
		rendered = render(tree);
	});
	return rendered as Rendered;
}

/**
 * Sends one key and waits, through act(), until React has rendered and re-registered its input handlers
 * (React 19 re-subscribes after a render, so a key sent before that would reach the stale handler).
 */
/** The bundled lessons, validated. */
export function bundledBank(): Bank {
	const loaded = loadBankFromDir(bundledLessonsDir());
	if (!loaded.ok) throw new Error('bundled lessons do not validate');
	return loaded.bank;
}

/** Resizes the rendered terminal (as a window resize does) and returns the frame drawn for the new size. */
export async function resize(app: Rendered, columns: number, rows: number): Promise<string> {
	await act(async () => {
		Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
		Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true });
		app.stdout.emit('resize');
	});
	return app.lastFrame() ?? '';
}

export async function press(rendered: Rendered, ...keys: string[]): Promise<string> {
	for (const key of keys) {
		await act(async () => {
			rendered.stdin.write(key);
			// Ink holds a lone Esc until the next turn of the event loop (it may start a sequence); let it flush.
			await new Promise((resolve) => setImmediate(resolve));
		});
	}
	return rendered.lastFrame() ?? '';
}

/** The response that answers `question` right, built from the question's own answer. */
export function rightResponse(question: Question): Response {
	switch (question.type) {
		case 'single':
			return { type: 'single', choiceId: question.answer };
		case 'multiple':
			return { type: 'multiple', choiceIds: question.answers };
		case 'true-false':
			return { type: 'true-false', value: question.answer };
		case 'ordering':
			return { type: 'ordering', order: question.answer };
		case 'matching':
			return { type: 'matching', pairs: question.answer };
		case 'typed':
			return { type: 'typed', text: String(question.accept[0]) };
		case 'explain':
			return { type: 'explain', text: localize(question.modelAnswer), ticked: question.keyPoints.map((point) => point.id) };
	}
}

/** The fixture with one ordering, one matching and one typed question (with hints). */
export function practiceChapter(): Record<string, unknown> {
	return JSON.parse(readFileSync(new URL('./fixtures/lessons/practice/01-practice.json', import.meta.url), 'utf8')) as Record<string, unknown>;
}

/**
 * Lets the event loop turn (inside act()) until the frame contains `text`, for work that finishes
 * asynchronously (a dynamic import, a file read). Bounded by turns, not by time, so a slow machine only
 * takes longer; it fails with the last frame if the text never appears.
 */
export async function waitForFrame(rendered: Rendered, text: string, maxTurns = 500): Promise<string> {
	for (let turn = 0; turn < maxTurns; turn++) {
		const frame = rendered.lastFrame() ?? '';
		if (frame.includes(text)) return frame;
		await act(async () => {
			await new Promise((resolve) => setImmediate(resolve));
		});
	}
	throw new Error(`"${text}" never appeared; last frame:\n${rendered.lastFrame()}`);
}

/** A fake clock for the app's `now`: it moves only when a test moves it (a mock interview, a room's countdown). */
export function fakeClock(start = Date.parse('2026-11-30T10:00:00.000Z')) {
	let time = start;
	return { now: () => new Date(time), advance: (seconds: number) => (time += seconds * 1000) };
}

/**
 * Moves the fake clock by `seconds` and lets a screen's once-a-second tick run (the test fakes only
 * setInterval: `vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })`).
 */
export async function tickClock(app: Rendered, clock: ReturnType<typeof fakeClock>, seconds: number): Promise<string> {
	clock.advance(seconds);
	await act(async () => {
		vi.advanceTimersByTime(1000);
	});
	return app.lastFrame() ?? '';
}

/**
 * Polls `probe` (every 5 ms) until it gives a value, for what happens outside the test's process or over a
 * socket (a live room's messages, a file a child wrote). Fails after `ms`: every wait is bounded.
 */
export async function waitUntil<T>(probe: () => T | undefined | false, ms: number): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = probe();
		if (value !== undefined && value !== false) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}
