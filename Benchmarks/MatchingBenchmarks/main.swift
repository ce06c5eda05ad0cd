// Release-mode figures for RehearseMatching. Run through scripts/bench-matching.sh, which builds
// it, generates the data and compares with Python's ahocorasick-rs and pyahocorasick.
//
//   rehearse-matching-benchmarks run DATA_DIR      measure and print the figures
//   rehearse-matching-benchmarks throughput DATA_DIR RUNS   only the throughputs, best of RUNS
//   rehearse-matching-benchmarks rubric            one answer against a pack-sized rubric, p50/p99
//   rehearse-matching-benchmarks table             print the traditional→simplified pairs (TSV)
import Foundation

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "run" where arguments.count == 2:
  let data = try BenchmarkData(directory: URL(fileURLWithPath: arguments[arguments.startIndex + 1]))
  MatchingBenchmarks(data: data).runAll()
case "throughput" where arguments.count == 3:
  let data = try BenchmarkData(directory: URL(fileURLWithPath: arguments[arguments.startIndex + 1]))
  let runs = Int(arguments[arguments.startIndex + 2]) ?? 5
  _ = MatchingBenchmarks(data: data).measureThroughput(runs: runs)
  _ = MatchingBenchmarks(data: data).measureBatchThroughput(threads: 2, runs: runs)
case "rubric":
  for _ in 0..<2 { _ = RubricBenchmark.run() }
  _ = RubricBenchmark.run(mode: 1)
case "table":
  TraditionalTable.print()
default:
  FileHandle.standardError.write(
    Data(
      "usage: rehearse-matching-benchmarks run DATA_DIR | throughput DATA_DIR RUNS | rubric | table\n"
        .utf8))
  exit(2)
}
