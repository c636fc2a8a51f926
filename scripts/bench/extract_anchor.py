"""Anchor for scripts/bench-extract.sh: Python's re module over the same clean text, one pass
for each of three patterns like what dossier extracts (money, dates, place names), on one
core. It finds spans only: no values, hedges, resolution or gazetteer."""
import re, sys, time

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
