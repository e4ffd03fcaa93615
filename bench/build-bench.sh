#!/usr/bin/env bash
# Build benchmark: throughput and peak memory of `apparat build` on a
# synthetic corpus made by ../shared/bench/make-corpus.py.
#   bench/build-bench.sh [MB...]     (default: 10 100)
# Prints one table row per size: MB, files, seconds, MB/s, peak RSS, edges.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/apparat
maker=../shared/bench/make-corpus.py
[ -x "$bin" ] || { echo "build first: ./dev.sh run" >&2; exit 1; }
[ -f "$maker" ] || { echo "missing $maker" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install time" >&2; exit 1; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "| MB | files | seconds | MB/s | peak RSS MiB | edges |"
echo "|---:|---:|---:|---:|---:|---:|"
for mb in "${sizes[@]}"; do
  python3 "$maker" --from ../shared/corpus --mb "$mb" --out "$work/c$mb" >/dev/null
  files=$(find "$work/c$mb" -type f | wc -l)
  /usr/bin/time -f '%e %M' -o "$work/time" "$bin" build "$work/c$mb" -o "$work/o$mb" >"$work/summary"
  read -r secs kb <"$work/time"
  edges=$(grep -o 'edges [0-9]*' "$work/summary" | head -1 | cut -d' ' -f2)
  awk -v mb="$mb" -v f="$files" -v s="$secs" -v kb="$kb" -v e="$edges" \
    'BEGIN { printf "| %d | %d | %.2f | %.1f | %.0f | %s |\n", mb, f, s, (s > 0 ? mb / s : 0), kb / 1024, e }'
  rm -rf "$work/c$mb" "$work/o$mb"
done
