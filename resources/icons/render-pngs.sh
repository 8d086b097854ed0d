#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from purgedesk.svg. Run after editing the SVG;
# the PNGs are committed so that builds need no SVG tooling. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    mkdir -p "$size"
    rsvg-convert --width "$size" --height "$size" purgedesk.svg --output "$size/purgedesk.png"
done
