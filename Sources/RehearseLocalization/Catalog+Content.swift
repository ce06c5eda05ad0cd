extension Catalog {
  static let content: [MessageKey: Translation] = [
    .shapeText: .init(en: "text", zh: "文本"),
    .shapeNumber: .init(en: "a number", zh: "数字"),
    .shapeBoolean: .init(en: "true or false", zh: "布尔值（true 或 false）"),
    .shapeList: .init(en: "a list", zh: "列表"),
    .shapeMapping: .init(en: "a mapping of keys", zh: "键值映射"),
    .shapeEmpty: .init(en: "nothing", zh: "空值"),
    .problemUnreadable: .init(en: "cannot read it ({1})", zh: "无法读取（{1}）"),
    .problemFileTooLarge: .init(
      en: "file is {1} bytes; content files may be at most {2} bytes",
      zh: "文件大小为 {1} 字节，内容文件最多 {2} 字节"),
    .problemInvalidUTF8: .init(
      en: "file is not valid UTF-8 from here on; save it as UTF-8",
      zh: "文件从此处起不是有效的 UTF-8 编码，请以 UTF-8 保存"),
    .problemYAMLSyntax: .init(en: "YAML syntax error: {1}", zh: "YAML 语法错误：{1}"),
    .problemTooManyNodes: .init(
      en: "file expands to more than {1} nodes (too many aliases?); refusing to load it",
      zh: "文件展开后超过 {1} 个节点（别名过多？），拒绝加载"),
    .problemDuplicateKey: .init(en: "key “{1}” appears twice", zh: "键“{1}”重复出现"),
    .problemWrongShapeKey: .init(en: "“{1}” must be {2}, not {3}", zh: "“{1}”应为{2}，而不是{3}"),
    .problemWrongShape: .init(en: "expected {1}, found {2}", zh: "此处应为{1}，实际为{2}"),
    .problemMissingKey: .init(en: "missing required key “{1}”", zh: "缺少必填键“{1}”"),
    .problemEmptyValue: .init(en: "“{1}” must not be empty", zh: "“{1}”不能为空"),
    .problemUnknownKey: .init(en: "unknown key “{1}”", zh: "未知的键“{1}”"),
    .problemUnknownKeySuggestion: .init(
      en: "unknown key “{1}”; did you mean “{2}”?", zh: "未知的键“{1}”；您是不是想写“{2}”？"),
    .problemInvalidID: .init(
      en: "id “{1}” must be lowercase letters, digits and hyphens (like “greet-customer”)",
      zh: "id“{1}”只能由小写字母、数字和连字符组成（例如“greet-customer”）"),
    .problemDuplicateID: .init(
      en: "duplicate id “{1}”; first used at {2}", zh: "id“{1}”重复；首次使用于 {2}"),
    .problemDanglingReference: .init(
      en: "“{1}” refers to “{2}”, which does not exist in this pack",
      zh: "“{1}”引用的“{2}”在本内容包中不存在"),
    .problemInvalidChoice: .init(
      en: "“{1}” cannot be “{2}”; use one of: {3}", zh: "“{1}”不能为“{2}”；可选值：{3}"),
    .problemNotPositive: .init(en: "“{1}” must be a whole number above zero", zh: "“{1}”必须是大于零的整数"),
    .problemAnswerOutOfRange: .init(
      en: "answer “{1}” is not among the {2} choices", zh: "答案“{1}”不在 {2} 个选项之内"),
    .problemTooFewChoices: .init(en: "“{1}” needs at least {2} entries", zh: "“{1}”至少需要 {2} 项"),
    .problemKeyNotForType: .init(
      en: "key “{1}” does not belong to a question of type “{2}”",
      zh: "类型为“{2}”的题目不能使用键“{1}”"),
    .problemMalformedSlot: .init(
      en: "bad slot in “{1}”: write slots as {name} with a lowercase name",
      zh: "“{1}”中的占位符有误：占位符应写成 {name}，名称用小写字母"),
    .problemAllowDoesNotContain: .init(
      en: "allowed phrase “{1}” does not contain “{2}”, so it can never cancel a match",
      zh: "例外短语“{1}”不包含“{2}”，因此不会抵消任何命中"),
    .problemMalformedPattern: .init(
      en: "cannot read pattern “{1}”: {2}",
      zh: "无法读取模式“{1}”：{2}"),
    .problemKeyNeedsKey: .init(
      en: "“{1}” only means something together with “{2}”",
      zh: "“{1}”须与“{2}”一起使用"),
    .problemQuantityRelation: .init(
      en: "a quantity states exactly one of {1}, with a unit",
      zh: "quantity 须且只须写 {1} 之一，并写明 unit"),
    .problemMultipleBasePacks: .init(
      en: "only one pack may be the base (the first is at {1})",
      zh: "只能有一个基础包（第一个在 {1}）"),
    .problemModelFailsTurn: .init(
      en: "the model answer of dialogue {1} step {2} does not pass its own turn (missing: {3})",
      zh: "对话 {1} 第 {2} 步的示范回答通不过本步评分（缺少：{3}）"),
    .problemFlaggedWording: .init(
      en: "{1} “{2}” is flagged by the forbidden wording {3}",
      zh: "{1}“{2}”被禁用语 {3} 标记"),
    .patternUnbalanced: .init(
      en: "a parenthesis is not closed, or a gap … stands inside one",
      zh: "括号未闭合，或括号内写了间隔 …"),
    .patternEmptyAlternative: .init(
      en: "an alternative is empty", zh: "有一个备选项为空"),
    .patternBareAlternatives: .init(
      en: "put alternatives in parentheses, as in (a|b)...c",
      zh: "备选项须写在括号里：(找|打)…10086"),
    .patternNested: .init(
      en: "parentheses cannot be nested", zh: "括号不能嵌套"),
    .patternGapAtEdge: .init(
      en: "a gap … cannot begin or end a pattern", zh: "间隔 … 不能位于模式开头或结尾"),
    .patternNoText: .init(
      en: "the pattern has no text", zh: "模式中没有文字"),
    .problemPackIDMismatch: .init(
      en: "pack id “{1}” must match its folder name “{2}”", zh: "内容包 id“{1}”必须与文件夹名“{2}”一致"),
    .problemMissingPack: .init(
      en: "this folder has no “pack:” declaration (add a pack.yaml)",
      zh: "此文件夹缺少“pack:”声明（请添加 pack.yaml）"),
    .problemDuplicatePack: .init(
      en: "second “pack:” declaration; the first is at {1}", zh: "重复的“pack:”声明；第一处位于 {1}"),
    .problemNoPacks: .init(
      en: "no content packs here: expected one folder per pack, each with YAML files",
      zh: "此处没有内容包：每个内容包应为一个包含 YAML 文件的文件夹"),
    .problemNotADirectory: .init(en: "not a directory", zh: "不是目录"),
    .problemNotARegularFile: .init(
      en: "not a regular file (a pipe, a device or a socket cannot be content)",
      zh: "不是普通文件（管道、设备或套接字不能作为内容）"),
  ]
}
