#!/usr/bin/env bash
# Reprint detection speed: c:duplicates() on ARTICLES generated articles (default 100,000)
# plus a reprint of every fourth, release build, on this machine's cores (target: under 10 s
# for 100,000). The load is timed apart; the dates that order each cluster are parsed inside.
#   scripts/bench-duplicates.sh [ARTICLES]
source "$(dirname "$0")/bench/setup.sh"
articles=${1:-100000}
corpus=.build-bench/reprints-$articles
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  "$bin" scripts/generate-corpus.lua "$corpus" --articles "$articles" --seed 23 --reprints >/dev/null
  touch "$corpus/.complete"
fi
"$bin" scripts/bench/duplicates.lua "$corpus"
