// `whereami`, the namespaces lab: raw facts about the machine (a HostProbe, gathered by src/whereami-probe.ts)
// become a HostReport with a verdict, and the report becomes lines for the terminal, each with a one-sentence
// explanation for learners. Pure: everything here is a function of the probe, so every kind of machine can be
// a fixture (test/fixtures/whereami/).
import { escapeStrings } from './escape.js';
import { t } from './i18n/messages.js';
import { textWidth, wrapText } from './wrap.js';

/** One read that can fail: the text, or the error code (EACCES, ENOENT, ...) that stopped it. */
export type Read = { value: string } | { error: string };

/** The raw strings a probe gathers. null means "could not be read, or is not there". */
export interface HostProbe {
	platform: string;
	arch: string;
	/** process.getuid(), null where there is none (Windows). */
	uid: number | null;
	/** readlink of every entry in /proc/self/ns, e.g. "net" → "net:[4026531833]". */
	selfNs: Record<string, Read>;
	/** Why /proc/self/ns could not be listed, when it could not. */
	selfNsError: string | null;
	/** readlink of /proc/1/ns/<name>, for the same names. */
	pid1Ns: Record<string, Read>;
	/** /proc/self/cgroup. */
	cgroup: Read;
	exists: {
		dockerenv: boolean;
		containerenv: boolean;
		flatpakInfo: boolean;
		/** /sys/fs/cgroup/cgroup.controllers: cgroup v2 mounted in the usual place. */
		cgroupV2Controllers: boolean;
		/** /sys/fs/cgroup/unified/cgroup.controllers: the v2 tree of a hybrid layout. */
		cgroupUnifiedControllers: boolean;
		wslInterop: boolean;
	};
	/** The first `flags` line of /proc/cpuinfo without its label (x86 only; ARM lists `Features`). */
	cpuFlags: string | null;
	dmi: { sysVendor: string | null; productName: string | null; boardVendor: string | null };
	/** /sys/hypervisor/type (Xen guests). */
	hypervisorType: string | null;
	/** Output of `systemd-detect-virt --vm` / `--container`; null when it is not installed or failed. */
	detectVirt: { vm: string | null; container: string | null };
	procVersion: string | null;
	osRelease: string | null;
	/** This process's own environment; PID 1's is not readable without privileges. */
	env: { container?: string; WSL_DISTRO_NAME?: string; KUBERNETES_SERVICE_HOST?: string };
	/** /proc/1/comm. */
	pid1Comm: string | null;
}

/**
 * Inode numbers of the kernel's initial namespaces: include/uapi/linux/nsfs.h (enum init_ns_ino), earlier
 * include/linux/proc_ns.h (PROC_*_INIT_INO). ipc, uts, user and pid have had theirs since Linux 3.8, cgroup
 * and time since those namespaces were added; net and mnt only on recent kernels (older ones number the
 * initial net and mnt namespaces like any other).
 */
export const INITIAL_INODE: Readonly<Record<string, number>> = {
	ipc: 0xefffffff,
	uts: 0xeffffffe,
	user: 0xeffffffd,
	pid: 0xeffffffc,
	cgroup: 0xeffffffb,
	time: 0xeffffffa,
	net: 0xeffffff9,
	mnt: 0xeffffff8,
};

/** Kinds whose initial namespace has always had a fixed number, so any other number means "not initial". */
const ALWAYS_FIXED = new Set(['ipc', 'uts', 'user', 'pid', 'cgroup', 'time']);

/** Every namespace created after boot gets a number from here up (fs/proc/generic.c, PROC_DYNAMIC_FIRST). */
export const DYNAMIC_INODE_FIRST = 0xf0000000;

export type Pid1Namespace = { inode: number } | { unreadable: string };

export interface NamespaceEntry {
	/** The entry in /proc/self/ns: pid, pid_for_children, ... */
	type: string;
	/** The namespace kind its link names: pid_for_children links to a `pid` namespace. */
	kind: string;
	inode: number | null;
	/** Why this process's own link could not be read. */
	error?: string;
	/** Whether this is the kernel's initial namespace of its kind, where the inode number can tell. */
	initial: 'yes' | 'no' | 'unknown';
	pid1: Pid1Namespace;
	/** Same namespace as PID 1's; absent when PID 1's could not be read. */
	same?: boolean;
}

export type CgroupVersion = 'v1' | 'v2' | 'hybrid' | 'unknown';

export interface CgroupHierarchy {
	id: number;
	controllers: string[];
	path: string;
}

export interface CgroupReport {
	version: CgroupVersion;
	hierarchies: CgroupHierarchy[];
	/** The distinct paths, in the order they first appear. */
	paths: string[];
	/** A container runtime's naming in a path (docker-<id>.scope, /kubepods/..., libpod-<id>, ...). */
	runtimeHint?: { runtime: string; path: string };
	error?: string;
}

export type Answer = 'yes' | 'likely' | 'unlikely' | 'no' | 'unknown';

export type EvidenceId =
	| 'cpu-hypervisor'
	| 'cpu-no-hypervisor'
	| 'dmi-vm'
	| 'dmi-hardware'
	| 'detect-virt-vm'
	| 'detect-virt-vm-none'
	| 'sys-hypervisor'
	| 'wsl2-hyperv'
	| 'dockerenv'
	| 'containerenv'
	| 'flatpak-info'
	| 'container-env'
	| 'kubernetes-env'
	| 'cgroup-runtime'
	| 'detect-virt-container'
	| 'detect-virt-container-none'
	| 'pid1-not-init'
	| 'pid1-container-init'
	| 'pid1-full-init'
	| 'ns-pid-not-initial'
	| 'ns-user-not-initial'
	| 'ns-pid-initial'
	| 'ns-mnt-initial'
	| 'ns-mnt-same-as-init'
	| 'ns-differs-from-pid1'
	| 'wsl-kernel'
	| 'wsl-no-kernel-mark'
	| 'wsl-env'
	| 'wsl-interop'
	| 'detect-virt-wsl';

export interface Evidence {
	id: EvidenceId;
	/** Whether it speaks for or against the answer's question ("is this a VM?", "a container?", "WSL?"). */
	stance: 'for' | 'against';
	text: string;
}

export interface VerdictPart {
	answer: Answer;
	/** What kind, when known: kvm, vmware, docker, podman, kubernetes, wsl2, ... */
	kind?: string;
	evidence: Evidence[];
}

export interface Verdict {
	vm: VerdictPart;
	container: VerdictPart;
	wsl: VerdictPart;
}

export interface HostReport {
	platform: string;
	arch: string;
	kernel: string | null;
	uid: number | null;
	namespaces: NamespaceEntry[];
	namespacesError?: string;
	cgroup: CgroupReport;
	verdict: Verdict;
	/** One-line summary of the verdict. */
	summary: string;
	/** What the evidence cannot show, and why; for learners. */
	notes: string[];
}

const valueOf = (read: Read): string | null => ('value' in read ? read.value : null);

function parseNsLink(link: string): { kind: string; inode: number } | null {
	const match = /^([a-z_]+):\[(\d+)\]$/.exec(link.trim());
	return match ? { kind: match[1]!, inode: Number(match[2]) } : null;
}

function initialState(kind: string, inode: number | null): NamespaceEntry['initial'] {
	if (inode === null) return 'unknown';
	const fixed = INITIAL_INODE[kind];
	if (fixed === undefined) return 'unknown';
	if (inode === fixed) return 'yes';
	// A dynamic number can never be an initial namespace of a kind whose initial one is numbered fixed.
	if (inode >= DYNAMIC_INODE_FIRST && ALWAYS_FIXED.has(kind)) return 'no';
	return 'unknown';
}

export function readNamespaces(probe: HostProbe): NamespaceEntry[] {
	return Object.keys(probe.selfNs)
		.sort()
		.map((type) => {
			const own = probe.selfNs[type]!;
			const parsed = 'value' in own ? parseNsLink(own.value) : null;
			const kind = parsed?.kind ?? type.replace(/_for_children$/, '');
			const inode = parsed?.inode ?? null;
			const other = probe.pid1Ns[type];
			const otherParsed = other && 'value' in other ? parseNsLink(other.value) : null;
			const pid1: Pid1Namespace = otherParsed ? { inode: otherParsed.inode } : { unreadable: other && 'error' in other ? other.error : 'unknown' };
			const entry: NamespaceEntry = { type, kind, inode, initial: initialState(kind, inode), pid1 };
			if ('error' in own) entry.error = own.error;
			else if (!parsed) entry.error = t().core.whereami.layout.unexpectedLink(own.value);
			if (inode !== null && 'inode' in pid1) entry.same = inode === pid1.inode;
			return entry;
		});
}

/** A container runtime's naming in a cgroup path; the order matters (a Kubernetes pod's path names containerd too). */
const RUNTIME_PATHS: { runtime: string; pattern: RegExp }[] = [
	{ runtime: 'kubernetes', pattern: /kubepods/ },
	{ runtime: 'podman', pattern: /libpod[-_]|\/libpod_parent\// },
	{ runtime: 'docker', pattern: /docker-[0-9a-f]{12,}\.scope|\/docker\/[0-9a-f]{12,}/ },
	{ runtime: 'lxc', pattern: /lxc\.payload|\/lxc\/[^/]+/ },
	{ runtime: 'cri-o', pattern: /crio-[0-9a-f]{12,}/ },
	{ runtime: 'containerd', pattern: /containerd/ },
];

export function readCgroup(probe: HostProbe): CgroupReport {
	const text = valueOf(probe.cgroup);
	if (text === null) return { version: 'unknown', hierarchies: [], paths: [], error: 'error' in probe.cgroup ? probe.cgroup.error : 'unreadable' };
	const hierarchies: CgroupHierarchy[] = [];
	for (const line of text.split('\n')) {
		// hierarchy-ID:controller-list:path, and the path itself may contain colons.
		const match = /^(\d+):([^:]*):(.*)$/.exec(line.trim());
		if (!match) continue;
		hierarchies.push({ id: Number(match[1]), controllers: match[2] ? match[2].split(',') : [], path: match[3]! });
	}
	const unified = hierarchies.some((h) => h.id === 0 && h.controllers.length === 0);
	const numbered = hierarchies.some((h) => h.id !== 0);
	let version: CgroupVersion = 'unknown';
	// Recent kernels print the `0::` line even when no v2 tree is mounted, so it makes a hybrid only if one is.
	if (numbered) version = unified && (probe.exists.cgroupUnifiedControllers || probe.exists.cgroupV2Controllers) ? 'hybrid' : 'v1';
	else if (unified) version = 'v2';
	const paths = [...new Set(hierarchies.map((h) => h.path))];
	const report: CgroupReport = { version, hierarchies, paths };
	for (const { runtime, pattern } of RUNTIME_PATHS) {
		const path = paths.find((p) => pattern.test(p));
		if (path) {
			report.runtimeHint = { runtime, path };
			break;
		}
	}
	return report;
}

/** DMI names a hypervisor puts in the firmware tables it emulates; matched without regard to case. */
const VM_VENDORS: { kind: string; vendor?: RegExp; product?: RegExp }[] = [
	{ kind: 'kvm', product: /^KVM/i },
	{ kind: 'qemu', vendor: /^QEMU/i },
	{ kind: 'vmware', vendor: /^VMware/i },
	{ kind: 'virtualbox', vendor: /^innotek GmbH/i },
	{ kind: 'virtualbox', product: /^VirtualBox/i },
	{ kind: 'hyperv', vendor: /^Microsoft Corporation/i, product: /Virtual Machine/i },
	{ kind: 'xen', vendor: /^Xen/i },
	{ kind: 'amazon', vendor: /^Amazon EC2/i },
	{ kind: 'google', vendor: /^Google/i, product: /Google Compute Engine/i },
	{ kind: 'parallels', vendor: /^Parallels/i },
	{ kind: 'bhyve', vendor: /^BHYVE/i },
	{ kind: 'openstack', product: /^OpenStack/i },
];

function dmiVm(dmi: HostProbe['dmi']): string | null {
	const vendors = [dmi.sysVendor, dmi.boardVendor].filter((v): v is string => !!v);
	const product = dmi.productName ?? '';
	// EC2 bare-metal instances (m5.metal, ...) carry Amazon's name but run on no hypervisor.
	if (vendors.some((v) => /^Amazon EC2/i.test(v)) && /\.metal/i.test(product)) return null;
	for (const { kind, vendor, product: productPattern } of VM_VENDORS) {
		const vendorOk = !vendor || vendors.some((v) => vendor.test(v));
		const productOk = !productPattern || productPattern.test(product);
		if (vendorOk && productOk && (vendor || productPattern)) return kind;
	}
	return null;
}

const dmiText = (dmi: HostProbe['dmi']) =>
	[dmi.sysVendor, dmi.productName].filter(Boolean).join(' / ') || (dmi.boardVendor ?? '');

function isWsl2Kernel(probe: HostProbe): boolean {
	return /microsoft-standard|WSL2/i.test(`${probe.osRelease ?? ''} ${probe.procVersion ?? ''}`);
}

function vmVerdict(probe: HostProbe, wsl: VerdictPart): VerdictPart {
	const evidence: Evidence[] = [];
	const say = t().core.whereami.evidence;
	let kind: string | undefined;
	const flags = probe.cpuFlags?.split(/\s+/) ?? null;
	if (flags?.includes('hypervisor')) evidence.push({ id: 'cpu-hypervisor', stance: 'for', text: say.cpuHypervisor });
	else if (flags) evidence.push({ id: 'cpu-no-hypervisor', stance: 'against', text: say.cpuNoHypervisor });
	const dmiKind = dmiVm(probe.dmi);
	if (dmiKind) evidence.push({ id: 'dmi-vm', stance: 'for', text: `DMI: ${dmiText(probe.dmi)}` });
	else if (probe.dmi.sysVendor || probe.dmi.boardVendor) evidence.push({ id: 'dmi-hardware', stance: 'against', text: say.dmiHardware(dmiText(probe.dmi)) });
	const detected = probe.detectVirt.vm;
	if (detected && detected !== 'none') {
		evidence.push({ id: 'detect-virt-vm', stance: 'for', text: `systemd-detect-virt --vm: ${detected}` });
		kind = detected;
	} else if (detected === 'none') evidence.push({ id: 'detect-virt-vm-none', stance: 'against', text: 'systemd-detect-virt --vm: none' });
	if (probe.hypervisorType) {
		evidence.push({ id: 'sys-hypervisor', stance: 'for', text: `/sys/hypervisor/type: ${probe.hypervisorType}` });
		kind ??= probe.hypervisorType;
	}
	if (wsl.answer === 'yes' && wsl.kind === 'wsl2') {
		evidence.push({ id: 'wsl2-hyperv', stance: 'for', text: say.wsl2HyperV });
		kind ??= 'hyperv';
	}
	kind ??= dmiKind ?? undefined;
	const forCount = evidence.filter((e) => e.stance === 'for').length;
	const againstCount = evidence.length - forCount;
	// A hypervisor can hide the CPUID bit and fake DMI, so without a sign of one the answer stays hedged.
	const answer: Answer = forCount > 0 ? 'yes' : againstCount >= 2 ? 'no' : againstCount === 1 ? 'unlikely' : 'unknown';
	return kind && forCount > 0 ? { answer, kind, evidence } : { answer, evidence };
}

/** PID 1 names that are a full init: the kind that boots a host, a VM, or a system container. */
const FULL_INITS = new Set(['systemd', 'init', 'openrc-init', 'runit', 'runit-init', 's6-svscan', 'upstart', 'busybox']);
/** Tiny inits made to be PID 1 of an application container. */
const CONTAINER_INITS = new Set(['tini', 'docker-init', 'dumb-init', 'catatonit', 'pause', 'runc:[2:INIT]']);

function containerVerdict(probe: HostProbe, namespaces: NamespaceEntry[], cgroup: CgroupReport): VerdictPart {
	const markers: Evidence[] = [];
	const say = t().core.whereami.evidence;
	const kernel: Evidence[] = [];
	const against: Evidence[] = [];
	const kinds: string[] = [];
	if (probe.env.KUBERNETES_SERVICE_HOST) {
		markers.push({ id: 'kubernetes-env', stance: 'for', text: say.variableSet('KUBERNETES_SERVICE_HOST') });
		kinds.push('kubernetes');
	}
	if (probe.exists.containerenv) {
		markers.push({ id: 'containerenv', stance: 'for', text: say.exists('/run/.containerenv') });
		kinds.push('podman');
	}
	if (probe.exists.dockerenv) {
		markers.push({ id: 'dockerenv', stance: 'for', text: say.exists('/.dockerenv') });
		kinds.push('docker');
	}
	if (probe.exists.flatpakInfo) {
		markers.push({ id: 'flatpak-info', stance: 'for', text: say.exists('/.flatpak-info') });
		kinds.push('flatpak');
	}
	if (probe.env.container) {
		markers.push({ id: 'container-env', stance: 'for', text: say.variableIs('$container', probe.env.container) });
		kinds.push(probe.env.container);
	}
	if (cgroup.runtimeHint) {
		markers.push({ id: 'cgroup-runtime', stance: 'for', text: say.cgroupRuntime(cgroup.runtimeHint.runtime, cgroup.runtimeHint.path) });
		kinds.push(cgroup.runtimeHint.runtime);
	}
	const detected = probe.detectVirt.container;
	// systemd-detect-virt counts WSL as a container; here it is evidence for WSL instead.
	if (detected && detected !== 'none' && detected !== 'wsl') {
		markers.push({ id: 'detect-virt-container', stance: 'for', text: `systemd-detect-virt --container: ${detected}` });
		kinds.push(detected);
	} else if (detected === 'none') against.push({ id: 'detect-virt-container-none', stance: 'against', text: 'systemd-detect-virt --container: none' });

	const ns = (kind: string) => namespaces.find((n) => n.type === kind);
	const pid = ns('pid');
	const user = ns('user');
	const mnt = ns('mnt');
	if (pid?.initial === 'no') kernel.push({ id: 'ns-pid-not-initial', stance: 'for', text: say.notInitial('pid', pid.inode) });
	if (user?.initial === 'no') kernel.push({ id: 'ns-user-not-initial', stance: 'for', text: say.notInitial('user', user.inode) });
	const differs = namespaces.filter((n) => n.same === false).map((n) => n.type);
	if (differs.length) kernel.push({ id: 'ns-differs-from-pid1', stance: 'for', text: say.notSharedWithPid1(differs) });
	if (pid?.initial === 'yes') against.push({ id: 'ns-pid-initial', stance: 'against', text: say.initial('pid', pid.inode) });
	if (mnt?.initial === 'yes') against.push({ id: 'ns-mnt-initial', stance: 'against', text: say.initial('mnt', mnt.inode) });
	// In the initial PID namespace, PID 1 is the host's own init, so sharing its mounts means sharing the host's.
	else if (pid?.initial === 'yes' && mnt?.same === true) against.push({ id: 'ns-mnt-same-as-init', stance: 'against', text: say.mntSameAsInit });

	// PID 1's name only speaks for a container when PID 1 is not the kernel's own first process.
	const comm = probe.pid1Comm?.trim();
	if (comm && pid?.initial !== 'yes') {
		if (CONTAINER_INITS.has(comm)) markers.push({ id: 'pid1-container-init', stance: 'for', text: say.pid1ContainerInit(comm) });
		else if (FULL_INITS.has(comm)) against.push({ id: 'pid1-full-init', stance: 'against', text: say.pid1FullInit(comm) });
		else markers.push({ id: 'pid1-not-init', stance: 'for', text: say.pid1NotInit(comm) });
	} else if (comm && FULL_INITS.has(comm)) against.push({ id: 'pid1-full-init', stance: 'against', text: say.pid1FullInit(comm) });

	const hostNamespaces = pid?.initial === 'yes' && (mnt?.initial === 'yes' || mnt?.same === true);
	const isolated = pid?.initial === 'no' || user?.initial === 'no' || differs.length > 0;
	let answer: Answer;
	if (hostNamespaces) answer = 'no';
	else if (isolated) answer = markers.length ? 'yes' : 'likely';
	else if (pid?.initial === 'yes') answer = markers.length ? 'likely' : 'no';
	else answer = markers.length ? 'likely' : 'unknown';
	const evidence = [...markers, ...kernel, ...against];
	const kind = kinds[0] ?? (isolated ? 'sandbox' : undefined);
	return kind && (answer === 'yes' || answer === 'likely') ? { answer, kind, evidence } : { answer, evidence };
}

function wslVerdict(probe: HostProbe): VerdictPart {
	const evidence: Evidence[] = [];
	const say = t().core.whereami.evidence;
	const kernelText = `${probe.osRelease ?? ''} ${probe.procVersion ?? ''}`;
	const kernelMarked = /microsoft|WSL/i.test(kernelText);
	if (kernelMarked) evidence.push({ id: 'wsl-kernel', stance: 'for', text: say.kernel(probe.osRelease ?? probe.procVersion) });
	else if (probe.osRelease || probe.procVersion) evidence.push({ id: 'wsl-no-kernel-mark', stance: 'against', text: say.noWslKernelMark });
	if (probe.env.WSL_DISTRO_NAME) evidence.push({ id: 'wsl-env', stance: 'for', text: say.variableIs('WSL_DISTRO_NAME', probe.env.WSL_DISTRO_NAME) });
	if (probe.exists.wslInterop) evidence.push({ id: 'wsl-interop', stance: 'for', text: say.exists('/proc/sys/fs/binfmt_misc/WSLInterop') });
	if (probe.detectVirt.container === 'wsl') evidence.push({ id: 'detect-virt-wsl', stance: 'for', text: 'systemd-detect-virt --container: wsl' });
	const found = evidence.some((e) => e.stance === 'for');
	if (!found) return { answer: probe.platform !== 'linux' || kernelText.trim() ? 'no' : 'unknown', evidence };
	// WSL 1 has no Linux kernel: it translates system calls, and its release string ends in "-Microsoft".
	return { answer: 'yes', kind: isWsl2Kernel(probe) ? 'wsl2' : kernelMarked ? 'wsl1' : 'wsl', evidence };
}

const KIND_NAMES: Record<string, string> = {
	kvm: 'KVM',
	qemu: 'QEMU',
	vmware: 'VMware',
	oracle: 'VirtualBox',
	virtualbox: 'VirtualBox',
	microsoft: 'Hyper-V',
	hyperv: 'Hyper-V',
	xen: 'Xen',
	amazon: 'Amazon EC2',
	google: 'Google Compute Engine',
	parallels: 'Parallels',
	bhyve: 'bhyve',
	openstack: 'OpenStack',
	docker: 'Docker',
	podman: 'Podman',
	kubernetes: 'Kubernetes',
	lxc: 'LXC',
	'systemd-nspawn': 'systemd-nspawn',
	containerd: 'containerd',
	'cri-o': 'CRI-O',
	flatpak: 'Flatpak',
	wsl1: 'WSL 1',
	wsl2: 'WSL 2',
	wsl: 'WSL',
};

/** A kind as the learner reads it: a product's name, or (sandbox, unknown) a word in the run's language. */
export function kindName(kind: string): string {
	if (kind === 'sandbox' || kind === 'unknown') return t().core.whereami.kind[kind];
	return KIND_NAMES[kind] ?? kind;
}

function summarize(platform: string, verdict: Verdict): string {
	const say = t().core.whereami.summary;
	if (platform !== 'linux') {
		const name = platform === 'darwin' ? 'macOS' : platform === 'win32' ? 'Windows' : platform;
		return say.notLinux(name);
	}
	const { vm, container, wsl } = verdict;
	const vmPart =
		vm.answer === 'yes'
			? say.vm(vm.kind ? kindName(vm.kind) : undefined)
			: vm.answer === 'no' || vm.answer === 'unlikely'
				? say.bareMetal
				: say.maybeVm;
	const where = wsl.answer === 'yes' ? say.wsl(kindName(wsl.kind ?? 'wsl'), wsl.kind !== 'wsl1') : vmPart;
	const probably = vm.answer === 'unlikely';
	if (container.answer === 'yes') return say.container(kindName(container.kind ?? 'unknown'), where, probably);
	if (container.answer === 'likely') return say.likelyContainer(kindName(container.kind ?? 'unknown'), where, probably);
	if (container.answer === 'unknown') return say.unknownContainer(where, probably);
	return say.noContainer(where, probably);
}

function notesFor(probe: HostProbe, report: Omit<HostReport, 'notes' | 'summary'>): string[] {
	const notes: string[] = [];
	const say = t().core.whereami.notes;
	if (probe.platform !== 'linux') {
		if (probe.platform === 'darwin') notes.push(say.macNoNamespaces, say.macDockerDesktop);
		else if (probe.platform === 'win32') notes.push(say.windowsNoNamespaces, say.windowsContainers);
		else notes.push(say.otherPlatform(probe.platform));
		notes.push(say.runInLinux);
		return notes;
	}
	const unreadable = report.namespaces.filter((n) => 'unreadable' in n.pid1).map((n) => ('unreadable' in n.pid1 ? n.pid1.unreadable : ''));
	if (unreadable.length) {
		notes.push(say.pid1Unreadable([...new Set(unreadable)], probe.uid === 0));
	}
	const pid = report.namespaces.find((n) => n.type === 'pid');
	if (pid?.initial === 'no' && report.namespaces.some((n) => n.same === true)) {
		notes.push(say.ownPid1);
	}
	const guessable = report.namespaces.filter((n) => (n.kind === 'net' || n.kind === 'mnt') && n.initial === 'unknown' && n.inode !== null);
	if (guessable.length) {
		notes.push(say.netMntByNumber(guessable.map((n) => n.type)));
	}
	const { container, vm } = report.verdict;
	const markers = container.evidence.filter((e) => e.stance === 'for' && !e.id.startsWith('ns-'));
	if (container.answer === 'no' && markers.length) {
		notes.push(say.markersWithoutIsolation);
	}
	if (pid?.initial === 'yes' && probe.pid1Comm && !FULL_INITS.has(probe.pid1Comm.trim())) {
		notes.push(say.pid1NotFullInit(probe.pid1Comm.trim()));
	}
	if (report.cgroup.paths.length === 1 && report.cgroup.paths[0] === '/' && report.cgroup.version === 'v2') {
		notes.push(say.cgroupRoot);
	}
	if ((container.answer === 'yes' || container.answer === 'likely') && vm.evidence.length) {
		notes.push(say.sharedKernel);
	}
	return notes;
}

export function buildReport(probe: HostProbe): HostReport {
	const namespaces = probe.platform === 'linux' ? readNamespaces(probe) : [];
	const cgroup = probe.platform === 'linux' ? readCgroup(probe) : { version: 'unknown' as const, hierarchies: [], paths: [] };
	const wsl = wslVerdict(probe);
	const verdict: Verdict =
		probe.platform === 'linux'
			? { vm: vmVerdict(probe, wsl), container: containerVerdict(probe, namespaces, cgroup), wsl }
			: {
					vm: { answer: 'unknown', evidence: [] },
					// macOS has no container feature in its kernel; Windows and the BSDs do (Windows containers, jails).
					container: { answer: probe.platform === 'darwin' ? 'no' : 'unknown', evidence: [] },
					wsl,
				};
	const base = {
		platform: probe.platform,
		arch: probe.arch,
		kernel: probe.osRelease,
		uid: probe.uid,
		namespaces,
		...(probe.platform === 'linux' && probe.selfNsError ? { namespacesError: probe.selfNsError } : {}),
		cgroup,
		verdict,
	};
	return { ...base, summary: summarize(probe.platform, verdict), notes: notesFor(probe, base) };
}

// ---- Explanations: one short sentence per line, for a learner (kept under 70 columns). ----

export function explainNamespace(type: string): string {
	const say = t().core.whereami.explain;
	return (say.namespace as Readonly<Record<string, string | undefined>>)[type] ?? say.unknownNamespace;
}

export function explainEvidence(id: EvidenceId): string {
	return t().core.whereami.explain.evidence[id];
}

// ---- Text layout: aligned lines that fit the width (80 for the terminal, 79 in the app). ----

export interface ReportLine {
	text: string;
	/** One short sentence for a learner about this line, when it has one. */
	explanation?: string;
}

/** An error as shown: a code (EACCES) as it is, the words that stand for none in the run's language. */
function errorText(error: string): string {
	const say = t().core.whereami.layout;
	return error === 'unknown' ? say.initial.unknown : error === 'unreadable' ? say.unreadable : error;
}

function pid1Text(entry: NamespaceEntry): string {
	const say = t().core.whereami.layout;
	if ('unreadable' in entry.pid1) return say.unreadableBecause(errorText(entry.pid1.unreadable));
	return entry.same ? say.same : say.different(entry.pid1.inode);
}

/** Word-wraps `text` after a first-line prefix, continuing under the text. */
function hanging(prefix: string, text: string, width: number, explanation?: string): ReportLine[] {
	const indent = ' '.repeat(textWidth(prefix));
	return wrapText(text, Math.max(10, width - indent.length)).map((part, i) => ({
		text: `${i === 0 ? prefix : indent}${part}`,
		...(explanation !== undefined && i === 0 ? { explanation } : {}),
	}));
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - textWidth(text)));

/** The report as lines for the terminal. Every string in it was read from the machine or built from what was
 * (PID 1's name, cgroup paths), so control and bidi characters are escaped first (src/core/escape.ts). */
export function reportLines(unsafe: HostReport, width = 80): ReportLine[] {
	const report = escapeStrings(unsafe);
	const lines: ReportLine[] = [];
	const say = t().core.whereami.layout;
	const why = t().core.whereami.explain;
	const platform = report.platform === 'darwin' ? 'macOS' : report.platform === 'win32' ? 'Windows' : report.platform === 'linux' ? 'Linux' : report.platform;
	const facts = [platform, report.arch, report.kernel ? say.kernel(report.kernel) : '', report.uid !== null ? say.uid(report.uid) : ''].filter(Boolean);
	lines.push(...hanging('', say.title(facts), width));
	lines.push(...hanging('', report.summary, width));
	if (report.platform === 'linux') {
		lines.push({ text: '' });
		if (report.namespacesError) lines.push(...hanging('', say.namespacesUnreadable(report.namespacesError), width));
		else {
			lines.push({ text: say.namespacesHeader, explanation: why.namespaces });
			lines.push({ text: `  ${pad(say.columns.type, 19)}${pad(say.columns.inode, 12)}${pad(say.columns.initial, 9)}${say.columns.pid1}` });
			for (const n of report.namespaces) {
				const inode = n.inode === null ? `(${errorText(n.error ?? 'unreadable')})` : String(n.inode);
				lines.push({ text: `  ${pad(n.type, 19)}${pad(inode, 12)}${pad(say.initial[n.initial], 9)}${pid1Text(n)}`, explanation: explainNamespace(n.type) });
			}
		}
		lines.push({ text: '' });
		const cg = report.cgroup;
		lines.push({ text: say.cgroup(say.cgroupVersion[cg.version], cg.error === undefined ? undefined : errorText(cg.error)), explanation: why.cgroup[cg.version] });
		for (const path of cg.paths) {
			const names = cg.hierarchies.filter((h) => h.path === path).map((h) => (h.id === 0 && h.controllers.length === 0 ? 'v2' : h.controllers.join(',') || `#${h.id}`));
			// Spaces between hierarchies, so a co-mounted pair keeps the kernel's own spelling (cpu,cpuacct).
			lines.push(...hanging('  ', `${path}  (${names.join(' ')})`, width, why.cgroupPath));
		}
	}
	lines.push({ text: '' });
	for (const key of ['vm', 'container', 'wsl'] as const) {
		const part = report.verdict[key];
		const answer = say.answers[part.answer];
		const text = part.kind && (part.answer === 'yes' || part.answer === 'likely') ? say.answerKind(answer, kindName(part.kind)) : answer;
		lines.push({ text: `${pad(say.parts[key], 11)}${text}`, explanation: why.answer[key] });
		for (const e of part.evidence) lines.push(...hanging(`  ${e.stance === 'for' ? '+' : '-'} `, e.text, width, explainEvidence(e.id)));
	}
	if (report.notes.length) {
		lines.push({ text: '' });
		lines.push({ text: say.notes });
		for (const note of report.notes) lines.push(...hanging('  * ', note, width));
	}
	return lines;
}

export function formatReport(report: HostReport, width = 80): string[] {
	return reportLines(report, width).map((line) => line.text);
}
