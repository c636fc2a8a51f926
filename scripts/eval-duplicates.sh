#!/usr/bin/env bash
# Reprint detection scored on the generator's reprints (a new headline, two paragraphs dropped,
# paragraphs reordered, the other script, pinyin annotations; one for every fourth article)
# among articles that share the generator's stock paragraphs and footers: pair precision and
# recall of c:duplicates() at several thresholds (targets at the default 0.8: 0.99 and 0.95).
#   scripts/eval-duplicates.sh [ARTICLES]
source "$(dirname "$0")/bench/setup.sh"
articles=${1:-2000}
corpus=.build-eval/reprints-$articles
if [ ! -f "$corpus.json" ]; then
  rm -rf "$corpus"
  "$bin" scripts/generate-corpus.lua "$corpus" --articles "$articles" --seed 17 --reprints --manifest "$corpus.json.tmp" >/dev/null
  mv "$corpus.json.tmp" "$corpus.json"
fi
"$bin" scripts/eval/duplicates.lua "$corpus" "$corpus.json" 0.7 0.8 0.9
