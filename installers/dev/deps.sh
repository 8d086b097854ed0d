#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages PurgeDesk needs, only those that are missing (idempotent).
# Uses sudo when not run as root. Tested on Debian 12 and Ubuntu 24.04.
#   deps.sh            build and run
#   deps.sh --tests    also what the test suite and the GUI smoke run need
#   deps.sh --package  also what installers/linux/test-package.sh needs
#   deps.sh --fuzz     also clang with libFuzzer and the sanitizer runtimes (tests/fuzz/run.sh)
# Options combine.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    libqt6sql6-sqlite qtkeychain-qt6-dev libsecret-1-0
    fonts-dejavu-core
    qt6-translations-l10n # Qt's own texts (standard buttons) in the window's language
)
fuzz=0
for option in "$@"; do
    case $option in
    --tests)
        packages+=(dbus dbus-bin gnome-keyring libsecret-tools xvfb xauth x11-utils imagemagick clang-format clang-tidy)
        packages+=(zsh fish) # the completion tests ask each shell
        packages+=(python3-jsonschema) # the CLI's JSON outputs are validated against their schemas
        packages+=(nghttp2-proxy openssl) # nghttpx: a real TLS + HTTP/2 front for the sandbox (tests, bench_purge)
        ;;
    --package) packages+=(dpkg-dev file lintian debootstrap appstream desktop-file-utils xvfb x11-utils) ;;
    --fuzz)
        packages+=(clang)
        fuzz=1
        ;;
    *)
        echo "usage: $0 [--tests] [--package] [--fuzz]" >&2
        exit 2
        ;;
    esac
done

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "deps.sh: this script needs apt (Debian or Ubuntu). On other systems install Qt 6.4+ (Core, Gui," >&2
    echo "Widgets, Network, Sql with SQLite, Svg, Test), QtKeychain for Qt 6, CMake 3.25+ and Ninja, then" >&2
    echo "build with the CMake presets as the README describes." >&2
    exit 1
fi

install_missing() {
    local missing=()
    for package in "$@"; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" != "installed" ]; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "deps.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

install_missing "${packages[@]}"
if [ "$fuzz" -eq 1 ]; then
    # libFuzzer and the sanitizer runtimes come with clang's own version number (14 on Debian 12,
    # 18 on Ubuntu 24.04); --no-install-recommends would leave them out.
    version=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
    install_missing "libclang-rt-$version-dev" "libfuzzer-$version-dev"
fi
