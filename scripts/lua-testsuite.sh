#!/usr/bin/env bash
# Runs Lua 5.4.4's own test suite (the testes/ folder of the release) under dossier in its
# user mode, the yardstick for "behaves like lua5.4": all.lua, then main.lua (the stand-alone
# interpreter's tests, with _port=false _soft=true as the suite's notes say). The suite is
# not part of this repo:
#   scripts/lua-testsuite.sh /path/to/lua-5.4.4/testes
set -euo pipefail
testes=${1:?usage: scripts/lua-testsuite.sh PATH-TO-lua-5.4.4/testes}
dossier=$(cd "$(dirname "$0")/.." && pwd)/.build/debug/dossier
cd "$testes"
"$dossier" -e "_U=true" all.lua 2>&1 | tail -n 3
echo "main.lua:"
"$dossier" -e "_port=false _soft=true" main.lua 2>&1 | tail -n 1
