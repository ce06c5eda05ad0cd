#!/usr/bin/env bash
# Validates a real xAPI export against a strict statement model (PyPI ralph-malph) and the
# checks in scripts/check-xapi.py: a quiz and a dialogue are practised with the built binary,
# exported, and every statement checked. The virtual environment is made once, under .build.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/xapi-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import ralph.models.xapi' 2>/dev/null; then
  python3 -m venv --clear "$venv"
  "$venv/bin/pip" install --quiet ralph-malph
fi
binary=$(swift build --show-bin-path)/rehearse
[ -x "$binary" ] || swift build --product rehearse
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'use alpha\nquiz --type number true-false single\n1小时\n错\nA\ndialogue book-visit\n您好，我是装维师傅小王\n好的，明天上午十点，谢谢您。\n' |
  "$binary" --content Tests/Fixtures/library --db "$work/scores.sqlite" --trainee 王芳 --team 一班 \
    >/dev/null 2>&1 || true
"$binary" export --db "$work/scores.sqlite" --format xapi --home-page https://lms.example.com \
  --out "$work/statements.json"
"$venv/bin/python" scripts/check-xapi.py "$work/statements.json"
