#!/usr/bin/env python3
"""Checks that nianbao reads every cell of the series documents as their expected files say.

    python3 samples/series/check_cells.py PATH/TO/nianbao

For each samples/series/*.docx: runs `nianbao convert --to json FILE`, compares the `values`
of every row of every table with the expected file's `values` (and organ, year, edition),
prints each difference and a summary; exits 1 when anything differs.
"""
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_cells.py NIANBAO_BINARY")
    binary = sys.argv[1]
    bad_files = 0
    files = sorted(glob.glob(os.path.join(HERE, "*.docx")))
    for path in files:
        name = os.path.basename(path)
        with open(path[:-len(".docx")] + ".expected.json", encoding="utf-8") as fh:
            want = json.load(fh)
        run = subprocess.run([binary, "convert", "--to", "json", path], capture_output=True, text=True)
        if run.returncode != 0:
            print("%s: nianbao failed (%d): %s" % (name, run.returncode, run.stderr.strip()))
            bad_files += 1
            continue
        got = json.loads(run.stdout)
        diffs = []
        for key in ("organ", "year", "edition"):
            if got.get(key) != want.get(key):
                diffs.append("%s: got %r, expected %r" % (key, got.get(key), want.get(key)))
        tables = {t["id"]: {r["key"]: r["values"] for r in t["rows"]} for t in got["tables"]}
        for tid, rows in want["values"].items():
            for rk, vals in rows.items():
                g = tables.get(tid, {}).get(rk)
                if g != vals:
                    diffs.append("%s.%s: got %s, expected %s" % (tid, rk, g, vals))
        cells = sum(len(v) for rows in want["values"].values() for v in rows.values())
        if diffs:
            bad_files += 1
            print("%s: %d difference(s)" % (name, len(diffs)))
            for d in diffs:
                print("   ", d)
        else:
            print("%s: ok (%d cells)" % (name, cells))
        for w in got.get("warnings", []):
            print("    warning:", w)
    print("%d files, %d with differences" % (len(files), bad_files))
    sys.exit(1 if bad_files else 0)


if __name__ == "__main__":
    main()
