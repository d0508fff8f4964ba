// Packs the package, installs the tarball alone in an empty folder (no registry needed: it has no
// runtime dependencies) and runs the installed binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonsDigest, readLessonFiles } from '../../src/core/bank.js';
import { tempDir } from '../helpers.js';

const ROOT = join(import.meta.dirname, '../..');

describe('the packed tarball', () => {
	it('installs in an empty folder and runs --version, validate --json, stats --json and whereami --json', () => {
		const out = tempDir('cvm-tutor-pack-');
		const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' }));
		const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
		expect(files).toContain('dist/cvm-tutor.js');
		expect(files).toContain('bin/cvm-tutor.js');
		expect(files).toContain('dist/lessons.digest');
		expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
		expect(packed[0].size).toBeLessThan(1_000_000);

		const app = tempDir('cvm-tutor-install-');
		writeFileSync(join(app, 'package.json'), '{"name":"try-it","private":true}');
		execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(out, packed[0].filename)], { cwd: app, stdio: 'pipe' });
		const bin = join(app, 'node_modules/.bin/cvm-tutor');
		const env = { ...process.env, CVM_TUTOR_HOME: tempDir() };
		const version = spawnSync(bin, ['--version'], { encoding: 'utf8', env });
		expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
		const validate = spawnSync(bin, ['validate', '--json'], { encoding: 'utf8', env });
		expect(validate.stderr).toBe('');
		expect(validate.status).toBe(0);
		const summary = JSON.parse(validate.stdout);
		expect(summary.chapters).toBeGreaterThanOrEqual(1);
		expect(summary.chapterIds[0]).toBe('house-vs-apartment');
		// The installed lessons are byte-identical to the ones the build validated, so the app skips validating them.
		const installed = join(app, 'node_modules/cvm-tutor');
		const read = readLessonFiles(join(installed, 'lessons'));
		expect(read.ok && lessonsDigest(read.files)).toBe(readFileSync(join(installed, 'dist/lessons.digest'), 'utf8').trim());
		const stats = spawnSync(bin, ['stats', '--json'], { encoding: 'utf8', env });
		expect(stats.status).toBe(0);
		expect(JSON.parse(stats.stdout).stats.questionsTotal).toBe(summary.questions);
		const whereami = spawnSync(bin, ['whereami', '--json'], { encoding: 'utf8', env });
		expect(whereami.status).toBe(0);
		expect(JSON.parse(whereami.stdout)).toHaveProperty('verdict');
	}, 120_000);
});
