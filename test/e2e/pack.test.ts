// Packs the package, installs the tarball alone in an empty folder (no registry needed: it has no
// runtime dependencies) and runs the installed binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonsDigest, readLessonFiles } from '../../src/core/bank.js';
import { tempDir } from '../helpers.js';

const ROOT = join(import.meta.dirname, '../..');

describe('the packed tarball', () => {
	it('installs in an empty folder and runs --version, validate --json, stats --json and whereami --json', () => {
		const out = tempDir('cvm-tutor-pack-');
		const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' }));
		const files: string[] = packed[0].files.map((f: { path: string }) => f.path).sort();
		// Exactly what a user needs: the bin shim, the build, the lessons and their schema, and the papers.
		const dist = readdirSync(join(ROOT, 'dist')).map((name) => `dist/${name}`);
		const lessons = readdirSync(join(ROOT, 'lessons')).map((name) => `lessons/${name}`);
		expect(files).toEqual(['LICENSE', 'README.md', 'bin/cvm-tutor.js', ...dist, ...lessons, 'package.json'].sort());
		expect(dist).toContain('dist/cvm-tutor.js');
		expect(dist).toContain('dist/lessons.outline.json');
		for (const file of dist) expect(file).toMatch(/^dist\/[\w-]+\.(js|outline\.json|js\.LEGAL\.txt)$/);
		// 351 KB packed (1.2 MB unpacked) at 0.1.0; 921 KB (3.2 MB) with the lessons in three languages (2.4 MB of
		// JSON). The bound leaves room to grow, not to ship a mistake.
		expect(packed[0].size).toBeLessThan(1_200_000);
		expect(packed[0].unpackedSize).toBeLessThan(4_000_000);

		// No install scripts: npm would warn that cvm-tutor "has install scripts" (prepare counts for git installs).
		const tarball = join(out, packed[0].filename);
		const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
		for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[script], script).toBeUndefined();
		expect(manifest.gypfile).toBeUndefined();
		// A LICENSE whose text matches the "license" field.
		expect(manifest.license).toBe('MIT');
		const license = execFileSync('tar', ['-xzOf', tarball, 'package/LICENSE'], { encoding: 'utf8' });
		expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the cvm-tutor authors\n/);
		expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS"');

		const app = tempDir('cvm-tutor-install-');
		writeFileSync(join(app, 'package.json'), '{"name":"try-it","private":true}');
		const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: app, encoding: 'utf8' });
		expect(install.status, install.stderr).toBe(0);
		expect(install.stdout + install.stderr).not.toMatch(/install scripts/i);
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
		expect(read.ok && lessonsDigest(read.files)).toBe(JSON.parse(readFileSync(join(installed, 'dist/lessons.outline.json'), 'utf8')).digest);
		const stats = spawnSync(bin, ['stats', '--json'], { encoding: 'utf8', env });
		expect(stats.status).toBe(0);
		expect(JSON.parse(stats.stdout).stats.questionsTotal).toBe(summary.questions);
		const whereami = spawnSync(bin, ['whereami', '--json'], { encoding: 'utf8', env });
		expect(whereami.status).toBe(0);
		expect(JSON.parse(whereami.stdout)).toHaveProperty('verdict');
	}, 120_000);
});
