// UI strings of the commands, in zh-Hant (Taiwan; terms: docs/glossary.md). Commands, flags, ids, paths and
// question type ids stay as written; one space between Chinese and Latin text or a number (glossary rule 4).
import type { cli as en } from '../en/cli.js';

export const cli: typeof en = {
	sentence: (text) => `${text}。`,
	lang: {
		unknown: (given) => `--lang 只接受 en、zh-Hant 或 zh-Hans（也接受 zh-TW 和 zh-CN），不接受「${given}」。`,
	},
	help: (version) => `cvm-tutor ${version}：了解容器和虛擬機器有什麼不同

用法
  cvm-tutor                  開啟教學（需要互動式終端機）
      --lessons DIR          使用 DIR 中的課程檔案（預覽你自己寫的課程）
      --plain                純文字模式，給螢幕閱讀器用：文字只印出一次、
                             選項有編號、輸入答案後按 Enter（設定
                             INK_SCREEN_READER=true 或 TERM=dumb 時也會啟用）
  cvm-tutor validate [DIR]   檢查課程資料夾（預設：內建的課程）
      --locale L             另外列出每個沒有 L 文字的字串
                             （zh-Hant 或 zh-Hans），註明檔案和位置
      --json                 輸出 JSON：{"ok", "chapters", "questions",
                             ..., "problems"}
  cvm-tutor interview        模擬面試：8 到 12 題，每題計時
      --minutes N            面試長度，5 到 90 分鐘（預設 20）
      --seed S               seed 和進度相同，問的題目就相同
      --json                 離開程式時，以 JSON 輸出報告
                             （stdout 可以是檔案：程式改在 stderr 上繪製）
      --plain                以純文字模式進行（見上文）
  cvm-tutor stats [--json]   顯示已儲存的進度
  cvm-tutor reset [--yes]    清除已儲存的進度（沒有 --yes 時會先詢問）
      --chapter ID           只清除一章：已讀頁面、答案、測驗和分數
                             （ID 見 \`cvm-tutor validate\`）
  cvm-tutor import FILE      合併一份進度副本（儲存失敗時寫下的）
  cvm-tutor whereami [--json] 檢視這台機器：命名空間、cgroup、是不是 VM？
  cvm-tutor room new         產生房間代碼：整個工作坊一起做的計時測驗
      --chapter ID           從這一章出題（可重複；預設：全部）
      --count N              題數，1 到 40（預設 8）
      --time SECONDS         每題秒數，10 到 300，以 5 為單位（預設 30）
      --types T,T,...        single、multiple、true-false、ordering、
                             matching、typed（預設：全部）
      --names                學員可以在結果代碼中加上名字
  cvm-tutor room join CODE   參加房間的測驗（每題倒數計時），
                             再把它印出的結果代碼貼到聊天室
      --name NAME            結果上的名字（限以 --names 建立的房間）
      --out FILE             另外把結果寫成 JSON
  cvm-tutor room tally CODE [FILE...] [--json]
                             統計結果代碼：來自貼上的聊天內容（stdin，
                             或 FILE 中的 -），或來自 FILE（聊天紀錄、
                             \`room join --out\` 寫的檔案）
  cvm-tutor room print CODE [--answers] [--format md|json]
                             把房間的測驗印成講義，或輸出成資料
  cvm-tutor room host        在這個網路上開一個即時房間：由你開啟每一題，
                             全場的答案一到就顯示出來
      --chapter, --count, --time, --types, --names   同 room new
      --port P               在連接埠 P 上聆聽（預設 7420，或下一個空的）
      --bind ADDR            只在 ADDR 上聆聽（127.0.0.1：自己試用）
      --max N                最多 N 位學員（預設 300）
      --out FILE             另外寫出最後的總結（.json：寫成 JSON）
      --resume FILE          在視窗關掉之後接續一個房間
  cvm-tutor room join HOST:PORT CODE [--name NAME]
                             加入即時房間，位址和加入代碼顯示在講師的螢幕上

選項
  --lang L                   語言：en、zh-Hant（台灣）或 zh-Hans（中國大陸）；
                             預設：在「設定」中選的語言，否則依照
                             LC_ALL / LC_MESSAGES / LANG（zh_TW：zh-Hant）
  -h, --help                 顯示這份說明
  -v, --version              顯示版本

每答一題就會儲存進度：有設定 $CVM_TUTOR_HOME 時存在其中的 progress.json，
否則存在你的使用者設定資料夾（Linux 上是 ~/.config/cvm-tutor）。`,
	usage: {
		line: (usage) => `用法：${usage}`,
		more: '執行 `cvm-tutor --help` 查看更多說明。',
		help: '執行 `cvm-tutor --help` 查看用法。',
		unknownOption: (option) => `不認得的選項 ${option}。`,
		needsValue: (option) => `選項 ${option} 需要一個值。`,
		unknownCommand: (command) => `不認得的指令「${command}」。`,
		withCommand: (option) => `--${option} 要搭配指令使用（例如 \`cvm-tutor stats --json\`）。`,
		notTaken: (command, option) => `${command} 不接受 --${option}。`,
		unexpected: (argument) => `多了一個引數「${argument}」。`,
		lessonsIsFile: (dir) => `--lessons 需要一個放課程檔案的資料夾，但 ${dir} 是檔案。`,
		lessonsMissing: (dir) => `課程資料夾 ${dir} 不存在。`,
		lessonsUnreadable: (dir, code) => `無法讀取課程資料夾 ${dir}（${code}）。`,
		locale: (given) => `--locale 只接受 en、zh-Hant 或 zh-Hans，不接受「${given}」。`,
		minutes: (min, max, given) => `--minutes 需要 ${min} 到 ${max} 之間的整數分鐘，不接受「${given}」。`,
		seed: (given) => `--seed 需要 0 到 4294967295 之間的整數，不接受「${given}」。`,
		oneChapter: 'reset 一次只接受一個 --chapter。',
		importFile: 'import 需要指定要合併的檔案。',
		roomSubcommand: 'room 需要一個子指令：new、join、tally 或 print。',
		unknownRoomSubcommand: (sub) => `不認得的 room 子指令「${sub}」；請用 new、join、tally 或 print。`,
		roomCode: (sub) => `room ${sub} 需要房間代碼（CVM-……）。`,
		codeWithSpace: (argument) => `多了一個引數「${argument}」：房間代碼中沒有空格（或請用引號括起來）。`,
		notWithResume: (option) => `--${option} 會建立新房間；--resume 會照原樣接續一個房間：請拿掉其中一個。`,
		joinCode: (where) => `room join ${where} 還需要加入代碼，就是講師螢幕上顯示的那個：cvm-tutor room join ${where} XXXX-XXXX-XXXX。`,
	},
	stream: {
		stdout: '標準輸出',
		stderr: '標準錯誤',
		cannotWrite: (name, code) => `cvm-tutor: 無法寫入${name}（${code}）。`,
	},
	terminal: {
		pipes: 'cvm-tutor: 教學需要終端機；它的輸入和輸出都是管線或檔案。',
		output: 'cvm-tutor: 教學畫在終端機上，但它的輸出是管線或檔案。',
		input: 'cvm-tutor: 教學從終端機讀取按鍵，但它的輸入是管線或檔案。',
		dumb: 'cvm-tutor: 教學需要移動游標，這個終端機（TERM=dumb）做不到。',
		alternatives: '請在終端機中執行，或改用不需要終端機的指令：',
		dumbAlternatives: ['請用能移動游標的 TERM 執行（例如 TERM=xterm-256color），', '或改用不需要終端機的指令：'],
		room: 'cvm-tutor: room join 要在終端機上倒數計時出題，而這裡不是終端機。',
		roomHint: (code) => `請在終端機視窗中執行 \`cvm-tutor room join ${code}\`；\`cvm-tutor room print ${code}\` 會以文字提供同一份測驗。`,
		interview: 'cvm-tutor: 模擬面試要在終端機上出題，而這裡不是終端機。',
		interviewHint: '過去的模擬面試在 `cvm-tutor stats --json` 中（欄位 "interviews"）。',
		live: 'cvm-tutor：room join 會在終端機上顯示即時房間的題目，而這裡不是終端機。',
		liveHint: (where, code) => `請在終端機視窗中執行 \`cvm-tutor room join ${where} ${code}\`。`,
		host: 'cvm-tutor：room host 會在終端機上為講師畫出房間，而這裡不是終端機。',
		hostHint: '請在終端機視窗中執行 `cvm-tutor room host`（就是你投影出來的那個視窗）。',
	},
	confirm: {
		yes: ['是', '是的', '好', '確定'],
	},
	reset: {
		confirmAll: 'cvm-tutor: reset 需要確認；執行 `cvm-tutor reset --yes` 以清除進度。',
		confirmChapter: (id) => `cvm-tutor: reset 需要確認；執行 \`cvm-tutor reset --chapter ${id} --yes\` 以清除那一章的進度。`,
		askAll: '要清除所有已儲存的進度嗎？清除後無法復原。[y/N] ',
		askChapter: (title) => `要清除你在「${title}」這一章的進度（已讀頁面、答案、測驗、分數）嗎？清除後無法復原。[y/N] `,
		nothingErased: '沒有清除任何東西。',
		erased: (path) => `進度已清除（${path}）。`,
		chapterErased: (title, path) => `「${title}」這一章的進度已清除；其他章節維持原樣（${path}）。`,
		cannot: (why) => `cvm-tutor: 無法重設：${why}`,
	},
	noChapter: (id) => `cvm-tutor: 沒有「${id}」這一章。請使用下列其中一個 ID：`,
	lessonsBroken: '內建的課程已損壞；請重新安裝 cvm-tutor。',
	validate: {
		warning: (text) => `警告：${text}`,
		problems: (count, folder, command) => `${folder} 中有 ${count} 個問題。修正後再執行一次 \`${command}\`。`,
		notReady: (count, folder, locale, command) => `${folder} 中有 ${count} 個字串的 ${locale} 版本還沒準備好。翻譯後再執行一次 \`${command}\`。`,
		okIn: (folder, locale) => `${folder}：${locale} 沒有問題`,
		complete: (chapters, questions, locale) => `${chapters} 章，${questions} 題：每個字串都有 ${locale} 文字。`,
		ok: (folder) => `${folder}：沒有問題`,
		summary: (chapters, questions, types) => `${chapters} 章，${questions} 題（${types}）`,
		typeCount: (n, type) => `${type} ${n} 題`,
		typeSeparator: '、',
		chapter: (order, id, pages, questions) => `  ${String(order).padStart(2)}. ${id}  ${pages} 頁，${questions} 題`,
	},
	stats: {
		file: (path) => `進度檔案：${path}`,
		chapter: (order, title, v) =>
			`  ${order}. ${title}：已讀 ${v.pagesRead}/${v.pagesTotal} 頁，已答 ${v.answered}/${v.questions} 題，${v.best ? `最佳 ${v.best.correct}/${v.best.total}` : '尚未測驗'}`,
		answers: (given, percent, toReview) => `已作答 ${given} 次，答對率 ${percent}%；有 ${toReview} 題待複習。`,
		study: (total, streak, longest) => `學習天數：${total}；連續 ${streak} 天（最長 ${longest} 天）。`,
		due: (today, days, counts) => `複習：今天到期 ${today} 題；接下來 ${days} 天依序為：${counts.join(' ')}。`,
		scores: (percents) => `歷次分數（由舊到新）：${percents.join(' ')}`,
		weakest: (tags) => `最常犯的誤解：${tags.map((m) => `${m.tag} ${m.percent}%`).join('、')}`,
	},
	import: {
		tooBig: (file) => `cvm-tutor: ${file} 太大了，不可能是進度檔案。`,
		cannotRead: (file, code) => `cvm-tutor: 無法讀取 ${file}（${code}）。`,
		notProgress: (file, why) => `cvm-tutor: ${file} 裡不是 cvm-tutor 的進度：${why}。`,
		failed: (why) => `cvm-tutor: 無法匯入：${why}`,
		merged: (file, path) => `已將 ${file} 的進度合併到 ${path}。你可以刪除 ${file}。`,
	},
	tutor: {
		saved: (path) => `已儲存到 ${path}。執行 \`cvm-tutor\` 即可繼續。`,
		nothingYet: (path) => `還沒有進度；之後會存在 ${path}。`,
		notSavedNoCopy: (why, copy, code) => `進度沒有儲存：${why}。副本也無法寫入 ${copy}（${code}）。`,
		notSaved: (why, copy, path) => `進度沒有儲存：${why}。副本在 ${copy}；等 ${path} 可以寫入後，執行 \`cvm-tutor import ${copy}\` 把它找回來。`,
		noReport: 'cvm-tutor: 模擬面試沒有完成，所以沒有報告可以輸出。',
		lessonsBroken: 'cvm-tutor: 上面列出的課程檔案有問題。請修正它們（`cvm-tutor validate` 會列出每個問題）。',
		lessonsChanged: '課程檔案在這次建置之後有變動；正在完整檢查。',
	},
	room: {
		code: {
			empty: '房間代碼是空的：它的樣子像 CVM-XXXX-XXXX-XXXX-XXXX；請向講師索取',
			character: (position, char) => `第 ${position} 個字元（'${char}'）不能出現在房間代碼中（代碼只用數字和 U 以外的字母）：請檢查這個字元`,
			newer: (format) => `這個房間代碼來自較新版的 cvm-tutor（格式 ${format}）：請用 npx cvm-tutor@latest 執行同一個指令（例如 npx cvm-tutor@latest room join CODE）`,
			length: (count, length, short, later) =>
				`CVM-…… 在 CVM- 之後有 ${count} 個字元，房間代碼應該有 ${length} 個：${short ? '請確認你複製了完整的代碼' : '請檢查是否有多餘的字元'}${later ? '（或者，如果講師用的是較新版的 cvm-tutor，請用 npx cvm-tutor@latest）' : ''}`,
			check: '檢查字元不符：有字元打錯了；請講師再貼一次代碼',
			format0: '這不是 cvm-tutor 的房間代碼（未知的格式 0）：請講師再貼一次代碼',
			tooMany: (count, seconds, maxCount, maxSeconds) =>
				`這個房間代碼要求 ${count} 題、每題 ${seconds} 秒；cvm-tutor 最多只出 ${maxCount} 題、每題 ${maxSeconds} 秒：請講師用 cvm-tutor room new 重新建立房間`,
		},
		otherLessons: (version, command) => `這個房間使用 cvm-tutor ${version} 的課程；請執行 \`npx cvm-tutor@${version} ${command}\``,
		badChapter: (chapter, chapters) => `房間要求第 ${chapter} 章，但這些課程只有 ${chapters} 章`,
		noTypesInChapters: '房間的章節中沒有房間指定題型的題目',
		join: {
			otherLessons: (message) => `${message}（你的課程是另一個版本的，題目會不一樣）。`,
			cannotTake: (code, why) => `無法用這些課程參加房間 ${code}：${why}。`,
			anonymous: '這個房間不記名：不會加上你的名字。',
			noPrintableName: '這個名字沒有可顯示的字元：不會加上名字。',
		},
		doesNotFit: (why) => `cvm-tutor: ${why}：這個房間代碼和這些課程不符；請講師重新建立房間。`,
		firstChapters: (n) => `cvm-tutor: 房間只能逐一指定前 ${n} 章；不加 --chapter 就會使用全部章節。`,
		count: (min, max, given) => `cvm-tutor: --count 需要 ${min} 到 ${max} 之間的整數題數，不接受「${given}」。`,
		time: (min, max, step, given) => `cvm-tutor: --time 需要每題 ${min} 到 ${max} 秒，以 ${step} 秒為單位（10、15、20……），不接受「${given}」。`,
		types: (types, name) => `cvm-tutor: --types 接受以逗號分隔的清單，項目為 ${types.join(', ')}；「${name}」不是其中之一。`,
		typesEmpty: (types) => `cvm-tutor: --types 接受以逗號分隔的清單，項目為 ${types.join(', ')}。`,
		noQuestion: (types) => `cvm-tutor: 選定的章節中沒有 ${types.join(', ')} 題型的題目；請選擇其他 --types 或 --chapter。`,
		summary: (questions, chapters, types, seconds, minutes) =>
			`${questions} 題，出自${chapters ? `第 ${chapters.join('、')} 章` : '所有章節'}（${types ? types.join(', ') : '所有封閉式題型'}），每題 ${seconds} 秒，約 ${minutes} 分鐘`,
		created: {
			code: (code) => `房間代碼：${code}`,
			join: (code) => `學員輸入：npx cvm-tutor room join ${code}`,
			only: (available) => `只有 ${available} 題符合，所以房間會全部出題。`,
			names: '學員可以在結果代碼中加上名字。',
			tally: (code) => `結束後，把聊天內容貼到：cvm-tutor room tally ${code}`,
		},
		paste: '請貼上聊天內容（或結果代碼），然後在單獨的一行按 Ctrl+D。',
		pasted: '貼上的文字',
		notAFile: (file) => `cvm-tutor: ${file} 不是檔案；已略過。`,
		tooLarge: (file) => `cvm-tutor: ${file} 超過 20 MB，不可能是聊天紀錄；已略過。`,
		cannotRead: (file, code) => `cvm-tutor: 無法讀取 ${file}（${code}）；已略過。`,
		noResult: (code, leftOut) =>
			`cvm-tutor: 找不到房間 ${code} 的結果代碼${leftOut ? `（${leftOut} 個未計入）` : ''}；請貼上含有 CVMR-…… 代碼的聊天內容，或指定含有這些代碼的檔案。`,
		format: (format) => `cvm-tutor: --format 只接受 md 或 json，不接受「${format}」。`,
		carryOn: (code, answered, total) => `房間 ${code}：已答 ${answered}/${total} 題，答案都已保留。執行 \`cvm-tutor room join ${code}\` 即可繼續。`,
		result: (code, correct, total) => `房間 ${code}：${total} 題答對 ${correct} 題。\n你的結果代碼，請貼到通話的聊天室：`,
		written: (file) => `也已寫入 ${file}。`,
		notWritten: (file, code) => `cvm-tutor: 無法寫入 ${file}（${code}）；上面的結果代碼就是你需要的全部。`,
		tally: {
			heading: (code, attendees, questions) => `房間 ${code}：統計了 ${attendees} 位學員，共 ${questions} 題`,
			names: (names) => `名字：${names.join('、')}`,
			leftOut: (n) => `${n} 個代碼未計入：`,
			rejected: (source, line, message, malformed) => `${source} 第 ${line} 行：${malformed ? `無法讀取：${message}` : message}`,
			right: (percent, right, attendees) => `答對 ${percent}（${attendees} 人中 ${right} 人）`,
			partly: (n) => `${n} 人部分答對`,
			unanswered: (n) => `${n} 人未作答`,
			median: (seconds) => `中位數 ${seconds} 秒`,
			factSeparator: '，',
			mark: { right: '正解', partly: '部分', wrong: '答錯' },
			mostCommonWrong: (count, answer) => `最常見的錯誤答案（${count}）：${answer}`,
			misconception: (tag) => `誤解：${tag}`,
			scores: '分數（每位學員答對的題數）',
			scoreRow: (score) => `答對 ${score} 題`,
			allRight: '優先討論：沒有；全場每一題都答對了。',
			noAnswers: '優先討論：還沒有答案。',
			discuss: '優先討論：',
			share: (percent) => `（答對 ${percent}）`,
		},
		print: {
			title: (code, answers) => `# cvm-tutor 房間 ${code}${answers ? '（附答案）' : ''}`,
			intro: (questions, seconds, minutes, code) => `${questions} 題，每題 ${seconds} 秒（約 ${minutes} 分鐘）。以 \`npx cvm-tutor room join ${code}\` 加入。`,
			selectAll: '選出所有正確的選項。',
			order: '排出順序：',
			match: '把每個編號項目配上一個字母選項（有些字母可能不配任何項目）：',
			trueOrFalse: '是對還是錯？',
			command: '寫出指令：______________________',
			value: '寫出值：______________________',
			answer: (shown) => `**答案**：${shown}`,
			or: ' 或 ',
			source: (link) => `出處：${link}`,
		},
	},
	live: {
		rejoin: (command) => `你在即時房間的答案都保留著。要重新加入：${command}`,
		hostPort: (given) => `「${given}」不是 HOST:PORT：請從講師的螢幕上抄下來（例如 192.168.1.23:7420）`,
		port: (given) => `連接埠 ${given} 不在 1-65535 之間：請從講師的螢幕上抄下 HOST:PORT`,
		link: {
			nobody: (where, why) => `${where} 上沒有 cvm-tutor 房間回應（${why}）：請對照講師螢幕上的位址，並確認你們在同一個網路`,
			timeout: '主持端沒有及時回應',
			tooLarge: '主持端送來的資料超過一則訊息的上限',
			refused: '那個位址和連接埠上沒有程式在聆聽',
			notFound: (host) => `這個網路上沒有叫 ${host} 的機器`,
			unreachable: '從這個網路無法連到那個位址',
			reset: '連線被切斷了',
			refusedBy: (reason) => `主持端拒絕讓這台電腦加入（${reason}）`,
			wait: '這個位址輸入錯誤的加入代碼太多次：稍候再試',
			status: (status) => `主持端回應了 HTTP ${status}`,
			silent: '有一段時間沒有收到主持端的消息',
			closed: '主持端關閉了連線',
			rejoin: '主持端已不認得這個連線：重新加入',
		},
		host: {
			port: (given) => `--port 需要 0 到 65535 之間的連接埠（0：任一個空閒的連接埠），而不是「${given}」`,
			max: (given, limit) => `--max 需要 1 到 ${limit} 之間的學員人數，而不是「${given}」`,
			noFolder: (folder, code) => `無法建立存放房間檔案的 ${folder}（${code}）：請檢查資料夾的權限，或把 CVM_TUTOR_HOME 設為你能寫入的資料夾`,
			inUse: (port, resumed) =>
				resumed
					? `連接埠 ${port} 已被使用（房間原本的主持程式還在執行嗎？）：請先關掉它，再執行同一個指令；學員會在連接埠 ${port} 尋找這個房間`
					: `連接埠 ${port} 已被其他程式使用：請用 --port 換一個，例如 --port ${port + 1}，或用 --port 0 讓系統挑一個空閒的連接埠`,
			notHere: (bind) => `--bind ${bind} 不是這台機器的位址：不加 --bind 就會在所有位址上聆聽，或用 --bind 127.0.0.1 自己試用房間`,
			privileged: (port) => `連接埠 ${port} 需要系統管理員權限：請用 1023 以上的連接埠，例如 --port 7420`,
			cannotListen: (bind, port, why) => `無法在 ${bind}:${port} 上聆聽（${why}）`,
			resumeTooLarge: (path) => `${path} 太大了，不可能是房間檔案：請檢查傳給 --resume 的路徑`,
			resumeUnreadable: (path, code) => `無法讀取房間檔案 ${path}（${code}）：請檢查傳給 --resume 的路徑`,
			resumeBroken: (path, why) => `${path} 不是 cvm-tutor 能接續的房間檔案：${why}`,
			resumeOtherLessons: (path, version) => `${path} 中的房間是用其他版本的課程建立的：請用建立它的 cvm-tutor 執行，npx cvm-tutor@${version} room host --resume ${path}`,
			carryOn: (path) => `房間已存到 ${path}。要從中斷的地方繼續（學員會自動重新連線）：cvm-tutor room host --resume ${path}`,
			notSaved: (path, why, copy) => `房間無法存到 ${path}（${why}）；含所有答案的副本在 ${copy}`,
			notSavedNoCopy: (path, why, code) => `房間無法存到 ${path}（${why}），副本也無法寫到暫存資料夾（${code}）`,
			saved: (path) => `這個房間和所有答案都已存到 ${path}。`,
		},
		secret: {
			empty: '加入代碼是空的：它的樣子像 XXXX-XXXX-XXXX，顯示在講師的螢幕上',
			character: (position, char) => `第 ${position} 個字元（'${char}'）不能出現在加入代碼中（代碼只用數字和 U 以外的字母）：請檢查這個字元`,
			length: (count, length) => `加入代碼有 ${count} 個字元，應該有 ${length} 個：請對照講師的螢幕檢查`,
			check: '加入代碼的檢查字元不符：有字元打錯了；請對照講師的螢幕檢查',
		},
	},
	store: {
		homeRelative: (path) => `CVM_TUTOR_HOME 必須是完整路徑，不能是 ${path}（例如 ~/.cvm-tutor）。`,
		xdgRelative: (path) => `XDG_CONFIG_HOME ${path} 不是完整路徑；請設定 CVM_TUTOR_HOME。`,
		noHome: (home) => `HOME ${home !== undefined ? `不是完整路徑（${home}）` : '是空的'}：找不到設定資料夾。請設定 HOME 或 CVM_TUTOR_HOME。`,
		partFile: (folder) => `無法使用 ${folder}：路徑中有一部分是檔案。請設定 CVM_TUTOR_HOME。`,
		cannotUse: (folder, code) => `無法使用 ${folder}（${code}）。請設定 CVM_TUTOR_HOME。`,
		partIsFile: (folder, at) => `無法使用 ${folder}：${at} 是檔案。請設定 CVM_TUTOR_HOME。`,
		cannotCreate: (folder, code) => `無法建立 ${folder}（${code}）。請設定 CVM_TUTOR_HOME。`,
		notJson: (detail) => `它不是有效的 JSON（${detail}）`,
		notObject: '它不是 JSON 物件',
		wrongShape: (detail) => `它的內容結構不對（${detail}）`,
		diskFull: (code, path) => `${path} 所在的磁碟已滿（${code}）`,
		noPermission: (folder, code) => `沒有寫入 ${folder} 的權限（${code}）`,
		readOnlyFs: (folder) => `${folder} 位於唯讀的檔案系統（EROFS）`,
		locked: (detail) => `另一個 cvm-tutor 正在儲存，還沒有完成（${detail}）`,
		cannotWrite: (path, code) => `無法寫入 ${path}（${code}）`,
		noFolder: (code) => `找不到進度資料夾（${code}）。請設定 CVM_TUTOR_HOME。`,
		folderIsFile: (folder) => `${folder} 是檔案；請設定 CVM_TUTOR_HOME。`,
		cannotOpen: (folder, code) => `無法開啟 ${folder}（${code}）。請檢查它，或設定 CVM_TUTOR_HOME。`,
		danglingLink: (path, code) => `${path} 是指向不存在位置的連結（${code}）。刪除它後，cvm-tutor 會建立新的檔案。`,
		linkOutside: (path, real, folder) => `${path} 是指向 ${real} 的連結，位於 ${folder} 之外；cvm-tutor 不會透過它寫入。`,
		linksOutside: (path) => `${path} 連結到資料夾之外；請在這個位置改放一份檔案副本。`,
		notRegular: (path) => `${path} 不是一般檔案。把它移走後，cvm-tutor 會建立新的檔案。`,
		tooBig: (path, size, max) => `${path} 有 ${size}，超過 cvm-tutor 能讀取的 ${max}。把它移走（或執行 \`cvm-tutor reset\`）即可重新開始。`,
		readOnly: (path) => `${path} 是唯讀的`,
		cannotRead: (path, code) => `無法讀取 ${path}（${code}）。請檢查它的權限。`,
		newerReadOnly: (path) => `${path} 是由較新版的 cvm-tutor 寫入的；請更新 cvm-tutor 才能儲存到這裡`,
		newer: (path, version) => `進度檔案 ${path} 是由較新版的 cvm-tutor 寫入的（進度版本 ${version}）。它會維持原樣，不會儲存任何東西：請更新 cvm-tutor 再繼續。`,
		willMoveAside: (path, why) => `無法讀取進度檔案 ${path}：${why}。教學開啟時會把它移到一旁，重新開始。`,
		cannotMoveAside: (path, why, code) => `無法使用 ${path}：${why}。把它移到一旁時失敗（${code}）；請手動移走或修正它。`,
		movedAside: (why, aside) => `無法讀取進度檔案（${why}）；它已被移到 ${aside}。重新開始。`,
		grew: (path, size) => `${path} 變大到 ${size}，超過 cvm-tutor 能讀取的大小`,
		newerMeanwhile: (path, version) => `${path} 在這段期間被較新版的 cvm-tutor 寫入（進度版本 ${version}）；請更新 cvm-tutor`,
		chmodReset: (readOnly) => `${readOnly}；執行 chmod u+w 後才能重設。`,
		chmodChange: (readOnly) => `${readOnly}；執行 chmod u+w 後才能變更。`,
		recovered: (answers, kept) => `已找回 ${answers} 個被舊版 cvm-tutor 移到一旁的答案（檔案保留為 ${kept}）。`,
	},
	resultCode: {
		damaged: (why) => `已損壞：${why}；請對方再貼一次`,
		badCharacter: (n, char) => `第 ${n} 個字元（'${char}'）不可能出現在結果代碼中`,
		tooShort: '太短了',
		checksum: '檢查碼不符（有字元被改動，或被截短了）',
		otherFormat: (format) => `由另一版 cvm-tutor 產生（結果格式 ${format}）：請用房間所用的版本來統計`,
		otherRoom: '來自另一個房間',
		count: (answers, questions) => `含有 ${answers} 個答案，但房間有 ${questions} 題`,
		tooLong: '比它的答案還長',
		cutShort: '在最後一個答案之前就結束了',
		answer: (questionId, what) => `它對 ${questionId} 的答案${what}`,
		noSuchChoice: '指向題目沒有的選項',
		noSuchItem: '排入題目沒有的項目',
		noSuchPair: '配對到題目沒有的項目',
		notUtf8: '不是 UTF-8 文字',
		explain: '屬於講解題，而房間不出這種題',
		duplicate: (attendee, where) => `重複：參加者 ${attendee} 已經算過了（${where}）`,
		line: (line) => `第 ${line} 行`,
		fileLine: (source, line) => `${source} 第 ${line} 行`,
	},
};
