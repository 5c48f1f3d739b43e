#!/usr/bin/env bash
# Installs the Debian 12 packages Baton needs to build, run and test. Does nothing when all are present.
# With --test it also installs what the browser test needs (Chromium, Node.js, npm); with --package
# what scripts/package.sh needs to build and check the Debian packages; with --fuzz clang for scripts/fuzz.sh.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-websockets-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-multimedia-dev qtkeychain-qt6-dev qt6-translations-l10n qt6-qpa-plugins libqt6svg6 qt6-charts-dev libqt6opengl6-dev
    libgl1-mesa-dev libxkbcommon-dev fonts-wqy-microhei sqlite3 libsqlite3-dev
)
if [ "${1:-}" = "--test" ]; then
    # openssl: tst_tls makes its CA and server certificate at test time.
    packages+=(chromium openssl)
    # A machine may carry its own Node.js (with npm); Debian's npm would conflict with it.
    command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi
if [ "${1:-}" = "--fuzz" ]; then
    packages+=(clang) # scripts/fuzz.sh: libFuzzer comes with Debian's clang
fi
if [ "${1:-}" = "--package" ]; then
    packages+=(dpkg-dev file lintian desktop-file-utils appstream systemd man-db)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
