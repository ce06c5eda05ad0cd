#!/usr/bin/env bash
# Export figures (issue 14): 1,000,000 recorded attempts exported as CSV, JSON and xAPI by a
# release build, against `sqlite3 -csv` on the same database in the same run. Prints wall
# time (best and median of RUNS) and peak memory (/usr/bin/time -v) for each.
#   scripts/bench-export.sh [ATTEMPTS] [RUNS]     defaults: 1000000 3
# REHEARSE_BIN=path uses a release binary already built instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
attempts=${1:-1000000}
runs=${2:-3}
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install sqlite3)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
binary=${REHEARSE_BIN:-}
if [ -z "$binary" ]; then
  swift build -c release --product rehearse >/dev/null
  binary=$(swift build -c release --show-bin-path)/rehearse
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/scores.sqlite

# A real database first (the binary's own schema and rows), from a piped quiz and dialogue.
printf 'use alpha\nquiz --type number true-false single\n1小时\n错\nA\ndialogue book-visit\n您好，我是装维师傅小王，请问您什么时候方便？\n好的，那我们约在明天上午十点，谢谢您。\n' |
  "$binary" --content Tests/Fixtures/library --db "$db" --trainee 王芳 --team 一班 >/dev/null 2>&1 || true
seed=$(sqlite3 "$db" 'select count(*) from attempt')
[ "$seed" -gt 0 ] || { echo "could not record the seed attempts" >&2; exit 1; }
# Then copies of them, each with its own uuid, run, trainee (of 200), team and time.
sqlite3 "$db" <<SQL
PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ($attempts + $seed - 1) / $seed)
INSERT INTO attempt (uuid, session, trainee, team, pack, item, kind, step, prompt, answer, score,
  maxScore, passed, feedback, answeredAt, run, itemTitle, choices, rightAnswer, elementsMet,
  elementsMissed, forbiddenSaid, responseTimeMs, packVersion)
SELECT randomblob(16), session, '学员' || (i % 200), '班组' || (i % 12), pack, item, kind, step,
  prompt, answer || i, score, maxScore, passed, feedback,
  strftime('%Y-%m-%d %H:%M:%f', answeredAt, '+' || i || ' seconds'), randomblob(16), itemTitle,
  choices, rightAnswer, elementsMet, elementsMissed, forbiddenSaid, 1000 + i % 9000, packVersion
FROM attempt, n;
DELETE FROM attempt WHERE id > $attempts;
SQL
echo "database: $(sqlite3 "$db" 'select count(*) from attempt') attempts, $(du -h "$db" | cut -f1)"

# One measured run: prints "SECONDS PEAK_KB".
measure() {
  /usr/bin/time -v -o "$work/time" "$@" >"$work/out" 2>/dev/null
  local wall peak
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time" |
    awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
  echo "$wall $peak"
}

# Best and median wall time, and the largest peak, over $runs runs.
report() {
  local name=$1
  shift
  local times=() peaks=()
  for _ in $(seq "$runs"); do
    read -r wall peak < <(measure "$@")
    times+=("$wall")
    peaks+=("$peak")
  done
  local sorted best median peak
  sorted=$(printf '%s\n' "${times[@]}" | sort -g)
  best=$(echo "$sorted" | head -1)
  median=$(echo "$sorted" | sed -n "$(((runs + 1) / 2))p")
  peak=$(printf '%s\n' "${peaks[@]}" | sort -g | tail -1)
  printf '%-14s best %6.2f s  median %6.2f s  peak %6.1f MB  %s bytes\n' "$name" "$best" "$median" \
    "$(echo "$peak / 1024" | bc -l)" "$(wc -c <"$work/out")"
  eval "best_$(echo "$name" | tr -c 'a-z0-9\n' '_')=$best"
}

report sqlite3-csv sqlite3 -csv -header "$db" 'select * from attempt order by answeredAt, id'
report rehearse-csv "$binary" export --db "$db" --format csv
report rehearse-json "$binary" export --db "$db" --format json
report rehearse-xapi "$binary" export --db "$db" --format xapi --home-page https://lms.example.com
for format in csv json xapi; do
  eval "mine=\$best_rehearse_$format"
  printf '%s / sqlite3 -csv: %.2f×\n' "$format" "$(echo "$mine / $best_sqlite3_csv" | bc -l)"
done
