#!/usr/bin/env python3
"""score.py BIN INPUT...: converts each INPUT with `BIN convert --to json` and compares every cell
of the expected file beside it (X.txt → X.expected.json; X.shape.txt → X.expected.json too) with
the number nianbao gives: right, null (nianbao left it empty where the source has a value, or gave
a value where the source has none, counted as wrong), wrong. Also title, organ and year.

Prints one line per input and a total per folder; `--cells` lists every cell that is not right;
`--ocr` is passed on to `convert` (scans: samples/scans).
The expected files are read from the source documents (docs/expected-format.md), never from
nianbao's output, so this measures the product. Used for the figures in issue notes:

    python3 samples/tools/score.py .build/release/nianbao samples/text/pdftotext/*.txt
"""
import json
import os
import subprocess
import sys
from collections import defaultdict


def expected_path(path):
    folder, name = os.path.split(path)
    stem = name[:-4] if name.endswith(".txt") else os.path.splitext(name)[0]
    while True:
        candidate = os.path.join(folder, stem + ".expected.json")
        if os.path.exists(candidate):
            return candidate
        if "." not in stem:
            return None
        stem = stem.rsplit(".", 1)[0]


def got_cells(doc):
    out = {}
    for table in doc.get("tables") or []:
        keys = [c["key"] for c in table.get("columns", [])]
        for row in table.get("rows", []):
            for index, value in enumerate(row.get("values", [])):
                out[(table["id"], row["key"], index)] = value
    return out


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return float(a) == float(b)


def main():
    args = sys.argv[1:]
    show = "--cells" in args
    extra = ["--ocr"] if "--ocr" in args else []
    args = [a for a in args if a not in ("--cells", "--ocr")]
    binary, inputs = args[0], args[1:]
    totals = defaultdict(lambda: defaultdict(int))
    for path in inputs:
        exp_path = expected_path(path)
        if exp_path is None:
            continue
        expected = json.load(open(exp_path, encoding="utf-8"))
        group = os.path.basename(os.path.dirname(path))
        t = totals[group]
        result = subprocess.run([binary, "convert", "--to", "json"] + extra + [path], capture_output=True, timeout=60)
        cells = {}
        header_ok = 0
        if result.returncode == 0:
            doc = json.loads(result.stdout)
            cells = got_cells(doc)
            header_ok = sum([doc.get("title") == expected.get("title"), doc.get("organ") == expected.get("organ"),
                             doc.get("year") == expected.get("year")])
        right = null = wrong = 0
        misses = []
        for table, rows in expected.get("values", {}).items():
            for key, values in rows.items():
                for index, value in enumerate(values):
                    got = cells.get((table, key, index))
                    if same(got, value):
                        right += 1
                    elif got is None:
                        null += 1
                        misses.append(f"  null  {table}.{key}[{index}] expected {value}")
                    else:
                        wrong += 1
                        misses.append(f"  WRONG {table}.{key}[{index}] expected {value} got {got}")
        total = right + null + wrong
        t["files"] += 1
        t["right"] += right
        t["null"] += null
        t["wrong"] += wrong
        t["cells"] += total
        t["header"] += header_ok
        status = "" if result.returncode == 0 else f" exit {result.returncode}: {result.stderr.decode(errors='replace').strip()[:100]}"
        print(f"{path}: {right}/{total} right, {null} null, {wrong} wrong, header {header_ok}/3{status}")
        if show:
            print("\n".join(misses))
    for group, t in sorted(totals.items()):
        share = 100.0 * t["right"] / t["cells"] if t["cells"] else 0.0
        print(f"== {group}: {t['files']} files, {t['right']}/{t['cells']} cells right ({share:.1f} %), "
              f"{t['null']} null, {t['wrong']} wrong; title/organ/year {t['header']}/{3 * t['files']}")


if __name__ == "__main__":
    main()
