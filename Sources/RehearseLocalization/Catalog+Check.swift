extension Catalog {
  static let check: [MessageKey: Translation] = [
    .cliCheckAbstract: .init(
      en: "Flag forbidden phrases in every line of files or standard input.",
      zh: "检查文件或标准输入的每一行是否含有服务禁语。"),
    .cliCheckDiscussion: .init(
      en: """
        Lines are matched however they are typed: traditional or simplified, full- or half-width, \
        with spaces, punctuation or repeats inside a phrase. Exit status: 0 no banned phrase, 1 at \
        least one, 2 usage or content error. Input of any size is read in blocks and streamed.
        """,
      zh: """
        无论繁体简体、全角半角，短语中间夹有空格、标点或重复字，都能识别。\
        退出状态：0 表示没有禁用短语，1 表示至少有一处，2 表示用法或内容错误。任意大小的输入都按块流式读取。
        """),
    .cliCheckJSONHelp: .init(
      en: "One JSON object per input line: {\"line\": N, \"flags\": [...]}.",
      zh: "每个输入行输出一个 JSON 对象：{\"line\": N, \"flags\": [...]}。"),
    .cliCheckPhrasesHelp: .init(
      en: "Look for the phrases in this file (one per line, all banned) instead of the content's.",
      zh: "改为查找此文件中的短语（每行一个，均视为禁用），而不是内容包中的禁语。"),
    .cliCheckStatsHelp: .init(
      en: "Print lines=N flags=M bytes=B seconds=S on standard error.",
      zh: "在标准错误输出 lines=N flags=M bytes=B seconds=S。"),
    .cliCheckFilesHelp: .init(
      en: "Files to check (default: standard input).", zh: "要检查的文件（默认为标准输入）。"),
    .cliCheckCannotRead: .init(en: "Cannot read {1}.", zh: "无法读取 {1}。"),
    .cliCheckNoPhrases: .init(en: "There are no phrases to look for.", zh: "没有可查找的短语。"),
    .cliCheckBanned: .init(en: "banned", zh: "禁用"),
    .cliCheckDiscouraged: .init(en: "avoid", zh: "避免"),
    .cliCheckFlag: .init(en: "{1} {2}: “{3}” is “{4}”", zh: "{1} {2}：“{3}”即“{4}”"),
    .cliCheckFlagExact: .init(en: "{1} {2}: “{3}”", zh: "{1} {2}：“{3}”"),
    .cliCheckInstead: .init(en: "; say instead: {1}", zh: "；建议说：{1}"),
    .cliCheckIsDirectory: .init(
      en: "{1} is a directory; give the files in it instead.", zh: "{1} 是目录；请改为给出其中的文件。"),
    .cliCheckStandardInput: .init(en: "standard input", zh: "标准输入"),
    .cliCheckCannotWrite: .init(
      en: "Cannot write the report: {1}.", zh: "无法写出检查结果：{1}。"),
    .cliCheckNothingToMatch: .init(
      en: "None of the phrases can match: each is only spaces, punctuation or other noise.",
      zh: "没有一条短语能匹配：每一条都只有空格、标点或其他会被忽略的字符。"),
  ]
}
