#!/usr/bin/env bash
# Counting benchmark: word frequencies and word bigrams of the same articles through dossier
# (c:freq, c:ngrams(2), segmentation included, both cores) and through Python's jieba plus
# collections.Counter (the anchor), in one run; then c:ngrams(2)'s time and peak memory on the
# 100 MB benchmark corpus, and what a session keeps after collectgarbage(). Targets: word
# frequencies >= 20x the anchor, bigrams >= 10x, bigrams within 1.5 GB on 100 MB, and memory
# after collectgarbage() within 1.5x of what it was after loading.
#   scripts/bench-counting.sh [SIZE_MB]
source "$(dirname "$0")/bench/setup.sh"
size_mb=${1:-20}
work=.build-bench/counting
mkdir -p "$work"
corpus=$(sized_corpus "$size_mb")
"$bin" scripts/bench/counting.lua "$corpus" "$work/articles.txt" | tee "$work/dossier.txt"
/usr/bin/python3 - "$work" <<'PY'
import collections, logging, sys, time
import jieba
jieba.setLogLevel(logging.ERROR)
jieba.initialize()
work = sys.argv[1]
articles = open(work + "/articles.txt", encoding="utf-8").read().split("\x1e")[:-1]
size = sum(len(a.encode("utf-8")) for a in articles) / 1048576
start = time.perf_counter()
words = collections.Counter(w for a in articles for w in jieba.lcut(a))
word_seconds = time.perf_counter() - start
start = time.perf_counter()
bigrams = collections.Counter()
for a in articles:
    ws = jieba.lcut(a)
    bigrams.update(zip(ws, ws[1:]))
bigram_seconds = time.perf_counter() - start
print("jieba+Counter word freq %.2f s for %.1f MB = %.2f MB/s, %d rows" % (word_seconds, size, size / word_seconds, len(words)))
print("jieba+Counter bigrams   %.2f s for %.1f MB = %.2f MB/s, %d rows" % (bigram_seconds, size, size / bigram_seconds, len(bigrams)))
ours = {}
for line in open(work + "/dossier.txt", encoding="utf-8"):
    name = "word freq" if "word freq" in line else "bigrams"
    ours[name] = float(line.split(" s for ")[0].split()[-1])
print("speed ratio: word freq %.1fx (target >= 20x), bigrams %.1fx (target >= 10x)"
      % (word_seconds / ours["word freq"], bigram_seconds / ours["bigrams"]))
PY
echo "== 100 MB benchmark corpus (target: bigrams within 1.5 GB)"
"$bin" scripts/bench/counting.lua "$(sized_corpus 100)"
"$bin" scripts/bench/counting.lua "$(sized_corpus 100)" --memory
