#!/usr/bin/env bash
# Segmentation benchmark: the same text through dossier's zh.segment and Python's jieba
# (Debian's python3-jieba), in one run. Prints MB/s for both, the speed ratio, and token
# agreement with jieba.lcut (F1 over token spans). Targets: agreement >= 99%, speed >= 10x.
#   scripts/bench-segment.sh [SIZE_MB]
source "$(dirname "$0")/bench/setup.sh"
size_mb=${1:-3}
work=.build-bench/segment
mkdir -p "$work"
# the text: every article's body in Simplified script, one paragraph a line, repeated to SIZE_MB
"$bin" -e "
  local c = corpus.load('$base', { quiet = true })
  local seed = corpus.load('corpus/seed-article.txt', { quiet = true })
  local out, size, limit = {}, 0, $size_mb * 1048576
  while size < limit do
    for _, corpus in ipairs({ seed, c }) do
      for a in corpus:each() do
        for _, p in ipairs(a.paragraphs) do
          local line = zh.t2s(p)
          out[#out + 1] = line
          size = size + #line
          if size >= limit then break end
        end
        if size >= limit then break end
      end
    end
  end
  local f = assert(io.open('$work/text.txt', 'w')); f:write(table.concat(out, '\n'), '\n'); f:close()
"
"$bin" scripts/bench/segment.lua "$work/text.txt" "$work/dossier.txt" | tee "$work/dossier.rate"
/usr/bin/python3 - "$work" <<'PY'
import logging, sys, time
import jieba
jieba.setLogLevel(logging.ERROR)
jieba.initialize()
work = sys.argv[1]
lines = open(work + "/text.txt", encoding="utf-8").read().split("\n")[:-1]
start = time.perf_counter()
python = [jieba.lcut(line) for line in lines]
seconds = time.perf_counter() - start
size = sum(len(line.encode("utf-8")) for line in lines) / 1048576
print("jieba    %.2f MB in %.2f s = %.2f MB/s" % (size, seconds, size / seconds))
ours = [line.split(" ") if line else [] for line in open(work + "/dossier.txt", encoding="utf-8").read().split("\n")[:-1]]
def spans(words):
    out, at = set(), 0
    for w in words:
        out.add((at, at + len(w)))
        at += len(w)
    return out
matched = total_ours = total_theirs = 0
# dossier joins words with spaces; jieba's own space tokens are dropped on both sides for the comparison
for mine, theirs in zip(ours, python):
    theirs = [w for w in theirs if w.strip()]
    mine = [w for w in mine if w]
    a, b = spans(mine), spans(theirs)
    matched += len(a & b); total_ours += len(a); total_theirs += len(b)
precision, recall = matched / total_ours, matched / total_theirs
f1 = 2 * precision * recall / (precision + recall)
ours_rate = float(open(work + "/dossier.rate").read().split("=")[1].split()[0])
print("agreement F1 %.4f (precision %.4f, recall %.4f; target >= 0.99)" % (f1, precision, recall))
print("speed ratio %.1fx (target >= 10x)" % (ours_rate / (size / seconds)))
PY
# The fastest peer: jieba-rs (PyPI rjieba, jieba's algorithm in Rust, one core like the
# timings above), downloaded into .build-bench/ when missing; its cut of the same lines, timed
# the same way. Skipped, saying so, when it cannot be downloaded.
peer=.build-bench/rjieba
if [ ! -d "$peer/rjieba" ]; then
  python3 -m pip install --quiet --target "$peer" "rjieba==0.2.2" >/dev/null 2>&1 || true
fi
if [ -d "$peer/rjieba" ]; then
  PYTHONPATH="$peer" python3 - "$work" <<'PY'
import sys, time
import rjieba
work = sys.argv[1]
lines = open(work + "/text.txt", encoding="utf-8").read().split("\n")[:-1]
rjieba.cut("预热")  # its dictionary loads before timing, as dossier's does
start = time.perf_counter()
words = [rjieba.cut(line) for line in lines]
seconds = time.perf_counter() - start
size = sum(len(line.encode("utf-8")) for line in lines) / 1048576
ours = float(open(work + "/dossier.rate").read().split("=")[1].split()[0])
print("jieba-rs %.2f MB in %.2f s = %.2f MB/s; dossier/jieba-rs %.2fx (the fastest peer)" % (size, seconds, size / seconds, ours / (size / seconds)))
PY
else
  echo "jieba-rs: not measured (PyPI rjieba could not be downloaded)"
fi
