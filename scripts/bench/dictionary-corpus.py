"""Writes ARTICLES articles of text drawn word by word from jieba's dictionary, each word as
often as its frequency there, with commas, full stops and paragraph breaks between. The text
means nothing, but its characters and character pairs are as varied as real Chinese, which the
generated reports (a few hundred phrases) are not: the index's memory is measured on both.
    python3 scripts/bench/dictionary-corpus.py OUT ARTICLES"""
import json, os, random, sys

import jieba

out, articles = sys.argv[1], int(sys.argv[2])
random.seed(3)
words, weights = [], []
with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as dictionary:
    for line in dictionary:
        parts = line.split()
        if len(parts) >= 2:
            words.append(parts[0])
            weights.append(int(parts[1]))
cumulative, total = [], 0
for w in weights:
    total += w
    cumulative.append(total)

def paragraph():
    drawn = random.choices(words, cum_weights=cumulative, k=random.randint(40, 90))
    pieces = []
    for i, word in enumerate(drawn):
        pieces.append(word)
        if i % random.randint(6, 12) == 5:
            pieces.append("，")
    return "".join(pieces) + "。"

os.makedirs(out, exist_ok=True)
per_file = 1000
for start in range(0, articles, per_file):
    with open(os.path.join(out, "dictionary-%05d.jsonl" % (start // per_file)), "w", encoding="utf-8") as f:
        for n in range(start, min(start + per_file, articles)):
            body = "\n".join(paragraph() for _ in range(random.randint(4, 10)))
            f.write(json.dumps({"title": "詞典文本 %d" % n, "date": "2024-%02d-%02d" % (n % 12 + 1, n % 28 + 1),
                                "text": body}, ensure_ascii=False) + "\n")
