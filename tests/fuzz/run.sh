#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer, ASan + UBSan) and runs each harness for a bounded time.
# What a harness learns is kept in build/fuzz/corpus/<name> (between runs; never in the repository).
# A crash stops that harness with the input saved as build/fuzz/crash-<name>-...; fix the bug, then
# add the input to tests/fuzz/regressions/<name>/, where every build's ctest replays it.
# Usage: tests/fuzz/run.sh [SECONDS_PER_HARNESS [HARNESS...]]   (default: 25 s, every harness)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-25}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(envelope validation listimport presets sandbox scenario)
# Each harness once: two runs of one harness would share its log and corpus.
mapfile -t harnesses < <(printf '%s\n' "${harnesses[@]}" | awk '!seen[$0]++')

"$root/installers/dev/deps.sh" --fuzz
cd "$root"
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz
cmake --build --preset fuzz

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 # libFuzzer reports leaks itself, per input
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
# One harness: its libFuzzer log in build/fuzz/fuzz-<name>.log and its report in
# build/fuzz/report-<name>.txt, whose first line says FAILED when it crashed or could not start.
fuzz_one() {
    local name=$1 corpus=build/fuzz/corpus/$1 log=build/fuzz/fuzz-$1.log report=build/fuzz/report-$1.txt
    local inputs=("tests/fuzz/corpus/$name") status=0 runs cov
    mkdir -p "$corpus"
    [ -d "tests/fuzz/regressions/$name" ] && inputs+=("tests/fuzz/regressions/$name")
    "build/fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="build/fuzz/crash-$name-" \
        "$corpus" "${inputs[@]}" >"$log" 2>&1 &
    local pid=$!
    trap 'kill "$pid" 2>/dev/null; exit 143' TERM
    wait "$pid" || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 || true)
    if [ "$status" -eq 126 ] || [ "$status" -eq 127 ]; then
        { echo "fuzz $name: FAILED, the harness could not start (exit $status):"; tail -n 5 "$log"; } >"$report"
    elif [ "$status" -ne 0 ]; then
        {
            echo "fuzz $name: FAILED after ${runs:-?} runs (exit $status); the input is in build/fuzz/crash-$name-*:"
            grep -E 'ERROR|runtime error|SUMMARY' "$log" | head -n 10 || tail -n 20 "$log"
        } >"$report"
    else
        echo "fuzz $name: ${runs:-?} runs in ${seconds} s, ${cov:-cov: ?}, corpus $(ls "$corpus" | wc -l) inputs: clean" >"$report"
    fi
}

# Each harness is single-threaded, so as many run at once as there are cores.
cores=$(nproc 2>/dev/null || echo 1)
rm -f build/fuzz/report-*.txt
# Stopped (a CI timeout, Ctrl+C): stop the harnesses still running too.
trap 'kill $(jobs -p) 2>/dev/null; wait; exit 143' INT TERM
for name in "${harnesses[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$cores" ]; do wait -n || true; done
    fuzz_one "$name" &
done
wait
failed=0
for name in "${harnesses[@]}"; do
    report=build/fuzz/report-$name.txt
    [ -e "$report" ] || echo "fuzz $name: FAILED, it made no report (see build/fuzz/fuzz-$name.log)" >"$report"
    cat "$report"
    head -n 1 "$report" | grep -q ': FAILED' && failed=1
done
exit "$failed"
