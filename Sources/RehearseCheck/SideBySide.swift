import Dispatch

/// Runs two independent pieces of work at once, on two threads, and returns both results.
func sideBySide<First: Sendable, Second: Sendable>(
  _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
  let results = SideBySideResults<First, Second>()
  DispatchQueue.concurrentPerform(iterations: 2) { index in
    if index == 0 { results.first = first() } else { results.second = second() }
  }
  return (results.first!, results.second!)
}

/// Each result is written by one thread and read after both have finished, which is what
/// makes the unchecked `Sendable` sound.
private final class SideBySideResults<First, Second>: @unchecked Sendable {
  var first: First?
  var second: Second?
}
