#!/bin/sh
# pdftotext dumps of the sample PDFs: samples/text/pdftotext/STEM.{layout,plain}.txt and one
# STEM.expected.json per PDF (the PDF's expected file with source and features updated).
# Reads samples/pdf/*.pdf, samples/pdf/real/*.pdf, samples/pdf/layouts/*.pdf. Idempotent.
#
#     sh samples/text/make_pdftotext_dumps.sh        (from the repository root)
#
# Needs pdftotext (poppler-utils) and python3. The dumps depend on the poppler version,
# which is written into each expected file's features.
set -eu
cd "$(dirname "$0")/../.."
OUT=samples/text/pdftotext
mkdir -p "$OUT"
VER=$(pdftotext -v 2>&1 | head -1)
for f in samples/pdf/*.pdf samples/pdf/real/*.pdf samples/pdf/layouts/*.pdf; do
    [ -f "$f" ] || continue
    stem=$(basename "$f" .pdf)
    exp="${f%.pdf}.expected.json"
    [ -f "$exp" ] || { echo "skip $f (no expected file)"; continue; }
    pdftotext -layout -enc UTF-8 "$f" - > "$OUT/$stem.layout.txt"
    pdftotext -enc UTF-8 "$f" - > "$OUT/$stem.plain.txt"
    python3 - "$exp" "$OUT/$stem.expected.json" "${f#samples/}" "$VER" <<'PY'
import json, sys
src, dst, pdf, ver = sys.argv[1:]
e = json.load(open(src, encoding="utf-8"))
e["source"] = "text/pdftotext/%s.{layout,plain}.txt" % pdf.rsplit("/", 1)[-1][:-4]
e["features"] = ["pdftotext dump of %s" % pdf,
                 "STEM.layout.txt: pdftotext -layout -enc UTF-8 (%s)" % ver,
                 "STEM.plain.txt: pdftotext -enc UTF-8, plain reading order (%s)" % ver,
                 "one expected file for both dumps; tables as the PDF's expected file"] + \
                ["pdf: " + x for x in e.get("features", [])]
with open(dst, "w", encoding="utf-8") as fh:
    json.dump(e, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
PY
    echo "dumped $f"
done
