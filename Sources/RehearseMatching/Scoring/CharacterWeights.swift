/// How much each character of a model phrase counts in tolerant scoring.
///
/// Grammatical particles carry little meaning and trainees drop or add them freely
/// (`我们会尽快处理的` for `我们会尽快处理`), so they weigh less than content characters.
enum CharacterWeights {
  /// The weight of a particle; every other character weighs 1.
  static let particle = 0.3

  /// Particles, already in folded (simplified) form.
  static let particles: Set<Unicode.Scalar> = [
    "的", "了", "吗", "呢", "吧", "啊", "呀", "嘛", "哦", "啦", "么", "地", "得", "着", "哈", "哇",
  ]

  static func weight(_ scalar: Unicode.Scalar) -> Double {
    particles.contains(scalar) ? particle : 1
  }
}
