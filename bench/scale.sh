#!/usr/bin/env bash
# Time against input size for the inputs that once took quadratic time (issue 11), at N and 2N.
#
#   bash bench/scale.sh                      # uses .build/release/nianbao
#   NIANBAO=/path/to/nianbao SCALE=2 bash bench/scale.sh   # twice the default sizes
#
# Prints one line per input and size: the seconds `convert --to json` took. Linear code shows
# about twice the time at 2N; quadratic code four times. Not a test: timings vary with the
# machine and its load (run it on a quiet machine, a release build).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
NB=${NIANBAO:-$REPO/.build/release/nianbao}
SCALE=${SCALE:-1}
WORK=$(mktemp -d /tmp/nianbao-scale.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

seconds() {  # seconds FILE: wall time of one conversion, the output discarded
    local start end
    start=$(date +%s.%N)
    "$NB" convert --to json "$1" > /dev/null 2> "$WORK/stderr" || { echo "failed: $(cat "$WORK/stderr")"; return; }
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.2f} s')"
}

make_input() {  # make_input KIND N FILE
    python3 - "$1" "$2" "$3" <<'PY'
import sys, zipfile
kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
def docx(inner, compress=zipfile.ZIP_DEFLATED):
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W}"><w:body>{inner}</w:body></w:document>')
    with zipfile.ZipFile(out, "w", compress) as z:
        z.writestr("word/document.xml", xml)
if kind == "nian":        # one line of N '年'
    open(out, "w").write("年" * n)
elif kind == "ones":      # one line of N '1 '
    open(out, "w").write("1 " * n)
elif kind == "dashes":    # N pandoc simple-table rule lines
    open(out, "w").write(("  " + "-" * 71 + "\n") * n)
elif kind == "paras":     # N paragraphs separated by blank lines in one section
    open(out, "w").write("报告\n一、总体情况\n" + "".join(
        f"括总体情况、主动公开政府信息情况{i}、收到和处理政府信息公\n\n" for i in range(n)))
elif kind == "cells":     # one DOCX table row of N empty cells
    # Stored, so that a build with the old compression-ratio rule reads it too.
    docx("<w:tbl><w:tr>" + "<w:tc><w:p/></w:tc>" * n + "</w:tr></w:tbl>", zipfile.ZIP_STORED)
elif kind == "docx_paras":  # N short DOCX paragraphs (repetitive: a compression ratio over 200)
    docx("<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>" + "<w:p><w:r><w:t>本年度无。</w:t></w:r></w:p>" * n)
PY
}

#          kind        N (at SCALE 1)  file
for spec in "nian 65536 txt" "ones 524288 txt" "dashes 5000 txt" "paras 5000 txt" \
            "cells 30000 docx" "docx_paras 100000 docx"; do
    read -r kind n ext <<< "$spec"
    n=$((n * SCALE))
    for size in "$n" "$((n * 2))"; do
        make_input "$kind" "$size" "$WORK/$kind.$ext"
        printf '%-11s N=%-8s %s\n' "$kind" "$size" "$(seconds "$WORK/$kind.$ext")"
    done
done
