#!/usr/bin/env bash
# Store benchmark: build a store of a generated corpus of about SIZE MB (default 100), release
# build; then rebuild with nothing changed, open it, and sum its money in SQL. Prints build
# speed (extraction of every record included), store size against the text, open time and
# resident memory, against loading the same corpus in memory in the same run.
#   scripts/bench-store.sh [SIZE_MB]
source "$(dirname "$0")/bench/setup.sh"
corpus=$(sized_corpus "${1:-100}")
store=.build-bench/store-${1:-100}mb.db
rm -f "$store"
"$bin" scripts/bench/store.lua "$corpus" "$store"
