import { describe, expect, it } from 'vitest';
import { canonicalCommand, describeDifference, sameAnswer, splitWords } from '../../src/core/command-line.js';

describe('splitWords', () => {
	it('splits on any spacing, groups quotes, honours backslashes', () => {
		expect(splitWords('  docker   run\t-e "A=b c"  \'x y\' a\\ b ')).toEqual(['docker', 'run', '-e', 'A=b c', 'x y', 'a b']);
		expect(splitWords('')).toEqual([]);
		expect(splitWords('echo ""')).toEqual(['echo', '']);
	});
});

describe('sameAnswer (commands)', () => {
	const same = (a: string, b: string) => sameAnswer('command', a, b);
	it('ignores spacing, option order and long/short spellings', () => {
		expect(same('docker run -d -p 8080:80 nginx', 'docker   run -p 8080:80 -d nginx')).toBe(true);
		expect(same('docker run --publish 8080:80 --detach nginx', 'docker run -d -p 8080:80 nginx')).toBe(true);
		expect(same('docker run --publish=8080:80 -d nginx', 'docker run -d -p 8080:80 nginx')).toBe(true);
		expect(same('docker run -dp8080:80 nginx', 'docker run -d -p 8080:80 nginx')).toBe(true);
		expect(same('docker container run -d -p 8080:80/tcp nginx', 'docker run -d -p 8080:80 nginx')).toBe(true);
		expect(same('docker run -it ubuntu', 'docker run -i -t ubuntu')).toBe(true);
		expect(same('unshare -pf --mount-proc bash', 'unshare --pid --fork --mount-proc bash')).toBe(true);
		expect(same('docker network create app-net --driver bridge', 'docker network create -d bridge app-net')).toBe(true);
		expect(same('docker run -d -p 8080:80 nginx:latest', 'docker run -d -p 8080:80 nginx')).toBe(true);
		expect(same('docker run -d -p 8080:80 nginx:1.27', 'docker run -d -p 8080:80 nginx')).toBe(false);
	});
	it('keeps what changes the meaning: values, case of flags, operands and what follows the image', () => {
		expect(same('docker run -d -p 80:8080 nginx', 'docker run -d -p 8080:80 nginx')).toBe(false);
		expect(same('docker run -d -P nginx', 'docker run -d -p 8080:80 nginx')).toBe(false);
		expect(same('docker run -d -p 8080:80 httpd', 'docker run -d -p 8080:80 nginx')).toBe(false);
		// After the image, words are the container's command: `-d` there is not Docker's flag.
		expect(same('docker run -p 8080:80 nginx -d', 'docker run -d -p 8080:80 nginx')).toBe(false);
		expect(same('docker run -d -p 8080:80 nginx', 'docker run -d -p 8080:80 --rm nginx')).toBe(false);
		expect(same('docker run --bogus -p 8080:80 nginx', 'docker run --bogus -p 8080:80 nginx')).toBe(false);
	});
	it('compares unknown commands word for word', () => {
		expect(canonicalCommand('ip  link show').known).toBe(false);
		expect(same('ip link  show', 'ip link show')).toBe(true);
		expect(same('ip show link', 'ip link show')).toBe(false);
	});
});

describe('sameAnswer (values)', () => {
	it('ignores case and spacing only', () => {
		expect(sameAnswer('value', ' 172.17.0.0/16 ', '172.17.0.0/16')).toBe(true);
		expect(sameAnswer('value', 'MASQUERADE', 'masquerade')).toBe(true);
		expect(sameAnswer('value', '172.17.0.0/24', '172.17.0.0/16')).toBe(false);
	});
});

describe('describeDifference', () => {
	const expected = 'docker run -d -p 8080:80 nginx';
	it('names the flag whose value differs, without giving the value away', () => {
		expect(describeDifference('docker run -d -p 80:8080 nginx', expected)).toBe('Close: `-p`/`--publish` is right, but not its value `80:8080`.');
	});
	it('names a missing or an extra flag, a wrong operand, an unknown option', () => {
		expect(describeDifference('docker run -p 8080:80 nginx', expected)).toBe('Close: it also needs `-d`/`--detach`.');
		expect(describeDifference('docker run -d --rm -p 8080:80 nginx', expected)).toBe('Close: `--rm` is not part of it.');
		expect(describeDifference('docker run -d -p 8080:80 ngnix', expected)).toBe('Close: check the operand `ngnix`.');
		expect(describeDifference('docker run -d -p 8080:80 --publsh 1:1 nginx', expected)).toBe('Close: `--publsh` is not an option of `docker run`; check the operand `1:1`.');
	});
	it('gives nothing when it is another command or too far off', () => {
		expect(describeDifference('docker network create x', expected)).toBeUndefined();
		expect(describeDifference('docker run alpine', expected)).toBeUndefined();
		expect(describeDifference('podman run -d -p 8080:80 nginx', expected)).toBeUndefined();
	});
});
