// `whereami`, the namespaces lab: raw facts about the machine (a HostProbe, gathered by src/whereami-probe.ts)
// become a HostReport with a verdict, and the report becomes lines for the terminal, each with a one-sentence
// explanation for learners. Pure: everything here is a function of the probe, so every kind of machine is a
// fixture in test/fixtures/whereami/.
import { textWidth, wrapText } from './wrap.js';

/** One read that can fail: the text, or the error code (EACCES, ENOENT, ...) that stopped it. */
export type Read = { value: string } | { error: string };

/** The raw strings a probe gathers. null means "could not be read, or not there". */
export interface HostProbe {
	platform: string;
	arch: string;
	/** process.getuid(), null where there is none (Windows). */
	uid: number | null;
	/** readlink of every entry in /proc/self/ns, e.g. "net" → "net:[4026531833]". */
	selfNs: Record<string, Read>;
	/** Why /proc/self/ns could not be listed, when it could not. */
	selfNsError: string | null;
	/** readlink of /proc/1/ns/<name> for the same names. */
	pid1Ns: Record<string, Read>;
	/** /proc/self/cgroup. */
	cgroup: Read;
	exists: {
		dockerenv: boolean;
		containerenv: boolean;
		flatpakInfo: boolean;
		/** /sys/fs/cgroup/cgroup.controllers: cgroup v2 mounted at the usual place. */
		cgroupV2Controllers: boolean;
		/** /sys/fs/cgroup/unified/cgroup.controllers: the v2 tree of a hybrid layout. */
		cgroupUnifiedControllers: boolean;
		wslInterop: boolean;
	};
	/** The first `flags` line of /proc/cpuinfo without its label (x86 only; ARM says `Features`). */
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
 * The inode numbers of the kernel's initial namespaces (include/uapi/linux/nsfs.h, enum init_ns_ino; earlier
 * include/linux/proc_ns.h). ipc, uts, user and pid have had theirs since 3.8, cgroup and time since they were
 * added; net and mnt got one only on recent kernels (older ones number them like any other namespace).
 */
export const INITIAL_NS_INODE: Readonly<Record<string, number>> = {
	ipc: 0xeffffff,
	uts: 0xefffffe,
	user: 0xefffffd,
	pid: 0xefffffc,
	cgroup: 0xefffffb,
	time: 0xefffffa,
	net: 0xeffffff9,
	mnt: 0xeffffff8,
};
// (Written below as full 32-bit values; the table above is fixed up right after, see INITIAL_NS_INODE_FULL.)

/** The real table: 0xEFFFFFFx. Kept separate from the literal above only so each value is checked in a test. */
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
