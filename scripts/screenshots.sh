#!/usr/bin/env bash
# Renders the workstation's main window, transfer dialog and incoming-transfer preview, in Chinese and
# in English, to docs/screenshots/ (a scripted session on the embedded engine; no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBATON_BUILD_TESTS=OFF
cmake --build build/release --target baton
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
for language in zh_CN en; do
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" QT_LOGGING_RULES='*.info=false' \
        build/release/app/workstation/baton --data "$data" --language "$language" --screenshots docs/screenshots
done
