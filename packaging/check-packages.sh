#!/usr/bin/env bash
# The package check (ctest label "package", run by scripts/package.sh): unpacks baton and batond into
# one tree, as dpkg would install them, and runs what is in it.
#   check-packages.sh DIR VERSION     (DIR holds baton_VERSION_ARCH.deb and batond_VERSION_ARCH.deb)
set -euo pipefail
dir=$1
version=$2
arch=$(dpkg --print-architecture)
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

for package in baton batond; do
    dpkg-deb --extract "$dir/${package}_${version}_${arch}.deb" "$tree"
done

# Both answer --version from the extracted tree; baton without any display.
batond_version=$("$tree/usr/bin/batond" --version)
[ "$batond_version" = "batond $version" ] || fail "batond --version printed \"$batond_version\""
baton_version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$tree/usr/bin/baton" --version)
[ "$baton_version" = "baton $version" ] || fail "baton --version without a display printed \"$baton_version\""

# Each man page describes exactly the options --help lists (the .TP entries of its OPTIONS section).
options_in_help() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$1" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u
}
options_in_man() {
    zcat "$1" | awk '/^\.SH /{section=$2} section=="OPTIONS" && previous==".TP"{print} {previous=$0}' |
        grep -oE -- '\\-\\-[a-z][a-z\\-]*' | sed 's/\\-/-/g' | sort -u
}
for page in usr/bin/baton:usr/share/man/man1/baton.1.gz usr/bin/batond:usr/share/man/man8/batond.8.gz; do
    binary=$tree/${page%%:*}
    man=$tree/${page#*:}
    if ! difference=$(diff <(options_in_help "$binary") <(options_in_man "$man")); then
        fail "${page#*:} and ${page%%:*} --help differ (< only in --help, > only in the man page):"$'\n'"$difference"
    fi
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$man" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man reports problems in ${page#*:}: $warnings"
done

# The shipped configuration is a conffile, readable by root only, and starts batond.
control=$(mktemp -d -p "$tree")
dpkg-deb --control "$dir/batond_${version}_${arch}.deb" "$control"
grep -qx /etc/batond/batond.json "$control/conffiles" || fail "/etc/batond/batond.json is not a conffile"
mode=$(stat -c %a "$tree/etc/batond/batond.json")
[ "$mode" = 600 ] || fail "/etc/batond/batond.json has mode $mode, not 600"
log=$tree/batond.log
"$tree/usr/bin/batond" --config "$tree/etc/batond/batond.json" --db "$tree/batond.db" --listen 127.0.0.1:0 >"$log" 2>&1 &
batond_pid=$!
for _ in $(seq 100); do
    grep -q "batond listening on" "$log" && break
    kill -0 "$batond_pid" 2>/dev/null || break
    sleep 0.1
done
grep -q "batond listening on" "$log" || fail "batond did not start with the shipped configuration: $(cat "$log")"
kill "$batond_pid" 2>/dev/null || true
wait "$batond_pid" || true

# A configuration batond cannot read stops it with a message that names the file and the reason.
expect_config_error() { # expected-message batond-arguments...
    local expected=$1
    shift
    local output status=0
    output=$("$tree/usr/bin/batond" --db "$tree/refused.db" "$@" 2>&1) || status=$?
    [ "$status" -ne 0 ] || fail "batond $* did not fail"
    [[ "$output" == *"$expected"* ]] || fail "batond $*: expected \"$expected\", got \"$output\""
}
expect_config_error "batond: cannot read $tree/missing.json: No such file or directory" --config "$tree/missing.json"
expect_config_error "batond: cannot read $tree/etc/batond: file to open is a directory" --config "$tree/etc/batond"
expect_config_error "batond: --config expects the path of the team configuration file" --config ""

# The unit passes systemd-analyze verify against the tree: systemd's own units are copied in for its
# dependencies; any output (an unknown key is only a warning) fails the check.
mkdir -p "$tree/lib/systemd/system"
cp -rn /lib/systemd/system/. "$tree/lib/systemd/system/"
verify=$(MANPATH="$tree/usr/share/man" systemd-analyze --root="$tree" verify \
    "$tree/lib/systemd/system/batond.service" 2>&1) || fail "systemd-analyze verify failed"
[ -z "$verify" ] || fail "systemd-analyze verify batond.service: $verify"

# The desktop entry, the metainfo and the icons, as software centres read them.
desktop-file-validate "$tree/usr/share/applications/"*.desktop || fail "desktop-file-validate"
# --no-net: the check runs without network, so the screenshot and homepage addresses are not fetched.
appstreamcli validate-tree --no-net --pedantic "$tree" || fail "appstreamcli validate-tree --no-net"

if [ "$failures" -ne 0 ]; then
    echo "$failures package check(s) failed" >&2
    exit 1
fi
echo "package check passed: baton $version and batond $version ($arch)"
