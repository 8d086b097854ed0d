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

"$root/installers/dev/deps.sh" --fuzz
cd "$root"
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz
cmake --build --preset fuzz

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 # libFuzzer reports leaks itself, per input
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
failed=0
for name in "${harnesses[@]}"; do
    corpus=build/fuzz/corpus/$name
    mkdir -p "$corpus"
    inputs=("tests/fuzz/corpus/$name")
    [ -d "tests/fuzz/regressions/$name" ] && inputs+=("tests/fuzz/regressions/$name")
    log=build/fuzz/fuzz-$name.log
    status=0
    "build/fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="build/fuzz/crash-$name-" \
        "$corpus" "${inputs[@]}" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    if [ "$status" -ne 0 ]; then
        failed=1
        echo "fuzz $name: FAILED after ${runs:-?} runs (exit $status); the input is in build/fuzz/crash-$name-*:"
        grep -E 'ERROR|runtime error|SUMMARY' "$log" | head -n 10 || tail -n 20 "$log"
    else
        echo "fuzz $name: ${runs:-?} runs in ${seconds} s, ${cov:-cov: ?}, corpus $(ls "$corpus" | wc -l) inputs: clean"
    fi
done
exit "$failed"
