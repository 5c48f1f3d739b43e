#!/usr/bin/env bash
# Installs what is missing, builds, and starts Baton on its engine with the demo team.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBATON_BUILD_TESTS=OFF
cmake --build build/release --target batond
# The workstation (issue 3) is not built yet: the headless engine runs the demo team. Connect a
# protocol client to the printed URL and log in as demo / demo.
exec build/release/app/batond/batond --demo "$@"
