#!/usr/bin/env bash
# Sets up what is missing and starts the rehearse shell on the bundled content.
# Arguments are passed on: scripts/run.sh --lang zh, scripts/run.sh validate, ...
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product rehearse >&2
exec .build/release/rehearse "$@"
