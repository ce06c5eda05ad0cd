import Foundation
import RehearseContent
import RehearseLocalization
import RehearsePractice
import RehearseStore

/// The attempt each kind of judged answer makes: the grader's result, field by field, with
/// the explanation as plain text made from the same result (in the trainee's language).
extension AttemptRecorder {
  /// A quiz answer: its score, the choices shown, the right answer and the forbidden wording
  /// said.
  func attempt(
    answering result: QuestionResult, in pack: Pack, run: UUID, presented: [Int],
    explainedIn localize: Localizer
  ) -> Attempt {
    let question = result.question
    let explained = QuizFeedback(pack: pack, feedback: .plain(localize))
    var attempt = attempt(
      pack: pack, item: question.id, kind: .question, step: nil, prompt: question.prompt,
      answer: result.answer, score: result.score, maxScore: result.maxScore,
      passed: result.isCorrect,
      feedback: FeedbackRenderer.joined(explained.explanation(of: result, presented: presented)),
      run: run)
    attempt.itemTitle = question.prompt
    attempt.choices = QuizFeedback.choices(of: question)
    attempt.rightAnswer = explained.rightAnswer(to: question)
    attempt.forbiddenSaid = Attempt.forbiddenIDs(result.flags)
    return attempt
  }

  /// A dialogue turn (`turn` from 1): its score, the elements met and missed and the forbidden
  /// wording said.
  func attempt(
    answering result: TurnResult, turn: Int, of dialogue: Dialogue, in pack: Pack, run: UUID,
    explainedIn localize: Localizer
  ) -> Attempt {
    let explained = DialogueFeedback(pack: pack, feedback: .plain(localize))
    var attempt = attempt(
      pack: pack, item: dialogue.id, kind: .dialogue, step: turn, prompt: result.step.customer,
      answer: result.answer, score: result.score, maxScore: result.maxScore, passed: result.passed,
      feedback: FeedbackRenderer.joined(explained.explanation(of: result)), run: run)
    attempt.itemTitle = dialogue.title
    attempt.elementsMet = result.metIDs
    attempt.elementsMissed = result.missingIDs
    attempt.forbiddenSaid = Attempt.forbiddenIDs(result.flags)
    return attempt
  }
}
