#!/usr/bin/env bash
# Sets up what is missing and runs the whole test suite: unit tests, the shell driven through
# pipes, the interactive REPL driven under tmux, and every statement of an xAPI export checked
# against a strict statement model.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
swift build --product rehearse
swift test "$@"
scripts/check-xapi.sh
