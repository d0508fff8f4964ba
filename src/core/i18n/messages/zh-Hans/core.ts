// UI strings that core functions lay out for the screens, in zh-Hans (mainland China; terms: docs/glossary.md).
import type { Help, core as en } from '../en/core.js';

const HAN = /\p{Script=Han}/u;
/** How Latin text (a word, a number, code, an English sentence or parenthesis) can end, and start. */
const LATIN_END = /[A-Za-z0-9`$/)\].,;:!?'"%]/;
const LATIN_START = /[A-Za-z0-9`$/(['"]/;

/** `a` then `b`, with one space where a Han character meets Latin text: a word, a number, code (glossary rule 4). */
function seam(a: string, b: string): string {
	if (!a || !b) return a + b;
	const last = a.at(-1) as string;
	const first = b[0] as string;
	return (HAN.test(last) && LATIN_START.test(first)) || (LATIN_END.test(last) && HAN.test(first)) ? `${a} ${b}` : a + b;
}

/** A template whose values are spaced from the Chinese around them as rule 4 asks: s`内核${release}` is "内核 6.8". */
function s(strings: TemplateStringsArray, ...values: unknown[]): string {
	let out = strings[0] ?? '';
	values.forEach((value, i) => {
		out = seam(seam(out, String(value)), strings[i + 1] ?? '');
	});
	return out;
}

/** Notes in full-width parentheses: "（看了 1 个提示，第二次作答）", or nothing. */
const note = (parts: readonly string[]) => (parts.length ? `（${parts.join('，')}）` : '');
const helpParts = ({ hints, retried }: Help) => [...(hints ? [s`看了${hints}个提示`] : []), ...(retried ? ['第二次作答'] : [])];

/** Namespace kinds as the glossary names them. */
const NAMESPACE: Readonly<Record<string, string>> = { pid: 'PID 命名空间', user: '用户命名空间', mnt: '挂载命名空间' };
const namespace = (kind: string) => NAMESPACE[kind] ?? s`${kind}命名空间`;

export const core: typeof en = {
	feedback: {
		true: '正确',
		false: '错误',
		correct: (help) => `答对了${note(helpParts(help))}。`,
		partly: (percent, detail, help) => {
			const part = detail ? (detail.kind === 'order' ? s`${detail.total}组相邻项中有${detail.right}组顺序正确` : s`${detail.total}组配对中答对${detail.right}组`) : undefined;
			return s`部分正确：得分${percent}%${note([...(part ? [part] : []), ...helpParts(help)])}。`;
		},
		notQuite: (help) => `不太对${note(helpParts(help))}。`,
		ticked: (v) =>
			s`你勾选了${v.total}个要点中的${v.ticked}个：得分${v.percent}%${note([...(v.aloud ? ['口头作答'] : []), ...helpParts(v.help)])}。${v.passed ? '' : '未达 75%：这道题会在复习时再次出现。'}`,
		youPicked: (choice) => `你选了：${choice}`,
		youMissed: (choices) => `你漏选了：${choices.join('；')}`,
		answer: (answers) => `正确答案：${answers.join('；')}`,
		yourOrder: '你的顺序（✔：在正确顺序中紧跟在上一项之后）：',
		rightOrder: '正确顺序：',
		pairs: '正确配对：',
		noPick: '（未选）',
		rightPick: (choice) => `应为：${choice}`,
		youTyped: (text) => `你输入的是：${text || '（没有输入）'}`,
		harmlessExtras: (options, answer) => s`${options.map((option) => `\`${option}\``).join('、')}没有问题，但不是这道题要考的：答案是${answer}`,
		alsoAccepted: (forms) => `也接受：${forms.join('  ·  ')}`,
		untickedPoints: '你没有勾选的要点：',
		source: (title) => `来源：${title}`,
		moreSource: (title) => `另见：${title}`,
		timedOut: '时间到：没有作答。',
		modelAnswer: (text) => `参考答案：${text}`,
	},
	walk: {
		right: (next, actor) => s`答对了：${next}。${actor}`,
		distractor: (feedback, next) => s`${feedback}下一跳是：${next}。`,
		notYet: (v) => s`还没到：${v.picked}在这条路径上，但${v.already ? s`数据包已经经过那里了（第${v.hop}跳）` : s`它在后面，第${v.hop}跳才到`}。下一跳是：${v.next}。`,
		whatNext: '接下来会发生什么？',
		whereNext: '数据包下一跳去哪里？',
	},
	question: {
		retry: (difference) => s`${difference}修改后再按 Enter（这次作答将算作第二次尝试）。`,
		hint: (n, text) => s`提示${n}：${text}`,
		lines: (from, to, count) => s`${from}-${to}/${count}行`,
		moreBoth: (what, range) => s`↑↓ 还有更多：PgUp/PgDn 滚动${what}（${range}）`,
		moreBelow: (range) => `↓ 下面还有：PgDn（${range}）`,
		moreAbove: (range) => `↑ 上面还有：PgUp（${range}）`,
		theQuestion: '题目',
		theAnswers: '答案',
		gradeHeader: '勾选你答到的要点（Space）。建议的勾选只表示你的文字包含它的术语：请自行确认。',
		gradeHeaderAloud: '勾选你说到的要点（Space）。',
		suggested: (text) => `${text}（建议）`,
		tickedNote: (ticked, total, percent) => s`已勾选${ticked}/${total}：得分${percent}%`,
	},
	review: {
		nextDue: (inDays, count) => s`${inDays === 1 ? '明天' : s`${inDays}天后`}，${count}张卡片`,
	},
	interview: {
		score: (v) => s`得分${v.percent}%：${v.total}题答对${v.right}题，${v.minutes}分钟的模拟面试共用时${v.time}${v.overtime ? s`，${v.overtime}题超时` : ''}。`,
		sinceLast: (v) =>
			v.change === 0
				? s`与上次模拟面试（${v.at}，${v.percent}%）分数相同。`
				: s`比上次模拟面试（${v.at}，${v.percent}%）${v.change > 0 ? '提高' : '下降'}了${Math.abs(v.change)}分。`,
		firstMock: '这是你的第一次模拟面试：下一次就能看到分数的变化。',
		weakest: '最薄弱的主题，以及需要重读的页面：',
		weakTopic: (percent, order, title) => `${String(percent).padStart(3)}%  ${order}. ${title}：`,
		noWeakTopic: '没有薄弱主题：每道题都拿到了满分。',
		topic: (order, title, percent, change) => `${order}. ${title} ${percent}%${change === undefined ? '' : `（${change}）`}`,
		byTopic: (topics) => `各主题：${topics}`,
		same: '持平',
		timeHeader: '每题用时（用时／建议时限）：',
		over: '超时',
	},
	room: {
		done: (correct, total) => s`房间测验结束：${total}题答对${correct}题。`,
		resultCode: '你的结果码：把这一行粘贴到会议的聊天框里，方便讲师统计整个房间的成绩。',
		printedAgain: '退出（q）时，它会在最后一屏的下方再打印一次。',
		question: (n, total, prompt) => s`第${n}/${total}题：${prompt}`,
		answeredIn: (seconds) => s`作答用时${seconds}秒。`,
	},
	whereami: {
		evidence: {
			cpuHypervisor: 'cpuinfo：有 hypervisor 标志',
			cpuNoHypervisor: 'cpuinfo：没有 hypervisor 标志',
			dmiHardware: (dmi) => s`DMI：${dmi}，没有 hypervisor 的名称`,
			wsl2HyperV: 'WSL 2 在 Hyper-V 虚拟机中运行 Linux',
			exists: (path) => s`${path}存在`,
			variableSet: (name) => s`已设置${name}`,
			variableIs: (name, value) => s`${name}为“${value}”`,
			cgroupRuntime: (runtime, path) => s`cgroup 路径中有${runtime}的名称：${path}`,
			notInitial: (kind, inode) => s`${namespace(kind)}不是初始命名空间（${inode}）`,
			initial: (kind, inode) => s`${namespace(kind)}是初始命名空间（${inode}）`,
			notSharedWithPid1: (types) => `未与 PID 1 共享：${types.join('、')}`,
			mntSameAsInit: '挂载命名空间与主机 init 的相同',
			pid1ContainerInit: (comm) => `PID 1 是“${comm}”，容器用的精简 init`,
			pid1FullInit: (comm) => `PID 1 是“${comm}”，完整的 init 系统`,
			pid1NotInit: (comm) => `PID 1 是“${comm}”，不是 init 系统`,
			kernel: (release) => `内核：${release}`,
			noWslKernelMark: '内核名称中没有提到 Microsoft 或 WSL',
		},
		summary: {
			notLinux: (name) => s`${name}不是 Linux：这里没有 Linux 命名空间可以显示。`,
			vm: (kind) => (kind ? `虚拟机（${kind}）` : '虚拟机'),
			bareMetal: '裸机',
			maybeVm: '一台无法确定是否为虚拟机的机器',
			wsl: (name, inHyperV) => (inHyperV ? `${name}（Hyper-V 虚拟机）` : name),
			container: (kind, where, probably) => s`容器（${kind}），${probably ? '大概' : ''}在${where}上。`,
			likelyContainer: (kind, where, probably) => s`可能是容器（${kind}），${probably ? '大概' : ''}在${where}上。`,
			unknownContainer: (where, probably) => s`${probably ? '大概' : ''}在${where}上；是否在容器中，现有证据无法判断。`,
			noContainer: (where, probably) => s`不在容器中：${probably ? '大概' : ''}直接在${where}上运行。`,
		},
		kind: {
			sandbox: '沙箱',
			unknown: '未知',
		},
		notes: {
			macNoNamespaces: '容器是 Linux 内核的功能（命名空间和 cgroup）；macOS 两者都没有，所以这里没有 /proc/self/ns。',
			macDockerDesktop: 'Mac 上的 Docker Desktop 是在一个小型 Linux 虚拟机里运行你的容器，而不是直接在 macOS 上。',
			windowsNoNamespaces: 'Windows 没有 /proc，也没有 Linux 命名空间。Docker Desktop 在 Linux 虚拟机（WSL 2 或 Hyper-V）中运行 Linux 容器。',
			windowsContainers: 'Windows 也有自己的容器（Windows 容器），但这个命令无法检查它们。',
			otherPlatform: (platform) => s`这是${platform}，不是 Linux：这里没有 Linux 命名空间和 cgroup。`,
			runInLinux: '要查看命名空间，请在 Linux 中运行：Linux shell、WSL 或容器中都可以，例如 `docker run --rm node:22 npx --yes cvm-tutor whereami`。',
			pid1Unreadable: (codes, root) =>
				`无法读取 PID 1 的命名空间（${codes.join('、')}）：内核只让有权对 PID 1 使用 ptrace 的进程看到它们。${
					root ? '即使是 root 也可能被拒绝，例如 PID 1 位于另一个用户命名空间中，或者安全模块不允许。' : '没有 root 权限时，这很正常。'
				}`,
			ownPid1: '在 PID 命名空间中，PID 1 是这个容器自己的第一个进程，所以“与 PID 1 相同”并不代表“与主机相同”。',
			netMntByNumber: (types) => `只有较新的内核会给初始的 net 和 mnt 命名空间固定编号，所以这里无法凭编号判断 ${types.join('、')}。`,
			markersWithoutIsolation: '存在容器标记，但这个进程与内核共享初始的 PID 和挂载命名空间：没有任何隔离。这些文件多半来自一个由容器镜像构建的磁盘镜像。',
			pid1NotFullInit: (comm) => `这个内核的 PID 1 是“${comm}”，不是完整的 init 系统：常见于 microVM 或专用设备（appliance）。`,
			cgroupRoot: 'cgroup 路径为“/”，可能是主机 cgroup 树的根，也可能是私有的 cgroup 命名空间（Docker 和 Podman 会给每个容器一个）。',
			sharedKernel: '容器与主机共享内核，所以它看到的 CPU 标志和 DMI 描述的是该内核之下的机器。',
		},
		layout: {
			title: (facts) => `我在哪里？${facts.join('，')}`,
			kernel: (release) => `内核 ${release}`,
			uid: (uid) => `uid ${uid}`,
			namespacesUnreadable: (error) => `命名空间：无法读取 /proc/self/ns（${error}）。`,
			namespacesHeader: '这个进程的命名空间（/proc/self/ns），以及 PID 1 的（/proc/1/ns）',
			columns: { type: '类型', inode: 'inode', initial: '初始', pid1: 'PID 1' },
			initial: { yes: '是', no: '否', unknown: '未知' },
			unreadable: '无法读取',
			unreadableBecause: (code) => `无法读取（${code}）`,
			same: '相同',
			different: (inode) => `不同（${inode}）`,
			unexpectedLink: (link) => `意外的链接“${link}”`,
			cgroup: (version, error) => s`cgroup ${version}${error ? `（/proc/self/cgroup：${error}）` : ''}`,
			cgroupVersion: { v1: 'v1', v2: 'v2', hybrid: '混合（v1 控制器加一棵 v2 树）', unknown: '未知' },
			parts: { vm: '虚拟机', container: '容器', wsl: 'WSL' },
			answers: { yes: '是', likely: '很可能', unlikely: '不太可能', no: '否', unknown: '无法判断' },
			answerKind: (answer, kind) => `${answer}（${kind}）`,
			notes: '备注',
		},
		explain: {
			namespaces: '命名空间（namespace）让进程对某一类资源有自己的视图。',
			namespace: {
				cgroup: '这个进程把 cgroup 树的哪一部分视为根。',
				ipc: '它能访问的 System V IPC 和 POSIX 消息队列。',
				mnt: '挂载：这个进程看到的整棵文件系统树。',
				net: '网络设备、地址、端口、路由和防火墙规则。',
				pid: '进程 ID：新命名空间中的第一个进程是 PID 1。',
				pid_for_children: '新创建的子进程将被放入的 PID 命名空间。',
				time: '单调时钟和启动时间时钟的偏移量。',
				time_for_children: '新创建的子进程将被放入的时间命名空间。',
				user: '用户和组 ID：里面的 root 在外面可以是 nobody。',
				uts: '这个进程看到的主机名和 NIS 域名。',
			},
			unknownNamespace: '这个版本的 cvm-tutor 没有说明这种命名空间。',
			cgroupPath: '这个进程在这些控制器的 cgroup 树中的位置。',
			evidence: {
				'cpu-hypervisor': 'hypervisor 会设置这个 CPUID 位；真实 CPU 则让它保持为 0。',
				'cpu-no-hypervisor': '真实 CPU 不会设置这个位，但 hypervisor 也能把它隐藏。',
				'dmi-vm': '固件表会写明制造商；hypervisor 写的是自己的名字。',
				'dmi-hardware': '固件写的是硬件制造商，而不是 hypervisor。',
				'detect-virt-vm': 'systemd 自己的检查，依据 CPUID、DMI 和其他线索。',
				'detect-virt-vm-none': 'systemd-detect-virt 也没有找到 hypervisor。',
				'sys-hypervisor': '内核在启动时发现了 hypervisor 接口（Xen）。',
				'wsl2-hyperv': 'WSL 2 在轻量的 Hyper-V 虚拟机中运行真正的 Linux 内核。',
				dockerenv: 'Docker 会在它启动的每个容器中创建这个空文件。',
				containerenv: 'Podman 会把这个文件写入它运行的每个容器。',
				'flatpak-info': 'Flatpak 应用运行在带有这个文件的 bubblewrap 沙箱中。',
				'container-env': 'systemd-nspawn、Podman 和 LXC 会为 init 设置 $container。',
				'kubernetes-env': 'Kubernetes 会在 Pod 的每个容器中设置这个变量。',
				'cgroup-runtime': '容器运行时会把每个容器放进以它命名的 cgroup。',
				'detect-virt-container': 'systemd-detect-virt 查找的是同样的运行时标记。',
				'detect-virt-container-none': 'systemd-detect-virt 没有找到容器运行时的标记。',
				'pid1-not-init': '容器把它的命令作为 PID 1 启动，根本没有 init。',
				'pid1-container-init': '容器用来回收孤儿进程的小型 init。',
				'pid1-full-init': '完整的 init 用于启动主机和虚拟机，有些系统容器也用它。',
				'ns-pid-not-initial': '有自己的 PID 命名空间：主机的进程都被隐藏了。',
				'ns-user-not-initial': '有自己的用户命名空间：它的 ID 映射到外面的其他 ID。',
				'ns-pid-initial': '内核的第一个 PID 命名空间：主机的进程树。',
				'ns-mnt-initial': '内核的第一个挂载命名空间：主机的文件系统。',
				'ns-mnt-same-as-init': '挂载与主机的 init 相同：文件系统没有隔离。',
				'ns-differs-from-pid1': '不与 PID 1 共享的命名空间，就是两者之间的一堵墙。',
				'wsl-kernel': 'WSL 运行的内核由 Microsoft 构建，并以此命名。',
				'wsl-no-kernel-mark': '为 WSL 构建的内核，名称中带有“microsoft”。',
				'wsl-env': 'WSL 会在它启动的 shell 中设置 WSL_DISTRO_NAME。',
				'wsl-interop': 'WSL 注册这一项，以便从 Linux 运行 Windows 程序。',
				'detect-virt-wsl': 'systemd-detect-virt 把 WSL 报告为一种容器。',
			},
			cgroup: {
				v1: 'cgroup v1：每个控制器（cpu、memory 等）各有自己的树。',
				v2: 'cgroup v2：所有控制器共用一棵树，是现代的布局。',
				hybrid: '控制器用 v1 树，另外再加一棵 v2 树：介于两者之间的布局。',
				unknown: 'cgroup 为一组进程限制并统计 CPU、内存和 I/O。',
			},
			answer: {
				vm: '虚拟机在 hypervisor 模拟的硬件上运行自己的内核。',
				container: '容器是位于命名空间中的进程，使用主机的内核。',
				wsl: 'WSL 在 Windows 上运行 Linux 程序。',
			},
		},
	},
};
