#!/usr/bin/env bash
# How cost grows with the input (issue 16): time and peak memory of `convert --to json` on PDFs
# of 1, 10, 100 and 1,000 pages and on DOCX tables of 100, 10,000 and 100,000 rows, beside the
# reference tools on the same files, so that nothing grows faster than the input.
#
#   bash bench/growth.sh                                   # uses .build/release/nianbao
#   NIANBAO=/path/to/nianbao PAGES="1 10" ROWS="100 10000" bash bench/growth.sh   # smaller sizes
#
# Prints the machine and a Markdown table on standard output. The PDFs are copies of
# samples/pdf/01_word_2021_county.pdf joined with qpdf (cut to exactly the page count); the
# DOCX files are made here (python3 standard library): a report title and one table of N rows
# of four cells. Not a test: timings vary with the machine and its load (run it on a quiet
# machine, a release build). Needs qpdf, pdftotext, pandoc, python3 and GNU time (/usr/bin/time).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
NB=${NIANBAO:-$REPO/.build/release/nianbao}
PAGES=${PAGES:-"1 10 100 1000"}
ROWS=${ROWS:-"100 10000 100000"}
SRC_PDF=$REPO/samples/pdf/01_word_2021_county.pdf
REF_TIMEOUT=300          # seconds a reference tool may take on one file ("timeout" in the table)
NB_TIMEOUT=${NB_TIMEOUT:-1800}   # seconds nianbao may take on one file
WORK=$(mktemp -d /tmp/nianbao-growth.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

log() { printf '%s\n' "$*" >&2; }

for tool in qpdf pdftotext pandoc python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { log "growth: $tool is not installed"; exit 1; }
done
[[ -x $NB ]] || { log "growth: no nianbao binary at $NB (set NIANBAO)"; exit 1; }

# ---------------------------------------------------------------- inputs
make_pdf() {  # make_pdf N FILE: N pages, copies of SRC_PDF joined, the last one cut short
    local n=$1 out=$2 per args=() i
    per=$(qpdf --show-npages "$SRC_PDF")
    for ((i = 0; i < n / per; i++)); do args+=("$SRC_PDF" 1-z); done
    (( n % per > 0 )) && args+=("$SRC_PDF" "1-$((n % per))")
    qpdf --empty --pages "${args[@]}" -- "$out"
    [[ $(qpdf --show-npages "$out") -eq $n ]] || { log "growth: $out has not $n pages"; exit 1; }
}

make_docx() {  # make_docx N FILE: a minimal DOCX, a report title and a table of N rows x 4 cells
    python3 - "$1" "$2" <<'PY'
import sys, zipfile
n, out = int(sys.argv[1]), sys.argv[2]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
def p(text): return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
def cell(text): return f"<w:tc>{p(text)}</w:tc>"
rows = ["<w:tr>" + "".join(cell(t) for t in ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")) + "</w:tr>"]
rows += ["<w:tr>" + cell(f"第{i}项规章") + cell(str(i % 97)) + cell(str(i % 13)) + cell(str(i % 1009)) + "</w:tr>"
         for i in range(1, n)]
body = (p("XX县人民政府2023年政府信息公开工作年度报告") + p("二、主动公开政府信息情况")
        + "<w:tbl>" + "".join(rows) + "</w:tbl>" + "<w:sectPr/>")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>')
    z.writestr("_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
    z.writestr("word/document.xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
PY
}

# ---------------------------------------------------------------- measuring
# measure NAME CMD...: runs CMD once under GNU time, output discarded; sets M_WALL M_CPU M_KB
# (CPU = user + system seconds, peak = max RSS in KB) and M_FAIL (empty, or why it failed).
measure() {
    local name=$1 rc=0; shift
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/$name.time" "$@" >/dev/null 2>"$WORK/$name.err" || rc=$?
    read -r M_WALL M_CPU M_KB < <(tail -1 "$WORK/$name.time" | awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }')
    M_FAIL=""
    if (( rc == 124 )); then M_FAIL="timeout"
    elif (( rc != 0 )); then M_FAIL="failed: $(grep -v '^Command exited' "$WORK/$name.err" | head -1 | tr '|' '/')"
    fi
}
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# One table row per size. PER_UNIT: CPU ms per page (PDF) or per 1,000 rows (DOCX).
# The growth flag compares PER_UNIT with the previous size's. A fixed start-up (process,
# libraries, fonts: some tens of ms) dominates the smallest inputs, so per-unit CPU falls
# steeply over the first step and says nothing there: a step is judged only from a previous
# size of at least 10 pages / 10,000 rows (with the default sizes: 10 -> 100 -> 1,000 pages
# and 10,000 -> 100,000 rows). More than 1.5x the previous per-unit CPU is flagged superlinear.
PREV_PER=""; PREV_SIZE=0
row() {  # row KIND SIZE UNIT_DIVISOR JUDGE_FROM FILE REF_CMD... ({} in REF_CMD: FILE)
    local kind=$1 size=$2 div=$3 judge_from=$4 file=$5; shift 5
    local nb ref per flag bytes a refcmd=()
    for a in "$@"; do [[ $a == "{}" ]] && refcmd+=("$file") || refcmd+=("$a"); done
    bytes=$(stat -c %s "$file")
    log "$kind $size: nianbao"
    measure nb timeout "$NB_TIMEOUT" "$NB" convert --to json "$file" -o /dev/null
    if [[ -n $M_FAIL ]]; then
        nb="$M_FAIL | | | |"; per=""
    else
        per=$(awk -v c="$M_CPU" -v d="$div" 'BEGIN { printf "%.1f", 1000 * c / d }')
        nb="$M_WALL | $M_CPU | $(mb "$M_KB") | $per"
    fi
    log "$kind $size: ${refcmd[*]}"
    measure ref timeout "$REF_TIMEOUT" "${refcmd[@]}"
    if [[ -n $M_FAIL ]]; then ref=$M_FAIL; else ref="$M_WALL / $M_CPU / $(mb "$M_KB")"; fi
    if [[ -z $per ]]; then flag="—"
    elif [[ -z $PREV_PER ]]; then flag="— (first size)"
    elif (( PREV_SIZE < judge_from )); then flag="— (start-up dominates)"
    else flag=$(awk -v a="$per" -v b="$PREV_PER" 'BEGIN { r = (b > 0) ? a / b : 0; printf "%s (%.2f×)", (r > 1.5) ? "**superlinear**" : "linear", r }')
    fi
    echo "| $kind, $(awk -v b="$bytes" 'BEGIN { if (b < 1048576) printf "%.0f KB", b / 1024; else printf "%.1f MB", b / 1048576 }') | $size | $nb | $ref | $flag |"
    PREV_PER=$per; PREV_SIZE=$size
}

# ---------------------------------------------------------------- machine
CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
MEM=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Machine: $(nproc) cores ($CPU), $MEM RAM; $(uname -sr); $("$NB" --version 2>/dev/null | head -1 | sed 's/^/nianbao /'); $(pandoc --version | head -1); $(pdftotext -v 2>&1 | head -1)"
echo "Load average at start: $LOAD0. PDFs: copies of $(basename "$SRC_PDF") joined; DOCX: one table of N rows x 4 cells."
echo
echo "| input | size (pages / rows) | nianbao wall s | CPU s | peak MB | CPU ms per page / per 1,000 rows | reference wall s / CPU s / peak MB | growth |"
echo "|---|---|---|---|---|---|---|---|"

for n in $PAGES; do
    make_pdf "$n" "$WORK/p$n.pdf"
    row "PDF (pdftotext -layout)" "$n" "$n" 10 "$WORK/p$n.pdf" pdftotext -layout {} -
    rm -f "$WORK/p$n.pdf"
done
PREV_PER=""; PREV_SIZE=0
for n in $ROWS; do
    make_docx "$n" "$WORK/r$n.docx"
    row "DOCX table (pandoc -t plain)" "$n" "$(awk -v n="$n" 'BEGIN { print n / 1000 }')" 10000 "$WORK/r$n.docx" pandoc -t plain {}
    rm -f "$WORK/r$n.docx"
done

echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg). Growth: per-unit CPU against the previous size; steps from below 10 pages / 10,000 rows are not judged (fixed start-up dominates there)."
