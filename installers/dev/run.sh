#!/usr/bin/env bash
# Builds PurgeDesk (developer preset) and starts it. Installs missing packages first.
# Arguments are passed to purgedesk.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/installers/dev/deps.sh"
"$root/installers/dev/build.sh" dev
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found. Start PurgeDesk from a desktop session, or try it headless with" >&2
    echo "  xvfb-run -a $root/build/dev/bin/purgedesk" >&2
    exit 1
fi
exec "$root/build/dev/bin/purgedesk" "$@"
