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
		expect(describeDifference('docker run -d --privileged -p 8080:80 nginx', expected)).toBe('Close: `--privileged` is not part of it.');
		expect(describeDifference('docker run -d -p 8080:80 ngnix', expected)).toBe('Close: check the operand `ngnix`.');
		expect(describeDifference('docker run -d -p 8080:80 --publsh 1:1 nginx', expected)).toBe('Close: `--publsh` is not an option of `docker run`; check the operand `1:1`.');
	});
	it('gives nothing when it is another command or too far off', () => {
		expect(describeDifference('docker network create x', expected)).toBeUndefined();
		expect(describeDifference('docker run alpine', expected)).toBeUndefined();
		expect(describeDifference('podman run -d -p 8080:80 nginx', expected)).toBeUndefined();
	});
});

describe('harmless extra options', () => {
	it('accepts --rm, --name x, -i and -t added to an answer that does not use them', () => {
		const answer = 'docker run -d -p 8080:80 nginx';
		expect(sameAnswer('command', 'docker run --rm -d -p 8080:80 nginx', answer)).toBe(true);
		expect(sameAnswer('command', 'docker run -d --name web -p 8080:80 nginx', answer)).toBe(true);
		expect(sameAnswer('command', 'docker run -dit -p 8080:80 --name=web nginx', answer)).toBe(true);
		expect(sameAnswer('command', 'docker exec -it web ps', 'docker exec web ps')).toBe(true);
	});
	it('still counts them when the answer has them (another value is wrong), and other options always', () => {
		expect(sameAnswer('command', 'docker run --name db nginx', 'docker run --name web nginx')).toBe(false);
		expect(sameAnswer('command', 'docker run -d nginx', 'docker run nginx')).toBe(false);
		expect(sameAnswer('command', 'docker run --privileged nginx', 'docker run nginx')).toBe(false);
		expect(sameAnswer('command', 'unshare -i --pid --fork bash', 'unshare --pid --fork bash')).toBe(false);
	});
	it('a question that tests one of them lists it in strictOptions (either spelling)', () => {
		expect(sameAnswer('command', 'docker run --rm nginx', 'docker run nginx', ['--rm'])).toBe(false);
		expect(sameAnswer('command', 'docker run -it nginx', 'docker run nginx', ['--interactive'])).toBe(false);
		expect(sameAnswer('command', 'docker run --name x nginx', 'docker run nginx', ['--rm'])).toBe(true);
	});
	it('the near-miss hint does not name them', () => {
		expect(describeDifference('docker run --rm -it -p 80:8080 nginx', 'docker run -p 8080:80 nginx')).toBe('Close: `-p`/`--publish` is right, but not its value `80:8080`.');
	});
});

describe('a shell prompt or sudo in front of the command', () => {
	it('says to leave out the `$` prompt', () => {
		expect(sameAnswer('command', '$ docker run -d -p 8080:80 nginx', 'docker run -d -p 8080:80 nginx')).toBe(false);
		expect(describeDifference('$ docker run -d -p 8080:80 nginx', 'docker run -d -p 8080:80 nginx')).toBe('Close: leave out the prompt `$`, type only the command.');
		expect(describeDifference('$docker run -d -p 8080:80 nginx', 'docker run -d -p 8080:80 nginx')).toBe('Close: leave out the prompt `$`, type only the command.');
	});
	it('says sudo is not part of the answer, also for commands it does not know', () => {
		expect(describeDifference('sudo unshare --pid --fork --mount-proc bash', 'unshare --pid --fork --mount-proc bash')).toBe('Close: `sudo` is not part of the answer here.');
		expect(describeDifference('sudo ip link', 'ip link')).toBe('Close: `sudo` is not part of the answer here.');
		expect(describeDifference('$ sudo ip link', 'ip link')).toBe('Close: leave out the prompt `$`, type only the command; `sudo` is not part of the answer here.');
	});
	it('combines with what else is off, and stays silent when the rest is far off', () => {
		expect(describeDifference('sudo docker run -p 8080:80 nginx', 'docker run -d -p 8080:80 nginx')).toBe('Close: `sudo` is not part of the answer here; it also needs `-d`/`--detach`.');
		expect(describeDifference('sudo ls', 'docker run nginx')).toBeUndefined();
	});
});
