#!/usr/bin/env bash
# Builds PurgeDesk and runs the whole test suite headless: widget tests on the offscreen platform,
# keychain tests against a real gnome-keyring in a private D-Bus session. Installs missing packages
# first. Ends with ctest's summary; exits non-zero if anything failed.
# Usage: test.sh [--preset dev|ci|asan] [ctest arguments...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
preset=dev
if [ "${1:-}" = "--preset" ]; then
    preset=${2:?--preset needs a name}
    shift 2
fi
"$root/installers/dev/deps.sh" --tests
"$root/installers/dev/build.sh" "$preset"
cd "$root"
ctest --preset "$preset" "$@"
