// The commands in Chinese: `--help` fits 80 columns (a CJK character is 2), the lines the tutor prints when it
// cannot start and `room tally`'s report fit too, and the built CLI answers in the language asked for, with the
// JSON that scripts read the same in every language.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Locale, setLocale } from '../../src/core/i18n/locale.js';
import { en, loadMessages, useMessages } from '../../src/core/i18n/messages.js';
import { tallyLines } from '../../src/core/room/tally-lines.js';
import { tallyRoom } from '../../src/core/room/tally.js';
import { tutorTerminalProblem } from '../../src/core/terminal.js';
import { textWidth } from '../../src/core/wrap.js';
import { makeChat } from '../fixtures/room/make-chat.js';
import { bundledBank, tempDir } from '../helpers.js';

const BIN = join(import.meta.dirname, '../../bin/cvm-tutor.js');
const ZH = ['zh-Hant', 'zh-Hans'] as const;

function run(args: string[], home = tempDir()) {
	const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, CVM_TUTOR_HOME: home, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, input: '' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tooWide = (text: string, width = 80) => text.split('\n').filter((line) => textWidth(line) > width);

async function inLocale(locale: Locale): Promise<void> {
	setLocale(locale);
	useMessages(await loadMessages(locale));
}

afterAll(() => {
	setLocale('en');
	useMessages(en);
});

describe.each(ZH)('cvm-tutor --help in %s', (locale) => {
	it('fits 80 columns, keeps every option and command of the English, and is in Chinese', () => {
		const help = run(['--help', '--lang', locale]);
		expect(help.code).toBe(0);
		expect(tooWide(help.stdout)).toEqual([]);
		expect(help.stdout).toMatch(locale === 'zh-Hant' ? /用法[\s\S]*選項/ : /用法[\s\S]*选项/);
		const english = run(['--help', '--lang', 'en']).stdout;
		// English fits too (four of its lines were 81-83 columns).
		expect(tooWide(english)).toEqual([]);
		for (const option of new Set(english.match(/--[a-z]+|^ {2}cvm-tutor [a-z]+( [a-z]+)?/gm))) expect(help.stdout, option).toContain(option);
	});
});

describe.each(ZH)('the lines printed outside the app, in %s', (locale) => {
	it('why the tutor cannot start: every case at most 80 columns', async () => {
		await inLocale(locale);
		for (const [stdinTTY, stdoutTTY, term] of [[false, false, 'xterm'], [true, false, 'xterm'], [false, true, 'xterm'], [true, true, 'dumb']] as const) {
			const lines = tutorTerminalProblem({ stdinTTY, stdoutTTY, term }) ?? [];
			expect(lines.length).toBeGreaterThan(1);
			expect(lines.filter((line) => textWidth(line) > 80)).toEqual([]);
		}
	});

	it("room tally's report: at most 80 columns, right answers marked with the locale's word", async () => {
		await inLocale(locale);
		const fixture = makeChat(bundledBank());
		const chat = readFileSync(join(import.meta.dirname, '../fixtures/room/chat.txt'), 'utf8');
		const lines = tallyLines(tallyRoom(fixture.spec, fixture.items, [{ source: 'chat.txt', text: chat }]), fixture.items, 80);
		expect(lines.filter((line) => textWidth(line) > 80)).toEqual([]);
		expect(lines[0]).toBe(locale === 'zh-Hant' ? `房間 ${fixture.roomCode}：統計了 20 位學員，共 8 題` : `房间 ${fixture.roomCode}：统计了 20 位学员，共 8 题`);
		expect(lines.join('\n')).toMatch(/正解 +[A-G]\. /);
	});
});

describe('the built CLI in Chinese', () => {
	it('usage errors', () => {
		expect(run(['frobnicate', '--lang', 'zh-Hant'])).toMatchObject({ code: 2, stderr: 'cvm-tutor: 不認得的指令「frobnicate」。\n執行 `cvm-tutor --help` 查看用法。\n' });
		expect(run(['stats', '--yes', '--lang', 'zh-Hans'])).toMatchObject({ code: 2, stderr: 'cvm-tutor: stats 不接受 --yes。\n用法：cvm-tutor stats [--json]\n运行 `cvm-tutor --help` 查看更多说明。\n' });
		// Arguments that cannot be read: the language of a readable --lang, or of the environment.
		expect(run(['--bogus', '--lang=zh-Hans']).stderr).toBe('cvm-tutor: 未知选项 --bogus。\n运行 `cvm-tutor --help` 查看用法。\n');
		expect(run([]).stderr).toMatch(/^cvm-tutor: the tutor needs a terminal/);
	});

	it('validate, stats and reset', () => {
		expect(run(['validate', '--lang', 'zh-Hant']).stdout).toMatch(/：沒有問題\n9 章，\d+ 題（single \d+ 題、/);
		expect(run(['validate', '--lang', 'zh-Hans', '--locale', 'zh-Hans']).stdout).toMatch(/：zh-Hans 没有问题\n9 章，\d+ 题：每个字符串都有 zh-Hans 文本。/);
		const home = tempDir();
		const stats = run(['stats', '--lang', 'zh-Hant'], home);
		expect(stats.stdout).toContain('進度檔案：');
		expect(stats.stdout).toMatch(/ {2}1\. .+：已讀 0\/\d+ 頁，已答 0\/\d+ 題，尚未測驗/);
		expect(run(['reset', '--yes', '--lang', 'zh-Hans'], home).stdout).toMatch(/^进度已清除（.+progress\.json）。\n$/);
		expect(run(['reset', '--lang', 'zh-Hant'], home)).toMatchObject({ code: 2, stderr: 'cvm-tutor: reset 需要確認；執行 `cvm-tutor reset --yes` 以清除進度。\n' });
	});

	it('room new and room print, in the language asked for', () => {
		const made = run(['room', 'new', '--count', '3', '--lang', 'zh-Hans']);
		expect(made.code).toBe(0);
		const code = /房间码：(CVM-[-0-9A-Z]+)/.exec(made.stdout)?.[1] as string;
		expect(made.stdout).toContain(`学员输入：npx cvm-tutor room join ${code}`);
		expect(made.stdout).toContain('3 题，出自所有章节（所有封闭式题型），每题 30 秒，约 2 分钟');
		const handout = run(['room', 'print', code, '--answers', '--lang', 'zh-Hant']);
		expect(handout.stdout).toMatch(new RegExp(`^# cvm-tutor 房間 ${code}（附答案）\n\n3 題，每題 30 秒（約 2 分鐘）。以 \`npx cvm-tutor room join ${code}\` 加入。`));
		expect(handout.stdout).toContain('**答案**：');
		expect(run(['room', 'join', 'CVM-0000', '--lang', 'zh-Hant'])).toMatchObject({ code: 2, stderr: 'cvm-tutor: CVM-…… 在 CVM- 之後有 4 個字元，房間代碼應該有 16 個：請確認你複製了完整的代碼。\n' });
	});

	it('keeps the JSON that scripts read the same in every language', () => {
		const english = run(['validate', '--json', '--lang', 'en']).stdout;
		for (const locale of ZH) expect(run(['validate', '--json', '--lang', locale]).stdout).toBe(english);
		expect(JSON.parse(run(['validate', 'a', 'b', '--json', '--lang', 'zh-Hant']).stdout)).toMatchObject({ ok: false, problems: [{ file: '', at: '' }] });
	});
});
