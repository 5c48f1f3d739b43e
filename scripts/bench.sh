#!/usr/bin/env bash
# Builds the benchmarks in Release and prints their figures (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DBATON_WERROR=ON
cmake --build build/bench --target bench_recommender bench_transfer bench_workstation bench_reports bench_routing bench_resume bench_engine_load
build/bench/tests/bench/bench_recommender
build/bench/tests/bench/bench_transfer
build/bench/tests/bench/bench_workstation
build/bench/tests/bench/bench_reports
build/bench/tests/bench/bench_routing
build/bench/tests/bench/bench_resume
# Issue 12: batond in its own process under load, beside a raw WebSocket echo floor (a few minutes).
build/bench/tests/bench/bench_engine_load
