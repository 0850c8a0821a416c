#!/usr/bin/env bash
# Speed and memory of nianbao against the tools users know, on the bundled samples.
#
#   bash bench/run.sh                  # builds a release binary from a clean clone of HEAD, runs everything
#   NIANBAO=/path/to/nianbao bash bench/run.sh   # use this binary instead of building
#   BIG=2000 ROUNDS=1 bash bench/run.sh           # fewer files for the flat-memory run, one timing round
#   GROWTH=0 bash bench/run.sh                    # without bench/growth.sh at the end
#
# Prints the machine and a Markdown table on standard output (the README shows one), then the
# table of bench/growth.sh (time and memory against pages and rows; PAGES and ROWS pass to it).
# The targets are issue 16's.
# Not a test: timings vary with the machine and its load. Needs pandoc, pdftotext
# (poppler-utils) and GNU time (/usr/bin/time), and qpdf for bench/growth.sh; installs GNU
# time with apt-get when missing.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
BIG=${BIG:-10000}        # files in the flat-memory run
ROUNDS=${ROUNDS:-3}      # timing rounds; the fastest counts
COPIES=${COPIES:-4}      # copies of every sample in the parallel-batch corpus
JOBS=$(nproc)
GROWTH=${GROWTH:-1}      # 0: skip bench/growth.sh
WORK=$(mktemp -d /tmp/nianbao-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

log() { printf '%s\n' "$*" >&2; }

if [[ ! -x /usr/bin/time ]]; then
    log "installing GNU time"
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y time >&2; else sudo apt-get install -y time >&2; fi
fi
needed=(pandoc pdftotext)
[[ $GROWTH == 0 ]] || needed+=(qpdf)  # bench/growth.sh joins pages with it: fail now, not after the run
for tool in "${needed[@]}"; do
    command -v "$tool" >/dev/null || { log "bench: $tool is not installed"; exit 1; }
done

if [[ -z ${NIANBAO:-} ]]; then
    log "building a release binary from a clean clone of $(git -C "$REPO" rev-parse --short HEAD)"
    git clone -q "$REPO" "$WORK/src"
    (cd "$WORK/src" && swift build -c release --static-swift-stdlib >&2)
    NIANBAO=$WORK/src/.build/release/nianbao
fi
NB=$NIANBAO

# ---------------------------------------------------------------- inputs
shopt -s nullglob
DOCX=("$REPO"/samples/docx/*.docx)
PDF=("$REPO"/samples/pdf/*.pdf "$REPO"/samples/pdf/real/*.pdf)
TXT=("$REPO"/samples/seeds/*.txt)
if [[ ${#PDF[@]} -eq 0 ]]; then
    log "no samples/pdf: making PDFs from five DOCX samples with soffice"
    mkdir -p "$WORK/pdf"
    soffice --headless --convert-to pdf --outdir "$WORK/pdf" "${DOCX[@]:0:5}" >&2
    PDF=("$WORK"/pdf/*.pdf)
fi

# CPU seconds (user + system) of this shell's finished children so far.
# (`times` must run in the measuring shell itself: in a $(...) subshell it would count only
# that subshell's children.)
cpu_of() { awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.3f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }'; }

# "WALL CPU": seconds a command takes, wall clock and CPU (user + system, its processes'
# own); the fastest of ROUNDS runs for each. CPU time is the fairer comparison on a busy machine.
seconds() {
    local best="" best_cpu=""
    for ((r = 0; r < ROUNDS; r++)); do
        local c0 t0 t1 c1
        times >"$WORK/times0"; t0=$EPOCHREALTIME
        "$@" >/dev/null 2>&1 || true
        t1=$EPOCHREALTIME; times >"$WORK/times1"
        c0=$(tail -1 "$WORK/times0" | cpu_of); c1=$(tail -1 "$WORK/times1" | cpu_of)
        read -r best best_cpu < <(awk -v a="$t0" -v b="$t1" -v c="$c0" -v d="$c1" -v best="$best" -v bc="$best_cpu" 'BEGIN {
            t = b - a; u = d - c; if (best == "" || t < best) best = t; if (bc == "" || u < bc) bc = u; printf "%.3f %.3f\n", best, bc }')
    done
    echo "$best $best_cpu"
}
wall() { echo "${1% *}"; }
cpu() { echo "${1#* }"; }

each_nianbao_text() { for f in "$@"; do "$NB" convert --to text "$f" >/dev/null; done; }
each_pandoc() { for f in "$@"; do pandoc -t plain "$f" >/dev/null; done; }
each_pdftotext() { for f in "$@"; do pdftotext -layout "$f" - >/dev/null; done; }
batch_jobs() { local jobs=$1 out=$2; shift 2; "$NB" batch -q --force --jobs "$jobs" -o "$out" "$@"; }
ms() { awk -v s="$1" -v n="$2" 'BEGIN { printf "%.1f", 1000 * s / n }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# A file of its own at DEST with SOURCE's bytes: a hard link (or a copy across file systems).
# Never a symbolic link: batch names an input by its path with links resolved, so symbolic
# links to one file are one input, converted once.
copy_of() { ln "$1" "$2" 2>/dev/null || cp "$1" "$2"; }

# Folder with one copy of the given files (batch needs folders or file lists; it takes both).
folder_of() {
    local dir=$1; shift
    mkdir -p "$dir"
    local i=0
    for f in "$@"; do copy_of "$f" "$dir/$(printf '%05d' $i)_$(basename "$f")"; i=$((i + 1)); done
}

# ---------------------------------------------------------------- machine
CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
MEM=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Machine: $JOBS cores ($CPU), $MEM RAM; $(uname -sr); $("$NB" --version 2>/dev/null | head -1 | sed 's/^/nianbao /'); $(pandoc --version | head -1); $(pdftotext -v 2>&1 | head -1)"
echo

# ---------------------------------------------------------------- start-up
each_version() { for ((i = 0; i < 20; i++)); do "$NB" --version >/dev/null; done; }
t_start=$(seconds each_version)

# ---------------------------------------------------------------- DOCX vs pandoc
log "DOCX: ${#DOCX[@]} files"
folder_of "$WORK/docx" "${DOCX[@]}"
t_nb_docx=$(seconds each_nianbao_text "${DOCX[@]}")
t_nb_docx_batch=$(seconds batch_jobs 1 "$WORK/o-docx" "$WORK/docx")
t_pandoc=$(seconds each_pandoc "${DOCX[@]}")

# ---------------------------------------------------------------- PDF vs pdftotext
log "PDF: ${#PDF[@]} files"
folder_of "$WORK/pdf-in" "${PDF[@]}"
t_nb_pdf=$(seconds each_nianbao_text "${PDF[@]}")
t_nb_pdf_batch=$(seconds batch_jobs 1 "$WORK/o-pdf" "$WORK/pdf-in")
t_pdftotext=$(seconds each_pdftotext "${PDF[@]}")

# ---------------------------------------------------------------- batch on N cores vs a process per file
CORPUS=()
for ((c = 0; c < COPIES; c++)); do CORPUS+=("${DOCX[@]}" "${PDF[@]}" "${TXT[@]}"); done
N=${#CORPUS[@]}
log "batch: $N files on $JOBS cores"
folder_of "$WORK/corpus" "${CORPUS[@]}"
each_process() { mkdir -p "$WORK/o-each"; local i=0; for f in "${CORPUS[@]}"; do "$NB" convert --to json -o "$WORK/o-each/$i.json" "$f" || true; i=$((i + 1)); done; }
t_each=$(seconds each_process)
t_batch1=$(seconds batch_jobs 1 "$WORK/o-b1" "$WORK/corpus")
t_batchN=$(seconds batch_jobs "$JOBS" "$WORK/o-bN" "$WORK/corpus")
rss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
rss1=$(rss "$NB" batch -q --force --jobs 1 -o "$WORK/o-m1" "$WORK/corpus")
rssN=$(rss "$NB" batch -q --force --jobs "$JOBS" -o "$WORK/o-mN" "$WORK/corpus")
rss_convert_pdf=0
for f in "${PDF[@]}"; do
    r=$(rss "$NB" convert --to json "$f"); (( r > rss_convert_pdf )) && rss_convert_pdf=$r
done

# ---------------------------------------------------------------- flat memory over BIG files
# Mostly DOCX and text, one PDF in twenty (PDFs are the slow kind), as hard links.
log "flat memory: $BIG files"
mkdir -p "$WORK/big"
MIX=("${DOCX[@]}" "${TXT[@]}" "${TXT[@]}" "${TXT[@]}")
for ((i = 0; i < BIG; i++)); do
    if (( i % 20 == 19 )); then f=${PDF[$((i / 20 % ${#PDF[@]}))]}; else f=${MIX[$((i % ${#MIX[@]}))]}; fi
    copy_of "$f" "$WORK/big/$(printf '%05d' "$i")_$(basename "$f")"
done
t0=$EPOCHREALTIME
/usr/bin/time -f '%M' -o "$WORK/big.rss" "$NB" batch -q --jobs "$JOBS" -o "$WORK/o-big" --sqlite "$WORK/big.db" "$WORK/big" &
pid=$!
sleep 0.2
child=$(pgrep -P "$pid" || echo "$pid")
: >"$WORK/rss.log"
while kill -0 "$pid" 2>/dev/null; do
    done_files=$( [[ -f $WORK/o-big/index.jsonl ]] && wc -l <"$WORK/o-big/index.jsonl" || echo 0)
    kb=$(awk '/VmRSS/ { print $2 }' "/proc/$child/status" 2>/dev/null || true)
    [[ -n $kb ]] && echo "$done_files $kb" >>"$WORK/rss.log"
    sleep 0.5
done
wait "$pid" || true
t_big=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
rss_big=$(cat "$WORK/big.rss" | tail -1)
# RSS once 10% of the files are done, and the highest RSS after that.
read -r rss_early rss_late < <(awk -v n="$BIG" '
    $1 >= n / 10 && early == "" { early = $2 }
    early != "" && $2 > late { late = $2 }
    END { print (early == "" ? 0 : early), (late == "" ? 0 : late) }' "$WORK/rss.log")
big_converted=$(grep -c '"status":"converted"' "$WORK/o-big/index.jsonl" || true)

# ---------------------------------------------------------------- table
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }
yes_no() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { ok = (dir == ">=") ? v >= t : v <= t; print ok ? "yes" : "**no**" }'; }
nD=${#DOCX[@]}; nP=${#PDF[@]}
per() { echo "$(ms "$(wall "$1")" "$2") ms ($(ms "$(cpu "$1")" "$2") CPU)"; }
docx_wall=$(ratio "$(wall "$t_pandoc")" "$(wall "$t_nb_docx")"); docx_cpu=$(ratio "$(cpu "$t_pandoc")" "$(cpu "$t_nb_docx")")
docxb_wall=$(ratio "$(wall "$t_pandoc")" "$(wall "$t_nb_docx_batch")"); docxb_cpu=$(ratio "$(cpu "$t_pandoc")" "$(cpu "$t_nb_docx_batch")")
pdf_wall=$(ratio "$(wall "$t_nb_pdf")" "$(wall "$t_pdftotext")"); pdf_cpu=$(ratio "$(cpu "$t_nb_pdf")" "$(cpu "$t_pdftotext")")
pdfb_wall=$(ratio "$(wall "$t_nb_pdf_batch")" "$(wall "$t_pdftotext")"); pdfb_cpu=$(ratio "$(cpu "$t_nb_pdf_batch")" "$(cpu "$t_pdftotext")")
scale=$(ratio "$(wall "$t_each")" "$(wall "$t_batchN")")
scale1=$(ratio "$(wall "$t_batch1")" "$(wall "$t_batchN")")
scale_target=$(awk -v n="$JOBS" 'BEGIN { printf "%.1f", 0.9 * n }')   # issue 16: 1.8x on 2 cores
flat=$(awk -v a="$rss_early" -v b="$rss_late" 'BEGIN { printf "%+.0f MB", (b - a) / 1024 }')
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)

echo "Load average at start: $LOAD0; at end: $LOAD1 (other work on the machine slows wall-clock figures; CPU figures less so)."
echo
cat <<EOF
| measure | nianbao, per file: wall (CPU) | reference, per file | ratio: wall (CPU) | target | met (CPU) |
|---|---|---|---|---|---|
| process start-up, \`nianbao --version\` | $(per "$t_start" 20) | | | | |
| DOCX, $nD files, a \`convert --to text\` process each | $(per "$t_nb_docx" "$nD") | pandoc -t plain $(per "$t_pandoc" "$nD") | ${docx_wall}× (${docx_cpu}×) faster | ≥ 10× faster | $(yes_no "$docx_cpu" 10 ">=") |
| DOCX, in one \`batch --jobs 1\` | $(per "$t_nb_docx_batch" "$nD") | pandoc -t plain $(per "$t_pandoc" "$nD") | ${docxb_wall}× (${docxb_cpu}×) faster | ≥ 10× faster | $(yes_no "$docxb_cpu" 10 ">=") |
| PDF, $nP files, a \`convert --to text\` process each | $(per "$t_nb_pdf" "$nP") | pdftotext -layout $(per "$t_pdftotext" "$nP") | ${pdf_wall}× (${pdf_cpu}×) the time | ≤ 1.5× the time | $(yes_no "$pdf_cpu" 1.5 "<=") |
| PDF, in one \`batch --jobs 1\` | $(per "$t_nb_pdf_batch" "$nP") | pdftotext -layout $(per "$t_pdftotext" "$nP") | ${pdfb_wall}× (${pdfb_cpu}×) the time | ≤ 1.0× the time | $(yes_no "$pdfb_cpu" 1.0 "<=") |
| \`batch --jobs $JOBS\` against \`--jobs 1\`, $N files (DOCX, PDF, text) | $(wall "$t_batchN") s total ($(cpu "$t_batchN") CPU) | \`batch --jobs 1\`: $(wall "$t_batch1") s ($(cpu "$t_batch1") CPU) | ${scale1}× faster | ≥ ${scale_target}× (0.9·N) | $(yes_no "$scale1" "$scale_target" ">=") (wall) |
| \`batch --jobs $JOBS\` against a process per file, the same $N files | $(wall "$t_batchN") s total | a \`convert --to json\` process per file: $(wall "$t_each") s ($(cpu "$t_each") CPU) | ${scale}× faster | (information) | |
| peak memory (max RSS), \`batch\` --jobs 1 / --jobs $JOBS | $(mb "$rss1") / $(mb "$rssN") | one \`convert\` of the largest PDF: $(mb "$rss_convert_pdf") | $(mb "$rssN") for $JOBS workers | < 100 MB per worker | $(yes_no "$rss1" 102400 "<=") |
| $BIG files (${big_converted} converted, with --sqlite), ${t_big} s | peak $(mb "$rss_big") | RSS at 10% done: $(mb "$rss_early") | highest after: $(mb "$rss_late") (${flat}) | flat | $(awk -v a="$rss_early" -v b="$rss_late" 'BEGIN { print (b - a < 20480) ? "yes" : "**no**" }') |
EOF

# ---------------------------------------------------------------- growth with pages and rows
if [[ $GROWTH != 0 ]]; then
    log "growth: bench/growth.sh"
    echo
    NIANBAO=$NB bash "$REPO/bench/growth.sh" || log "bench: bench/growth.sh failed"
fi
