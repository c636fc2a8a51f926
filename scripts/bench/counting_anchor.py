"""The counting benchmark's anchor: Python's jieba plus collections.Counter over the articles
dossier wrote (one per record, separated by U+001E), timed without reading the file, then the
speed ratios against dossier's figures from the same run. Run by scripts/bench-counting.sh:
    counting_anchor.py ARTICLES DOSSIER_FIGURES"""
import collections
import logging
import sys
import time

import jieba

jieba.setLogLevel(logging.ERROR)
jieba.initialize()
articles = open(sys.argv[1], encoding="utf-8").read().split("\x1e")[:-1]
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
for line in open(sys.argv[2], encoding="utf-8"):
    name = "word freq" if "word freq" in line else "bigrams"
    ours[name] = float(line.split(" s for ")[0].split()[-1])
print("speed ratio: word freq %.1fx (target >= 20x), bigrams %.1fx (target >= 10x)"
      % (word_seconds / ours["word freq"], bigram_seconds / ours["bigrams"]))
