#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/) and runs each for a number of seconds.
#
#   scripts/fuzz.sh [seconds-per-target] [target...]
#
# Seconds default to 60; targets to all five. Builds in release with -sanitize=fuzzer in its
# own scratch path (.build-fuzz), so the normal build never sees the fuzzer's flags. Each
# target starts from a corpus seeded with the bundled content and with the regression inputs
# in Tests/Fixtures/fuzz/<target>/ (which `swift test` replays); what a run learns is kept in
# .build-fuzz/corpus/<target>/ for the next run. A crash is written to
# .build-fuzz/crashes/<target>/ and ends the script with a failure: copy it into
# Tests/Fixtures/fuzz/<target>/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
all_targets=(FuzzContentLoader FuzzMatching FuzzScoring FuzzAnswerReading FuzzShellCommands)
if [ "$#" -gt 0 ]; then targets=("$@"); else targets=("${all_targets[@]}"); fi

scratch=.build-fuzz
for target in "${targets[@]}"; do
  REHEARSE_FUZZ=1 swift build --scratch-path "$scratch" -c release --product "$target" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
done
bin="$(REHEARSE_FUZZ=1 swift build --scratch-path "$scratch" -c release --show-bin-path)"

# Seeds: every bundled content file and fixture for the loader, their lines for the others.
seed() {
  local target="$1" corpus="$scratch/corpus/$1"
  mkdir -p "$corpus"
  if [ -d "Tests/Fixtures/fuzz/$target" ]; then cp -f Tests/Fixtures/fuzz/"$target"/* "$corpus"/ 2>/dev/null || true; fi
  [ -n "$(ls -A "$corpus")" ] && return
  case "$target" in
    FuzzContentLoader)
      local n=0
      for pack in content/*/ Tests/Fixtures/library/*/ Tests/Fixtures/broken/*/; do
        for file in "$pack"*.yaml; do
          [ "$(basename "$file")" = pack.yaml ] && continue
          n=$((n + 1))
          { cat "$pack/pack.yaml"; printf '\0'; head -c 60000 "$file"; } > "$corpus/seed-$n"
        done
      done ;;
    FuzzMatching)
      printf '不知道\n没办法|没办法，我帮您\n\0您好，这个我不知道，没办法。' > "$corpus/seed-1"
      printf 'hold on\n\0Please HOLD   ON, sir.' > "$corpus/seed-2" ;;
    FuzzShellCommands)
      printf 'packs\nuse wireless-field-service\nquestions\nsearch 客户\nshow --help\n' > "$corpus/seed-1"
      printf 'use aftersales-engineer\nrules\nphrases\nforbidden\nelements\ndialogues\n' > "$corpus/seed-2"
      printf 'dress\nkit\nprocedures\nreview\nscores\nhelp quiz\nquiz --type number\n' > "$corpus/seed-3" ;;
    *)
      local n=0
      grep -rhoE '(answer|model|text|say|any|all): .{1,80}' content | sed 's/^[a-z]*: //' | head -300 |
        while IFS= read -r line; do n=$((n + 1)); printf '%s' "$line" > "$corpus/seed-$n"; done
      printf '\x0572小时' > "$corpus/seed-number"
      printf '\x03A C' > "$corpus/seed-choices" ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  seed "$target"
  mkdir -p "$scratch/crashes/$target"
  echo "== $target for ${seconds}s"
  if ! nice "$bin/$target" "$scratch/corpus/$target" -max_total_time="$seconds" -max_len=4096 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$scratch/crashes/$target/" 2>&1 | grep -E '^(#[0-9]+ +DONE|==|Done|stat::|.*(ERROR|Fatal|crash|deadly|SUMMARY|Test unit written))' ; then
    :
  fi
  if [ -n "$(ls -A "$scratch/crashes/$target")" ]; then
    echo "!! $target found inputs that fail: $scratch/crashes/$target/" >&2
    status=1
  fi
done
exit "$status"
