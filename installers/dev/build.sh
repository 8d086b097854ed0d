#!/usr/bin/env bash
# Configures (first time) and builds one CMake preset incrementally. Used by run.sh and test.sh.
# Usage: build.sh PRESET
set -euo pipefail
preset=${1:?usage: build.sh PRESET}
cd "$(dirname "$0")/../.."
if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset"
fi
cmake --build --preset "$preset"
