extension Catalog {
  static let shell: [MessageKey: Translation] = [
    .shellWelcome: .init(
      en: "rehearse — service training shell ({1} packs loaded)",
      zh: "rehearse 服务培训练习（已加载 {1} 个内容包）"),
    .shellWelcomeHint: .init(
      en: "Type “help” for the commands, Tab to complete, Ctrl-D or “quit” to leave.",
      zh: "输入“help”查看命令，按 Tab 补全，按 Ctrl-D 或输入“quit”退出。"),
    .shellUnknownCommand: .init(en: "Unknown command “{1}”.", zh: "未知命令“{1}”。"),
    .shellDidYouMean: .init(en: "Did you mean “{1}”?", zh: "您是不是想输入“{1}”？"),
    .shellTypeHelp: .init(en: "Type “help” to see the commands.", zh: "输入“help”查看所有命令。"),
    .shellSeeHelpFor: .init(en: "Type “help {1}” for its usage.", zh: "输入“help {1}”查看用法。"),
    .shellUnclosedQuote: .init(en: "A quotation mark is not closed.", zh: "引号没有闭合。"),
    .shellLineTooLong: .init(
      en: "That line is {1} bytes long and was not taken; lines can be up to {2} bytes.",
      zh: "这一行长 {1} 字节，未被采用；每行最多 {2} 字节。"),
    .shellUnknownPack: .init(en: "There is no pack “{1}”.", zh: "没有名为“{1}”的内容包。"),
    .shellSeePacks: .init(en: "Type “packs” to list them.", zh: "输入“packs”列出所有内容包。"),
    .shellNoPackChosen: .init(en: "No pack is in use.", zh: "尚未选择内容包。"),
    .shellNoPackChosenHint: .init(
      en: "Choose one with “use PACK” (“packs” lists them), or add --pack PACK.",
      zh: "请用“use 内容包”选择一个（“packs”列出所有内容包），或加上 --pack 内容包。"),
    .helpSectionStudy: .init(en: "Study", zh: "学习"),
    .helpSectionPractice: .init(en: "Practise", zh: "练习"),
    .helpSectionSession: .init(en: "Session", zh: "会话"),
    .helpFooter: .init(
      en: "Type “help COMMAND” or “COMMAND --help” for details. Ids complete with Tab.",
      zh: "输入“help 命令”或“命令 --help”查看详情。id 可以用 Tab 补全。"),
    .commandPacksAbstract: .init(
      en: "List the content packs and what each holds.", zh: "列出内容包及其内容。"),
    .commandUseAbstract: .init(en: "Choose the pack to study and practise.", zh: "选择要学习和练习的内容包。"),
    .commandRulesAbstract: .init(en: "List the rules of conduct, by topic.", zh: "按主题列出行为规范。"),
    .commandPhrasesAbstract: .init(
      en: "List the scripted phrases and when to say them.", zh: "列出规范用语及其使用场景。"),
    .commandForbiddenAbstract: .init(
      en: "List the forbidden phrases and what to say instead.", zh: "列出服务禁语及建议说法。"),
    .commandDressAbstract: .init(en: "List the grooming and dress code.", zh: "列出仪容仪表和着装要求。"),
    .commandKitAbstract: .init(en: "List what to carry on a visit.", zh: "列出上门服务须携带的物品。"),
    .commandProceduresAbstract: .init(
      en: "List the procedures and their time limits.", zh: "列出工作流程及其时限。"),
    .commandElementsAbstract: .init(
      en: "List the key elements answers are scored on.", zh: "列出评分时检查的关键要素。"),
    .commandQuestionsAbstract: .init(en: "List the quiz questions.", zh: "列出测验题目。"),
    .commandDialoguesAbstract: .init(en: "List the role-play dialogues.", zh: "列出情景对话练习。"),
    .commandShowAbstract: .init(
      en: "Show one item in full, with its source.", zh: "显示一个条目的全部内容及出处。"),
    .commandSearchAbstract: .init(
      en: "Find everything that mentions all the given words.", zh: "查找包含所有给定词语的内容。"),
    .commandHelpAbstract: .init(en: "List the commands, or explain one.", zh: "列出所有命令，或说明某个命令。"),
    .commandQuitAbstract: .init(
      en: "Leave rehearse (Ctrl-D does the same).", zh: "退出 rehearse（也可按 Ctrl-D）。"),
    .argumentPackHelp: .init(
      en: "The id of a pack, as “packs” lists it.", zh: "内容包的 id（见“packs”）。"),
    .argumentTopicHelp: .init(en: "Only the rules of this topic.", zh: "只列出该主题的规范。"),
    .argumentItemHelp: .init(
      en: "The id of an item, or PACK/ID for a pack other than the one in use.",
      zh: "条目的 id；其他内容包中的条目写作 内容包/id。"),
    .argumentCommandHelp: .init(en: "The command to explain.", zh: "要说明的命令。"),
    .argumentWordsHelp: .init(
      en: "Words to look for; traditional or simplified, any width.", zh: "要查找的词语，繁体简体、全角半角均可。"),
    .optionPackHelp: .init(en: "Use this pack instead of the one in use.", zh: "使用此内容包，而不是当前内容包。"),
    .parserOverview: .init(en: "OVERVIEW: ", zh: "概述："),
    .parserUsage: .init(en: "USAGE: ", zh: "用法："),
    .parserArguments: .init(en: "ARGUMENTS:", zh: "参数："),
    .parserOptions: .init(en: "OPTIONS:", zh: "选项："),
    .parserSubcommands: .init(en: "SUBCOMMANDS:", zh: "子命令："),
    .parserShowHelp: .init(en: "Show help information.", zh: "显示帮助信息。"),
    .parserShowVersion: .init(en: "Show the version.", zh: "显示版本号。"),
    .parserDefault: .init(en: "(default: {1})", zh: "（默认：{1}）"),
    .parserValues: .init(en: " (values: {1})", zh: "（可选值：{1}）"),
    .parserSeeDetailedHelp: .init(en: "See '{1}' for detailed help.", zh: "运行“{1}”查看详细帮助。"),
    .parserMissingArgument: .init(en: "Missing expected argument '{1}'", zh: "缺少参数 {1}"),
    .parserUnexpectedArgument: .init(en: "Unexpected argument '{1}'", zh: "多余的参数“{1}”"),
    .parserUnexpectedArguments: .init(en: "{1} unexpected arguments", zh: "多余的参数 {1} 个"),
    .parserUnknownOption: .init(en: "Unknown option '{1}'", zh: "未知选项“{1}”"),
    .parserMissingValue: .init(en: "Missing value for '{1}'", zh: "选项 {1} 缺少取值"),
    .parserInvalidValue: .init(en: "The value '{1}' is invalid", zh: "取值“{1}”无效"),
  ]
}
