#!/usr/bin/env python3
"""Scans the benchmark corpus line by line with Python's Aho-Corasick packages.

ahocorasick-rs (Rust's aho-corasick crate, leftmost-longest) and pyahocorasick (C, longest
matches via iter_long), over the same phrases and lines as the Swift benchmark, with no
normalisation (they have none). Reading and splitting the file is not timed; calling the
matcher on every line is. Prints `name: MB/s` lines and a `peers key=value` summary.

Usage: bench_matching_peers.py DATA_DIR
"""
import os
import sys
import time

import ahocorasick
import ahocorasick_rs


def best_of(runs, body):
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        body()
        best = min(best, time.perf_counter() - start)
    return best


def main():
    data = sys.argv[1]
    with open(os.path.join(data, "phrases.txt"), encoding="utf-8") as handle:
        phrases = handle.read().split("\n")
    phrases = [p for p in phrases if p]
    corpus_path = os.path.join(data, "corpus.txt")
    megabytes = os.path.getsize(corpus_path) / 1e6
    with open(corpus_path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")

    start = time.perf_counter()
    rs = ahocorasick_rs.AhoCorasick(phrases, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    rs_build = (time.perf_counter() - start) * 1000

    start = time.perf_counter()
    py = ahocorasick.Automaton()
    for index, phrase in enumerate(phrases):
        py.add_word(phrase, index)
    py.make_automaton()
    py_build = (time.perf_counter() - start) * 1000

    counts = {}

    def scan_rs():
        find = rs.find_matches_as_indexes
        total = 0
        for line in lines:
            total += len(find(line))
        counts["rs"] = total

    def scan_py():
        iterate = py.iter_long
        total = 0
        for line in lines:
            for _ in iterate(line):
                total += 1
        counts["py"] = total

    # Best of 5, as the Swift benchmark takes its best of 5 runs.
    rs_seconds = best_of(5, scan_rs)
    py_seconds = best_of(5, scan_py)
    rs_rate = megabytes / rs_seconds
    py_rate = megabytes / py_seconds
    print(f"ahocorasick-rs: "
          f"build {rs_build:.1f} ms, {rs_rate:.3f} MB/s ({counts['rs']} hits, no normalisation)")
    print(f"pyahocorasick: build {py_build:.1f} ms, {py_rate:.3f} MB/s ({counts['py']} hits, no normalisation)")
    print(f"peers rs_mbps={rs_rate:.3f} py_mbps={py_rate:.3f} rs_build_ms={rs_build:.3f} py_build_ms={py_build:.3f}")


if __name__ == "__main__":
    main()
