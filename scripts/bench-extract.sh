#!/usr/bin/env bash
# Extraction benchmark (release build): numbers, dates and places for every article of the load
# benchmark's corpus (about SIZE MB, default 100) on both cores, against Python's re module
# running three comparable patterns over the same text in the same run (the anchor: a plain
# regular-expression pass that resolves nothing); people and organisations, against jieba
# posseg on the same text; then the cost per MB of one 4 KB and one 4 MB article, which should
# be about the same (time linear in article size). The generated corpus is copies of one
# corpus whose lines repeat, and the tagger tags a line once: people and organisations are
# also timed on real news that repeats hardly a line (MSRA's training sentences), the figure
# the target is for.
#   scripts/bench-extract.sh [SIZE_MB]
source "$(dirname "$0")/bench/setup.sh"
corpus=$(sized_corpus "${1:-100}")
news=$(news_corpus)
text=.build-bench/extract-text.txt
"$bin" scripts/bench/extract.lua "$corpus" "$text" "$news"
/usr/bin/python3 scripts/bench/extract_anchor.py "$text"
