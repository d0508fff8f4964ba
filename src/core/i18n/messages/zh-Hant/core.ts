// UI strings that core functions lay out for the screens, in zh-Hant (Taiwan; terms: docs/glossary.md).
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

/** A template whose values are spaced from the Chinese around them as rule 4 asks: s`核心${release}` is "核心 6.8". */
function s(strings: TemplateStringsArray, ...values: unknown[]): string {
	let out = strings[0] ?? '';
	values.forEach((value, i) => {
		out = seam(seam(out, String(value)), strings[i + 1] ?? '');
	});
	return out;
}

/** Notes in full-width parentheses: "（看了 1 個提示，第二次作答）", or nothing. */
const note = (parts: readonly string[]) => (parts.length ? `（${parts.join('，')}）` : '');
const helpParts = ({ hints, retried }: Help) => [...(hints ? [s`看了${hints}個提示`] : []), ...(retried ? ['第二次作答'] : [])];

/** Namespace kinds as the glossary names them. */
const NAMESPACE: Readonly<Record<string, string>> = { pid: 'PID 命名空間', user: '使用者命名空間', mnt: '掛載命名空間' };
const namespace = (kind: string) => NAMESPACE[kind] ?? s`${kind}命名空間`;

export const core: typeof en = {
	feedback: {
		true: '正確',
		false: '錯誤',
		correct: (help) => `答對了${note(helpParts(help))}。`,
		partly: (percent, detail, help) => {
			const part = detail ? (detail.kind === 'order' ? s`${detail.total}組相鄰項目中有${detail.right}組順序正確` : s`${detail.total}組配對中答對${detail.right}組`) : undefined;
			return s`部分正確：得分${percent}%${note([...(part ? [part] : []), ...helpParts(help)])}。`;
		},
		notQuite: (help) => `不太對${note(helpParts(help))}。`,
		ticked: (v) =>
			s`你勾選了${v.total}個重點中的${v.ticked}個：得分${v.percent}%${note([...(v.aloud ? ['口頭作答'] : []), ...helpParts(v.help)])}。${v.passed ? '' : '未達 75%：這題會在複習時再出現。'}`,
		youPicked: (choice) => `你選了：${choice}`,
		youMissed: (choices) => `你漏選了：${choices.join('；')}`,
		answer: (answers) => `正確答案：${answers.join('；')}`,
		yourOrder: '你的順序（✔：在正確順序中緊接在上一項之後）：',
		rightOrder: '正確順序：',
		pairs: '正確配對：',
		noPick: '（未選）',
		rightPick: (choice) => `應為：${choice}`,
		youTyped: (text) => `你輸入的是：${text || '（沒有輸入）'}`,
		harmlessExtras: (options, answer) => s`${options.map((option) => `\`${option}\``).join('、')}沒有錯，但不是這題要考的：答案是${answer}`,
		alsoAccepted: (forms) => `也接受：${forms.join('  ·  ')}`,
		untickedPoints: '你沒有勾選的重點：',
		source: (title) => `來源：${title}`,
		moreSource: (title) => `另見：${title}`,
		timedOut: '時間到：沒有作答。',
		modelAnswer: (text) => `參考答案：${text}`,
	},
	walk: {
		right: (next, actor) => s`答對了：${next}。${actor}`,
		distractor: (feedback, next) => s`${feedback}下一站是：${next}。`,
		notYet: (v) => s`還沒到：${v.picked}在這條路徑上，但${v.already ? s`封包已經經過那裡了（第${v.hop}站）` : s`它在後面，第${v.hop}站才會到`}。下一站是：${v.next}。`,
		whatNext: '接下來會發生什麼？',
		whereNext: '封包下一站往哪裡去？',
	},
	question: {
		retry: (difference) => s`${difference}修改後再按 Enter（這次作答會算作第二次嘗試）。`,
		hint: (n, text) => s`提示${n}：${text}`,
		lines: (from, to, count) => s`${from}-${to}/${count}行`,
		moreBoth: (what, range) => s`↑↓ 還有更多：PgUp/PgDn 捲動${what}（${range}）`,
		moreBelow: (range) => `↓ 下面還有：PgDn（${range}）`,
		moreAbove: (range) => `↑ 上面還有：PgUp（${range}）`,
		theQuestion: '題目',
		theAnswers: '答案',
		gradeHeader: '勾選你答到的重點（Space）。建議的勾選只表示你的文字含有它的用語：請自行確認。',
		gradeHeaderAloud: '勾選你說到的重點（Space）。',
		suggested: (text) => `${text}（建議）`,
		tickedNote: (ticked, total, percent) => s`已勾選${ticked}/${total}：得分${percent}%`,
	},
	review: {
		nextDue: (inDays, count) => s`${inDays === 1 ? '明天' : s`${inDays}天後`}，${count}張卡片`,
	},
	interview: {
		score: (v) => s`得分${v.percent}%：${v.total}題答對${v.right}題，${v.minutes}分鐘的模擬面試共用時${v.time}${v.overtime ? s`，${v.overtime}題超時` : ''}。`,
		sinceLast: (v) =>
			v.change === 0
				? s`與上次模擬面試（${v.at}，${v.percent}%）分數相同。`
				: s`比上次模擬面試（${v.at}，${v.percent}%）${v.change > 0 ? '進步' : '退步'}了${Math.abs(v.change)}分。`,
		firstMock: '這是你第一次模擬面試：下一次就能看到分數的變化。',
		weakest: '最弱的主題，以及需要重讀的頁面：',
		weakTopic: (percent, order, title) => `${String(percent).padStart(3)}%  ${order}. ${title}：`,
		noWeakTopic: '沒有弱點主題：每一題都拿到滿分。',
		topic: (order, title, percent, change) => `${order}. ${title} ${percent}%${change === undefined ? '' : `（${change}）`}`,
		byTopic: (topics) => `各主題：${topics}`,
		same: '持平',
		timeHeader: '每題用時（用時／建議時限）：',
		over: '超時',
	},
	room: {
		done: (correct, total) => s`房間測驗結束：${total}題答對${correct}題。`,
		resultCode: '你的結果代碼：把這一行貼到通話的聊天室，讓講師統計整個房間的成績。',
		printedAgain: '結束（q）時，它會在最後一個畫面下方再印出一次。',
		question: (n, total, prompt) => s`第${n}/${total}題：${prompt}`,
		answeredIn: (seconds) => s`作答用時${seconds}秒。`,
	},
	whereami: {
		evidence: {
			cpuHypervisor: 'cpuinfo：有 hypervisor 旗標',
			cpuNoHypervisor: 'cpuinfo：沒有 hypervisor 旗標',
			dmiHardware: (dmi) => s`DMI：${dmi}，沒有 hypervisor 的名稱`,
			wsl2HyperV: 'WSL 2 在 Hyper-V 虛擬機器中執行 Linux',
			exists: (path) => s`${path}存在`,
			variableSet: (name) => s`已設定${name}`,
			variableIs: (name, value) => s`${name}為「${value}」`,
			cgroupRuntime: (runtime, path) => s`cgroup 路徑中有${runtime}的名稱：${path}`,
			notInitial: (kind, inode) => s`${namespace(kind)}不是初始命名空間（${inode}）`,
			initial: (kind, inode) => s`${namespace(kind)}是初始命名空間（${inode}）`,
			notSharedWithPid1: (types) => `未與 PID 1 共用：${types.join('、')}`,
			mntSameAsInit: '掛載命名空間與主機 init 的相同',
			pid1ContainerInit: (comm) => `PID 1 是「${comm}」，容器用的精簡 init`,
			pid1FullInit: (comm) => `PID 1 是「${comm}」，完整的 init 系統`,
			pid1NotInit: (comm) => `PID 1 是「${comm}」，不是 init 系統`,
			kernel: (release) => `核心：${release}`,
			noWslKernelMark: '核心名稱沒有提到 Microsoft 或 WSL',
		},
		summary: {
			notLinux: (name) => s`${name}不是 Linux：這裡沒有 Linux 命名空間可以顯示。`,
			vm: (kind) => (kind ? `虛擬機器（${kind}）` : '虛擬機器'),
			bareMetal: '裸機',
			maybeVm: '一台無法確定是否為虛擬機器的機器',
			wsl: (name, inHyperV) => (inHyperV ? `${name}（Hyper-V 虛擬機器）` : name),
			container: (kind, where, probably) => s`容器（${kind}），${probably ? '大概' : ''}在${where}上。`,
			likelyContainer: (kind, where, probably) => s`可能是容器（${kind}），${probably ? '大概' : ''}在${where}上。`,
			unknownContainer: (where, probably) => s`${probably ? '大概' : ''}在${where}上；是否在容器中，現有證據無法判斷。`,
			noContainer: (where, probably) => s`不在容器中：${probably ? '大概' : ''}直接在${where}上執行。`,
		},
		kind: {
			sandbox: '沙箱',
			unknown: '不明',
		},
		notes: {
			macNoNamespaces: '容器是 Linux 核心的功能（命名空間與 cgroup）；macOS 兩者都沒有，所以這裡沒有 /proc/self/ns。',
			macDockerDesktop: 'Mac 上的 Docker Desktop 是在一台小型 Linux 虛擬機器裡執行你的容器，而不是直接在 macOS 上。',
			windowsNoNamespaces: 'Windows 沒有 /proc，也沒有 Linux 命名空間。Docker Desktop 在 Linux 虛擬機器（WSL 2 或 Hyper-V）中執行 Linux 容器。',
			windowsContainers: 'Windows 也有自己的容器（Windows 容器），但這個指令無法檢查它們。',
			otherPlatform: (platform) => s`這是${platform}，不是 Linux：這裡沒有 Linux 命名空間和 cgroup。`,
			runInLinux: '要查看命名空間，請在 Linux 裡執行：Linux shell、WSL 或容器中皆可，例如 `docker run --rm node:22 npx --yes cvm-tutor whereami`。',
			pid1Unreadable: (codes, root) =>
				`無法讀取 PID 1 的命名空間（${codes.join('、')}）：核心只讓有權對 PID 1 使用 ptrace 的行程看到它們。${
					root ? '即使是 root 也可能被拒絕，例如 PID 1 位於另一個使用者命名空間，或安全模組不允許。' : '沒有 root 權限時，這很正常。'
				}`,
			ownPid1: '在 PID 命名空間中，PID 1 是這個容器自己的第一個行程，所以「與 PID 1 相同」不代表「與主機相同」。',
			netMntByNumber: (types) => `只有較新的核心會給初始的 net 與 mnt 命名空間固定編號，所以這裡無法憑編號判斷 ${types.join('、')}。`,
			markersWithoutIsolation: '有容器的標記，但這個行程與核心共用初始的 PID 與掛載命名空間：沒有任何隔離。這些檔案多半是隨著一個由容器映像建置的磁碟映像檔而來。',
			pid1NotFullInit: (comm) => `這個核心的 PID 1 是「${comm}」，不是完整的 init 系統：常見於 microVM 或專用裝置（appliance）。`,
			cgroupRoot: 'cgroup 路徑為「/」，可能是主機 cgroup 樹的根，也可能是私有的 cgroup 命名空間（Docker 與 Podman 會給每個容器一個）。',
			sharedKernel: '容器與主機共用核心，所以它看到的 CPU 旗標與 DMI 描述的是該核心底下的機器。',
		},
		layout: {
			title: (facts) => `我在哪裡？${facts.join('，')}`,
			kernel: (release) => `核心 ${release}`,
			uid: (uid) => `uid ${uid}`,
			namespacesUnreadable: (error) => `命名空間：無法讀取 /proc/self/ns（${error}）。`,
			namespacesHeader: '這個行程的命名空間（/proc/self/ns），以及 PID 1 的（/proc/1/ns）',
			columns: { type: '類型', inode: 'inode', initial: '初始', pid1: 'PID 1' },
			initial: { yes: '是', no: '否', unknown: '不明' },
			unreadable: '無法讀取',
			unreadableBecause: (code) => `無法讀取（${code}）`,
			same: '相同',
			different: (inode) => `不同（${inode}）`,
			unexpectedLink: (link) => `非預期的連結「${link}」`,
			cgroup: (version, error) => s`cgroup ${version}${error ? `（/proc/self/cgroup：${error}）` : ''}`,
			cgroupVersion: { v1: 'v1', v2: 'v2', hybrid: '混合（v1 控制器加上一棵 v2 樹）', unknown: '不明' },
			parts: { vm: '虛擬機器', container: '容器', wsl: 'WSL' },
			answers: { yes: '是', likely: '很可能', unlikely: '不太可能', no: '否', unknown: '無法判斷' },
			answerKind: (answer, kind) => `${answer}（${kind}）`,
			notes: '附註',
		},
		explain: {
			namespaces: '命名空間（namespace）讓行程對某一類資源有自己的視野。',
			namespace: {
				cgroup: '這個行程把 cgroup 樹的哪一部分看作根。',
				ipc: '它能存取的 System V IPC 與 POSIX 訊息佇列。',
				mnt: '掛載：這個行程看到的整棵檔案系統樹。',
				net: '網路裝置、位址、連接埠、路由與防火牆規則。',
				pid: '行程 ID：新命名空間裡的第一個行程是 PID 1。',
				pid_for_children: '新建立的子行程會被放進的 PID 命名空間。',
				time: '單調時鐘與開機時間時鐘的偏移量。',
				time_for_children: '新建立的子行程會被放進的時間命名空間。',
				user: '使用者與群組 ID：裡面的 root 在外面可以是 nobody。',
				uts: '這個行程看到的主機名稱與 NIS 網域名稱。',
			},
			unknownNamespace: '這個版本的 cvm-tutor 沒有說明這種命名空間。',
			cgroupPath: '這個行程在這些控制器的 cgroup 樹中的位置。',
			evidence: {
				'cpu-hypervisor': 'hypervisor 會設定這個 CPUID 位元；實體 CPU 則讓它保持為 0。',
				'cpu-no-hypervisor': '實體 CPU 不會設定這個位元，但 hypervisor 也能把它藏起來。',
				'dmi-vm': '韌體表格會寫出製造商；hypervisor 寫的是自己的名字。',
				'dmi-hardware': '韌體寫的是硬體製造商，不是 hypervisor。',
				'detect-virt-vm': 'systemd 自己的檢查，依據 CPUID、DMI 和其他線索。',
				'detect-virt-vm-none': 'systemd-detect-virt 也沒有找到 hypervisor。',
				'sys-hypervisor': '核心在開機時找到了 hypervisor 介面（Xen）。',
				'wsl2-hyperv': 'WSL 2 在輕量的 Hyper-V 虛擬機器中執行真正的 Linux 核心。',
				dockerenv: 'Docker 會在它啟動的每個容器中建立這個空檔案。',
				containerenv: 'Podman 會把這個檔案寫進它執行的每個容器。',
				'flatpak-info': 'Flatpak 應用程式在有這個檔案的 bubblewrap 沙箱中執行。',
				'container-env': 'systemd-nspawn、Podman 與 LXC 會為 init 設定 $container。',
				'kubernetes-env': 'Kubernetes 會在 Pod 的每個容器中設定這個變數。',
				'cgroup-runtime': '容器執行階段會把每個容器放進以它命名的 cgroup。',
				'detect-virt-container': 'systemd-detect-virt 找的是同樣的執行階段標記。',
				'detect-virt-container-none': 'systemd-detect-virt 沒有找到容器執行階段的標記。',
				'pid1-not-init': '容器把它的指令當作 PID 1 啟動，根本沒有 init。',
				'pid1-container-init': '容器用來回收孤兒行程的小型 init。',
				'pid1-full-init': '完整的 init 讓主機與虛擬機器開機，有些系統容器也用它。',
				'ns-pid-not-initial': '有自己的 PID 命名空間：主機的行程都被隱藏了。',
				'ns-user-not-initial': '有自己的使用者命名空間：它的 ID 對應到外面的其他 ID。',
				'ns-pid-initial': '核心的第一個 PID 命名空間：主機的行程樹。',
				'ns-mnt-initial': '核心的第一個掛載命名空間：主機的檔案系統。',
				'ns-mnt-same-as-init': '掛載與主機的 init 相同：檔案系統沒有隔離。',
				'ns-differs-from-pid1': '沒有與 PID 1 共用的命名空間，就是兩者之間的一道牆。',
				'wsl-kernel': 'WSL 執行的核心由 Microsoft 建置，並以此命名。',
				'wsl-no-kernel-mark': '為 WSL 建置的核心，名稱中帶有「microsoft」。',
				'wsl-env': 'WSL 會在它啟動的 shell 中設定 WSL_DISTRO_NAME。',
				'wsl-interop': 'WSL 註冊這一項，好從 Linux 執行 Windows 程式。',
				'detect-virt-wsl': 'systemd-detect-virt 把 WSL 回報為一種容器。',
			},
			cgroup: {
				v1: 'cgroup v1：每個控制器（cpu、memory 等）各有自己的樹。',
				v2: 'cgroup v2：所有控制器共用一棵樹，是現今的架構。',
				hybrid: '控制器用 v1 樹，另外再加一棵 v2 樹：介於兩者之間的架構。',
				unknown: 'cgroup 為一組行程限制並計量 CPU、記憶體與 I/O。',
			},
			answer: {
				vm: '虛擬機器在 hypervisor 模擬的硬體上執行自己的核心。',
				container: '容器是位於命名空間中的行程，使用主機的核心。',
				wsl: 'WSL 在 Windows 上執行 Linux 程式。',
			},
		},
	},
};
