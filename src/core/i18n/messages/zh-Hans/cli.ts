// UI strings of the commands, in zh-Hans (mainland China; terms: docs/glossary.md). Commands, flags, ids, paths
// and question type ids stay as written; one space between Chinese and Latin text or a number (glossary rule 4).
import type { cli as en } from '../en/cli.js';

export const cli: typeof en = {
	sentence: (text) => `${text}。`,
	lang: {
		unknown: (given) => `--lang 只接受 en、zh-Hant 或 zh-Hans（也接受 zh-TW 和 zh-CN），不接受“${given}”。`,
	},
	help: (version) => `cvm-tutor ${version}：了解容器和虚拟机有什么不同

用法
  cvm-tutor                  打开教程（需要交互式终端）
      --lessons DIR          使用 DIR 中的课程文件（预览你自己写的课程）
      --plain                纯文本模式，供屏幕阅读器使用：文字只输出一次、
                             选项带编号、输入答案后按 Enter（设置
                             INK_SCREEN_READER=true 或 TERM=dumb 时也会启用）
  cvm-tutor validate [DIR]   检查课程目录（默认：自带的课程）
      --locale L             另外列出每个没有 L 文本的字符串
                             （zh-Hant 或 zh-Hans），注明文件和位置
      --json                 输出 JSON：{"ok", "chapters", "questions",
                             ..., "problems"}
  cvm-tutor interview        模拟面试：8 到 12 题，每题计时
      --minutes N            面试时长，5 到 90 分钟（默认 20）
      --seed S               seed 和进度相同，问的题目就相同
      --json                 退出程序时，以 JSON 输出报告
                             （stdout 可以是文件：程序改在 stderr 上绘制）
      --plain                以纯文本模式进行（见上文）
  cvm-tutor stats [--json]   显示已保存的进度
  cvm-tutor reset [--yes]    清除已保存的进度（没有 --yes 时会先询问）
      --chapter ID           只清除一章：已读页面、答案、测验和分数
                             （ID 见 \`cvm-tutor validate\`）
  cvm-tutor import FILE      合并一份进度副本（保存失败时写下的）
  cvm-tutor whereami [--json] 查看这台机器：命名空间、cgroup、是不是 VM？
  cvm-tutor room new         生成房间码：整个工作坊一起做的计时测验
      --chapter ID           从这一章出题（可重复；默认：全部）
      --count N              题数，1 到 40（默认 8）
      --time SECONDS         每题秒数，10 到 300，以 5 为步长（默认 30）
      --types T,T,...        single、multiple、true-false、ordering、
                             matching、typed（默认：全部）
      --names                学员可以在结果码中加上名字
  cvm-tutor room join CODE   参加房间的测验（每题倒计时），
                             再把它打印的结果码粘贴到聊天框
      --name NAME            结果中的名字（限用 --names 创建的房间）
      --out FILE             另外把结果写成 JSON
  cvm-tutor room tally CODE [FILE...] [--json]
                             统计结果码：来自粘贴的聊天内容（stdin，
                             或 FILE 中的 -），或来自 FILE（聊天记录、
                             \`room join --out\` 写的文件）
  cvm-tutor room print CODE [--answers] [--format md|json]
                             把房间的测验打印成讲义，或输出为数据
  cvm-tutor room host        在这个网络上开一个实时房间：由你打开每一题，
                             全场的答案一到就显示出来
      --chapter, --count, --time, --types, --names   同 room new
      --port P               在端口 P 上监听（默认 7420，或下一个空闲端口）
      --bind ADDR            只在 ADDR 上监听（127.0.0.1：自己试用）
      --max N                最多 N 位学员（默认 300）
      --out FILE             另外写出最后的总结（.json：写成 JSON）
      --resume FILE          在窗口关掉之后接续一个房间
  cvm-tutor room join HOST:PORT CODE [--name NAME]
                             加入实时房间，地址和加入代码显示在讲师的屏幕上

选项
  --lang L                   语言：en、zh-Hant（台湾）或 zh-Hans（中国大陆）；
                             默认：在“设置”中选择的语言，否则依据
                             LC_ALL / LC_MESSAGES / LANG（zh_TW：zh-Hant）
  -h, --help                 显示本帮助
  -v, --version              显示版本

每答一题就会保存进度：设置了 $CVM_TUTOR_HOME 时保存在其中的 progress.json，
否则保存在你的用户配置目录（Linux 上是 ~/.config/cvm-tutor）。`,
	usage: {
		line: (usage) => `用法：${usage}`,
		more: '运行 `cvm-tutor --help` 查看更多说明。',
		help: '运行 `cvm-tutor --help` 查看用法。',
		unknownOption: (option) => `未知选项 ${option}。`,
		needsValue: (option) => `选项 ${option} 需要一个值。`,
		unknownCommand: (command) => `未知命令“${command}”。`,
		withCommand: (option) => `--${option} 要和命令一起使用（例如 \`cvm-tutor stats --json\`）。`,
		notTaken: (command, option) => `${command} 不接受 --${option}。`,
		unexpected: (argument) => `多余的参数“${argument}”。`,
		lessonsIsFile: (dir) => `--lessons 需要一个存放课程文件的目录，但 ${dir} 是文件。`,
		lessonsMissing: (dir) => `课程目录 ${dir} 不存在。`,
		lessonsUnreadable: (dir, code) => `无法读取课程目录 ${dir}（${code}）。`,
		locale: (given) => `--locale 只接受 en、zh-Hant 或 zh-Hans，不接受“${given}”。`,
		minutes: (min, max, given) => `--minutes 需要 ${min} 到 ${max} 之间的整数分钟，不接受“${given}”。`,
		seed: (given) => `--seed 需要 0 到 4294967295 之间的整数，不接受“${given}”。`,
		oneChapter: 'reset 一次只接受一个 --chapter。',
		importFile: 'import 需要指定要合并的文件。',
		roomSubcommand: 'room 需要一个子命令：new、join、tally 或 print。',
		unknownRoomSubcommand: (sub) => `未知的 room 子命令“${sub}”；请使用 new、join、tally 或 print。`,
		roomCode: (sub) => `room ${sub} 需要房间码（CVM-……）。`,
		codeWithSpace: (argument) => `多余的参数“${argument}”：房间码中没有空格（或请用引号括起来）。`,
		notWithResume: (option) => `--${option} 会创建新房间；--resume 会按原样接续一个房间：请去掉其中一个。`,
		joinCode: (where) => `room join ${where} 还需要加入代码，就是讲师屏幕上显示的那个：cvm-tutor room join ${where} XXXX-XXXX-XXXX。`,
	},
	stream: {
		stdout: '标准输出',
		stderr: '标准错误',
		cannotWrite: (name, code) => `cvm-tutor: 无法写入${name}（${code}）。`,
	},
	terminal: {
		pipes: 'cvm-tutor: 教程需要终端；它的输入和输出都是管道或文件。',
		output: 'cvm-tutor: 教程要在终端上绘制，但它的输出是管道或文件。',
		input: 'cvm-tutor: 教程从终端读取按键，但它的输入是管道或文件。',
		dumb: 'cvm-tutor: 教程需要移动光标，这个终端（TERM=dumb）做不到。',
		alternatives: '请在终端中运行，或改用不需要终端的命令：',
		dumbAlternatives: ['请用能移动光标的 TERM 运行（例如 TERM=xterm-256color），', '或改用不需要终端的命令：'],
		room: 'cvm-tutor: room join 要在终端上倒计时出题，而这里不是终端。',
		roomHint: (code) => `请在终端窗口中运行 \`cvm-tutor room join ${code}\`；\`cvm-tutor room print ${code}\` 以文本形式提供同一份测验。`,
		interview: 'cvm-tutor: 模拟面试要在终端上出题，而这里不是终端。',
		interviewHint: '以往的模拟面试记录在 `cvm-tutor stats --json` 中（字段 "interviews"）。',
		live: 'cvm-tutor：room join 会在终端上显示实时房间的题目，而这里不是终端。',
		liveHint: (where, code) => `请在终端窗口中运行 \`cvm-tutor room join ${where} ${code}\`。`,
		host: 'cvm-tutor：room host 会在终端上为讲师画出房间，而这里不是终端。',
		hostHint: '请在终端窗口中运行 `cvm-tutor room host`（就是你投影出来的那个窗口）。',
	},
	confirm: {
		yes: ['是', '是的', '好', '确定'],
	},
	reset: {
		confirmAll: 'cvm-tutor: reset 需要确认；运行 `cvm-tutor reset --yes` 以清除进度。',
		confirmChapter: (id) => `cvm-tutor: reset 需要确认；运行 \`cvm-tutor reset --chapter ${id} --yes\` 以清除那一章的进度。`,
		askAll: '要清除所有已保存的进度吗？清除后无法恢复。[y/N] ',
		askChapter: (title) => `要清除你在“${title}”这一章的进度（已读页面、答案、测验、分数）吗？清除后无法恢复。[y/N] `,
		nothingErased: '没有清除任何内容。',
		erased: (path) => `进度已清除（${path}）。`,
		chapterErased: (title, path) => `“${title}”这一章的进度已清除；其他章节保持不变（${path}）。`,
		cannot: (why) => `cvm-tutor: 无法重置：${why}`,
	},
	noChapter: (id) => `cvm-tutor: 没有“${id}”这一章。请使用以下 ID 之一：`,
	lessonsBroken: '自带的课程已损坏；请重新安装 cvm-tutor。',
	validate: {
		warning: (text) => `警告：${text}`,
		problems: (count, folder, command) => `${folder} 中有 ${count} 个问题。修正后再运行一次 \`${command}\`。`,
		notReady: (count, folder, locale, command) => `${folder} 中有 ${count} 个字符串的 ${locale} 版本还没准备好。翻译后再运行一次 \`${command}\`。`,
		okIn: (folder, locale) => `${folder}：${locale} 没有问题`,
		complete: (chapters, questions, locale) => `${chapters} 章，${questions} 题：每个字符串都有 ${locale} 文本。`,
		ok: (folder) => `${folder}：没有问题`,
		summary: (chapters, questions, types) => `${chapters} 章，${questions} 题（${types}）`,
		typeCount: (n, type) => `${type} ${n} 题`,
		typeSeparator: '、',
		chapter: (order, id, pages, questions) => `  ${String(order).padStart(2)}. ${id}  ${pages} 页，${questions} 题`,
	},
	stats: {
		file: (path) => `进度文件：${path}`,
		chapter: (order, title, v) =>
			`  ${order}. ${title}：已读 ${v.pagesRead}/${v.pagesTotal} 页，已答 ${v.answered}/${v.questions} 题，${v.best ? `最佳 ${v.best.correct}/${v.best.total}` : '尚未测验'}`,
		answers: (given, percent, toReview) => `已作答 ${given} 次，正确率 ${percent}%；有 ${toReview} 题待复习。`,
		study: (total, streak, longest) => `学习天数：${total}；连续 ${streak} 天（最长 ${longest} 天）。`,
		due: (today, days, counts) => `复习：今天到期 ${today} 题；接下来 ${days} 天依次为：${counts.join(' ')}。`,
		scores: (percents) => `历次分数（从旧到新）：${percents.join(' ')}`,
		weakest: (tags) => `最常见的误解：${tags.map((m) => `${m.tag} ${m.percent}%`).join('、')}`,
	},
	import: {
		tooBig: (file) => `cvm-tutor: ${file} 太大了，不可能是进度文件。`,
		cannotRead: (file, code) => `cvm-tutor: 无法读取 ${file}（${code}）。`,
		notProgress: (file, why) => `cvm-tutor: ${file} 中不是 cvm-tutor 的进度：${why}。`,
		failed: (why) => `cvm-tutor: 无法导入：${why}`,
		merged: (file, path) => `已将 ${file} 中的进度合并到 ${path}。你可以删除 ${file}。`,
	},
	tutor: {
		saved: (path) => `已保存到 ${path}。运行 \`cvm-tutor\` 即可继续。`,
		nothingYet: (path) => `还没有进度；之后会保存在 ${path}。`,
		notSavedNoCopy: (why, copy, code) => `进度没有保存：${why}。副本也无法写入 ${copy}（${code}）。`,
		notSaved: (why, copy, path) => `进度没有保存：${why}。副本在 ${copy}；等 ${path} 可以写入后，运行 \`cvm-tutor import ${copy}\` 以恢复它。`,
		noReport: 'cvm-tutor: 模拟面试没有完成，所以没有报告可以输出。',
		lessonsBroken: 'cvm-tutor: 上面列出的课程文件有问题。请修正它们（`cvm-tutor validate` 会列出每个问题）。',
		lessonsChanged: '课程文件在本次构建之后有改动；正在完整检查。',
	},
	room: {
		code: {
			empty: '房间码是空的：它的格式类似 CVM-XXXX-XXXX-XXXX-XXXX；请向讲师索取',
			character: (position, char) => `第 ${position} 个字符（'${char}'）不能出现在房间码中（房间码只用数字和 U 以外的字母）：请检查这个字符`,
			newer: (format) => `这个房间码来自更新版本的 cvm-tutor（格式 ${format}）：请用 npx cvm-tutor@latest 运行同一条命令（例如 npx cvm-tutor@latest room join CODE）`,
			length: (count, length, short, later) =>
				`CVM-…… 在 CVM- 之后有 ${count} 个字符，房间码应该有 ${length} 个：${short ? '请确认你复制了完整的房间码' : '请检查是否有多余的字符'}${later ? '（或者，如果讲师用的是更新版本的 cvm-tutor，请用 npx cvm-tutor@latest）' : ''}`,
			check: '校验字符不匹配：有字符输错了；请讲师再粘贴一次房间码',
			format0: '这不是 cvm-tutor 的房间码（未知格式 0）：请讲师再粘贴一次房间码',
			tooMany: (count, seconds, maxCount, maxSeconds) =>
				`这个房间码要求 ${count} 题、每题 ${seconds} 秒；cvm-tutor 最多只出 ${maxCount} 题、每题 ${maxSeconds} 秒：请讲师用 cvm-tutor room new 重新创建房间`,
		},
		otherLessons: (version, command) => `这个房间使用 cvm-tutor ${version} 的课程；请运行 \`npx cvm-tutor@${version} ${command}\``,
		badChapter: (chapter, chapters) => `房间要求第 ${chapter} 章，但这些课程只有 ${chapters} 章`,
		noTypesInChapters: '房间的章节中没有房间指定题型的题目',
		join: {
			otherLessons: (message) => `${message}（你的课程是另一个版本的，题目会不一样）。`,
			cannotTake: (code, why) => `无法用这些课程参加房间 ${code}：${why}。`,
			anonymous: '这个房间是匿名的：不会加上你的名字。',
			noPrintableName: '这个名字没有可显示的字符：不会加上名字。',
		},
		doesNotFit: (why) => `cvm-tutor: ${why}：这个房间码和这些课程不匹配；请讲师重新创建房间。`,
		firstChapters: (n) => `cvm-tutor: 房间只能逐一指定前 ${n} 章；不加 --chapter 就会使用全部章节。`,
		count: (min, max, given) => `cvm-tutor: --count 需要 ${min} 到 ${max} 之间的整数题数，不接受“${given}”。`,
		time: (min, max, step, given) => `cvm-tutor: --time 需要每题 ${min} 到 ${max} 秒，以 ${step} 秒为步长（10、15、20……），不接受“${given}”。`,
		types: (types, name) => `cvm-tutor: --types 接受以逗号分隔的列表，可选 ${types.join(', ')}；“${name}”不在其中。`,
		typesEmpty: (types) => `cvm-tutor: --types 接受以逗号分隔的列表，可选 ${types.join(', ')}。`,
		noQuestion: (types) => `cvm-tutor: 所选章节中没有 ${types.join(', ')} 题型的题目；请选择其他 --types 或 --chapter。`,
		summary: (questions, chapters, types, seconds, minutes) =>
			`${questions} 题，出自${chapters ? `第 ${chapters.join('、')} 章` : '所有章节'}（${types ? types.join(', ') : '所有封闭式题型'}），每题 ${seconds} 秒，约 ${minutes} 分钟`,
		created: {
			code: (code) => `房间码：${code}`,
			join: (code) => `学员输入：npx cvm-tutor room join ${code}`,
			only: (available) => `只有 ${available} 题符合条件，所以房间会全部出题。`,
			names: '学员可以在结果码中加上名字。',
			tally: (code) => `结束后，把聊天内容粘贴到：cvm-tutor room tally ${code}`,
		},
		paste: '请粘贴聊天内容（或结果码），然后在单独的一行按 Ctrl+D。',
		pasted: '粘贴的文本',
		notAFile: (file) => `cvm-tutor: ${file} 不是文件；已跳过。`,
		tooLarge: (file) => `cvm-tutor: ${file} 超过 20 MB，不可能是聊天记录；已跳过。`,
		cannotRead: (file, code) => `cvm-tutor: 无法读取 ${file}（${code}）；已跳过。`,
		noResult: (code, leftOut) =>
			`cvm-tutor: 没有找到房间 ${code} 的结果码${leftOut ? `（${leftOut} 个未计入）` : ''}；请粘贴含有 CVMR-…… 结果码的聊天内容，或指定含有这些结果码的文件。`,
		format: (format) => `cvm-tutor: --format 只接受 md 或 json，不接受“${format}”。`,
		carryOn: (code, answered, total) => `房间 ${code}：已答 ${answered}/${total} 题，答案都已保留。运行 \`cvm-tutor room join ${code}\` 即可继续。`,
		result: (code, correct, total) => `房间 ${code}：${total} 题答对 ${correct} 题。\n你的结果码，请粘贴到会议的聊天框：`,
		written: (file) => `也已写入 ${file}。`,
		notWritten: (file, code) => `cvm-tutor: 无法写入 ${file}（${code}）；上面的结果码就是你需要的全部内容。`,
		tally: {
			heading: (code, attendees, questions) => `房间 ${code}：统计了 ${attendees} 位学员，共 ${questions} 题`,
			names: (names) => `名字：${names.join('、')}`,
			leftOut: (n) => `${n} 个结果码未计入：`,
			rejected: (source, line, message, malformed) => `${source} 第 ${line} 行：${malformed ? `无法读取：${message}` : message}`,
			right: (percent, right, attendees) => `答对 ${percent}（${attendees} 人中 ${right} 人）`,
			partly: (n) => `${n} 人部分答对`,
			unanswered: (n) => `${n} 人未作答`,
			median: (seconds) => `中位数 ${seconds} 秒`,
			factSeparator: '，',
			mark: { right: '正解', partly: '部分', wrong: '答错' },
			mostCommonWrong: (count, answer) => `最常见的错误答案（${count}）：${answer}`,
			misconception: (tag) => `误解：${tag}`,
			scores: '分数（每位学员答对的题数）',
			scoreRow: (score) => `答对 ${score} 题`,
			allRight: '优先讨论：没有；全场每道题都答对了。',
			noAnswers: '优先讨论：还没有答案。',
			discuss: '优先讨论：',
			share: (percent) => `（答对 ${percent}）`,
		},
		print: {
			title: (code, answers) => `# cvm-tutor 房间 ${code}${answers ? '（附答案）' : ''}`,
			intro: (questions, seconds, minutes, code) => `${questions} 题，每题 ${seconds} 秒（约 ${minutes} 分钟）。用 \`npx cvm-tutor room join ${code}\` 加入。`,
			selectAll: '选出所有正确的选项。',
			order: '排出顺序：',
			match: '把每个编号项目和一个字母选项配对（有些字母可能不和任何项目配对）：',
			trueOrFalse: '对还是错？',
			command: '写出命令：______________________',
			value: '写出值：______________________',
			answer: (shown) => `**答案**：${shown}`,
			or: ' 或 ',
			source: (link) => `出处：${link}`,
		},
	},
	live: {
		rejoin: (command) => `你在实时房间的答案都保留着。要重新加入：${command}`,
		hostPort: (given) => `“${given}”不是 HOST:PORT：请从讲师的屏幕上抄下来（例如 192.168.1.23:7420）`,
		port: (given) => `端口 ${given} 不在 1-65535 之间：请从讲师的屏幕上抄下 HOST:PORT`,
		link: {
			nobody: (where, why) => `${where} 上没有 cvm-tutor 房间响应（${why}）：请对照讲师屏幕上的地址，并确认你们在同一个网络`,
			timeout: '主持端没有及时响应',
			tooLarge: '主持端发来的数据超过一条消息的上限',
			refused: '那个地址和端口上没有程序在监听',
			notFound: (host) => `这个网络上没有叫 ${host} 的机器`,
			unreachable: '从这个网络无法连到那个地址',
			reset: '连接被切断了',
			refusedBy: (reason) => `主持端拒绝让这台电脑加入（${reason}）`,
			wait: '这个地址输入错误的加入代码太多次：稍候再试',
			status: (status) => `主持端返回了 HTTP ${status}`,
			silent: '有一段时间没有收到主持端的消息',
			closed: '主持端关闭了连接',
			rejoin: '主持端已不认得这个连接：重新加入',
		},
		host: {
			port: (given) => `--port 需要 0 到 65535 之间的端口号（0：任意一个空闲端口），而不是“${given}”`,
			max: (given, limit) => `--max 需要 1 到 ${limit} 之间的学员人数，而不是“${given}”`,
			noFolder: (folder, code) => `无法创建存放房间文件的 ${folder}（${code}）：请检查文件夹的权限，或把 CVM_TUTOR_HOME 设为你能写入的文件夹`,
			inUse: (port, resumed) =>
				resumed
					? `端口 ${port} 已被占用（房间原来的主持程序还在运行吗？）：请先关掉它，再运行同一个命令；学员会在端口 ${port} 寻找这个房间`
					: `端口 ${port} 已被其他程序占用：请用 --port 换一个，例如 --port ${port + 1}，或用 --port 0 让系统挑一个空闲端口`,
			notHere: (bind) => `--bind ${bind} 不是这台机器的地址：不加 --bind 就会在所有地址上监听，或用 --bind 127.0.0.1 自己试用房间`,
			privileged: (port) => `端口 ${port} 需要管理员权限：请用 1023 以上的端口，例如 --port 7420`,
			cannotListen: (bind, port, why) => `无法在 ${bind}:${port} 上监听（${why}）`,
			resumeTooLarge: (path) => `${path} 太大了，不可能是房间文件：请检查传给 --resume 的路径`,
			resumeUnreadable: (path, code) => `无法读取房间文件 ${path}（${code}）：请检查传给 --resume 的路径`,
			resumeBroken: (path, why) => `${path} 不是 cvm-tutor 能接续的房间文件：${why}`,
			resumeOtherLessons: (path, version) => `${path} 中的房间是用其他版本的课程创建的：请用创建它的 cvm-tutor 运行，npx cvm-tutor@${version} room host --resume ${path}`,
			carryOn: (path) => `房间已保存到 ${path}。要从中断的地方继续（学员会自动重新连接）：cvm-tutor room host --resume ${path}`,
			notSaved: (path, why, copy) => `房间无法保存到 ${path}（${why}）；含所有答案的副本在 ${copy}`,
			notSavedNoCopy: (path, why, code) => `房间无法保存到 ${path}（${why}），副本也无法写到临时文件夹（${code}）`,
			saved: (path) => `这个房间和所有答案都已保存到 ${path}。`,
		},
		secret: {
			empty: '加入代码是空的：它的样子像 XXXX-XXXX-XXXX，显示在讲师的屏幕上',
			character: (position, char) => `第 ${position} 个字符（'${char}'）不能出现在加入代码中（代码只用数字和 U 以外的字母）：请检查这个字符`,
			length: (count, length) => `加入代码有 ${count} 个字符，应该有 ${length} 个：请对照讲师的屏幕检查`,
			check: '加入代码的校验字符不符：有字符打错了；请对照讲师的屏幕检查',
		},
	},
	store: {
		homeRelative: (path) => `CVM_TUTOR_HOME 必须是完整路径，不能是 ${path}（例如 ~/.cvm-tutor）。`,
		xdgRelative: (path) => `XDG_CONFIG_HOME ${path} 不是完整路径；请设置 CVM_TUTOR_HOME。`,
		noHome: (home) => `HOME ${home !== undefined ? `不是完整路径（${home}）` : '是空的'}：找不到配置目录。请设置 HOME 或 CVM_TUTOR_HOME。`,
		partFile: (folder) => `无法使用 ${folder}：路径中有一部分是文件。请设置 CVM_TUTOR_HOME。`,
		cannotUse: (folder, code) => `无法使用 ${folder}（${code}）。请设置 CVM_TUTOR_HOME。`,
		partIsFile: (folder, at) => `无法使用 ${folder}：${at} 是文件。请设置 CVM_TUTOR_HOME。`,
		cannotCreate: (folder, code) => `无法创建 ${folder}（${code}）。请设置 CVM_TUTOR_HOME。`,
		notJson: (detail) => `它不是有效的 JSON（${detail}）`,
		notObject: '它不是 JSON 对象',
		wrongShape: (detail) => `它的内容结构不对（${detail}）`,
		diskFull: (code, path) => `${path} 所在的磁盘已满（${code}）`,
		noPermission: (folder, code) => `没有写入 ${folder} 的权限（${code}）`,
		readOnlyFs: (folder) => `${folder} 位于只读文件系统（EROFS）`,
		locked: (detail) => `另一个 cvm-tutor 正在保存，还没有完成（${detail}）`,
		cannotWrite: (path, code) => `无法写入 ${path}（${code}）`,
		noFolder: (code) => `找不到进度目录（${code}）。请设置 CVM_TUTOR_HOME。`,
		folderIsFile: (folder) => `${folder} 是文件；请设置 CVM_TUTOR_HOME。`,
		cannotOpen: (folder, code) => `无法打开 ${folder}（${code}）。请检查它，或设置 CVM_TUTOR_HOME。`,
		danglingLink: (path, code) => `${path} 是指向不存在位置的链接（${code}）。删除它后，cvm-tutor 会创建新的文件。`,
		linkOutside: (path, real, folder) => `${path} 是指向 ${real} 的链接，位于 ${folder} 之外；cvm-tutor 不会通过它写入。`,
		linksOutside: (path) => `${path} 链接到目录之外；请在这个位置改放一份文件副本。`,
		notRegular: (path) => `${path} 不是普通文件。把它移走后，cvm-tutor 会创建新的文件。`,
		tooBig: (path, size, max) => `${path} 有 ${size}，超过 cvm-tutor 能读取的 ${max}。把它移走（或运行 \`cvm-tutor reset\`）即可重新开始。`,
		readOnly: (path) => `${path} 是只读的`,
		cannotRead: (path, code) => `无法读取 ${path}（${code}）。请检查它的权限。`,
		newerReadOnly: (path) => `${path} 是由更新版本的 cvm-tutor 写入的；请更新 cvm-tutor 才能保存到这里`,
		newer: (path, version) => `进度文件 ${path} 是由更新版本的 cvm-tutor 写入的（进度版本 ${version}）。它会保持原样，不会保存任何内容：请更新 cvm-tutor 再继续。`,
		willMoveAside: (path, why) => `无法读取进度文件 ${path}：${why}。教程打开时会把它移到一边，重新开始。`,
		cannotMoveAside: (path, why, code) => `无法使用 ${path}：${why}。把它移到一边时失败（${code}）；请手动移走或修复它。`,
		movedAside: (why, aside) => `无法读取进度文件（${why}）；它已被移到 ${aside}。重新开始。`,
		grew: (path, size) => `${path} 增大到 ${size}，超过 cvm-tutor 能读取的大小`,
		newerMeanwhile: (path, version) => `${path} 在此期间被更新版本的 cvm-tutor 写入（进度版本 ${version}）；请更新 cvm-tutor`,
		chmodReset: (readOnly) => `${readOnly}；运行 chmod u+w 后才能重置。`,
		chmodChange: (readOnly) => `${readOnly}；运行 chmod u+w 后才能修改。`,
		recovered: (answers, kept) => `已恢复 ${answers} 个被旧版 cvm-tutor 移到一边的答案（文件保留为 ${kept}）。`,
	},
	resultCode: {
		damaged: (why) => `已损坏：${why}；请对方再粘贴一次`,
		badCharacter: (n, char) => `第 ${n} 个字符（'${char}'）不可能出现在结果代码中`,
		tooShort: '太短了',
		checksum: '校验和不符（有字符被改动，或被截短了）',
		otherFormat: (format) => `由另一版本的 cvm-tutor 生成（结果格式 ${format}）：请用房间所用的版本来统计`,
		otherRoom: '来自另一个房间',
		count: (answers, questions) => `包含 ${answers} 个答案，但房间有 ${questions} 道题`,
		tooLong: '比它的答案还长',
		cutShort: '在最后一个答案之前就结束了',
		answer: (questionId, what) => `它对 ${questionId} 的答案${what}`,
		noSuchChoice: '指向题目没有的选项',
		noSuchItem: '排入题目没有的项目',
		noSuchPair: '配对到题目没有的项目',
		notUtf8: '不是 UTF-8 文本',
		explain: '属于讲解题，而房间不出这种题',
		duplicate: (attendee, where) => `重复：参与者 ${attendee} 已经统计过了（${where}）`,
		line: (line) => `第 ${line} 行`,
		fileLine: (source, line) => `${source} 第 ${line} 行`,
	},
};
