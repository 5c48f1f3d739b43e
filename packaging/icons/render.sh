#!/usr/bin/env bash
# Renders baton.svg to the hicolor PNG sizes beside it. The PNGs are committed, so building and
# packaging need no SVG renderer; run this (needs rsvg-convert from librsvg2-bin) after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" baton.svg --output "hicolor/${size}x${size}/apps/baton.png"
done
