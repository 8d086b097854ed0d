#!/usr/bin/env bash
# Smoke run of the real GUI binary under Xvfb: start it with a fresh, throw-away configuration,
# wait until its main window is mapped, take a screenshot into the build folder, close it with
# SIGTERM and check that it exited cleanly and saved its window state. Any failure exits non-zero.
# Usage: gui-smoke.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: gui-smoke.sh BUILD_DIR}" && pwd)
binary="$build/bin/purgedesk"
shot="$build/screenshot-main-window.png"
[ -x "$binary" ] || { echo "gui-smoke: $binary is missing; build first" >&2; exit 1; }

if [ -z "${PURGEDESK_SMOKE_IN_XVFB:-}" ]; then
    exec env PURGEDESK_SMOKE_IN_XVFB=1 xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/purgedesk-smoke.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
export HOME="$sandbox/home" XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data"
export XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM
# For a sanitizer build (the asan preset, as CI runs it): the suite's options (the asan test preset in
# CMakePresets.json; keep the two alike), so a leak or an error fails the smoke run too. A build
# without sanitizers ignores them.
root=$(cd "$(dirname "$0")/../.." && pwd)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/support/lsan.supp:print_suppressions=0}

"$binary" >"$sandbox/stdout.log" 2>"$sandbox/stderr.log" &
pid=$!

# The main window is the top-level with WM_CLASS ("purgedesk" "PurgeDesk") (its title names the
# account, e.g. "PurgeDesk — Sandbox"); Qt's helper windows have no class.
main_window_id() {
    xwininfo -root -tree 2>/dev/null | awk '/\("purgedesk" "PurgeDesk"\)/ { print $1; exit }'
}

mapped=0
for _ in $(seq 1 150); do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "gui-smoke: purgedesk exited before showing its window" >&2
        cat "$sandbox/stderr.log" >&2
        exit 1
    fi
    window=$(main_window_id)
    if [ -n "$window" ] && xwininfo -id "$window" 2>/dev/null | grep -q 'Map State: IsViewable'; then
        mapped=1
        break
    fi
    sleep 0.2
done
if [ "$mapped" -ne 1 ]; then
    echo "gui-smoke: no mapped PurgeDesk main window after 30 s" >&2
    xwininfo -root -tree >&2 || true
    kill -KILL "$pid" 2>/dev/null || true
    exit 1
fi
xwininfo -id "$window" | grep -E 'xwininfo:|Width|Height|Map State'
sleep 1 # let the first frame paint
import -window root "$shot"
spread=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
echo "gui-smoke: screenshot $shot (grey-level spread $spread)"
awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || { echo "gui-smoke: the screenshot is blank" >&2; exit 1; }

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
if [ "$status" -ne 0 ]; then
    echo "gui-smoke: purgedesk exited with status $status after SIGTERM" >&2
    cat "$sandbox/stderr.log" >&2
    exit 1
fi
grep -q '^geometry=' "$XDG_CONFIG_HOME/PurgeDesk/settings.ini" || {
    echo "gui-smoke: the window state was not saved on close" >&2
    exit 1
}
if [ -s "$sandbox/stderr.log" ]; then
    echo "gui-smoke: purgedesk wrote to stderr:"
    cat "$sandbox/stderr.log"
fi
echo "gui-smoke: window shown, screenshot taken, closed cleanly"
