// The I/O behind `whereami`: reads what this machine shows about itself into a HostProbe for core/whereami.ts.
// Read-only and unprivileged: every read may fail (EACCES, ENOENT, not Linux) and a failure is recorded,
// never thrown. Nothing here judges what the facts mean.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readlinkSync, readSync } from 'node:fs';
import type { HostProbe, Read } from './core/whereami.js';

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException)?.code ?? 'error';

function readText(path: string): Read {
	try {
		return { value: readFileSync(path, 'utf8') };
	} catch (error) {
		return { error: errorCode(error) };
	}
}

function readTrimmed(path: string): string | null {
	const read = readText(path);
	return 'value' in read ? read.value.trim() || null : null;
}

function readLink(path: string): Read {
	try {
		return { value: readlinkSync(path) };
	} catch (error) {
		return { error: errorCode(error) };
	}
}

/** The first `flags` line. Only the start of the file is read: on big machines the whole of it is slow to generate. */
function cpuFlags(): string | null {
	let fd: number | undefined;
	try {
		fd = openSync('/proc/cpuinfo', 'r');
		const buffer = Buffer.alloc(64 * 1024);
		let length = 0;
		// /proc files hand out at most a page or so per read, so read until there is a flags line or no more.
		while (length < buffer.length) {
			const n = readSync(fd, buffer, length, buffer.length - length, null);
			if (n === 0) break;
			length += n;
			// Only a line that has ended is whole.
			const match = /^flags\s*:(.*)\n/m.exec(buffer.toString('utf8', 0, length));
			if (match) return match[1]!.trim();
		}
		return /^flags\s*:(.*)$/m.exec(buffer.toString('utf8', 0, length))?.[1]?.trim() ?? null;
	} catch {
		return null;
	} finally {
		if (fd !== undefined) {
			try {
				closeSync(fd);
			} catch {
				// Nothing was written, so there is nothing to lose.
			}
		}
	}
}

/** `systemd-detect-virt --vm` or `--container`: it prints the answer and exits 1 when it is "none". */
function detectVirt(flag: '--vm' | '--container'): string | null {
	try {
		const result = spawnSync('systemd-detect-virt', [flag], { encoding: 'utf8', timeout: 1000, stdio: ['ignore', 'pipe', 'ignore'] });
		if (result.error) return null;
		const answer = result.stdout.trim();
		return /^[a-z0-9-]+$/.test(answer) ? answer : null;
	} catch {
		return null;
	}
}

function namespaceLinks(dir: string, names: string[]): Record<string, Read> {
	return Object.fromEntries(names.map((name) => [name, readLink(`${dir}/${name}`)]));
}

export function probeHost(): HostProbe {
	const platform = process.platform;
	const uid = typeof process.getuid === 'function' ? process.getuid() : null;
	const env: HostProbe['env'] = {};
	for (const key of ['container', 'WSL_DISTRO_NAME', 'KUBERNETES_SERVICE_HOST'] as const) {
		const value = process.env[key];
		if (value) env[key] = value;
	}
	const base: HostProbe = {
		platform,
		arch: process.arch,
		uid,
		selfNs: {},
		selfNsError: null,
		pid1Ns: {},
		cgroup: { error: 'ENOENT' },
		exists: { dockerenv: false, containerenv: false, flatpakInfo: false, cgroupV2Controllers: false, cgroupUnifiedControllers: false, wslInterop: false },
		cpuFlags: null,
		dmi: { sysVendor: null, productName: null, boardVendor: null },
		hypervisorType: null,
		detectVirt: { vm: null, container: null },
		procVersion: null,
		osRelease: null,
		env,
		pid1Comm: null,
	};
	// Elsewhere there is no /proc to read, and on Windows "/proc/..." would name a folder on the current drive.
	if (platform !== 'linux') return base;

	let names: string[] = [];
	try {
		names = readdirSync('/proc/self/ns').sort();
	} catch (error) {
		base.selfNsError = errorCode(error);
	}
	return {
		...base,
		selfNs: namespaceLinks('/proc/self/ns', names),
		pid1Ns: namespaceLinks('/proc/1/ns', names),
		cgroup: readText('/proc/self/cgroup'),
		exists: {
			dockerenv: existsSync('/.dockerenv'),
			containerenv: existsSync('/run/.containerenv'),
			flatpakInfo: existsSync('/.flatpak-info'),
			cgroupV2Controllers: existsSync('/sys/fs/cgroup/cgroup.controllers'),
			cgroupUnifiedControllers: existsSync('/sys/fs/cgroup/unified/cgroup.controllers'),
			wslInterop: existsSync('/proc/sys/fs/binfmt_misc/WSLInterop') || existsSync('/proc/sys/fs/binfmt_misc/WSLInterop-late'),
		},
		cpuFlags: cpuFlags(),
		dmi: {
			sysVendor: readTrimmed('/sys/class/dmi/id/sys_vendor'),
			productName: readTrimmed('/sys/class/dmi/id/product_name'),
			boardVendor: readTrimmed('/sys/class/dmi/id/board_vendor'),
		},
		hypervisorType: readTrimmed('/sys/hypervisor/type'),
		detectVirt: { vm: detectVirt('--vm'), container: detectVirt('--container') },
		procVersion: readTrimmed('/proc/version'),
		osRelease: readTrimmed('/proc/sys/kernel/osrelease'),
		pid1Comm: readTrimmed('/proc/1/comm'),
	};
}
