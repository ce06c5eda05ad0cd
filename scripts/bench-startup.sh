#!/usr/bin/env bash
# Times how long the shell takes to be ready beside how long `rehearse --version` takes, both
# from the release build, alternating, RUNS times each (default 15), and prints the best and the
# median of each and their ratio. "Ready" is measured as the shell started on an empty pipe:
# it loads the content, builds the matchers, opens the store, and stops at its first read.
# `rehearse check` on one line is timed the same way, as scripts call it once per transcript.
#
#   scripts/bench-startup.sh                 # the bundled content
#   RUNS=25 CONTENT=/path/to/content scripts/bench-startup.sh
#
# The compiled content cache is used as a trainee's shell would use it: one warm-up run fills
# it first. Set COLD=1 to clear it before every run of the shell (the first start after an edit).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-15}
content=${CONTENT:-content}
if [ -z "${SKIP_BUILD:-}" ]; then swift build -c release --product rehearse >&2; fi
rehearse=$(swift build -c release --show-bin-path)/rehearse
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$rehearse" "$content" "$work" "$runs" "${COLD:-}" <<'PY'
import os, shutil, statistics, subprocess, sys, time
rehearse, content, work, runs, cold = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
cache = os.path.join(work, "cache")
env = dict(os.environ, XDG_CACHE_HOME=cache, XDG_STATE_HOME=os.path.join(work, "state"),
           XDG_DATA_HOME=os.path.join(work, "data"), REHEARSE_LANG="en")
env.pop("REHEARSE_CONTENT", None)
commands = {
    "version": [rehearse, "--version"],
    "shell": [rehearse, "--content", content, "--db", os.path.join(work, "scores.sqlite")],
    "check": [rehearse, "check", "--content", content],
}
inputs = {"version": b"", "shell": b"", "check": "您好，请问有什么可以帮您？\n".encode()}
def run(name):
    if name == "shell" and cold:
        shutil.rmtree(cache, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(commands[name], input=inputs[name], env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start
for name in commands: run(name)  # warm-up: page cache, and the content cache when it is used
times = {name: [] for name in commands}
for _ in range(runs):
    for name in commands: times[name].append(run(name))
for name in commands:
    t = times[name]
    print(f"{name:8} best {min(t)*1000:7.1f} ms  median {statistics.median(t)*1000:7.1f} ms")
version = times["version"]
for name in ("shell", "check"):
    print(f"{name} / version: best {min(times[name])/min(version):.2f}x  "
          f"median {statistics.median(times[name])/statistics.median(version):.2f}x")
PY
