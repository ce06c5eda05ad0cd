/// Small timing helpers: wall-clock seconds and percentiles.
enum Timing {
  static let clock = ContinuousClock()

  /// Seconds taken by `body`.
  static func seconds(_ body: () -> Void) -> Double {
    let start = clock.now
    body()
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }

  /// The `fraction` percentile (nearest rank) of `values`.
  static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }
}

/// Keeps a value alive so the optimiser cannot drop the work that produced it.
@inline(never)
func consume<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
