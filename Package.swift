// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "rehearse",
  products: [
    .executable(name: "rehearse", targets: ["rehearse"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
  ],
  targets: [
    // Every message the program writes, in English and simplified Chinese.
    .target(name: "RehearseLocalization"),

    // YAML content packs decoded into a validated, typed model.
    .target(
      name: "RehearseContent",
      dependencies: ["RehearseLocalization", .product(name: "Yams", package: "Yams")]
    ),

    // Text normalisation, the forbidden-phrase automaton and tolerant phrase scoring.
    .target(name: "RehearseMatching"),

    // Release-mode figures for the matcher (scripts/bench-matching.sh); not part of the product.
    .executableTarget(
      name: "rehearse-matching-benchmarks",
      dependencies: ["RehearseMatching"],
      path: "Benchmarks/MatchingBenchmarks"
    ),

    // FSRS-6 spaced review: pure scheduling of cards from ratings, no I/O.
    .target(name: "RehearseReview"),

    // Quizzes, role-play dialogues and review, scored with explanations.
    .target(
      name: "RehearsePractice",
      dependencies: ["RehearseContent", "RehearseMatching", "RehearseLocalization"]
    ),

    // `rehearse check`: streams lines from input to report on every core.
    .target(
      name: "RehearseCheck",
      dependencies: ["RehearseContent", "RehearseMatching", "RehearseLocalization"]
    ),

    // Score records behind a backend-free protocol, and their export for spreadsheets and
    // learning systems.
    .target(
      name: "RehearseStore",
      dependencies: ["RehearseLocalization"]
    ),

    // The score store in SQLite: the only module that uses GRDB.
    .target(
      name: "RehearseStoreSQLite",
      dependencies: ["RehearseStore", .product(name: "GRDB", package: "GRDB.swift")]
    ),

    // The score store on a PostgreSQL team server: the only module that uses PostgresNIO.
    .target(
      name: "RehearseStorePostgres",
      dependencies: ["RehearseStore", .product(name: "PostgresNIO", package: "postgres-nio")]
    ),

    // The C shim over libedit, whose variadic calls Swift cannot make.
    .target(
      name: "CEditLine",
      linkerSettings: [.linkedLibrary("edit")]
    ),

    // The REPL, its commands and their rendering.
    .target(
      name: "RehearseShell",
      dependencies: [
        "RehearseContent", "RehearseMatching", "RehearsePractice", "RehearseLocalization",
        "RehearseStore", "RehearseReview", "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // The thin command-line entry point.
    .executableTarget(
      name: "rehearse",
      dependencies: [
        "RehearseShell", "RehearseContent", "RehearseCheck", "RehearseLocalization",
        "RehearseStore", "RehearseStoreSQLite", "RehearseStorePostgres",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Helpers shared by the test targets: fixtures, the built binary, tmux.
    .target(
      name: "RehearseTestSupport",
      dependencies: [
        "RehearseContent", "RehearseStore", "RehearseStoreSQLite", "RehearseStorePostgres",
      ],
      path: "Tests/RehearseTestSupport"
    ),

    .testTarget(
      name: "RehearseLocalizationTests",
      dependencies: ["RehearseLocalization", "RehearseTestSupport"]
    ),
    .testTarget(
      name: "RehearseContentTests",
      dependencies: ["RehearseContent", "RehearseTestSupport"]
    ),
    .testTarget(
      name: "RehearsePracticeTests",
      dependencies: ["RehearsePractice", "RehearseContent", "RehearseTestSupport"]
    ),
    .testTarget(
      name: "RehearseReviewTests",
      dependencies: ["RehearseReview", "RehearseTestSupport"]
    ),
    .testTarget(
      name: "RehearseCheckTests",
      dependencies: ["RehearseCheck", "RehearseLocalization", "RehearseTestSupport"]
    ),
    .testTarget(
      name: "RehearseStoreTests",
      dependencies: [
        "RehearseStore", "RehearseStoreSQLite", "RehearseStorePostgres", "RehearseTestSupport",
      ]
    ),
    .testTarget(
      name: "RehearseMatchingTests",
      dependencies: [
        "RehearseMatching",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "RehearseShellTests",
      dependencies: ["RehearseShell", "RehearseContent", "RehearseStore", "RehearseTestSupport"]
    ),
    // The fuzz targets' bodies, a plain library so that tests replay what the fuzzers found.
    .target(
      name: "RehearseFuzzTargets",
      dependencies: [
        "RehearseContent", "RehearseMatching", "RehearsePractice", "RehearseShell",
        "RehearseLocalization",
      ],
      path: "Fuzz/FuzzTargets"
    ),
    .testTarget(
      name: "RehearseFuzzRegressionTests",
      dependencies: ["RehearseFuzzTargets", "RehearseTestSupport"]
    ),
    .testTarget(
      name: "RehearseEndToEndTests",
      dependencies: ["RehearseTestSupport"]
    ),
  ]
)

// libFuzzer executables (scripts/fuzz.sh). They need `-sanitize=fuzzer`, which supplies `main`,
// so they exist only when REHEARSE_FUZZ is set and stay out of the normal build and tests.
if Context.environment["REHEARSE_FUZZ"] != nil {
  for name in [
    "FuzzContentLoader", "FuzzMatching", "FuzzScoring", "FuzzAnswerReading", "FuzzShellCommands",
  ] {
    package.targets.append(
      .executableTarget(name: name, dependencies: ["RehearseFuzzTargets"], path: "Fuzz/\(name)"))
  }
}
