#!/usr/bin/env bash
# Builds the matcher benchmark and `rehearse` in release mode, generates the data (10,000
# phrases, a 20 MB+ corpus) from the five source documents, and compares `rehearse check
# --phrases phrases.txt --stats corpus.txt` and the matcher library with Python's
# ahocorasick-rs and pyahocorasick scanning the same lines. Prints every figure and the ratios.
#
#   scripts/bench-matching.sh            # data in scripts/.bench, peers in scripts/.venv
#   SEEDS=/path/to/seeds ROUNDS=3 scripts/bench-matching.sh
#
# SEEDS is a folder of Chinese .txt documents to cut phrases and sentences from; without it the
# texts of the bundled content packs are used.
#
# Both sides run ROUNDS times, alternating, and the best round of each is compared: the machine
# is shared, and alternating keeps a slow moment from favouring one side.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${SEEDS:-}
if [ -z "$seeds" ]; then
  # Every text of the bundled content, one file per pack.
  seeds=scripts/.bench/content-texts
  mkdir -p "$seeds"
  python3 - "$seeds" <<'PY'
import glob, os, sys, yaml
def texts(node):
    if isinstance(node, str): yield node
    elif isinstance(node, dict):
        for value in node.values(): yield from texts(value)
    elif isinstance(node, list):
        for value in node: yield from texts(value)
for pack in sorted(glob.glob("content/*/")):
    name = os.path.basename(pack.rstrip("/"))
    with open(os.path.join(sys.argv[1], name + ".txt"), "w", encoding="utf-8") as out:
        for path in sorted(glob.glob(pack + "*.yaml")):
            out.write("\n".join(texts(yaml.safe_load(open(path, encoding="utf-8")))) + "\n")
PY
fi
rounds=${ROUNDS:-2}
data=scripts/.bench
venv=scripts/.venv

swift build -c release --product rehearse-matching-benchmarks >&2
swift build -c release --product rehearse >&2
bin=$(swift build -c release --show-bin-path)/rehearse-matching-benchmarks
rehearse=$(swift build -c release --show-bin-path)/rehearse

mkdir -p "$data"
"$bin" table >"$data/table.tsv"
python3 scripts/bench_matching_data.py "$seeds" "$data/table.tsv" "$data" 20

peers=yes
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import ahocorasick, ahocorasick_rs" 2>/dev/null; then
  "$venv/bin/pip" install --quiet ahocorasick-rs pyahocorasick >&2 || peers=no
fi

best() { # best value of key $2 among the lines of file $1
  grep -o "$2=[0-9.]*" "$1" | cut -d= -f2 | sort -g | tail -1
}

: >"$data/swift.out"
: >"$data/peers.out"
: >"$data/check.out"
corpus_bytes=$(stat -c %s "$data/corpus.txt")
for round in $(seq "$rounds"); do
  echo "== round $round: rehearse check --phrases phrases.txt --stats corpus.txt (best of 5, as the peers)"
  # Its own figure covers the whole run after start-up: reading the phrases, building the
  # automaton, reading, folding and matching every line, writing the flags (to /dev/null).
  for run in 1 2 3 4 5; do
    stats=$("$rehearse" check --phrases "$data/phrases.txt" --stats "$data/corpus.txt" 2>&1 >/dev/null | tail -1) || true
    echo "$stats"
    seconds=$(echo "$stats" | grep -o 'seconds=[0-9.]*' | cut -d= -f2)
    python3 -c "print(f'check_mbps={$corpus_bytes / 1e6 / $seconds:.3f}')" | tee -a "$data/check.out"
  done
  echo "== round $round: RehearseMatching"
  "$bin" run "$data" | tee -a "$data/swift.out"
  if [ "$peers" = yes ]; then
    echo "== round $round: Python peers"
    "$venv/bin/python" scripts/bench_matching_peers.py "$data" | tee -a "$data/peers.out"
  fi
done

swift_mbps=$(best "$data/swift.out" throughput_mbps)
parallel_mbps=$(best "$data/swift.out" parallel_mbps)
check_mbps=$(best "$data/check.out" check_mbps)
echo "== best of $rounds rounds"
echo "rehearse check, whole command, all normalisation: $check_mbps MB/s"
echo "RehearseMatching, one thread, all normalisation: $swift_mbps MB/s"
echo "RehearseMatching, scanLines on 2 threads:        $parallel_mbps MB/s"
if [ "$peers" = yes ]; then
  rs_mbps=$(best "$data/peers.out" rs_mbps)
  py_mbps=$(best "$data/peers.out" py_mbps)
  echo "ahocorasick-rs, per line, no normalisation:      $rs_mbps MB/s"
  echo "pyahocorasick, per line, no normalisation:       $py_mbps MB/s"
  python3 - "$swift_mbps" "$parallel_mbps" "$rs_mbps" "$py_mbps" "$check_mbps" <<'PY'
import sys
swift, parallel, rs, py, check = map(float, sys.argv[1:])
print(f"rehearse check ÷ ahocorasick-rs: {check / rs:.2f}x; ÷ pyahocorasick: {check / py:.2f}x "
      "(the peers' figures time matching only, not reading, start-up or output)")
print(f"ratio to ahocorasick-rs: {swift / rs:.2f}x (one thread), {parallel / rs:.2f}x (2 threads)")
print(f"ratio to pyahocorasick:  {swift / py:.2f}x (one thread), {parallel / py:.2f}x (2 threads)")
PY
else
  echo "peers not measured: could not install ahocorasick-rs and pyahocorasick from PyPI"
fi
