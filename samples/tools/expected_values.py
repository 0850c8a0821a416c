#!/usr/bin/env python3
"""Writes the numbers of every expected file: `values` beside `raw` (format nianbao-expected/2).

An expected file's `raw` strings are the cells as the source document prints them (written by a
person, or by a sample generator from the data it put in the document). This tool reads each
raw string as a number by the report contract's rules (shared spec §2), written here in Python
from the contract and not from nianbao's code, so the tests compare nianbao's numbers with an
independent reading:

- blank, `-`, `—`, `/`, `无` and the other "no value" marks are null, never 0;
- full-width digits and signs are digits (raw is already folded); thousands commas are dropped;
- a sign (`+1`, `-2`) is kept for the change columns of the 2019 edition;
- a count may carry its unit (`3件`); an amount in a 万元 column may carry 万元 (`0.5万元`),
  and one printed in 元 is converted to 万元 (`86000元` -> 8.6);
- anything else (text in a value cell) is null.

Run after any generator that writes expected files:  python3 samples/tools/expected_values.py
It rewrites only files whose values changed; it is idempotent.
"""
import glob
import json
import os
import re
from decimal import Decimal

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NULL_MARKS = {"", "-", "—", "——", "–", "－", "/", "／", "\\", "无", "空", "--", "---", "×", "x", "X", "*"}
COUNT_UNITS = ("件", "个", "条", "项", "次", "人", "份")
# Columns whose unit is 万元 (the fee and procurement amounts).
AMOUNT_COLUMNS = {("disclosure_fees", "amount"), ("disclosure_procurement", "amount")}
NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def value_of(raw, table, column):
    if raw in NULL_MARKS:
        return None
    text = raw.replace(",", "")
    scale = Decimal(1)
    if (table, column) in AMOUNT_COLUMNS:
        if text.endswith("万元"):
            text = text[:-2]
        elif text.endswith("元"):
            text, scale = text[:-1], Decimal(10000)
    else:
        for unit in COUNT_UNITS:
            if text.endswith(unit):
                text = text[: -len(unit)]
                break
    if not NUMBER.fullmatch(text):
        return None
    number = Decimal(text) / scale
    return int(number) if number == number.to_integral_value() and "." not in text and scale == 1 else float(number)


COLUMNS = {
    "disclosure_rules": {"2021": ["issued", "repealed", "in_force"], "2019": ["newly_made", "newly_published", "total_published"]},
    "disclosure_licensing": {"2021": ["decisions"], "2019": ["previous_year", "change", "decisions"]},
    "disclosure_enforcement": {"2021": ["decisions"], "2019": ["previous_year", "change", "decisions"]},
    "disclosure_fees": {"2021": ["amount"], "2019": ["previous_year", "change"]},
    "disclosure_procurement": {"2019": ["items", "amount"]},
    "applications": {e: ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_organization",
                         "legal_service_organization", "other_organization", "total"] for e in ("2021", "2019")},
    "review_litigation": {e: ["upheld", "corrected", "other", "pending", "total"] for e in ("2021", "2019")},
}


def fill(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    e = json.loads(text)
    edition = e.get("edition") or "2021"
    values = {}
    for table, rows in e["tables"].items():
        columns = COLUMNS[table][edition]
        values[table] = {key: [value_of(r, table, columns[i]) for i, r in enumerate(raw)] for key, raw in rows.items()}
    e["values"] = values
    for table, rows in e.get("extra_rows", {}).items():
        columns = COLUMNS[table][edition]
        for row in rows:
            row["values"] = [value_of(r, table, columns[i]) for i, r in enumerate(row["raw"])]
    e["format"] = "nianbao-expected/2"
    out = json.dumps(e, ensure_ascii=False, indent=1) + "\n"
    if out != text:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(out)
        return True
    return False


if __name__ == "__main__":
    files = sorted(glob.glob(os.path.join(ROOT, "**", "*.expected.json"), recursive=True))
    changed = sum(fill(f) for f in files)
    print("expected_values: %d files, %d rewritten" % (len(files), changed))
