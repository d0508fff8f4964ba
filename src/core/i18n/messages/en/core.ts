// UI strings that core functions lay out for the screens (feedback, reports, walks, review, whereami), in English.
// Marks (✔ ◐ ✘ ·), numbers and code are added by the functions; a string that takes values is a function of them.
import type { CgroupVersion, EvidenceId } from '../../../whereami.js';

/** What helped the learner to an answer: hints revealed, a second try after a near miss. */
export interface Help {
	hints: number;
	retried: boolean;
}

/** " (after a hint)", " (on a second try)", both, or nothing. */
function helpNote({ hints, retried }: Help): string {
	const parts = [...(hints ? [`after ${hints === 1 ? 'a hint' : `${hints} hints`}`] : []), ...(retried ? ['on a second try'] : [])];
	return parts.length ? ` (${parts.join(', ')})` : '';
}

/** Partial credit of an ordering (neighbouring pairs) or matching (rows) answer. */
export interface PartDetail {
	kind: 'order' | 'pairs';
	right: number;
	total: number;
}

export const core = {
	/** src/core/feedback.ts: after an answer, and a room's timed-out question. */
	feedback: {
		true: 'True',
		false: 'False',
		correct: (help: Help) => `Correct${helpNote(help)}.`,
		partly: (percent: number, detail: PartDetail | undefined, help: Help) =>
			`Partly right: ${percent}% credit${
				detail ? (detail.kind === 'order' ? ` (${detail.right} of ${detail.total} neighbouring pairs in the right order)` : ` (${detail.right} of ${detail.total} pairs right)`) : ''
			}${helpNote(help)}.`,
		notQuite: (help: Help) => `Not quite${helpNote(help)}.`,
		/** Self-graded explain answer; `passed`: at least 75% of its key points. */
		ticked: (v: { ticked: number; total: number; percent: number; aloud: boolean; passed: boolean; help: Help }) =>
			`You ticked ${v.ticked} of ${v.total} key points: ${v.percent}% credit${v.aloud ? ' (answered aloud)' : ''}${helpNote(v.help)}.${v.passed ? '' : ' Under 75%: it comes back in review.'}`,
		youPicked: (choice: string) => `You picked: ${choice}`,
		youMissed: (choices: readonly string[]) => `You missed: ${choices.join('; ')}`,
		answer: (answers: readonly string[]) => `${answers.length > 1 ? 'The answers' : 'The answer'}: ${answers.join('; ')}`,
		yourOrder: 'Your order (✔: comes right after the item above it, as in the right order):',
		rightOrder: 'The right order:',
		pairs: 'The pairs:',
		/** A matching row the learner left without a pick. */
		noPick: '(none)',
		/** Under a wrong matching row: what it should have been. */
		rightPick: (choice: string) => `right: ${choice}`,
		youTyped: (text: string) => `You typed: ${text || '(nothing)'}`,
		/** A right command with options that change nothing here. */
		harmlessExtras: (options: readonly string[], answer: string) =>
			`${options.map((option) => `\`${option}\``).join(', ')} ${options.length === 1 ? 'is' : 'are'} fine, but not what this tests: the answer is ${answer}`,
		alsoAccepted: (forms: readonly string[]) => `Also accepted: ${forms.join('  ·  ')}`,
		untickedPoints: 'Key points you did not tick:',
		source: (title: string) => `Source: ${title}`,
		moreSource: (title: string) => `Also: ${title}`,
		timedOut: 'Time ran out: no answer.',
		modelAnswer: (text: string) => `A model answer: ${text}`,
	},
	/** src/core/walk.ts: route mode. */
	walk: {
		right: (next: string, actor: string) => `Right: ${next}. ${actor}`,
		/** A distractor's own feedback, then the right next hop. */
		distractor: (feedback: string, next: string) => `${feedback} Next is: ${next}.`,
		/** A real hop of the walk, picked too early or too late. */
		notYet: (v: { picked: string; hop: number; already: boolean; next: string }) =>
			`Not yet: ${v.picked} is on this path, but ${v.already ? `the packet has already been there (hop ${v.hop})` : `it comes later, at hop ${v.hop}`}. Next is: ${v.next}.`,
		whatNext: 'What happens next?',
		whereNext: 'Where does the packet go next?',
	},
	/** src/core/question-layout.ts and src/core/explain.ts: the quiz and explain screens' text. */
	question: {
		retry: (difference: string) => `${difference} Edit it and press Enter again (this answer will count as a second try).`,
		hint: (n: number, text: string) => `Hint ${n}: ${text}`,
		/** The window of lines shown, in a "more" marker. */
		lines: (from: number, to: number, count: number) => `lines ${from}-${to} of ${count}`,
		moreBoth: (what: string, range: string) => `↑↓ more: PgUp/PgDn scroll ${what} (${range})`,
		moreBelow: (range: string) => `↓ more below: PgDn (${range})`,
		moreAbove: (range: string) => `↑ more above: PgUp (${range})`,
		/** What a window holds, for moreBoth. */
		theQuestion: 'the question',
		theAnswers: 'the answers',
		gradeHeader: 'Tick the key points you made (Space). A suggested tick only means your words contain its terms: check it.',
		gradeHeaderAloud: 'Tick the key points you said (Space).',
		suggested: (text: string) => `${text} (suggested)`,
		tickedNote: (ticked: number, total: number, percent: number) => `${ticked} of ${total} ticked: ${percent}% credit`,
	},
	/** src/core/review/queue.ts. */
	review: {
		/** "tomorrow, 3 cards"; "in 4 days, 1 card". */
		nextDue: (inDays: number, count: number) => `${inDays === 1 ? 'tomorrow' : `in ${inDays} days`}, ${count} card${count === 1 ? '' : 's'}`,
	},
	/** src/core/interview/report-lines.ts: the mock interview report. */
	interview: {
		/** `time`: the time taken, as m:ss. */
		score: (v: { percent: number; right: number; total: number; time: string; minutes: number; overtime: number }) =>
			`Score ${v.percent}%: ${v.right} of ${v.total} right, ${v.time} in all for a ${v.minutes}-minute mock${v.overtime ? `, ${v.overtime} over time` : ''}.`,
		/** Against the mock before; `at` is its date (YYYY-MM-DD). */
		sinceLast: (v: { change: number; at: string; percent: number }) =>
			`${v.change === 0 ? 'The same score as' : `${v.change > 0 ? 'Up' : 'Down'} ${Math.abs(v.change)} point${Math.abs(v.change) === 1 ? '' : 's'} since`} the last mock (${v.at}, ${v.percent}%).`,
		firstMock: 'Your first mock interview: the next one will show the change.',
		weakest: 'Weakest topics, and the pages to re-read:',
		weakTopic: (percent: number, order: number, title: string) => `${String(percent).padStart(3)}%  ${order}. ${title}:`,
		noWeakTopic: 'No weak topic: every answer got full credit.',
		byTopic: (topics: string) => `By topic: ${topics}`,
		/** A topic in "By topic"; `change`: "+12", "-5" or `same`, against the last mock that asked it. */
		topic: (order: number, title: string, percent: number, change: string | undefined) => `${order}. ${title} ${percent}%${change === undefined ? '' : ` (${change})`}`,
		/** A topic's change of 0 points. */
		same: 'same',
		timeHeader: 'Time per question (time taken / soft limit):',
		/** A question over its soft limit (a column: blank otherwise). */
		over: 'over',
	},
	/** src/core/room/results-lines.ts: what an attendee reads after the room's last question. */
	room: {
		done: (correct: number, total: number) => `Room done: ${correct} of ${total} right.`,
		resultCode: "Your result code: paste this one line into the call's chat, so the trainer can tally the room.",
		printedAgain: 'It is printed again when you leave (q), below the last screen.',
		question: (n: number, total: number, prompt: string) => `${n} of ${total}. ${prompt}`,
		answeredIn: (seconds: number) => `Answered in ${seconds} s.`,
	},
	/** src/core/whereami.ts: the report, its verdicts and the one-sentence explanations (kept under 70 columns). */
	whereami: {
		evidence: {
			cpuHypervisor: 'cpuinfo: hypervisor flag present',
			cpuNoHypervisor: 'cpuinfo: no hypervisor flag',
			dmiHardware: (dmi: string) => `DMI: ${dmi}, no hypervisor's name`,
			wsl2HyperV: 'WSL 2 runs Linux in a Hyper-V VM',
			/** A path that exists (/.dockerenv, /run/.containerenv, ...). */
			exists: (path: string) => `${path} exists`,
			variableSet: (name: string) => `${name} is set`,
			variableIs: (name: string, value: string) => `${name} is "${value}"`,
			cgroupRuntime: (runtime: string, path: string) => `cgroup path names ${runtime}: ${path}`,
			/** `kind`: pid, user, mnt. */
			notInitial: (kind: string, inode: number | null) => `${kind} namespace is not the initial one (${inode})`,
			initial: (kind: string, inode: number | null) => `${kind} namespace is the initial one (${inode})`,
			notSharedWithPid1: (types: readonly string[]) => `not shared with PID 1: ${types.join(', ')}`,
			mntSameAsInit: "mnt namespace is the same as the host init's",
			pid1ContainerInit: (comm: string) => `PID 1 is "${comm}", a container's minimal init`,
			pid1FullInit: (comm: string) => `PID 1 is "${comm}", a full init system`,
			pid1NotInit: (comm: string) => `PID 1 is "${comm}", not an init system`,
			kernel: (release: string | null) => `kernel: ${release}`,
			noWslKernelMark: 'kernel name does not mention Microsoft or WSL',
		},
		/** The one-line summary of the verdict. */
		summary: {
			notLinux: (name: string) => `${name}, not Linux: no Linux namespaces to show here.`,
			/** Where the process runs: */
			vm: (kind: string | undefined) => `a VM${kind ? ` (${kind})` : ''}`,
			bareMetal: 'bare metal',
			maybeVm: 'a machine that may or may not be a VM',
			/** WSL 2 and plain WSL run in a Hyper-V VM; WSL 1 does not. */
			wsl: (name: string, inHyperV: boolean) => `${name}${inHyperV ? ' (a Hyper-V VM)' : ''}`,
			/** The sentence; `probably`: the machine is probably `where` (no sign of a VM, but it could be one). */
			container: (kind: string, where: string, probably: boolean) => `A container (${kind}) on ${probably ? 'probably ' : ''}${where}.`,
			likelyContainer: (kind: string, where: string, probably: boolean) => `Probably a container (${kind}) on ${probably ? 'probably ' : ''}${where}.`,
			unknownContainer: (where: string, probably: boolean) => `On ${probably ? 'probably ' : ''}${where}; in a container or not, the evidence cannot tell.`,
			noContainer: (where: string, probably: boolean) => `Not in a container: running directly on ${probably ? 'probably ' : ''}${where}.`,
		},
		/** Kind names that are words, not products. */
		kind: {
			sandbox: 'a sandbox',
			unknown: 'unknown',
		},
		/** What the evidence cannot show, and why. */
		notes: {
			macNoNamespaces: 'Containers are a Linux kernel feature (namespaces and cgroups); macOS has neither, so there is no /proc/self/ns here.',
			macDockerDesktop: 'Docker Desktop on a Mac runs your containers inside a small Linux VM, not on macOS itself.',
			windowsNoNamespaces: 'Windows has no /proc and no Linux namespaces. Docker Desktop runs Linux containers in a Linux VM (WSL 2 or Hyper-V).',
			windowsContainers: 'Windows has containers of its own (Windows containers), which this command cannot inspect.',
			otherPlatform: (platform: string) => `This is ${platform}, not Linux: Linux namespaces and cgroups do not exist here.`,
			runInLinux: 'To see namespaces, run this inside Linux: in a Linux shell, WSL, or a container, e.g. `docker run --rm node:22 npx --yes cvm-tutor whereami`.',
			/** `codes`: the errors (EACCES, ...); `root`: this process runs as root. */
			pid1Unreadable: (codes: readonly string[], root: boolean) =>
				`PID 1's namespaces were unreadable (${codes.join(', ')}): the kernel shows them only to a process allowed to ptrace PID 1. ${
					root ? 'Even root can be refused, e.g. when PID 1 is in another user namespace or a security module says no.' : 'That is normal without root.'
				}`,
			ownPid1: "In a PID namespace, PID 1 is this container's own first process, so \"same as PID 1\" does not mean \"same as the host\".",
			/** `types`: net, mnt. */
			netMntByNumber: (types: readonly string[]) =>
				`Only recent kernels give the initial net and mnt namespaces a fixed number, so ${types.join(' and ')} cannot be judged by number here.`,
			markersWithoutIsolation:
				"Container markers are present, yet this process shares the kernel's initial PID and mount namespaces: nothing isolates it. The files probably came with a disk image built from a container image.",
			pid1NotFullInit: (comm: string) => `PID 1 of this kernel is "${comm}", not a full init system: typical of a micro-VM or an appliance.`,
			cgroupRoot: 'A cgroup path of "/" is either the root of the host\'s tree or a private cgroup namespace, as Docker and Podman give each container.',
			sharedKernel: "A container shares the host's kernel, so the CPU flags and DMI it sees describe the machine under that kernel.",
		},
		/** The report's lines. */
		layout: {
			/** `facts`: platform, architecture, kernel, uid. */
			title: (facts: readonly string[]) => `Where am I? ${facts.join(', ')}`,
			kernel: (release: string) => `kernel ${release}`,
			uid: (uid: number) => `uid ${uid}`,
			namespacesUnreadable: (error: string) => `Namespaces: /proc/self/ns could not be read (${error}).`,
			namespacesHeader: 'Namespaces of this process (/proc/self/ns), and PID 1 (/proc/1/ns)',
			/** The table's columns: 19, 12 and 9 columns wide. */
			columns: { type: 'type', inode: 'inode', initial: 'initial', pid1: 'PID 1' },
			initial: { yes: 'yes', no: 'no', unknown: 'unknown' },
			/** A link that could not be read, when no error code says why. */
			unreadable: 'unreadable',
			unreadableBecause: (code: string) => `unreadable (${code})`,
			same: 'same',
			different: (inode: number) => `different (${inode})`,
			unexpectedLink: (link: string) => `unexpected link "${link}"`,
			cgroup: (version: string, error: string | undefined) => `cgroup ${version}${error ? ` (/proc/self/cgroup: ${error})` : ''}`,
			cgroupVersion: { v1: 'v1', v2: 'v2', hybrid: 'hybrid (v1 controllers and a v2 tree)', unknown: 'unknown' } satisfies Record<CgroupVersion, string>,
			/** The verdicts' labels (a column 11 wide) and answers. */
			parts: { vm: 'VM', container: 'Container', wsl: 'WSL' },
			answers: { yes: 'yes', likely: 'likely', unlikely: 'unlikely', no: 'no', unknown: 'unknown' },
			answerKind: (answer: string, kind: string) => `${answer}: ${kind}`,
			notes: 'Notes',
		},
		/** One short sentence for a learner about a line of the report. */
		explain: {
			namespaces: 'A namespace gives processes their own view of one kind of thing.',
			namespace: {
				cgroup: 'Which part of the cgroup tree this process sees as its root.',
				ipc: 'System V IPC and POSIX message queues it can reach.',
				mnt: 'The mounts: the whole filesystem tree this process sees.',
				net: 'Network devices, addresses, ports, routes and firewall rules.',
				pid: 'Process IDs: the first process in a new one is PID 1.',
				pid_for_children: 'The PID namespace that new child processes will be put in.',
				time: 'Offsets for the monotonic and boot-time clocks.',
				time_for_children: 'The time namespace that new child processes will be put in.',
				user: 'User and group IDs: root inside can be nobody outside.',
				uts: 'The hostname and NIS domain name this process sees.',
			},
			unknownNamespace: 'A kind of namespace this version of cvm-tutor does not describe.',
			cgroupPath: "This process's place in the cgroup tree of those controllers.",
			evidence: {
				'cpu-hypervisor': 'Hypervisors set this CPUID bit; real CPUs leave it at 0.',
				'cpu-no-hypervisor': 'Real CPUs leave this bit clear, though a hypervisor can hide it.',
				'dmi-vm': 'The firmware tables name their maker; hypervisors name themselves.',
				'dmi-hardware': 'The firmware names a hardware maker, not a hypervisor.',
				'detect-virt-vm': "systemd's own check, from CPUID, DMI and other hints.",
				'detect-virt-vm-none': 'systemd-detect-virt found no hypervisor either.',
				'sys-hypervisor': 'The kernel found a hypervisor interface (Xen) at boot.',
				'wsl2-hyperv': 'WSL 2 runs a real Linux kernel in a light Hyper-V VM.',
				dockerenv: 'Docker creates this empty file in every container it starts.',
				containerenv: 'Podman writes this file into every container it runs.',
				'flatpak-info': 'Flatpak apps run in a bubblewrap sandbox that has this file.',
				'container-env': 'systemd-nspawn, Podman and LXC set $container for the init.',
				'kubernetes-env': 'Kubernetes sets this variable in every container of a pod.',
				'cgroup-runtime': 'Runtimes put each container in a cgroup named after it.',
				'detect-virt-container': 'systemd-detect-virt looks for the same runtime markers.',
				'detect-virt-container-none': 'systemd-detect-virt found no container runtime markers.',
				'pid1-not-init': 'A container starts its command as PID 1, with no init at all.',
				'pid1-container-init': 'A tiny init that containers use to reap orphaned processes.',
				'pid1-full-init': 'A full init boots hosts and VMs, and some system containers.',
				'ns-pid-not-initial': "A PID namespace of its own: the host's processes are hidden.",
				'ns-user-not-initial': 'A user namespace of its own: its IDs map to others outside.',
				'ns-pid-initial': "The kernel's first PID namespace: the host's process tree.",
				'ns-mnt-initial': "The kernel's first mount namespace: the host's filesystem.",
				'ns-mnt-same-as-init': "Same mounts as the host's init: no filesystem isolation.",
				'ns-differs-from-pid1': 'A namespace not shared with PID 1 is a wall between them.',
				'wsl-kernel': 'Microsoft builds the kernel that WSL runs, and names it so.',
				'wsl-no-kernel-mark': "Kernels built for WSL carry 'microsoft' in their name.",
				'wsl-env': 'WSL sets WSL_DISTRO_NAME in the shells it starts.',
				'wsl-interop': 'WSL registers this to run Windows programs from Linux.',
				'detect-virt-wsl': 'systemd-detect-virt reports WSL as a kind of container.',
			} satisfies Record<EvidenceId, string>,
			cgroup: {
				v1: 'cgroup v1: each controller (cpu, memory...) has its own tree.',
				v2: 'cgroup v2: one tree for all controllers, the modern layout.',
				hybrid: 'v1 trees for the controllers plus a v2 tree: a halfway layout.',
				unknown: 'cgroups limit and count CPU, memory and I/O for a group.',
			} satisfies Record<CgroupVersion, string>,
			answer: {
				vm: 'A VM runs its own kernel on hardware that a hypervisor emulates.',
				container: "A container is processes in namespaces, on the host's kernel.",
				wsl: 'WSL runs Linux programs on Windows.',
			},
		},
	},
};
