#!/bin/sh
# Runs every libFuzzer target of tests/fuzz for SECONDS each (default 60), one after the other (the
# machine may be shared), on a copy of its seed corpus, and prints the executions per target and in
# all. Fails if any target crashes, leaks or hangs.
#   scripts/fuzz.sh [SECONDS] [TARGET…]
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"fuzz_envelope fuzz_http_head fuzz_masker fuzz_robot fuzz_teamconfig"}
build=build/fuzz
scripts/install-deps.sh --fuzz

if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache} \
        cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBATON_FUZZ=ON \
        -DBATON_BUILD_TESTS=OFF -DBATON_WERROR=OFF >/dev/null
fi
# shellcheck disable=SC2086
ninja -C "$build" -j2 $targets

total=0
failed=0
for t in $targets; do
    name=${t#fuzz_}
    corpus="$build/corpus/$name"
    mkdir -p "$corpus" "$build/crashes"
    cp -n tests/fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null || true
    log="$build/$t.log"
    if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -print_final_stats=1 -artifact_prefix="$build/crashes/$t-" "$corpus" >"$log" 2>&1; then
        status=ok
    else
        status=FAILED
        failed=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    runs=${runs:-0}
    total=$((total + runs))
    printf '%-16s %12s executions  %s  (corpus %s files)\n' "$t" "$runs" "$status" "$(ls "$corpus" | wc -l)"
done
printf '%-16s %12s executions\n' "all" "$total"
if [ "$failed" -ne 0 ]; then
    echo "fuzz.sh: a target failed; see $build/*.log and $build/crashes/" >&2
    exit 1
fi
