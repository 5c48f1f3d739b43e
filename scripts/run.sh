#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Baton workstation on its embedded engine with the
# demo team: you are signed in as the demo agent 林晓 (demo / demo) and customers start arriving.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBATON_BUILD_TESTS=OFF
cmake --build build/release --target baton batond
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    # A window needs a display. Without one, run the same engine and demo team headless so a protocol
    # client (or the customer page in a browser) can still be used.
    echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): starting the headless engine with the demo team instead." >&2
    echo "Run scripts/run.sh from a desktop session to get the workstation window." >&2
    exec build/release/app/batond/batond --demo "$@"
fi
exec build/release/app/workstation/baton "$@"
