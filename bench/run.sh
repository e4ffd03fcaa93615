#!/usr/bin/env bash
# apparat's benchmark, one command (docs/performance.md):
#   bench/run.sh [--sizes 10,100,1000] [--rounds 3] [--quick] [...]   (--help: every option)
# Builds apparat (Release, in build/) unless --apparat BINARY is given, then
# runs bench/run.py: apparat build -j1 and -j2, ripgrep's name scan and the
# plain-Python extractor side by side, interleaved in the same rounds, on
# synthetic corpora cached in $BENCH_DIR (default /tmp/apparat-bench).
# Needs python3, rg (ripgrep) and /usr/bin/time (time): ./dev.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in python3 rg; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: needs $tool (./dev.sh installs it)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench/run.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

own_binary=0
for arg in "$@"; do
  case "$arg" in --apparat|--apparat=*|-h|--help) own_binary=1 ;; esac
done
if [ "$own_binary" -eq 0 ]; then
  [ -f build/CMakeCache.txt ] || cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' build/CMakeCache.txt)
  [ "$type" = Release ] || echo "bench/run.sh: warning: build/ is configured as '${type:-no type}', not Release" >&2
  cmake --build build -j"$(nproc)" --target apparat >/dev/null
fi
exec python3 bench/run.py "$@"
