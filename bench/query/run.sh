#!/usr/bin/env bash
# Rerunnable query latency benchmark (docs/query.md, "Latency").
#
# usage: bench/query/run.sh [BUILD_DIR] [WORK_DIR]
#   BUILD_DIR  a configured build of apparat (default: build/ in the repository)
#   WORK_DIR   scratch space for corpora and graphs (default /tmp/apparat-query-bench)
#
# 1. builds the graph of ../shared/corpus (the 1x graph);
# 2. makes a 100x corpus (27 MB) with /work/shared/bench/make-corpus.py and
#    builds its graph, unless WORK_DIR already holds both;
# 3. runs apparat_query_bench on each graph: load time (read + parse +
#    index) apart from per-question time (answer + render), medians of N runs;
# 4. times the whole `apparat query` process too, for reference.
# Budgets (query step, excluding process start): 10 ms on 1x, 100 ms on 100x.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../.." && pwd)
BUILD=${1:-$SRC/build}
WORK=${2:-/tmp/apparat-query-bench}
SHARED=${SHARED:-$SRC/../shared}
mkdir -p "$WORK"

cmake --build "$BUILD" -j2 --target apparat apparat_query_bench >/dev/null
APPARAT=$BUILD/apparat
BENCH=$BUILD/bench/query/apparat_query_bench

(cd "$SRC" && "$APPARAT" build "$SHARED/corpus" -o "$WORK/g1" --format json >/dev/null)
if [ ! -s "$WORK/g100/graph.json" ] || [ "$SRC/rules" -nt "$WORK/g100/graph.json" ]; then
  python3 "$SHARED/bench/make-corpus.py" --from "$SHARED/corpus" --mb 27 --out "$WORK/corpus100" >/dev/null
  (cd "$SRC" && "$APPARAT" build "$WORK/corpus100" -o "$WORK/g100" --format json -j 2 >/dev/null)
fi

status=0
echo "== 1x graph (../shared/corpus)"
"$BENCH" "$WORK/g1/graph.json" --reps 50 --budget-ms 10 || status=1
echo
echo "== 100x graph (27 MB corpus)"
"$BENCH" "$WORK/g100/graph.json" --reps 20 --budget-ms 100 || status=1

echo
echo "== whole process, 'apparat query \"who did Lenin write to\"', median of 11 runs (includes process start)"
for g in g1 g100; do
  times=()
  for _ in $(seq 11); do
    t0=$(date +%s%N)
    "$APPARAT" query "who did Lenin write to" --graph "$WORK/$g/graph.json" >/dev/null
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)
  printf '%s: %d.%03d ms\n' "$g" $((median / 1000)) $((median % 1000))
done
exit $status
