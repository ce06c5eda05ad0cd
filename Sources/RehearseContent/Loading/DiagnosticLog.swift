/// Collects every problem found while one content directory is read, so a trainer sees them
/// all in one run rather than one per run.
final class DiagnosticLog {
  private(set) var diagnostics: [ContentDiagnostic] = []

  func report(_ problem: ContentProblem, at location: SourceLocation) {
    diagnostics.append(ContentDiagnostic(problem, at: location))
  }

  var isEmpty: Bool { diagnostics.isEmpty }
}
