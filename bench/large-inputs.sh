#!/usr/bin/env bash
# The large-input runs of docs/robustness.md ("Measured"): a 200 MB file
# with no newline, 100,000 one-line files, the 1 GB corpus, and xmllint
# (without --huge) on the GraphML and GEXF of the 100 MB corpus.
#   bench/large-inputs.sh [APPARAT_BINARY]   (default build/apparat)
# Needs the corpora of bench/run.sh in $BENCH_DIR (default
# /tmp/apparat-bench; `bench/run.sh --sizes 10,100,1000 --rounds 1` makes
# them), /usr/bin/time and xmllint. Work files go to $WORK (default
# /tmp/apparat-large) and are removed as it goes.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/apparat}
BENCH=${BENCH_DIR:-/tmp/apparat-bench}/corpus
W=${WORK:-/tmp/apparat-large}
[ -f "$BIN" ] && [ -x "$BIN" ] || { echo "bench/large-inputs.sh: $BIN is not an executable file" >&2; exit 1; }
for d in "$BENCH/10mb" "$BENCH/100mb" "$BENCH/1000mb"; do
  [ -d "$d" ] || { echo "bench/large-inputs.sh: no $d (bench/run.sh --sizes 10,100,1000 --rounds 1 makes it)" >&2; exit 1; }
done
rm -rf "$W"; mkdir -p "$W"
run() { /usr/bin/time -f "  wall %e s, peak RSS %M KB" "$BIN" build "$@" 2>&1 | grep -v "^  wrote"; }

echo "== one 200 MB file with no newline"
mkdir -p "$W/one-line"
cat "$BENCH"/100mb/*.txt "$BENCH"/100mb/*.txt | head -c 200000000 | tr '\n' ' ' >"$W/one-line/one-line.txt"
run "$W/one-line" -o "$W/out" -j2; rm -rf "$W/one-line" "$W/out"

echo "== 100,000 files of one line each"
python3 - "$BENCH/10mb" "$W/tiny" <<'PY'
import os, sys
src = sorted(os.listdir(sys.argv[1]))[0]
lines = [l for l in open(os.path.join(sys.argv[1], src), encoding="utf-8").read().split("\n") if 40 < len(l) < 300]
for i in range(100000):
    d = os.path.join(sys.argv[2], "%03d" % (i // 1000))
    if i % 1000 == 0:
        os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "f%06d.txt" % i), "w", encoding="utf-8") as f:
        f.write(lines[i % len(lines)] + " (item %d)\n" % i)
PY
run "$W/tiny" -o "$W/out" -j2; rm -rf "$W/tiny" "$W/out"

echo "== the 100 MB corpus: xmllint without --huge"
"$BIN" build "$BENCH/100mb" -o "$W/o100" -j2 --format json,graphml,gexf >/dev/null 2>&1
ls -l "$W/o100"
xmllint --noout "$W/o100/graph.graphml" && echo "  GraphML well-formed"
xmllint --noout "$W/o100/graph.gexf" && echo "  GEXF well-formed"
[ -f ../shared/schemas/graphml/graphml.xsd ] &&
  xmllint --noout --schema ../shared/schemas/graphml/graphml.xsd "$W/o100/graph.graphml" 2>&1 | tail -1
rm -rf "$W/o100"

echo "== the 1 GB corpus"
run "$BENCH/1000mb" -o "$W/out" -j2; rm -rf "$W"
