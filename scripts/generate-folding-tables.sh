#!/usr/bin/env bash
# Regenerates the matcher's folding tables from this toolchain's ICU and Unicode data.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/RehearseMatching/Folding/FoldingTables.swift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
swiftc -O scripts/generate-folding-tables.swift -o "$tmp/generate"
mkdir -p "$(dirname "$out")"
"$tmp/generate" >"$out"
echo "wrote $out"
