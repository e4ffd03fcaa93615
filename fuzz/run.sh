#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time from its committed seeds:
#   fuzz/run.sh [SECONDS_PER_TARGET] [BUILD_DIR]
# BUILD_DIR (default build-sanitize) must hold a build configured by
# `./dev.sh sanitize` (clang, APPARAT_FUZZ=ON). New inputs go to
# BUILD_DIR/fuzz-corpus/<target>, the committed seeds are only read. A crash,
# a sanitizer finding, a timeout or an out-of-memory fails the run and leaves
# the input as BUILD_DIR/fuzz-crash-<target>-*: copy it into
# fuzz/regressions/<target>/ with the fix, so `ctest -L fuzz` replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
build="${2:-build-sanitize}"
export UBSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/ubsan.supp:print_stacktrace=1:halt_on_error=1"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
for name in rule_loader reader graph_json query_index decoded; do
  bin="$build/fuzz/fuzz_$name"
  [ -x "$bin" ] || { echo "fuzz: $bin not built (run ./dev.sh sanitize first)" >&2; exit 1; }
  out="$build/fuzz-corpus/$name"
  mkdir -p "$out"
  dict=()
  [ -f "fuzz/$name.dict" ] && dict=(-dict="fuzz/$name.dict")
  echo "fuzz: $name for ${secs}s"
  # -timeout: one input may take 10 s at most; -rss_limit_mb: 2 GiB. Both
  # are bugs for apparat (bounded work on any input), not noise.
  "$bin" "$out" "fuzz/corpus/$name" "${dict[@]}" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -max_len=16384 -artifact_prefix="$build/fuzz-crash-$name-" -print_final_stats=1 2>"$build/fuzz-$name.log" ||
    { tail -60 "$build/fuzz-$name.log" >&2; echo "fuzz: $name FAILED (input: $build/fuzz-crash-$name-*)" >&2; exit 1; }
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$build/fuzz-$name.log" | sed "s/^/fuzz: $name /"
done
