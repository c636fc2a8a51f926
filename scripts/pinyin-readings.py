#!/usr/bin/env python3
"""Derives the Mandarin readings of each Han character, without tones, for telling a pinyin
annotation ("發(fā)展": fā is a reading of 發) from text in brackets ("臭氧(o3)", "很（jia）").

Source: pinyin_dict.json in the PyPI wheel pypinyin 0.55.0 (MIT licence), which gives the
readings of about 42,000 code points (from Unihan's kMandarin/kHanyuPinyin and other tables).

Writes Sources/Text/Resources/pinyin-readings.tsv: one toneless syllable per line (ü as v),
a tab, then every character that reads so. Run: scripts/pinyin-readings.py
"""
import json, os, subprocess, sys, tempfile, unicodedata, zipfile

WHEEL = "pypinyin==0.55.0"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "Text", "Resources", "pinyin-readings.tsv")


def toneless(syllable):
    plain = "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c))
    # NFD splits ü into u + diaeresis; put it back as v, the form the cleaner reads
    if "\u0308" in unicodedata.normalize("NFD", syllable):
        plain = plain.replace("u", "v")
    return plain.lower()


def main():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", folder, WHEEL], check=True)
        wheel = next(f for f in os.listdir(folder) if f.endswith(".whl"))
        with zipfile.ZipFile(os.path.join(folder, wheel)) as z:
            readings = json.loads(z.read("pypinyin/pinyin_dict.json").decode("utf-8"))
    by_syllable = {}
    for code, text in readings.items():
        char = chr(int(code))
        for syllable in text.split(","):
            s = toneless(syllable.strip())
            if s.isascii() and s.isalpha():
                by_syllable.setdefault(s, set()).add(char)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Toneless Mandarin readings, derived by scripts/pinyin-readings.py from %s (MIT): syllable, characters\n" % WHEEL)
        for s in sorted(by_syllable):
            f.write(s + "\t" + "".join(sorted(by_syllable[s])) + "\n")
    print("wrote %d syllables, %d characters" % (len(by_syllable), len(readings)), file=sys.stderr)


if __name__ == "__main__":
    main()
