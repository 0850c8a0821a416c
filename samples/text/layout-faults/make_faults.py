#!/usr/bin/env python3
"""Faults the held-out `pdftotext -layout` dumps showed, injected into the committed dumps.

For every samples/text/pdftotext/STEM.layout.txt writes, beside a copy of its expected file:
  STEM.fw.txt        every value of a table line (a line with 3+ numbers) in full-width digits
                     (`１３３`), as reports typed in a Chinese input method print them;
  STEM.fwspaced.txt  the same with a space between full-width digits (`１ ３ ３`): a number
                     spaced out like two columns;
  STEM.footer.txt    a page-footer line `第N页 共8页` (between blank lines) after every 9th table line.
The information is unchanged, so the expected values are the source PDF's. Deterministic.

    python3 samples/text/layout-faults/make_faults.py
"""
import glob
import os
import re
import shutil

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "..", "pdftotext")
NUMBER = r"(?<=\s)[0-9]+(?=\s|$)"


def fullwidth(match):
    return "".join(chr(ord(c) + 0xFEE0) for c in match.group(0))


def is_table_line(line):
    return len(re.findall(r"\s[0-9０-９]+(?=\s|$)", line)) >= 3


for path in sorted(glob.glob(os.path.join(src, "*.layout.txt"))):
    stem = os.path.basename(path)[: -len(".layout.txt")]
    lines = open(path, encoding="utf-8").read().split("\n")
    fw = [re.sub(NUMBER, fullwidth, l) if is_table_line(l) else l for l in lines]
    open(os.path.join(here, f"{stem}.fw.txt"), "w", encoding="utf-8").write("\n".join(fw))
    spaced = [re.sub(r"(?<=[０-９])(?=[０-９])", " ", l) for l in fw]
    open(os.path.join(here, f"{stem}.fwspaced.txt"), "w", encoding="utf-8").write("\n".join(spaced))
    footer, n = [], 0
    for l in lines:
        footer.append(l)
        if is_table_line(l):
            n += 1
            if n % 9 == 0:
                footer += ["", " " * 30 + f"第{n // 9 + 1}页 共8页", ""]
    open(os.path.join(here, f"{stem}.footer.txt"), "w", encoding="utf-8").write("\n".join(footer))
    shutil.copy(os.path.join(src, f"{stem}.expected.json"), os.path.join(here, f"{stem}.expected.json"))
