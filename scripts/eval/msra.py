"""MSRA NER test set for scripts/eval-entities.sh.

prepare WORK SPLIT: reads WORK/msra_SPLIT.txt (for train, its first 5,000 sentences) (one character and its BMES tag a line, a blank line
between sentences) and writes WORK/sentences.jsonl (one article a sentence) and WORK/gold.json
(each sentence's distinct PER, LOC and ORG spans).
score WORK: runs jieba posseg on the same sentences and prints precision, recall and F1 per
kind for dossier (WORK/dossier.jsonl), for its tagger alone (WORK/tagger.jsonl) and for jieba.
"""
import json, logging, sys, time

KINDS = ("PER", "LOC", "ORG")


def read_sentences(path):
    sentences, chars, tags = [], [], []
    for line in open(path, encoding="utf-8"):
        parts = line.strip("\r\n").split(" ")
        if len(parts) == 2 and parts[0]:
            chars.append(parts[0])
            tags.append(parts[1])
        elif chars:
            sentences.append((chars, tags))
            chars, tags = [], []
    if chars:
        sentences.append((chars, tags))
    return sentences


def spans(chars, tags):
    found = {k: set() for k in KINDS}
    start = None
    for i, tag in enumerate(tags):
        if tag == "O":
            start = None
            continue
        place, kind = tag.split("-", 1)
        if place in ("B", "S"):
            start = i
        if place in ("E", "S") and start is not None:
            found[kind].add("".join(chars[start:i + 1]))
            start = None
    return {k: sorted(v) for k, v in found.items()}


def prepare(work, split):
    sentences = read_sentences(work + "/msra_%s.txt" % split)[:5000]
    with open(work + "/sentences.jsonl", "w", encoding="utf-8") as out:
        for n, (chars, _) in enumerate(sentences, 1):
            out.write(json.dumps({"id": str(n), "title": "msra", "content": "".join(chars)}, ensure_ascii=False) + "\n")
    json.dump([spans(c, t) for c, t in sentences], open(work + "/gold.json", "w", encoding="utf-8"), ensure_ascii=False)


def scores(predicted, gold):
    out = {}
    for kind in KINDS:
        hit = found = expected = 0
        for p, g in zip(predicted, gold):
            p, g = set(p.get(kind, [])), set(g[kind])
            hit, found, expected = hit + len(p & g), found + len(p), expected + len(g)
        precision, recall = hit / max(found, 1), hit / max(expected, 1)
        out[kind] = (precision, recall, 2 * precision * recall / max(precision + recall, 1e-9))
    return out


def score(work):
    import jieba
    import jieba.posseg
    jieba.setLogLevel(logging.ERROR)
    gold = json.load(open(work + "/gold.json", encoding="utf-8"))
    texts = [json.loads(line)["content"] for line in open(work + "/sentences.jsonl", encoding="utf-8")]
    ours = [json.loads(line) for line in open(work + "/dossier.jsonl", encoding="utf-8")]
    tagger = [json.loads(line) for line in open(work + "/tagger.jsonl", encoding="utf-8")]
    start = time.perf_counter()
    theirs = []
    for text in texts:
        found = {k: set() for k in KINDS}
        for word, flag in jieba.posseg.lcut(text):
            kind = {"nr": "PER", "ns": "LOC", "nt": "ORG"}.get(flag)
            if kind:
                found[kind].add(word)
        theirs.append({k: sorted(v) for k, v in found.items()})
    seconds = time.perf_counter() - start
    print("%d sentences; gold: %s" % (len(gold), ", ".join("%s %d" % (k, sum(len(g[k]) for g in gold)) for k in KINDS)))
    # dossier reports no one-character person (老张's 张) and a one-character place only as an
    # abbreviation it can name (中美: 中国, 美国); say how much of the gold that is
    print("gold names of one character: %s" % ", ".join("%s %d" % (k, sum(1 for g in gold for n in g[k] if len(n) == 1)) for k in KINDS))
    # the tagger alone, before the rules: what they add (or cost) is the difference
    for name, predicted, note in (("dossier", ours, ""), ("tagger alone", tagger, ""), ("jieba posseg", theirs, " (%.1f s)" % seconds)):
        s = scores(predicted, gold)
        print("%-13s %s%s" % (name, "   ".join("%s P %.2f R %.2f F1 %.2f" % (k, *s[k]) for k in KINDS), note))


if __name__ == "__main__":
    {"prepare": prepare, "score": score}[sys.argv[1]](*sys.argv[2:])
