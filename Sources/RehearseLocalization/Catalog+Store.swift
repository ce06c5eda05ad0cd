extension Catalog {
  static let store: [MessageKey: Translation] = [
    .exportAnsweredAt: .init(en: "Answered at", zh: "作答时间"),
    .exportTrainee: .init(en: "Trainee", zh: "学员"),
    .exportTeam: .init(en: "Team", zh: "班组"),
    .exportPack: .init(en: "Pack", zh: "内容包"),
    .exportItem: .init(en: "Item", zh: "题目编号"),
    .exportKind: .init(en: "Kind", zh: "类型"),
    .exportStep: .init(en: "Turn", zh: "轮次"),
    .exportPrompt: .init(en: "Question or customer line", zh: "题目或客户说的话"),
    .exportAnswer: .init(en: "Answer", zh: "学员回答"),
    .exportScore: .init(en: "Score", zh: "得分"),
    .exportMaxScore: .init(en: "Out of", zh: "满分"),
    .exportPassed: .init(en: "Passed", zh: "是否通过"),
    .exportFeedback: .init(en: "Feedback", zh: "反馈"),
    .exportSession: .init(en: "Session", zh: "会话"),
    .exportKindQuestion: .init(en: "quiz", zh: "测验"),
    .exportKindDialogue: .init(en: "dialogue", zh: "情景对话"),
    .exportYes: .init(en: "yes", zh: "是"),
    .exportNo: .init(en: "no", zh: "否"),
  ]
}
