#!/usr/bin/env bash
# Load benchmark: a generated corpus of about SIZE MB (default 100), release build.
#   scripts/bench-load.sh [SIZE_MB]
# The corpus is cached in .build-bench/: 2,000 generated articles in every format, copied
# until the size is reached (loading cost depends on the bytes, not on their novelty).
source "$(dirname "$0")/bench/setup.sh"
size_mb=${1:-100}
corpus=.build-bench/corpus-${size_mb}mb
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"; mkdir -p "$corpus"
  base_kb=$(du -sk --apparent-size "$base" | cut -f1)
  copies=$(( (size_mb * 1024 + base_kb - 1) / base_kb ))
  for i in $(seq -w 1 "$copies"); do cp -r "$base" "$corpus/copy-$i"; done
  touch "$corpus/.complete"
fi
"$bin" scripts/bench/load.lua "$corpus"
