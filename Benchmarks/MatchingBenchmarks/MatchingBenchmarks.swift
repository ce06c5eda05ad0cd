import Foundation
import RehearseMatching
import Synchronization

/// The measurements, printed as `name: value unit` lines plus one `key=value` summary line that
/// scripts/bench-matching.sh reads.
struct MatchingBenchmarks {
  let data: BenchmarkData

  func runAll() {
    let megabytes = Double(data.corpus.count) / 1e6
    print(
      "data: \(data.phrases.count) phrases, corpus \(String(format: "%.1f", megabytes)) MB in \(data.lines.count) lines, content set \(data.content.count) phrases, \(data.answers.count) answers"
    )
    let tables = measureTables()
    let build = measureBuild()
    let answer = measureAnswers()
    let throughput = measureThroughput()
    let batch = measureLineBlockThroughput()
    let parallel = measureBatchThroughput(threads: 2)
    print(
      "summary build_ms=\(format(build)) answer_p50_us=\(format(answer.p50)) answer_p99_us=\(format(answer.p99)) throughput_mbps=\(format(throughput)) batch_mbps=\(format(batch)) parallel_mbps=\(format(parallel)) fold_table_ms=\(format(tables.generated)) icu_table_ms=\(format(tables.icu))"
    )
  }

  private func format(_ value: Double) -> String { String(format: "%.3f", value) }

  /// Folding tables two ways: decoded from the committed generated source (what the matcher
  /// does), and built at start-up from one big ICU transform call (the alternative).
  func measureTables() -> (generated: Double, icu: Double) {
    // Options other than .all are not cached, so each construction builds its table anew.
    let generated =
      (0..<5).map { _ in
        Timing.seconds { consume(TextFolder(options: .all.subtracting(.collapseRepeats))) }
      }.min()! * 1000
    let icu =
      Timing.seconds {
        var joined = String.UnicodeScalarView()
        for range: ClosedRange<UInt32> in [
          0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F,
        ] {
          for value in range {
            joined.append(Unicode.Scalar(value)!)
            joined.append("\n")
          }
        }
        let transformed = String(joined).applyingTransform(
          StringTransform("Hant-Hans"), reverse: false)!
        var pairs: [UInt32: UInt32] = [:]
        for (line, value) in zip(transformed.split(separator: "\n"), joined.split(separator: "\n"))
        where line.unicodeScalars.count == 1 && line.unicodeScalars.first! != value.first! {
          pairs[value.first!.value] = line.unicodeScalars.first!.value
        }
        consume(pairs)
      } * 1000
    let perCall =
      Timing.seconds {
        for _ in 0..<100 {
          consume("這不可能是我們的錯".applyingTransform(StringTransform("Hant-Hans"), reverse: false))
        }
      } * 1000 / 100
    print("fold table from generated source: \(format(generated)) ms (all options, BMP flat table)")
    print("traditional table from one ICU transform call: \(format(icu)) ms")
    print("ICU transform per short string: \(format(perCall * 1000)) µs")
    return (generated, icu)
  }

  /// Building the automaton for the 10,000 phrases (median of 7, after one warm-up).
  func measureBuild() -> Double {
    let specs = data.phrases.map { PatternSpec($0) }
    consume(PhraseAutomaton(patterns: specs))
    let times = (0..<7).map { _ in
      Timing.seconds { consume(PhraseAutomaton(patterns: specs)) } * 1000
    }
    print(
      "build automaton, \(specs.count) phrases: median \(format(Timing.percentile(times, 0.5))) ms, min \(format(times.min()!)) ms"
    )
    return Timing.percentile(times, 0.5)
  }

  /// Checking single answers (the `String` API, as the shell uses it) against the content set.
  func measureAnswers() -> (p50: Double, p99: Double) {
    let automaton = PhraseAutomaton(patterns: data.content)
    var flagged = 0
    for answer in data.answers { flagged += automaton.matches(in: answer).isEmpty ? 0 : 1 }
    var times: [Double] = []
    times.reserveCapacity(data.answers.count * 5)
    for _ in 0..<5 {
      for answer in data.answers {
        times.append(Timing.seconds { consume(automaton.matches(in: answer)) } * 1e6)
      }
    }
    let p50 = Timing.percentile(times, 0.5)
    let p99 = Timing.percentile(times, 0.99)
    let averageLength = data.answers.reduce(0) { $0 + $1.count } / max(data.answers.count, 1)
    print(
      "check one answer (\(data.content.count) phrases with allow lists, \(averageLength) characters on average, \(flagged) of \(data.answers.count) flagged): p50 \(format(p50)) µs, p99 \(format(p99)) µs"
    )
    return (p50, p99)
  }

  /// Scanning the corpus line by line as UTF-8 with every normalisation on (best of 5).
  func measureThroughput(runs: Int = 5) -> Double {
    let automaton = PhraseAutomaton(patterns: data.phrases.map { PatternSpec($0) })
    var scanner = automaton.makeScanner()
    var hits: [PhraseHit] = []
    var hitCount = 0
    var best = Double.infinity
    data.corpus.withUnsafeBufferPointer { corpus in
      for _ in 0..<runs {
        hitCount = 0
        let seconds = Timing.seconds {
          for line in data.lines {
            scanner.scan(utf8: UnsafeBufferPointer(rebasing: corpus[line]), into: &hits)
            hitCount += hits.count
          }
        }
        best = min(best, seconds)
      }
    }
    let megabytes = Double(data.corpus.count) / 1e6
    let rate = megabytes / best
    print(
      "throughput, \(data.phrases.count) phrases, all normalisation on: \(format(rate)) MB/s (\(format(best)) s for \(format(megabytes)) MB, \(hitCount) hits)"
    )
    return rate
  }

  /// `PhraseScanner.scanLines` over the whole corpus on one thread (best of 5): many lines at
  /// once, as `rehearse check` scans them.
  func measureLineBlockThroughput(runs: Int = 5) -> Double {
    let automaton = PhraseAutomaton(patterns: data.phrases.map { PatternSpec($0) })
    var scanner = automaton.makeScanner()
    var best = Double.infinity
    var hitCount = 0
    data.corpus.withUnsafeBufferPointer { corpus in
      for _ in 0..<runs {
        hitCount = 0
        best = min(best, Timing.seconds { scanner.scanLines(corpus) { hitCount += $0.hits.count } })
      }
    }
    let rate = Double(data.corpus.count) / 1e6 / best
    print(
      "throughput, lines scanned in batches, one thread: \(format(rate)) MB/s (\(hitCount) hits)")
    return rate
  }

  /// `scanLines` over the whole corpus on `threads` threads, one scanner each, the corpus cut
  /// into one piece of whole lines per thread (best of 5): how `rehearse check` can use every
  /// core.
  func measureBatchThroughput(threads: Int, runs: Int = 5) -> Double {
    let automaton = PhraseAutomaton(patterns: data.phrases.map { PatternSpec($0) })
    var best = Double.infinity
    let hitCount = Atomic<Int>(0)
    data.corpus.withUnsafeBufferPointer { corpus in
      let pieces = WholeLines.cut(corpus, into: threads)
      nonisolated(unsafe) let shared = corpus
      for _ in 0..<runs {
        hitCount.store(0, ordering: .relaxed)
        best = min(
          best,
          Timing.seconds {
            DispatchQueue.concurrentPerform(iterations: pieces.count) { piece in
              var scanner = automaton.makeScanner()
              var hits = 0
              scanner.scanLines(UnsafeBufferPointer(rebasing: shared[pieces[piece]])) {
                hits += $0.hits.count
              }
              hitCount.add(hits, ordering: .relaxed)
            }
          })
      }
    }
    let rate = Double(data.corpus.count) / 1e6 / best
    print(
      "throughput, scanLines on \(threads) threads: \(format(rate)) MB/s (\(hitCount.load(ordering: .relaxed)) hits)"
    )
    return rate
  }
}
