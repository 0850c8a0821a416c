#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and runs each for SECONDS (default 60).
#
#   bash fuzz/run.sh [SECONDS] [TARGET...]     # targets: FuzzDocxXML FuzzText FuzzPDF
#   JOBS=2 bash fuzz/run.sh 900                # two targets at a time (one core each)
#
# Seeds are read from fuzz/corpus/TARGET (committed); inputs the fuzzer finds go to
# .build-fuzz/corpus/TARGET, crashes to .build-fuzz/artifacts/TARGET/, logs to
# .build-fuzz/logs/TARGET.log. Exit status 1 when any target found a crash.
#
# The coverage flags are needed: `--sanitize fuzzer` alone instruments Swift code with one
# counter per function, too little for libFuzzer to learn from (it finds nothing). A crash is
# replayed with: .build-fuzz/debug/TARGET .build-fuzz/artifacts/TARGET/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzDocxXML FuzzText FuzzPDF)
jobs="${JOBS:-1}"
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

for target in "${targets[@]}"; do
    swift build -c debug --scratch-path .build-fuzz --sanitize fuzzer --sanitize address --product "$target" \
        -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp 2>&1 \
        | { grep -vE '^\[[0-9]+/[0-9]+\]|prohibited flag|Cannot export local symbol' || true; }
done

run() {
    local target="$1"
    mkdir -p ".build-fuzz/corpus/$target" ".build-fuzz/artifacts/$target" .build-fuzz/logs
    echo "fuzz: $target for ${seconds}s (log: .build-fuzz/logs/$target.log)"
    local status=0 extra=()
    # A PDF run renders every page: small inputs keep it near ten runs a second.
    [ "$target" = FuzzPDF ] && extra=(-max_len=32768)
    ".build-fuzz/debug/$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 "${extra[@]}" \
        -artifact_prefix=".build-fuzz/artifacts/$target/" ".build-fuzz/corpus/$target" "fuzz/corpus/$target" \
        > ".build-fuzz/logs/$target.log" 2>&1 || status=$?
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|^==[0-9]+==ERROR|^SUMMARY|Test unit written' \
        ".build-fuzz/logs/$target.log" | sed "s/^/  $target: /" || true
    return "$status"
}

failed=0
running=0
for target in "${targets[@]}"; do
    run "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done
exit "$failed"
