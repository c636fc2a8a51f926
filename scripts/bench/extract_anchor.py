"""Anchors for scripts/bench-extract.sh, on the same clean text: Python's re module, one pass
for each of three patterns like what dossier extracts (money, dates, place names), on one
core, spans only (no values, hedges, resolution or gazetteer); and jieba posseg (Debian's
python3-jieba), the tagger whose nr/nt tags name people and organisations, on the text's first
50 KB (it runs at a few KB/s on this text)."""
import logging, re, sys, time

text = open(sys.argv[1], encoding="utf-8").read()
mb = len(text.encode("utf-8")) / 1048576
patterns = [
    r"\d+(?:\.\d+)?(?:[万亿])*(?:元|美元)",
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]",
    r"[\u4e00-\u9fff]{2,3}[省市县区]",
]
start = time.perf_counter()
found = sum(len(re.findall(p, text)) for p in patterns)
seconds = time.perf_counter() - start
print("anchor: Python re       %.2f s   %6.1f MB/s   (%d spans; one core, no values or resolution)" % (seconds, mb / seconds, found))

import jieba, jieba.posseg
jieba.setLogLevel(logging.ERROR)
jieba.initialize()
size = 50 * 1024  # jieba posseg runs at a few KB/s on this text: a sample keeps the run short
sample = text.encode("utf-8")[:size].decode("utf-8", "ignore")
start = time.perf_counter()
tagged = sum(1 for line in sample.split("\n") for _, flag in jieba.posseg.lcut(line) if flag in ("nr", "nt"))
seconds = time.perf_counter() - start
print("anchor: jieba posseg    %.2f s   %6.3f MB/s   (first 50 KB; %d nr/nt words; one core)" % (seconds, size / 1048576 / seconds, tagged))
