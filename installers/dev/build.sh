#!/usr/bin/env bash
# Configures (first time) and builds one CMake preset incrementally. Used by run.sh and test.sh.
# Usage: build.sh PRESET
set -euo pipefail
preset=${1:?usage: build.sh PRESET}
cd "$(dirname "$0")/../.."
# Configure on first use, and again when the presets changed since (their cache variables apply then).
if [ ! -f "build/$preset/build.ninja" ] || [ CMakePresets.json -nt "build/$preset/CMakeCache.txt" ]; then
    cmake --preset "$preset"
fi
cmake --build --preset "$preset"
