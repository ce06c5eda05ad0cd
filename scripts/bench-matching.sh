#!/usr/bin/env bash
# Builds the matcher benchmark in release mode, generates its data from the five source
# documents, and compares the matcher with Python's ahocorasick-rs and pyahocorasick scanning
# the same lines. Prints every figure and the throughput ratios.
#
#   scripts/bench-matching.sh            # data in scripts/.bench, peers in scripts/.venv
#   SEEDS=/path/to/seeds ROUNDS=3 scripts/bench-matching.sh
#
# Both sides run ROUNDS times, alternating, and the best round of each is compared: the machine
# is shared, and alternating keeps a slow moment from favouring one side.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${SEEDS:-../shared/seeds}
rounds=${ROUNDS:-2}
data=scripts/.bench
venv=scripts/.venv

swift build -c release --product rehearse-matching-benchmarks >&2
bin=$(swift build -c release --show-bin-path)/rehearse-matching-benchmarks

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
for round in $(seq "$rounds"); do
  echo "== round $round: RehearseMatching"
  "$bin" run "$data" | tee -a "$data/swift.out"
  if [ "$peers" = yes ]; then
    echo "== round $round: Python peers"
    "$venv/bin/python" scripts/bench_matching_peers.py "$data" | tee -a "$data/peers.out"
  fi
done

swift_mbps=$(best "$data/swift.out" throughput_mbps)
parallel_mbps=$(best "$data/swift.out" parallel_mbps)
echo "== best of $rounds rounds"
echo "RehearseMatching, one thread, all normalisation: $swift_mbps MB/s"
echo "RehearseMatching, scanLines on 2 threads:        $parallel_mbps MB/s"
if [ "$peers" = yes ]; then
  rs_mbps=$(best "$data/peers.out" rs_mbps)
  py_mbps=$(best "$data/peers.out" py_mbps)
  echo "ahocorasick-rs, per line, no normalisation:      $rs_mbps MB/s"
  echo "pyahocorasick, per line, no normalisation:       $py_mbps MB/s"
  python3 - "$swift_mbps" "$parallel_mbps" "$rs_mbps" "$py_mbps" <<'PY'
import sys
swift, parallel, rs, py = map(float, sys.argv[1:])
print(f"ratio to ahocorasick-rs: {swift / rs:.2f}x (one thread), {parallel / rs:.2f}x (2 threads)")
print(f"ratio to pyahocorasick:  {swift / py:.2f}x (one thread), {parallel / py:.2f}x (2 threads)")
PY
else
  echo "peers not measured: could not install ahocorasick-rs and pyahocorasick from PyPI"
fi
