#!/usr/bin/env bash
# Query benchmark on a generated corpus of ARTICLES articles (default 50,000), release build:
# index build time and memory, search latency (100 queries of 2 to 4 characters) against
# ripgrep running the same queries over the same files, KWIC, and word frequencies.
# Targets: median search under 10 ms and at least 10x ripgrep; corpus plus index under 4x the text.
#   scripts/bench-queries.sh [ARTICLES]
source "$(dirname "$0")/bench/setup.sh"
scripts/install-deps.sh ripgrep
articles=${1:-50000}
corpus=.build-bench/articles-$articles
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  "$bin" scripts/generate-corpus.lua "$corpus" --articles "$articles" --seed 11 >/dev/null
  touch "$corpus/.complete"
fi
work=.build-bench/queries
mkdir -p "$work"
"$bin" scripts/bench/queries.lua "$corpus" "$work/queries.txt" | tee "$work/dossier.txt"

# ripgrep: each query as a fixed string over the same folder, matches counted, output discarded.
# It reads the UTF-8 and UTF-16 files; it does not fold Traditional and Simplified script.
rg -F -c "warm" "$corpus" >/dev/null || true
times=()
while IFS= read -r query; do
  start=$(date +%s%N)
  rg -F --count-matches --no-messages -- "$query" "$corpus" >/dev/null || true
  times+=($(( ($(date +%s%N) - start) / 1000 )))
done < "$work/queries.txt"
rg_median_us=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
ours_ms=$(awk '/^search/ { print $3 }' "$work/dossier.txt")
awk -v rg="$rg_median_us" -v ours="$ours_ms" 'BEGIN {
  printf "ripgrep       median %.1f ms over the same queries and files\n", rg / 1000
  printf "speed ratio   %.0fx ripgrep (target: at least 10x)\n", (rg / 1000) / ours
}'
