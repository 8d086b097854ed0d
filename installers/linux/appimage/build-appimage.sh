#!/usr/bin/env bash
# Builds PurgeDesk-<version>-<arch>.AppImage from a clean checkout with linuxdeploy and its Qt plugin
# (Qt's libraries and plugins, the SQLite driver among them, and QtKeychain go into the image).
# Not run by CI: it downloads linuxdeploy from GitHub. Build on the oldest distribution the image
# should run on, since an AppImage needs a glibc at least as new as the one it was built with.
# libsecret is not bundled: QtKeychain loads the system's, which every desktop with a keychain has.
# Needs: the build dependencies (installers/dev/deps.sh), curl, file, and FUSE to run the
# downloaded tools (or APPIMAGE_EXTRACT_AND_RUN=1).
# Usage: installers/linux/appimage/build-appimage.sh   (the image lands in build/appimage/)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build="$root/build/appimage"
appdir="$build/AppDir"
tools="$build/tools"
arch=$(uname -m)

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DPURGEDESK_BUILD_TESTS=OFF
cmake --build "$build"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build"

mkdir -p "$tools"
for tool in linuxdeploy/linuxdeploy-$arch.AppImage linuxdeploy-plugin-qt/linuxdeploy-plugin-qt-$arch.AppImage; do
    file="$tools/${tool#*/}"
    if [ ! -x "$file" ]; then
        curl -fL --retry 3 -o "$file.part" "https://github.com/linuxdeploy/${tool%%/*}/releases/download/continuous/${tool#*/}"
        chmod +x "$file.part"
        mv "$file.part" "$file"
    fi
done

# The Qt plugin finds Qt through qmake; Debian and Ubuntu keep Qt 6's outside PATH.
export QMAKE=${QMAKE:-$(command -v qmake6 || command -v qmake || echo /usr/lib/qt6/bin/qmake)}
# xcb is always deployed; Wayland's plugins too when this Qt has them (Debian: qt6-wayland).
plugins=$("$QMAKE" -query QT_INSTALL_PLUGINS)
wayland=()
for plugin in libqwayland-generic.so libqwayland-egl.so; do
    [ -f "$plugins/platforms/$plugin" ] && wayland+=("$plugin")
done
if [ ${#wayland[@]} -gt 0 ]; then
    EXTRA_PLATFORM_PLUGINS=$(IFS=';' && echo "${wayland[*]}")
    export EXTRA_PLATFORM_PLUGINS
fi
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
export LINUXDEPLOY_OUTPUT_VERSION="$version"
cd "$build"
"$tools/linuxdeploy-$arch.AppImage" --appdir "$appdir" \
    --executable "$appdir/usr/bin/purgedesk" \
    --executable "$appdir/usr/bin/purgedesk-cli" \
    --desktop-file "$appdir/usr/share/applications/io.github.purgedesk.PurgeDesk.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/io.github.purgedesk.PurgeDesk.png" \
    --custom-apprun "$here/AppRun" \
    --plugin qt \
    --output appimage
ls -l "$build"/PurgeDesk-*.AppImage
