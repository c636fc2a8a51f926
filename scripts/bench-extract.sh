#!/usr/bin/env bash
# Extraction benchmark (release build): numbers, dates and places for every article of the load
# benchmark's corpus (about SIZE MB, default 100) on both cores, against Python's re module
# running three comparable patterns over the same text in the same run (the anchor: a plain
# regular-expression pass that resolves nothing); people and organisations, against jieba
# posseg on the same text; then the cost per MB of one 4 KB and one 4 MB article, which should
# be about the same (time linear in article size).
#   scripts/bench-extract.sh [SIZE_MB]
source "$(dirname "$0")/bench/setup.sh"
corpus=$(sized_corpus "${1:-100}")
text=.build-bench/extract-text.txt
"$bin" scripts/bench/extract.lua "$corpus" "$text"
/usr/bin/python3 scripts/bench/extract_anchor.py "$text"
