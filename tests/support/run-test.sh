#!/usr/bin/env bash
# Runs one test binary in a fresh, throw-away environment so that no test ever touches the user's
# real configuration, data or keychain:
#   - HOME and every XDG base directory point into a new temporary folder, removed afterwards;
#   - with --keyring, the test runs inside its own D-Bus session with a fresh gnome-keyring whose
#     login collection is unlocked, so QtKeychain talks to a real Secret Service and no prompt appears.
# Usage: run-test.sh [--keyring] -- TEST [ARGS...]
set -euo pipefail

keyring=0
inside=0
while [ $# -gt 0 ]; do
    case "$1" in
        --keyring) keyring=1; shift ;;
        --inside-session) inside=1; shift ;;
        --) shift; break ;;
        *) echo "run-test.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
[ $# -gt 0 ] || { echo "run-test.sh: no test given" >&2; exit 2; }

if [ "$inside" -eq 0 ]; then
    sandbox=$(mktemp -d "${TMPDIR:-/tmp}/purgedesk-test.XXXXXX")
    trap 'rm -rf "$sandbox"' EXIT
    export HOME="$sandbox/home"
    export XDG_CONFIG_HOME="$sandbox/config"
    export XDG_DATA_HOME="$sandbox/data"
    export XDG_CACHE_HOME="$sandbox/cache"
    export XDG_STATE_HOME="$sandbox/state"
    export XDG_RUNTIME_DIR="$sandbox/runtime"
    mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    # Never reach a keychain or desktop session the developer happens to be logged in to.
    unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    if [ "$keyring" -eq 1 ]; then
        # Not exec: the trap above must still remove the sandbox afterwards.
        status=0
        dbus-run-session -- "$0" --inside-session -- "$@" || status=$?
        exit "$status"
    fi
    status=0
    "$@" || status=$?
    exit "$status"
fi

# Inside the private D-Bus session: start a Secret Service with an unlocked login keyring.
printf %s 'purgedesk-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.ListNames 2>/dev/null | grep -q '"org.freedesktop.secrets"'; then
        break
    fi
    kill -0 "$daemon" 2>/dev/null || { echo "run-test.sh: gnome-keyring-daemon exited early" >&2; exit 1; }
    sleep 0.1
done
dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.ListNames 2>/dev/null | grep -q '"org.freedesktop.secrets"' || {
    echo "run-test.sh: the Secret Service did not appear on the session bus" >&2
    exit 1
}
status=0
"$@" || status=$?
exit "$status"
