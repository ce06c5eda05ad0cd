/// What the trainee gave at an answer prompt. Quizzes and dialogues read every answer through
/// `ShellSession.nextAnswer(prompt:)`, so what can be typed there (controls, say) is decided
/// in one place for both.
enum AnswerInput: Equatable {
  /// A line to be judged as the answer.
  case answer(String)
  /// Ctrl-C or the end of input: the exercise ends here.
  case stop
}

extension ShellSession {
  /// The trainee's next answer (a line past the line limit is refused and asked again).
  func nextAnswer(prompt: String) -> AnswerInput {
    readAnswer(prompt: prompt).map(AnswerInput.answer) ?? .stop
  }
}
