extension Catalog {
  static let practice: [MessageKey: Translation] = [
    .commandQuizAbstract: .init(
      en: "Answer the pack's quiz questions and get each one explained.", zh: "回答内容包的测验题，并逐题查看解析。"),
    .commandQuizDiscussion: .init(
      en:
        "Questions come in the pack's order unless --shuffle is given. An empty answer skips a question; Ctrl-C ends the quiz. Every answer is recorded when it is scored.",
      zh: "题目按内容包中的顺序出现，加 --shuffle 则随机排列。直接回车跳过本题；按 Ctrl-C 结束测验。每道题一经评分即保存成绩。"),
    .quizCountHelp: .init(en: "Ask at most this many questions.", zh: "最多出这么多道题。"),
    .quizTypeHelp: .init(
      en: "Only questions of these types: single, multiple, true-false, number, order, phrase.",
      zh: "只出这些题型：single、multiple、true-false、number、order、phrase。"),
    .quizShuffleHelp: .init(en: "Ask the questions in a random order.", zh: "随机排列题目。"),
    .quizSeedHelp: .init(en: "Shuffle reproducibly with this seed.", zh: "用此种子随机排列（结果可重现）。"),
    .quizBadCount: .init(en: "--count must be 1 or more.", zh: "--count 至少为 1。"),
    .quizBadType: .init(
      en: "Unknown question type “{1}”; use one of: {2}.", zh: "未知题型“{1}”；可选：{2}。"),
    .quizIDHelp: .init(
      en: "Ask exactly these questions, in this order.", zh: "只出这些题目，按给出的顺序。"),
    .quizUnseenHelp: .init(
      en: "Ask only the questions you have never answered.", zh: "只出从未回答过的题目。"),
    .quizUnknownID: .init(
      en: "No question “{1}” in this pack (see questions).", zh: "本内容包中没有题目“{1}”（见 questions）。"),
    .quizNothing: .init(en: "No questions to ask.", zh: "没有可出的题目。"),
    .quizStart: .init(en: "Quiz: {1} — questions to answer: {2}", zh: "测验：{1}（共 {2} 题）"),
    .quizHowTo: .init(
      en: "Type your answer and press Enter; an empty answer skips, Ctrl-C ends the quiz.",
      zh: "输入答案后按回车；直接回车跳过本题，按 Ctrl-C 结束测验。"),
    .quizQuestionHeading: .init(en: "Question {1}/{2} · {3}", zh: "第 {1}/{2} 题 · {3}"),
    .quizAnswerPrompt: .init(en: "answer>", zh: "答>"),
    .quizHintSingle: .init(en: "Answer with one letter.", zh: "请输入一个选项字母。"),
    .quizHintMultiple: .init(
      en: "Answer with every right letter, such as AC.", zh: "请输入所有正确选项的字母，例如 AC。"),
    .quizHintTrueFalse: .init(en: "Answer true or false.", zh: "请回答“对”或“错”。"),
    .quizHintNumber: .init(
      en: "Answer with a number, and its unit if you like (72 hours).", zh: "请输入数字，可带单位（例如 72小时）。"),
    .quizHintOrder: .init(
      en: "Answer with the numbers in the right order, such as 3 1 2.", zh: "请按正确顺序输入序号，例如 3 1 2。"),
    .quizHintPhrase: .init(en: "Say it as you would to the customer.", zh: "像对客户说话一样说出来。"),
    .quizPhraseSituation: .init(en: "When: {1}", zh: "场景：{1}"),
    .quizUnreadable: .init(en: "That is not an answer to this question.", zh: "这不是本题的有效答案。"),
    .quizSkipped: .init(en: "Skipped.", zh: "已跳过。"),
    .quizStopped: .init(en: "Stopped.", zh: "已结束。"),
    .quizRightAnswer: .init(en: "The answer: {1}", zh: "正确答案：{1}"),
    .quizRightOrder: .init(en: "The right order: {1} ({2})", zh: "正确顺序：{1}（{2}）"),
    .quizPhraseSimilarity: .init(
      en: "You said {1}% of the phrase ({2}% passes).", zh: "与规范用语的相似度为 {1}%（{2}% 及格）。"),
    .quizPhraseMissing: .init(en: "Missing: {1}", zh: "缺少：{1}"),
    .quizPhraseSlots: .init(en: "Your words for the blanks: {1}", zh: "空位填写：{1}"),
    .quizPhraseStandard: .init(en: "The standard wording: {1}", zh: "规范用语：{1}"),
    .quizScore: .init(en: "Score: {1} on {2} answered.", zh: "得分：{1}（已答 {2} 题）。"),
    .quizSkippedCount: .init(en: "{1} skipped.", zh: "跳过 {1} 题。"),
    .quizMissed: .init(
      en: "To go over again: {1} (type “review” later).", zh: "需要巩固：{1}（之后可输入“review”复习）。"),
    .feedbackCorrect: .init(en: "✔ Correct.", zh: "✔ 正确。"),
    .feedbackIncorrect: .init(en: "✘ Not quite.", zh: "✘ 不对。"),
    .feedbackTally: .init(en: "{1}/{2} ({3}%)", zh: "{1}/{2}（{3}%）"),
    .feedbackFlag: .init(en: "{1} “{2}” must not be said.", zh: "{1}不能说“{2}”。"),
    .feedbackFlagTyped: .init(
      en: "{1} “{2}” is “{3}”, which must not be said.", zh: "{1}“{2}”即“{3}”，不能这样说。"),
    .commandDialogueAbstract: .init(
      en: "Play a role-play dialogue with a customer.", zh: "与客户进行情景对话练习。"),
    .commandDialogueDiscussion: .init(
      en:
        "The customer speaks; type what you would say. Each turn is scored on the elements it needs, and forbidden phrases cost the turn. “play” does the same.",
      zh: "客户先说话，您输入自己会怎么回答。每一轮按必需的要素评分，说了禁语则该轮不得分。也可以用“play”。"),
    .argumentDialogueHelp: .init(
      en: "The dialogue's id (“dialogues” lists them).", zh: "情景对话的 id（见“dialogues”）。"),
    .dialogueNotADialogue: .init(en: "“{1}” is not a dialogue.", zh: "“{1}”不是情景对话。"),
    .dialogueListHint: .init(en: "Type “dialogues” to list them.", zh: "输入“dialogues”列出所有情景对话。"),
    .dialogueStart: .init(en: "Role-play: {1}", zh: "情景对话：{1}"),
    .dialogueHowTo: .init(
      en: "Answer each line as you would to the customer; Ctrl-C ends.",
      zh: "像对客户说话一样回答每一句；按 Ctrl-C 结束。"),
    .dialogueAnswerPrompt: .init(en: "you>", zh: "您>"),
    .dialogueOneOfMark: .init(en: "(one of these)", zh: "（其一即可）"),
    .dialogueRule: .init(en: "The rule: {1} ({2})", zh: "要求：{1}（{2}）"),
    .dialogueNegated: .init(
      en: "(said in a negation, so it does not count)", zh: "（出现在否定中，不算）"),
    .dialogueStuffed: .init(
      en: "This reads as a list of key words, not an answer to the customer: no points.",
      zh: "这像是关键词的罗列，而不是对客户的回答：不得分。"),
    .dialogueSaidAvoided: .init(
      en: "You said “{1}”, which this moment rules out.", zh: "您说了“{1}”，此时不应这样说。"),
    .dialogueTurnPassed: .init(en: "Good.", zh: "很好。"),
    .dialogueTurnNotYet: .init(en: "Not yet.", zh: "还不够好。"),
    .dialogueTurnScore: .init(en: "{1}/{2} points", zh: "{1}/{2} 分"),
    .dialogueTip: .init(en: "Tip: {1}", zh: "提示：{1}"),
    .dialogueTotal: .init(en: "Total: {1}", zh: "总分：{1}"),
    .commandCheckAbstract: .init(
      en: "Check a sentence for forbidden phrases.", zh: "检查一句话是否含有服务禁语。"),
    .argumentSentenceHelp: .init(en: "What you would say.", zh: "您要说的话。"),
    .checkNeedsSentence: .init(en: "Give the sentence to check.", zh: "请给出要检查的句子。"),
    .checkClean: .init(en: "✔ No forbidden phrase.", zh: "✔ 没有服务禁语。"),
    .commandReviewAbstract: .init(
      en: "Ask again the questions you last got wrong.", zh: "重做上次答错的题目。"),
    .reviewNothing: .init(
      en: "Nothing to review in this pack: every question you answered, you last got right.",
      zh: "此内容包没有需要复习的题目：您答过的题目最近一次都答对了。"),
    .reviewTitle: .init(en: "review of {1}", zh: "复习 {1}"),
    .commandScoresAbstract: .init(en: "Show your progress in each pack.", zh: "查看您在各内容包的进度。"),
    .scoresNothing: .init(en: "No answers recorded for {1} yet.", zh: "{1} 尚无作答记录。"),
    .scoresHeading: .init(en: "Progress of {1}", zh: "{1}的进度"),
    .scoresLast: .init(en: "last practised {1}", zh: "最近练习：{1}"),
    .scoresQuestions: .init(
      en: "questions: {1} of {2} right at last answer, {3} to review",
      zh: "测验：{2} 题中最近答对 {1} 题，待复习 {3} 题"),
    .scoresDialogues: .init(en: "dialogue turns: {1}, {2}% of the points", zh: "对话：{1} 轮，得分率 {2}%"),
    .practiceNoStore: .init(
      en: "Scores are not being kept in this session (no database).", zh: "本次会话没有保存成绩（无数据库）。"),
    .practiceNotRecorded: .init(en: "This answer could not be recorded: {1}", zh: "本次作答未能保存：{1}"),
    .practiceKeptForLater: .init(
      en:
        "The score database is busy ({1}); your answers are kept and will be written when it is free.",
      zh: "成绩数据库暂时无法写入（{1}）；您的作答已保留，数据库可用时将自动写入。"),
    .practiceKeptRecorded: .init(
      en: "The score database is free again: {1} kept answers are now recorded.",
      zh: "成绩数据库已恢复：保留的 {1} 条作答现已保存。"),
    .practiceKeptInJournal: .init(
      en:
        "{1} answers could not be written to the score database yet; they are kept in {2} and will be written when rehearse next starts.",
      zh: "还有 {1} 条作答未能写入成绩数据库，已保存在 {2}，下次启动 rehearse 时将自动写入。"),
    .practiceKeptLost: .init(
      en:
        "{1} answers could not be written to the score database and there is no state folder to keep them in: they are lost.",
      zh: "有 {1} 条作答未能写入成绩数据库，且没有可保存它们的状态目录：这些作答已丢失。"),
    .practiceJournalReplayed: .init(
      en: "{1} answers kept from an earlier session are now recorded.",
      zh: "之前会话保留的 {1} 条作答现已保存。"),
    .exportNeedsOut: .init(en: "In the shell, give --out FILE.", zh: "在交互环境中请指定 --out 文件。"),
  ]
}
