#!/usr/bin/env bash
# Runs clang-tidy with the committed .clang-tidy over every source of app/ and ui/, using the
# compile_commands.json of a configured build (default: build/asan, what CI builds). Every finding is
# an error.
# Usage: tidy.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/asan}
[ -f "$build/compile_commands.json" ] || { echo "tidy.sh: no compile_commands.json in $build (configure it first)" >&2; exit 2; }
command -v run-clang-tidy >/dev/null 2>&1 || { echo "tidy.sh: run-clang-tidy is missing (installers/dev/deps.sh --tests installs it)" >&2; exit 2; }
jobs=$(nproc 2>/dev/null || echo 2)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
run-clang-tidy -quiet -p "$build" -j "$jobs" "$root/(app|ui)/.*\\.cpp\$" >"$log" 2>&1 || status=$?
# run-clang-tidy prints each file's command and clang's summary lines; show the findings.
grep -E "(warning|error): " "$log" | sed 's/\x1b\[[0-9;]*m//g' | sort -u || true
if [ "$status" -ne 0 ]; then
    echo "tidy.sh: clang-tidy found problems (see above)" >&2
    exit 1
fi
echo "tidy.sh: no findings"
