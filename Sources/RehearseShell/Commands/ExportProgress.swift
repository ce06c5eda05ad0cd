import CEditLine
import Foundation

/// A progress bar for a long export, on standard error and only when that is a terminal, so
/// that a log or a pipe never gets one. It is redrawn in place at most once per percent.
final class ExportProgress {
  private let errors: TextOutput
  private let total: Int
  private let shown: Bool
  private var drawnPercent = -1

  /// `total` is asked only when the bar will be shown: counting costs a query.
  init(errors: TextOutput, total: () -> Int?) {
    self.errors = errors
    let shown = errors === StandardStream.error && rehearse_isatty(2) != 0
    self.total = shown ? (total() ?? 0) : 0
    self.shown = shown && self.total > 0
  }

  /// Redraws the bar for `done` attempts written.
  func update(_ done: Int) {
    guard shown else { return }
    let percent = min(100, done * 100 / total)
    guard percent != drawnPercent else { return }
    drawnPercent = percent
    let width = 30
    let filled = percent * width / 100
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    errors.write("\r\(bar) \(percent)% \(done)/\(total)")
  }

  /// Clears the bar's line, once.
  func finish() {
    guard shown, drawnPercent >= 0 else { return }
    drawnPercent = -1
    errors.write("\r\u{1B}[2K")
  }
}
