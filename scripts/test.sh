#!/usr/bin/env bash
# Installs what is missing, builds with AddressSanitizer + UndefinedBehaviorSanitizer, runs every test
# (unit, integration and the real-browser test of the customer page).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
# playwright-core drives Debian's Chromium in the browser test (label: browser).
(cd tests/browser && npm install --no-audit --no-fund --loglevel=error)
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBATON_SANITIZE=ON "${launcher[@]}"
cmake --build build/test
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build/test --output-on-failure -j2 "$@"
