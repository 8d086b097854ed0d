#!/usr/bin/env bash
# Builds the .deb (release preset) and checks it as Debian would, then installs it into a clean
# Debian 12 and runs it there:
#   1. lintian: no error and no warning (informational tags are shown, not fatal);
#   2. the metainfo and the desktop entry as the package installs them: appstreamcli validate
#      --no-net (no warning) and desktop-file-validate;
#   3. a minimal Debian 12 root made with debootstrap from deb.debian.org (cached as a tarball under
#      build/package-test, so reruns skip it), the package installed with apt (which brings its
#      dependencies, without recommended packages), then as an ordinary user in that root:
#      purgedesk-cli --version, a purge against purgedesk-cli sandbox, and purgedesk started
#      headless (offscreen), left running for a few seconds and closed with SIGTERM; then
#      purgedesk with LANGUAGE=fr on an X display (an Xvfb of this machine, which the root reaches
#      through its abstract socket), whose window title must be the French one.
# Needs root (or sudo) for debootstrap and chroot, and network access to deb.debian.org.
# Usage: test-package.sh        (run on demand, and by .ci/run)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"

if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "test-package: needs root or sudo (debootstrap, chroot)" >&2; exit 1; }
    exec sudo --preserve-env=PATH "$0" "$@"
fi

step() { printf '\n== %s\n' "$*"; }
started=$(date +%s)

step "Packages this test needs"
installers/dev/deps.sh --package

step "Release build and .deb"
installers/dev/build.sh release
(cd build/release && cpack -G DEB >/dev/null)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/release/CMakeCache.txt)
deb="build/release/purgedesk_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "test-package: $deb was not made" >&2; exit 1; }
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

step "lintian $(lintian --version | cut -d' ' -f2)"
# lintian warns when run as root; the package is only read, so a user without privileges runs it.
chmod a+r "$deb"
runuser -u nobody -- env HOME=/tmp lintian --display-info --fail-on error,warning "$deb"
echo "lintian: no error, no warning"

work=$(mktemp -d "${TMPDIR:-/tmp}/purgedesk-package.XXXXXX")
cache="$here/build/package-test"
root="$cache/root"
sandbox_pid=""
xvfb_pid=""
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    if mountpoint -q "$root/proc" 2>/dev/null; then umount "$root/proc" || umount -l "$root/proc"; fi
    rm -rf "$work"
    # Never delete a tree that still has something mounted in it.
    if [ -d "$root" ] && ! findmnt -rn -o TARGET | grep -q "^$root/"; then rm -rf "$root"; fi
}
trap cleanup EXIT

step "AppStream metainfo and desktop entry, as installed"
dpkg-deb -x "$deb" "$work/files"
appstreamcli validate --no-net "$work/files/usr/share/metainfo/io.github.purgedesk.PurgeDesk.metainfo.xml"
desktop-file-validate "$work/files/usr/share/applications/io.github.purgedesk.PurgeDesk.desktop"
echo "desktop-file-validate: no message"

step "A clean Debian 12 root"
mkdir -p "$cache"
tarball="$cache/debian-12-minbase-$(dpkg --print-architecture).tar"
if [ ! -f "$tarball" ]; then
    rm -rf "$root"
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
    tar --numeric-owner -C "$root" -cf "$tarball.partial" . && mv "$tarball.partial" "$tarball"
    rm -rf "$root"
fi
rm -rf "$root"
mkdir -p "$root"
tar --numeric-owner -C "$root" -xpf "$tarball"
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/test-package-unsafe-io" # a throw-away root
# Downloaded packages are kept between runs; apt still resolves everything from Debian's lists.
mkdir -p "$cache/apt-archives"
cp "$cache"/apt-archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
# As a user: HOME and the XDG folders are theirs, no D-Bus session, no display.
as_user() {
    local command=(chroot --userspec=tester:tester "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8
        HOME=/home/tester XDG_RUNTIME_DIR=/tmp/runtime-tester "$@")
    # Started with & (a subshell): become the program, so that $! is its process and signals reach it.
    [ "$BASHPID" != "$$" ] && exec "${command[@]}"
    "${command[@]}"
}

step "apt-get install ./$(basename "$deb") in the root"
cp "$deb" "$root/tmp/"
in_root apt-get update -q
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 "/tmp/$(basename "$deb")"
cp -u "$root"/var/cache/apt/archives/*.deb "$cache/apt-archives/" 2>/dev/null || true
in_root useradd --create-home tester
in_root install -d -m 700 -o tester -g tester /tmp/runtime-tester

step "purgedesk-cli --version"
got=$(as_user purgedesk-cli --version)
echo "$got"
[ "$got" = "purgedesk-cli $version" ] || { echo "test-package: expected purgedesk-cli $version" >&2; exit 1; }

step "purgedesk-cli sandbox, then a purge against it"
: >"$root/tmp/sandbox.log"
as_user purgedesk-cli sandbox >>"$root/tmp/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 100); do
    grep -q '^Sandbox API: ' "$root/tmp/sandbox.log" && break
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$root/tmp/sandbox.log" >&2; exit 1; }
    sleep 0.1
done
api=$(sed -n 's/^Sandbox API: //p' "$root/tmp/sandbox.log")
[ -n "$api" ] || { echo "test-package: the sandbox did not start" >&2; cat "$root/tmp/sandbox.log" >&2; exit 1; }
echo "sandbox: $api"
purge=(purgedesk-cli purge --api-base "$api" --zone example.com --files https://example.com/ https://example.com/app.js)
echo "CLOUDFLARE_API_TOKEN=sandbox-demo-token ${purge[*]}"
out=$(as_user CLOUDFLARE_API_TOKEN=sandbox-demo-token "${purge[@]}")
echo "$out"
grep -q '^Purged 2 of 2 URLs in example.com: 0 failed, 0 not sent' <<<"$out"
kill -INT "$sandbox_pid"
wait "$sandbox_pid"
sandbox_pid=""
grep -q '^purge example.com files 2 item(s)' "$root/tmp/sandbox.log" || {
    echo "test-package: the sandbox did not record the purge" >&2
    cat "$root/tmp/sandbox.log" >&2
    exit 1
}
tail -n 2 "$root/tmp/sandbox.log"
as_user purgedesk-cli history --limit 1

step "purgedesk, headless (offscreen)"
as_user purgedesk --version
as_user QT_QPA_PLATFORM=offscreen purgedesk >"$root/tmp/gui.log" 2>&1 &
gui=$!
sleep 5
kill -0 "$gui" 2>/dev/null || { echo "test-package: purgedesk exited early" >&2; cat "$root/tmp/gui.log" >&2; exit 1; }
kill -TERM "$gui"
status=0
wait "$gui" || status=$?
if [ "$status" -ne 0 ]; then
    echo "test-package: purgedesk exited with $status after SIGTERM" >&2
    cat "$root/tmp/gui.log" >&2
    exit 1
fi
# The main window saves its geometry when it closes: it was there.
grep -q '^geometry=' "$root/home/tester/.config/PurgeDesk/settings.ini" || {
    echo "test-package: the main window did not save its state" >&2
    exit 1
}
if [ -s "$root/tmp/gui.log" ]; then
    echo "purgedesk wrote to stderr:"
    cat "$root/tmp/gui.log"
fi
echo "purgedesk: started, showed its window, closed cleanly"

step "purgedesk in French (LANGUAGE=fr), on an X display"
# Xvfb runs here; the root shares this machine's network namespace, so X clients in it connect
# through the server's abstract socket (@/tmp/.X11-unix/X<n>) without a shared /tmp.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
display=""
for _ in $(seq 1 100); do
    display=$(cat "$work/display")
    [ -n "$display" ] && break
    sleep 0.1
done
[ -n "$display" ] || { echo "test-package: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
as_user DISPLAY=":$display" LANGUAGE=fr purgedesk >"$root/tmp/gui-fr.log" 2>&1 &
gui=$!
expected="PurgeDesk — Bac à sable" # "PurgeDesk — Sandbox": without an account of their own, users get the sandbox
titles=""
for _ in $(seq 1 100); do
    titles=$(xwininfo -display ":$display" -root -tree 2>/dev/null | awk '/^ *0x[0-9a-f]+ "/ {print $1}' |
        while read -r id; do xprop -display ":$display" -id "$id" _NET_WM_NAME 2>/dev/null; done || true)
    grep -qF "\"$expected\"" <<<"$titles" && break
    kill -0 "$gui" 2>/dev/null || break
    sleep 0.1
done
kill -TERM "$gui" 2>/dev/null || true
wait "$gui" || true
kill "$xvfb_pid" 2>/dev/null || true
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""
grep -qF "\"$expected\"" <<<"$titles" || {
    echo "test-package: no window titled \"$expected\"; the windows were:" >&2
    echo "$titles" >&2
    cat "$root/tmp/gui-fr.log" >&2
    exit 1
}
grep -F "$expected" <<<"$titles"
echo "purgedesk: its window speaks French"

step "test-package: passed in $(($(date +%s) - started)) s"
