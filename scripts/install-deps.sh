#!/usr/bin/env bash
# Installs the Debian packages rehearse needs that a machine with only the Swift toolchain
# lacks: libedit-dev (line editing) and libsqlite3-dev (the score store; GRDB uses the system
# SQLite) always; with --test also tmux (the interactive REPL tests drive the shell under
# tmux), sqlite3 (the store tests hold a database's lock with the sqlite3 shell),
# python3-venv (scripts/check-xapi.sh validates the xAPI export in a virtual environment),
# faketime (the review tests move the clock over several days), chromium and fonts-noto-cjk
# (the report test renders the HTML report to a PNG with Chinese text).
# Does nothing when they are already there.
set -euo pipefail

packages=(libedit-dev libsqlite3-dev)
if [ "${1:-}" = "--test" ]; then packages+=(tmux sqlite3 python3-venv faketime chromium fonts-noto-cjk); fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${missing[*]} ..." >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
  || { $sudo apt-get update >/dev/null && $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
