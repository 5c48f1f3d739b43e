#!/usr/bin/env bash
# Lintian on both packages (ctest label "package", run by scripts/package.sh): prints every tag down to
# pedantic and fails on errors.
#   lintian-packages.sh DIR VERSION
set -euo pipefail
arch=$(dpkg --print-architecture)
lintian --fail-on error --display-info --pedantic --color never \
    "$1/baton_$2_${arch}.deb" "$1/batond_$2_${arch}.deb"
echo "lintian: no errors in baton $2 and batond $2"
