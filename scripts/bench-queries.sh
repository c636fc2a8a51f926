#!/usr/bin/env bash
# Query benchmark, release build, on two corpora of ARTICLES articles (default 50,000):
#   reports   the project's generator: report-shaped articles in every format and script,
#             but few distinct phrases;
#   words     text drawn from jieba's dictionary by word frequency: meaningless, but with
#             the variety of characters and character pairs of real Chinese.
# For each: index build time and memory, search latency (100 queries of 2 to 4 characters)
# against ripgrep running the same queries over the same files, KWIC, two terms in one
# sentence (against rg piped into rg), regular expressions (c:grep against rg with the same
# patterns), and word frequencies.
# Targets: median search under 10 ms and at least 10x ripgrep; corpus plus index under 4x the text.
#   scripts/bench-queries.sh [ARTICLES]
source "$(dirname "$0")/bench/setup.sh"
scripts/install-deps.sh ripgrep
articles=${1:-50000}

reports=.build-bench/articles-$articles
if [ ! -f "$reports/.complete" ]; then
  rm -rf "$reports"
  "$bin" scripts/generate-corpus.lua "$reports" --articles "$articles" --seed 11 >/dev/null
  touch "$reports/.complete"
fi
words=.build-bench/dictionary-$articles
if [ ! -f "$words/.complete" ]; then
  rm -rf "$words"
  /usr/bin/python3 scripts/bench/dictionary-corpus.py "$words" "$articles"
  touch "$words/.complete"
fi

# ripgrep: each query as a fixed string over the same folder, matches counted, output discarded.
# It reads the UTF-8 and UTF-16 files; it does not fold Traditional and Simplified script.
ripgrep_median_ms() {
  local folder=$1 queries=$2 times=() query start
  rg -F -c "warm" "$folder" >/dev/null || true
  while IFS= read -r query; do
    start=$(date +%s%N)
    rg -F --count-matches --no-messages -- "$query" "$folder" >/dev/null || true
    times+=($(( ($(date +%s%N) - start) / 1000 )))
  done < "$queries"
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

work=.build-bench/queries
mkdir -p "$work"
for name in reports words; do
  folder=${!name}
  echo "== $name: $folder"
  "$bin" scripts/bench/queries.lua "$folder" "$work/$name-queries.txt" | tee "$work/$name.txt"
  rg_ms=$(ripgrep_median_ms "$folder" "$work/$name-queries.txt")
  ours_ms=$(awk '/^search/ { print $3 }' "$work/$name.txt")
  awk -v rg="$rg_ms" -v ours="$ours_ms" 'BEGIN {
    printf "ripgrep       median %.1f ms over the same queries and files\n", rg
    printf "speed ratio   %.0fx ripgrep (target: at least 10x)\n", rg / ours
  }'
  pair_ms=$(awk '/^two terms/ { print $4 }' "$work/$name.txt")
  times=()
  while IFS=$'\t' read -r first second; do
    start=$(date +%s%N)
    rg -F --no-messages -- "$first" "$folder" | rg -F -c -- "$second" >/dev/null || true
    times+=($(( ($(date +%s%N) - start) / 1000 )))
  done < "$work/$name-queries.txt.pairs"
  printf '%s\n' "${times[@]}" | sort -n | awk -v ours="$pair_ms" '{ a[NR] = $1 } END {
    rg = a[int((NR + 1) / 2)] / 1000
    printf "ripgrep pairs median %.1f ms (rg -F first | rg -F second: lines, not sentences); %.0fx\n", rg, rg / ours }'
  while IFS= read -r pattern; do
    start=$(date +%s%N)
    rg --count-matches --no-messages -e "$pattern" "$folder" >/dev/null || true
    printf 'ripgrep grep  %-26s %6.1f ms over the raw files\n' "$pattern" "$(( ($(date +%s%N) - start) / 1000 ))e-3"
  done < "$work/$name-queries.txt.grep"
done
