#!/usr/bin/env bash
# Makes docs/review-page.png, the review page's screenshot the README shows: the review of
# the report series in samples/series (six organs, 2019–2024) as `nianbao batch` writes it,
# in headless Chromium at 1400 × 1000, the broken carry-over of 云溪县人民政府 2022 opened
# onto its highlighted table.
#
# Needs chromium, python3 and a Chinese font (Debian: apt-get install chromium fonts-noto-cjk);
# without the font the Chinese shows as boxes. The tests themselves need neither the font
# nor this script.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! fc-list :lang=zh family | grep -q .; then
    echo "no Chinese font: apt-get install fonts-noto-cjk (the screenshot would show boxes)" >&2
    exit 1
fi
swift build -c release --static-swift-stdlib --product nianbao 2>&1 | { grep -E 'error:' || true; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/release/nianbao batch samples/series -o "$work/out" --organs samples/series/organs.csv -q || true
# The finding to open: the carry-over of commercial_enterprise broken in a-yunxi-county_2022.
id=$(python3 - "$work/out/findings.csv" <<'PY'
import csv, sys
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")):
    if row["rule"] == "cross_year.carried_over" and row["at"] == "commercial_enterprise" and row["path"].endswith("a-yunxi-county_2022.docx"):
        print(row["fingerprint"]); break
PY
)
timeout 60 chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
    --window-size=1400,1000 --screenshot="$PWD/docs/review-page.png" "file://$work/out/review.html#rule=cross_year.carried_over&open=$id" \
    >/dev/null 2>&1
test -s docs/review-page.png && echo "wrote docs/review-page.png"
