#!/usr/bin/env bash
# Builds Release and writes the Debian packages build/package/baton_VERSION_ARCH.deb (the workstation)
# and build/package/batond_VERSION_ARCH.deb (the routing engine and its systemd service), then checks
# them (ctest label "package"): lintian without errors, both binaries run from the unpacked packages,
# man pages match --help, systemd-analyze verify on the unit, desktop entry and AppStream metainfo
# validated (offline). The version is project(VERSION) in CMakeLists.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --package

build=build/release-package
out=$PWD/build/package
# Debian's hardening flags (stack protector, fortify, format checks, full RELRO); Release sets -O3,
# and the binaries are stripped, so -g and -O2 are left out.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
CXXFLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS | sed -e 's/\(^\| \)-g\( \|$\)/ /' -e 's/-O2//')"
LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"
export CXXFLAGS LDFLAGS
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBATON_SANITIZE=OFF \
    -DBATON_BUILD_TESTS=OFF -DBATON_BUILD_BENCH=OFF -DCMAKE_INSTALL_PREFIX=/usr \
    -DBATON_PACKAGE_DIR="$out" -DBATON_PACKAGE_CHECKS=ON "${launcher[@]}"
cmake --build "$build"

rm -rf "$out"
(cd "$build" && cpack)
rm -rf "$out/_CPack_Packages"
ctest --test-dir "$build" -L package --output-on-failure -V

for deb in "$out"/*.deb; do
    echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
    dpkg-deb --field "$deb" Depends | sed 's/^/  Depends: /'
done
