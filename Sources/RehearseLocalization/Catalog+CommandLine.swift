extension Catalog {
  static let commandLine: [MessageKey: Translation] = [
    .cliAbstract: .init(
      en: "Practise the service standards: study, quizzes and role-play, scored as you type.",
      zh: "练习服务规范：学习、测验和情景对话，输入即评分。"),
    .cliDiscussion: .init(
      en: """
        Run without a command to start the shell on the bundled content. Scripts can pipe commands \
        into it: with standard input not a terminal it reads plain lines and prints no prompts.
        The interface language comes from --lang, REHEARSE_LANG, then LC_ALL/LC_MESSAGES/LANG.
        """,
      zh: """
        不带命令运行时，在内置内容上启动交互练习环境。脚本可以通过管道输入命令：\
        标准输入不是终端时，逐行读取命令，不显示提示符。
        界面语言依次取自 --lang、REHEARSE_LANG、LC_ALL/LC_MESSAGES/LANG。
        """),
    .cliShellAbstract: .init(
      en: "Start the interactive training shell (the default).", zh: "启动交互式培训环境（默认命令）。"),
    .cliShellDiscussion: .init(
      en:
        "Line editing, history (kept under $XDG_STATE_HOME/rehearse) and Tab completion on a terminal.",
      zh: "在终端中支持行编辑、历史记录（保存在 $XDG_STATE_HOME/rehearse 下）和 Tab 补全。"),
    .cliGradeAbstract: .init(
      en: "Score answers from a TSV file without recording them.",
      zh: "为 TSV 文件中的回答评分，不做记录。"),
    .cliGradeDiscussion: .init(
      en:
        "The header names pack, item, step, answer and optionally expect (good or bad). Exit 0, 1 if an expect was misjudged, 2 on bad input.",
      zh: "表头列出 pack、item、step、answer，可选 expect（good 或 bad）。退出码 0；有 expect 判错时为 1；输入有误时为 2。"),
    .cliGradeJSONHelp: .init(
      en: "Print one JSON object per answer.", zh: "每个回答输出一个 JSON 对象。"),
    .cliGradeFileHelp: .init(
      en: "The TSV file (standard input if absent or -).", zh: "TSV 文件（省略或为 - 时读标准输入）。"),
    .cliGradeCannotRead: .init(en: "cannot read {1}", zh: "无法读取 {1}"),
    .gradeEmpty: .init(en: "the input has no header line", zh: "输入没有表头行"),
    .gradeMissingColumn: .init(en: "the header has no column “{1}”", zh: "表头缺少列“{1}”"),
    .gradeUnknownColumn: .init(
      en: "unknown column “{1}” (pack, item, step, answer, expect)",
      zh: "未知的列“{1}”（应为 pack、item、step、answer、expect）"),
    .gradeFieldCount: .init(
      en: "line {1}: {3} fields where the header has {2}", zh: "第 {1} 行：有 {3} 个字段，表头有 {2} 列"),
    .gradeBadExpect: .init(
      en: "line {1}: expect is “{2}”, not good or bad", zh: "第 {1} 行：expect 为“{2}”，应为 good 或 bad"),
    .gradeUnknownPack: .init(en: "line {1}: no pack “{2}”", zh: "第 {1} 行：没有内容包“{2}”"),
    .gradeUnknownItem: .init(
      en: "line {1}: no dialogue or question “{2}”", zh: "第 {1} 行：没有对话或题目“{2}”"),
    .gradeUnknownStep: .init(
      en: "line {1}: the dialogue has no step “{2}”", zh: "第 {1} 行：对话没有第“{2}”步"),
    .gradeStepForQuestion: .init(
      en: "line {1}: a question takes no step", zh: "第 {1} 行：题目不填 step"),
    .gradeVerdict: .init(
      en: "line {1} · {2} {3} {4} · {5}/{6} · {7}", zh: "第 {1} 行 · {2} {3} {4} · {5}/{6} · {7}"),
    .gradePassed: .init(en: "passed", zh: "通过"),
    .gradeNotPassed: .init(en: "not passed", zh: "未通过"),
    .gradeMet: .init(en: "met: {1}", zh: "已做到：{1}"),
    .gradeMissing: .init(en: "missing: {1}", zh: "未做到：{1}"),
    .gradeNegated: .init(en: "said only in a negation: {1}", zh: "只在否定中出现：{1}"),
    .gradeFlags: .init(en: "forbidden wording: {1}", zh: "禁用语：{1}"),
    .gradeStuffed: .init(
      en: "a string of key words, not an answer: no points", zh: "关键词罗列，不是回答：不得分"),
    .gradeConfusionHeader: .init(
      en: "pack {1}: {2} good, {3} bad", zh: "内容包 {1}：good {2} 条，bad {3} 条"),
    .gradeConfusionGood: .init(
      en: "  good: {1} passed, {2} not passed ({3} half points or more, {4} full)",
      zh: "  good：通过 {1}，未通过 {2}（半分及以上 {3}，满分 {4}）"),
    .gradeConfusionBad: .init(
      en: "  bad: {1} no points, {2} some points", zh: "  bad：零分 {1}，得分 {2}"),
    .gradeMisjudgedHeader: .init(
      en: "{1} misjudged answers:", zh: "判错的回答 {1} 条："),
    .gradeMisjudged: .init(en: "line {1} ({2}): {3}", zh: "第 {1} 行（{2}）：{3}"),
    .gradeExpectedGood: .init(
      en: "labelled good but under half the points", zh: "标为 good，但不到一半分数"),
    .gradeExpectedBad: .init(
      en: "labelled bad but earned points", zh: "标为 bad，但得了分"),
    .cliValidateAbstract: .init(
      en: "Check content files and report every problem.", zh: "检查内容文件并报告所有问题。"),
    .cliValidateDiscussion: .init(
      en: """
        Prints one “path:line:column: message” line per problem and exits 1, or says what it \
        loaded and exits 0. DIR is a folder of packs or a single pack folder.
        """,
      zh: "每个问题输出一行“路径:行:列: 说明”并以状态 1 退出；内容有效时列出加载的内容并以状态 0 退出。目录可以是内容包的上级目录，也可以是单个内容包。"),
    .cliValidateDirHelp: .init(
      en: "The content folder (default: --content, else ./content).",
      zh: "内容目录（默认取 --content，否则为 ./content）。"),
    .cliValidateValid: .init(en: "{1}: {2} packs, all valid.", zh: "{1}：{2} 个内容包，全部有效。"),
    .cliValidateTotal: .init(en: "{1} items in all.", zh: "共 {1} 个条目。"),
    .cliValidateProblems: .init(en: "Problems found: {1}.", zh: "发现 {1} 个问题。"),
    .cliNoContent: .init(
      en: "No content found: pass --content DIR or set REHEARSE_CONTENT.",
      zh: "找不到内容：请使用 --content 目录 或设置 REHEARSE_CONTENT。"),
    .cliBadLanguage: .init(
      en: "Unknown language “{1}”; use zh or en.", zh: "未知语言“{1}”；请使用 zh 或 en。"),
    .cliError: .init(en: "Error: {1}", zh: "错误：{1}"),
    .optionContentHelp: .init(
      en: "The content folder (also REHEARSE_CONTENT; default ./content).",
      zh: "内容目录（也可用 REHEARSE_CONTENT；默认 ./content）。"),
    .optionLangHelp: .init(en: "Interface language.", zh: "界面语言。"),
    .parserHelpLine: .init(en: "Help:", zh: "帮助："),
    .parserSeeMore: .init(en: "See '{1}' for more information.", zh: "运行“{1}”查看更多信息。"),
    .optionDBHelp: .init(
      en: "The score database (also REHEARSE_DB; default $XDG_DATA_HOME/rehearse/scores.sqlite).",
      zh: "成绩数据库（也可用 REHEARSE_DB；默认 $XDG_DATA_HOME/rehearse/scores.sqlite）。"),
    .optionTraineeHelp: .init(
      en:
        "Who is practising (also REHEARSE_TRAINEE; default the login name); with export, whose answers to export.",
      zh: "练习者姓名（也可用 REHEARSE_TRAINEE；默认为登录名）；用于 export 时，只导出该学员的作答。"),
    .optionTeamHelp: .init(
      en: "The trainee's team (also REHEARSE_TEAM); with export, whose answers to export.",
      zh: "练习者所在班组（也可用 REHEARSE_TEAM）；用于 export 时，只导出该班组的作答。"),
    .cliExportAbstract: .init(
      en: "Export recorded answers as CSV, JSON or xAPI.", zh: "将作答记录导出为 CSV、JSON 或 xAPI。"),
    .cliExportDiscussion: .init(
      en:
        "CSV opens in Excel as UTF-8 with headers in the interface language; JSON has every field; xAPI gives one statement per answer for a learning record store.",
      zh: "CSV 可用 Excel 直接打开（UTF-8，表头使用界面语言）；JSON 包含全部字段；xAPI 为每次作答生成一条语句，可导入学习记录系统。"),
    .cliExportFormatHelp: .init(en: "The format.", zh: "导出格式。"),
    .cliExportOutHelp: .init(
      en: "Write to this file instead of standard output.", zh: "写入此文件，而不是标准输出。"),
    .cliExportSummaryHelp: .init(
      en: "CSV only: one row per trainee and pack instead of one per answer.",
      zh: "仅限 CSV：每位学员每个内容包一行，而不是每次作答一行。"),
    .cliExportHomePageHelp: .init(
      en:
        "xAPI only: your organisation's home page, which names trainees' accounts (or REHEARSE_XAPI_HOMEPAGE).",
      zh: "仅限 xAPI：贵单位的主页地址，用来标识学员账号（也可设置 REHEARSE_XAPI_HOMEPAGE）。"),
    .cliExportSummaryNeedsCSV: .init(
      en: "--summary is a CSV export: add --format csv.",
      zh: "--summary 只用于 CSV 导出：请加上 --format csv。"),
    .cliExportNeedsHomePage: .init(
      en:
        "xAPI names each trainee by your organisation's home page: give --home-page https://… or set REHEARSE_XAPI_HOMEPAGE.",
      zh: "xAPI 用贵单位的主页地址标识每位学员：请加上 --home-page https://…，或设置 REHEARSE_XAPI_HOMEPAGE。"),
    .cliExportBadHomePage: .init(
      en: "The home page must be an http:// or https:// address: {1}",
      zh: "主页地址必须以 http:// 或 https:// 开头：{1}"),
    .cliFilterTraineeHelp: .init(en: "Only this trainee's answers.", zh: "只导出该学员的作答。"),
    .cliFilterTeamHelp: .init(en: "Only this team's answers.", zh: "只导出该班组的作答。"),
    .cliFilterPackHelp: .init(en: "Only answers in this pack.", zh: "只导出该内容包的作答。"),
    .cliFilterSinceHelp: .init(
      en: "Only answers from this date on (YYYY-MM-DD).", zh: "只导出此日期（含）之后的作答（YYYY-MM-DD）。"),
    .cliFilterUntilHelp: .init(
      en: "Only answers up to this date, inclusive (YYYY-MM-DD).", zh: "只导出此日期（含）之前的作答（YYYY-MM-DD）。"
    ),
    .cliBadDate: .init(
      en: "“{1}” is not a date; write it as YYYY-MM-DD.", zh: "“{1}”不是日期，请写成 YYYY-MM-DD。"),
    .cliNoDatabasePath: .init(
      en: "No place for the score database: pass --db PATH.", zh: "没有存放成绩数据库的位置：请使用 --db 路径。"),
    .cliNoDatabase: .init(en: "No scores have been recorded at {1} yet.", zh: "{1} 尚无成绩记录。"),
    .cliCannotWrite: .init(en: "Cannot write {1}.", zh: "无法写入 {1}。"),
    .cliCannotWriteBecause: .init(en: "Cannot write {1}: {2}.", zh: "无法写入 {1}：{2}。"),
    .cliCannotWriteOutput: .init(
      en: "Cannot write to standard output: {1}.", zh: "无法写入标准输出：{1}。"),
    .cliNotAFileToReplace: .init(
      en: "{1} is a symbolic link to nothing; give a file to write, not a dangling link.",
      zh: "{1} 是指向不存在位置的符号链接；请给出要写入的文件。"),
    .cliEmptyName: .init(
      en: "{1} cannot be empty: give a name, or leave the option out.",
      zh: "{1} 不能为空：请给出名字，或不用该选项。"),
    .cliNoStoreWarning: .init(
      en: "Scores will not be kept in this session: {1}", zh: "本次会话不会保存成绩：{1}"),
    .cliExported: .init(en: "Exported {1} answers to {2}.", zh: "已导出 {1} 条作答记录到 {2}。"),
  ]
}
