#!/usr/bin/env bash
# Store benchmark: build a store of a copy of a generated corpus of about SIZE MB (default
# 100), release build; rebuild with nothing changed, then after changing 1% of the files;
# open it in a fresh process (time and resident memory); sum its money in SQL. Prints build
# speed (extraction of every record included) and store size against the text, against
# loading the same corpus in memory in the same run.
#   scripts/bench-store.sh [SIZE_MB]
source "$(dirname "$0")/bench/setup.sh"
size=${1:-100}
work=.build-bench/store-work-${size}mb
store=.build-bench/store-${size}mb.db
rm -rf "$work" "$store"
cp -r "$(sized_corpus "$size")" "$work"
"$bin" scripts/bench/store.lua "$work" "$store"
"$bin" scripts/bench/store_open.lua "$store"
