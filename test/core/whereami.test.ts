import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	buildReport,
	DYNAMIC_INODE_FIRST,
	type EvidenceId,
	explainEvidence,
	explainNamespace,
	formatReport,
	type HostProbe,
	type HostReport,
	INITIAL_INODE,
	readCgroup,
	readNamespaces,
	reportLines,
} from '../../src/core/whereami.js';
import { textWidth } from '../../src/core/wrap.js';
import { probeHost } from '../../src/whereami-probe.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/whereami');
const fixture = (name: string): HostProbe => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as HostProbe;
const ALL = readdirSync(FIXTURES).map((file) => file.replace(/\.json$/, ''));

const ids = (report: HostReport, part: 'vm' | 'container' | 'wsl', stance: 'for' | 'against') =>
	report.verdict[part].evidence.filter((e) => e.stance === stance).map((e) => e.id);

describe('initial namespace inode numbers', () => {
	it('are the kernel constants 0xEFFFFFF8..0xEFFFFFFF, all below the dynamic range', () => {
		expect(INITIAL_INODE).toEqual({
			ipc: 4026531839,
			uts: 4026531838,
			user: 4026531837,
			pid: 4026531836,
			cgroup: 4026531835,
			time: 4026531834,
			net: 4026531833,
			mnt: 4026531832,
		});
		for (const inode of Object.values(INITIAL_INODE)) expect(inode).toBeLessThan(DYNAMIC_INODE_FIRST);
	});

	it('a dynamic number means "not initial" for pid, but proves nothing for net and mnt (older kernels)', () => {
		const probe = fixture('bare-metal');
		probe.selfNs.pid = { value: 'pid:[4026532284]' };
		const byType = Object.fromEntries(readNamespaces(probe).map((n) => [n.type, n]));
		expect(byType.pid?.initial).toBe('no');
		expect(byType.user?.initial).toBe('yes');
		expect(byType.net).toMatchObject({ inode: 4026531840, initial: 'unknown' });
		expect(byType.mnt).toMatchObject({ inode: 4026531841, initial: 'unknown' });
	});

	it('takes the kind from the link, so pid_for_children is judged as a pid namespace', () => {
		const [entry] = readNamespaces({ ...fixture('bare-metal'), selfNs: { pid_for_children: { value: 'pid:[4026531836]' } } });
		expect(entry).toMatchObject({ type: 'pid_for_children', kind: 'pid', initial: 'yes' });
	});

	it('keeps a namespace it cannot read, and lists any type the kernel shows, known or not', () => {
		const probe = fixture('bare-metal');
		probe.selfNs = { net: { error: 'EACCES' }, ima: { value: 'ima:[4026532999]' }, uts: { value: 'garbage' } };
		probe.pid1Ns = {};
		expect(readNamespaces(probe)).toEqual([
			{ type: 'ima', kind: 'ima', inode: 4026532999, initial: 'unknown', pid1: { unreadable: 'unknown' } },
			{ type: 'net', kind: 'net', inode: null, error: 'EACCES', initial: 'unknown', pid1: { unreadable: 'unknown' } },
			{ type: 'uts', kind: 'uts', inode: null, error: 'unexpected link "garbage"', initial: 'unknown', pid1: { unreadable: 'unknown' } },
		]);
	});

	it('compares with PID 1 where it can be read', () => {
		const probe = fixture('docker-on-vm');
		probe.pid1Ns.net = { value: 'net:[4026531840]' };
		probe.pid1Ns.uts = { error: 'EACCES' };
		const byType = Object.fromEntries(readNamespaces(probe).map((n) => [n.type, n]));
		expect(byType.pid).toMatchObject({ pid1: { inode: 4026532284 }, same: true });
		expect(byType.net).toMatchObject({ inode: 4026532286, pid1: { inode: 4026531840 }, same: false });
		expect(byType.uts).toMatchObject({ pid1: { unreadable: 'EACCES' } });
		expect(byType.uts).not.toHaveProperty('same');
	});
});

describe('readCgroup', () => {
	const cgroup = (text: string, exists: Partial<HostProbe['exists']> = {}) => {
		const probe = fixture('bare-metal');
		return readCgroup({ ...probe, cgroup: { value: text }, exists: { ...probe.exists, cgroupV2Controllers: false, ...exists } });
	};

	it('tells v2, v1 and hybrid apart', () => {
		expect(cgroup('0::/user.slice\n', { cgroupV2Controllers: true }).version).toBe('v2');
		expect(cgroup('2:memory:/a\n1:cpu:/a\n').version).toBe('v1');
		// Recent kernels print `0::/` even when no v2 tree is mounted: that alone does not make a hybrid.
		expect(cgroup('2:memory:/a\n1:cpu:/a\n0::/\n').version).toBe('v1');
		expect(cgroup('2:memory:/a\n1:cpu:/a\n0::/\n', { cgroupUnifiedControllers: true }).version).toBe('hybrid');
		expect(cgroup('').version).toBe('unknown');
	});

	it('keeps colons inside a path, and lists each path once', () => {
		const report = cgroup('3:cpu,cpuacct:/a:b\n2:memory:/a:b\n1:name=systemd:/\n');
		expect(report.hierarchies[0]).toEqual({ id: 3, controllers: ['cpu', 'cpuacct'], path: '/a:b' });
		expect(report.paths).toEqual(['/a:b', '/']);
	});

	it('recognises container runtimes by their cgroup names, not the daemons that run them', () => {
		const hint = (path: string) => cgroup(`0::${path}\n`).runtimeHint?.runtime;
		const id = 'f'.repeat(64);
		expect(hint(`/system.slice/docker-${id}.scope`)).toBe('docker');
		expect(hint(`/docker/${id}`)).toBe('docker');
		expect(hint(`/machine.slice/libpod-${id}.scope/container`)).toBe('podman');
		expect(hint('/lxc.payload.web1')).toBe('lxc');
		expect(hint(`/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod1.slice/cri-containerd-${id}.scope`)).toBe('kubernetes');
		expect(hint(`/system.slice/crio-${id}.scope`)).toBe('cri-o');
		expect(hint('/system.slice/docker.service')).toBeUndefined();
		expect(hint('/user.slice/user-1000.slice/session-3.scope')).toBeUndefined();
		expect(hint('/')).toBeUndefined();
	});

	it('reports why /proc/self/cgroup could not be read', () => {
		expect(readCgroup({ ...fixture('bare-metal'), cgroup: { error: 'ENOENT' } })).toEqual({ version: 'unknown', hierarchies: [], paths: [], error: 'ENOENT' });
	});
});

describe('buildReport on fixture machines', () => {
	it('bare-metal Linux with systemd: no VM, no container, cgroup v2', () => {
		const report = buildReport(fixture('bare-metal'));
		expect(report.cgroup.version).toBe('v2');
		expect(report.verdict.vm).toEqual({
			answer: 'no',
			evidence: [
				{ id: 'cpu-no-hypervisor', stance: 'against', text: 'cpuinfo: no hypervisor flag' },
				{ id: 'dmi-hardware', stance: 'against', text: "DMI: Dell Inc. / XPS 13 9310, no hypervisor's name" },
				{ id: 'detect-virt-vm-none', stance: 'against', text: 'systemd-detect-virt --vm: none' },
			],
		});
		expect(report.verdict.container.answer).toBe('no');
		expect(ids(report, 'container', 'against')).toEqual(['detect-virt-container-none', 'ns-pid-initial', 'pid1-full-init']);
		expect(ids(report, 'container', 'for')).toEqual([]);
		expect(report.verdict.wsl.answer).toBe('no');
		expect(report.summary).toBe('Not in a container: running directly on bare metal.');
		expect(report.notes.join('\n')).toMatch(/unreadable \(EACCES\).*normal without root/);
		expect(report.notes.join('\n')).toMatch(/mnt and net cannot be judged by number/);
	});

	it('bare metal as root: PID 1 is readable and shares our mounts, which is the host init', () => {
		const probe = fixture('bare-metal');
		probe.uid = 0;
		probe.pid1Ns = structuredClone(probe.selfNs);
		const report = buildReport(probe);
		expect(report.namespaces.every((n) => n.same === true)).toBe(true);
		expect(ids(report, 'container', 'against')).toContain('ns-mnt-same-as-init');
		expect(report.verdict.container.answer).toBe('no');
		expect(report.notes.join('\n')).not.toMatch(/unreadable/);
	});

	it('a KVM/QEMU guest: hypervisor flag, QEMU firmware, systemd-detect-virt', () => {
		const report = buildReport(fixture('kvm-vm'));
		expect(report.verdict.vm.answer).toBe('yes');
		expect(report.verdict.vm.kind).toBe('kvm');
		expect(ids(report, 'vm', 'for')).toEqual(['cpu-hypervisor', 'dmi-vm', 'detect-virt-vm']);
		expect(report.verdict.container.answer).toBe('no');
		expect(report.summary).toBe('Not in a container: running directly on a VM (KVM).');
	});

	it('a Docker container on a VM: /.dockerenv, its own PID namespace, cgroup path /', () => {
		const report = buildReport(fixture('docker-on-vm'));
		expect(report.verdict.container).toMatchObject({ answer: 'yes', kind: 'docker' });
		expect(ids(report, 'container', 'for')).toEqual(['dockerenv', 'pid1-not-init', 'ns-pid-not-initial']);
		// PID 1 is the container's own `node`, so everything matches it: that is no sign of being on the host.
		expect(report.namespaces.every((n) => n.same === true)).toBe(true);
		expect(report.notes.join('\n')).toMatch(/does not mean "same as the host"/);
		expect(report.namespaces.find((n) => n.type === 'user')?.initial).toBe('yes');
		expect(report.namespaces.find((n) => n.type === 'time')?.initial).toBe('yes');
		expect(report.cgroup).toMatchObject({ version: 'v2', paths: ['/'] });
		expect(report.cgroup.runtimeHint).toBeUndefined();
		expect(report.notes.join('\n')).toMatch(/private cgroup namespace/);
		expect(report.verdict.vm).toMatchObject({ answer: 'yes', kind: 'amazon' });
		expect(report.notes.join('\n')).toMatch(/describe the machine under that kernel/);
		expect(report.summary).toBe('A container (Docker) on a VM (Amazon EC2).');
	});

	it('a rootless Podman container: /run/.containerenv, $container, its own user namespace', () => {
		const report = buildReport(fixture('podman'));
		expect(report.verdict.container).toMatchObject({ answer: 'yes', kind: 'podman' });
		expect(ids(report, 'container', 'for')).toEqual(['containerenv', 'container-env', 'pid1-not-init', 'ns-pid-not-initial', 'ns-user-not-initial']);
		expect(report.verdict.vm.answer).toBe('no');
	});

	it('a Kubernetes pod: the service variable and a kubepods cgroup path (cgroup v1)', () => {
		const report = buildReport(fixture('kubernetes'));
		expect(report.verdict.container).toMatchObject({ answer: 'yes', kind: 'kubernetes' });
		expect(ids(report, 'container', 'for')).toEqual(['kubernetes-env', 'cgroup-runtime', 'pid1-not-init', 'ns-pid-not-initial']);
		expect(report.cgroup.version).toBe('v1');
		expect(report.cgroup.runtimeHint?.runtime).toBe('kubernetes');
		expect(report.verdict.vm).toMatchObject({ answer: 'yes', kind: 'google' });
	});

	it('WSL 2: the kernel name, the distro variable and the interop handler; a Hyper-V VM', () => {
		const report = buildReport(fixture('wsl2'));
		expect(report.verdict.wsl).toMatchObject({ answer: 'yes', kind: 'wsl2' });
		expect(ids(report, 'wsl', 'for')).toEqual(['wsl-kernel', 'wsl-env', 'wsl-interop', 'detect-virt-wsl']);
		expect(report.verdict.vm).toMatchObject({ answer: 'yes', kind: 'hyperv' });
		// systemd-detect-virt calls WSL a container; that is counted for WSL, not as a container runtime.
		expect(report.verdict.container.answer).toBe('no');
		expect(ids(report, 'container', 'for')).toEqual([]);
		expect(report.summary).toBe('Not in a container: running directly on WSL 2 (a Hyper-V VM).');
	});

	it('WSL 1 is no VM: its kernel string ends in -Microsoft', () => {
		const probe = fixture('wsl2');
		probe.osRelease = '4.4.0-19041-Microsoft';
		probe.procVersion = 'Linux version 4.4.0-19041-Microsoft (Microsoft@Microsoft.com) (gcc version 5.4.0 (GCC) ) #1237-Microsoft Sat Sep 11 14:32:00 PST 2021';
		probe.cpuFlags = probe.cpuFlags!.replace(' hypervisor', '');
		const report = buildReport(probe);
		expect(report.verdict.wsl.kind).toBe('wsl1');
		expect(report.verdict.vm.evidence.map((e) => e.id)).not.toContain('wsl2-hyperv');
	});

	it('macOS: says what it cannot see and how to look from inside Linux', () => {
		const report = buildReport(fixture('macos'));
		expect(report.namespaces).toEqual([]);
		expect(report.verdict.vm.answer).toBe('unknown');
		expect(report.verdict.container.answer).toBe('no');
		expect(report.verdict.wsl.answer).toBe('no');
		const notes = report.notes.join('\n');
		expect(notes).toMatch(/Linux kernel feature/);
		expect(notes).toMatch(/Docker Desktop .* Linux VM/);
		expect(notes).toContain('docker run --rm node:22 npx --yes cvm-tutor whereami');
		expect(formatReport(report).join('\n')).not.toMatch(/Namespaces of this process/);
	});

	it('Windows: Linux containers run in a VM there, and Windows containers are another thing', () => {
		const report = buildReport({ ...fixture('macos'), platform: 'win32', uid: null });
		expect(report.verdict.container.answer).toBe('unknown');
		expect(report.notes.join('\n')).toMatch(/WSL 2 or Hyper-V/);
		expect(report.summary).toMatch(/^Windows, not Linux/);
	});

	it('this build machine: a micro-VM made from a Docker image; markers yes, isolation no', () => {
		const report = buildReport(fixture('firecracker-microvm'));
		expect(report.cgroup.version).toBe('hybrid');
		expect(report.namespaces.map((n) => n.initial)).toEqual(Array(10).fill('yes'));
		expect(report.verdict.vm).toMatchObject({ answer: 'yes', kind: 'kvm' });
		expect(report.verdict.container.answer).toBe('no');
		expect(ids(report, 'container', 'for')).toEqual(['dockerenv', 'detect-virt-container']);
		expect(ids(report, 'container', 'against')).toEqual(['ns-pid-initial', 'ns-mnt-initial']);
		// PID 1's name says nothing about containers when PID 1 is the kernel's own first process.
		expect(ids(report, 'container', 'for')).not.toContain('pid1-not-init');
		const notes = report.notes.join('\n');
		expect(notes).toMatch(/Even root can be refused/);
		expect(notes).toMatch(/nothing isolates it/);
		expect(notes).toMatch(/"process_api", not a full init/);
	});

	it('markers without kernel evidence make a container "likely", and nothing at all "unknown"', () => {
		const probe = fixture('docker-on-vm');
		// As if on a kernel where the links read oddly (gVisor numbers them its own way).
		probe.selfNs = Object.fromEntries(Object.keys(probe.selfNs).map((type) => [type, { value: `${type.replace(/_for_children$/, '')}:[7]` }]));
		probe.pid1Ns = {};
		expect(buildReport(probe).verdict.container).toMatchObject({ answer: 'likely', kind: 'docker' });
		const bare = { ...probe, exists: { ...probe.exists, dockerenv: false }, pid1Comm: null };
		expect(buildReport(bare).verdict.container).toEqual({ answer: 'unknown', evidence: [] });
	});

	it('a PID namespace with no runtime markers is a sandbox, "likely" a container', () => {
		const probe = fixture('docker-on-vm');
		probe.exists.dockerenv = false;
		probe.pid1Comm = 'systemd';
		expect(buildReport(probe).verdict.container).toMatchObject({ answer: 'likely', kind: 'sandbox' });
	});

	it('absence of VM evidence is hedged: one sign against is "unlikely", none is "unknown"', () => {
		const probe = fixture('bare-metal');
		probe.detectVirt = { vm: null, container: null };
		probe.dmi = { sysVendor: null, productName: null, boardVendor: null };
		expect(buildReport(probe).verdict.vm.answer).toBe('unlikely');
		expect(buildReport({ ...probe, cpuFlags: null }).verdict.vm).toEqual({ answer: 'unknown', evidence: [] });
	});

	it('an EC2 bare-metal instance carries Amazon\'s name but is no VM', () => {
		const probe = fixture('bare-metal');
		probe.dmi = { sysVendor: 'Amazon EC2', productName: 'm5.metal', boardVendor: 'Amazon EC2' };
		expect(buildReport(probe).verdict.vm.answer).toBe('no');
	});

	it('every fixture survives a JSON round trip unchanged', () => {
		for (const name of ALL) {
			const report = buildReport(fixture(name));
			expect(JSON.parse(JSON.stringify(report)), name).toEqual(report);
		}
	});
});

describe('text for the terminal and for learners', () => {
	it('every line fits 80 columns for the terminal and 79 for the app', () => {
		for (const name of ALL) {
			const report = buildReport(fixture(name));
			for (const line of formatReport(report)) expect(textWidth(line), `${name}: ${line}`).toBeLessThanOrEqual(80);
			for (const line of reportLines(report, 79)) expect(textWidth(line.text), `${name}: ${line.text}`).toBeLessThanOrEqual(79);
		}
	});

	it('every explanation is one short sentence, under 70 columns', () => {
		const explanations = new Set<string>();
		for (const name of ALL) for (const line of reportLines(buildReport(fixture(name)))) if (line.explanation) explanations.add(line.explanation);
		for (const type of ['cgroup', 'ipc', 'mnt', 'net', 'pid', 'pid_for_children', 'time', 'time_for_children', 'user', 'uts', 'new_kind']) explanations.add(explainNamespace(type));
		const every: EvidenceId[] = [
			'cpu-hypervisor', 'cpu-no-hypervisor', 'dmi-vm', 'dmi-hardware', 'detect-virt-vm', 'detect-virt-vm-none', 'sys-hypervisor',
			'wsl2-hyperv', 'dockerenv', 'containerenv', 'flatpak-info', 'container-env', 'kubernetes-env', 'cgroup-runtime',
			'detect-virt-container', 'detect-virt-container-none', 'pid1-not-init', 'pid1-container-init', 'pid1-full-init',
			'ns-pid-not-initial', 'ns-user-not-initial', 'ns-pid-initial', 'ns-mnt-initial', 'ns-mnt-same-as-init',
			'ns-differs-from-pid1', 'wsl-kernel', 'wsl-no-kernel-mark', 'wsl-env', 'wsl-interop', 'detect-virt-wsl',
		];
		for (const id of every) explanations.add(explainEvidence(id));
		for (const text of explanations) {
			expect(textWidth(text), text).toBeLessThan(70);
			expect(text, text).toMatch(/^[A-Z'$/a-z].*\.$/);
		}
	});

	it('the table lists every namespace with its inode, whether it is initial, and PID 1', () => {
		const lines = formatReport(buildReport(fixture('docker-on-vm')));
		expect(lines).toContain('  pid                4026532284  no       same');
		expect(lines).toContain('  user               4026531837  yes      same');
		expect(lines).toContain('  net                4026532286  unknown  same');
		expect(lines).toContain('Container  yes: Docker');
		expect(lines).toContain('  + /.dockerenv exists');
		const vm = formatReport(buildReport(fixture('kvm-vm')));
		expect(vm).toContain('  mnt                4026531841  unknown  unreadable (EACCES)');
		expect(vm).toContain('VM         yes: KVM');
	});
});

describe('the real probe, on whatever machine runs the tests', () => {
	it('returns a report without throwing, quickly, listing every entry of /proc/self/ns', () => {
		const started = performance.now();
		const probe = probeHost();
		const report = buildReport(probe);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(report.platform).toBe(process.platform);
		expect(['yes', 'likely', 'unlikely', 'no', 'unknown']).toContain(report.verdict.container.answer);
		expect(['yes', 'likely', 'unlikely', 'no', 'unknown']).toContain(report.verdict.vm.answer);
		expect(formatReport(report).length).toBeGreaterThan(3);
		if (process.platform !== 'linux') return;
		const names = readdirSync('/proc/self/ns').sort();
		expect(report.namespaces.map((n) => n.type)).toEqual(names);
		for (const entry of report.namespaces) {
			expect(Number.isInteger(entry.inode), entry.type).toBe(true);
			// The vitest worker and the probe are one process, so the links must agree.
			expect(readlinkSync(`/proc/self/ns/${entry.type}`)).toBe(`${entry.kind}:[${entry.inode}]`);
		}
		expect(['v1', 'v2', 'hybrid', 'unknown']).toContain(report.cgroup.version);
	});
});

describe('text read from the machine is escaped before display', () => {
	// A container's PID 1 names itself; a hostile one could set the title, clear the screen or flip text.
	const hostile = (): HostProbe => {
		const probe = fixture('docker-on-vm');
		probe.pid1Comm = 'evil\u001b]0;pwned\u0007\u001b[2J\u202etxt';
		probe.cgroup = { value: '0::/docker/\u001b[31mred\u009b0m\n' };
		probe.osRelease = 'NAME="x\u001b[5m"';
		probe.procVersion = `Linux version 6.1.0\u001b]8;;http://e\u0007 (gcc)`;
		return probe;
	};
	const RAW = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

	it('in the text report and the lab lines: control and bidi characters shown as \\u escapes', () => {
		const report = buildReport(hostile());
		const text = formatReport(report).join('\n');
		for (const line of formatReport(report)) expect(line).not.toMatch(RAW);
		for (const line of reportLines(report, 79)) {
			expect(line.text).not.toMatch(RAW);
			expect(line.explanation ?? '').not.toMatch(RAW);
		}
		expect(text).toContain('PID 1 is "evil\\u001b]0;pwned\\u0007\\u001b[2J\\u202etxt"');
		expect(text).toContain('/docker/\\u001b[31mred\\u009b0m');
	});

	it('the report itself keeps the raw values, for --json (which escapes them as JSON)', () => {
		const report = buildReport(hostile());
		expect(JSON.stringify(report)).toContain('\\u001b]0;pwned');
	});
});
