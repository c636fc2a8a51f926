#!/usr/bin/env bash
# Installs the Debian packages dossier builds and tests with, when any is missing, and any
# packages named as arguments (the benchmarks add the tools they compare with).
# Needs root or password-less sudo; otherwise prints the command to run and fails.
set -euo pipefail

packages=(pkg-config liblua5.4-dev libreadline-dev libopencc-dev libre2-dev libsqlite3-dev zlib1g-dev lua5.4 lua-busted lua-cjson lua-check python3-jieba "$@")

if ! command -v swift >/dev/null 2>&1; then
  echo "dossier: the Swift 6 toolchain is needed ('swift' is not on PATH)" >&2
  exit 1
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "dossier: not a Debian-like system; install by hand: ${packages[*]} (Lua 5.4, readline, pkg-config)" >&2
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "dossier: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo)
else
  echo "dossier: missing packages: ${missing[*]}" >&2
  echo "run this once, then try again:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
