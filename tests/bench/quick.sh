#!/usr/bin/env bash
# bench/run.sh end to end at a tiny size (docs/performance.md): every section
# prints its rows with all columns, the raw rows and the summary are written,
# and -j1 and -j2 find the same number of edges. Times are never asserted.
# usage: quick.sh APPARAT SOURCE_DIR   (skips, exit 77, without rg, GNU time
# or ../shared/bench/make-corpus.py)
set -euo pipefail
APPARAT=$1
SRC=$2
command -v rg >/dev/null || { echo "skip: needs rg (ripgrep)"; exit 77; }
[ -x /usr/bin/time ] || { echo "skip: needs /usr/bin/time"; exit 77; }
[ -f "$SRC/../shared/bench/make-corpus.py" ] || { echo "skip: no ../shared/bench/make-corpus.py"; exit 77; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

BENCH_DIR=$WORK "$SRC/bench/run.sh" --apparat "$APPARAT" --sizes 0.2 --rounds 1 --quick >"$WORK/table" 2>"$WORK/log" ||
  { cat "$WORK/log"; echo "FAIL: bench/run.sh exited $?"; exit 1; }
cat "$WORK/table"

status=0
expect() {  # expect LABEL REGEX: a line of the table matches
  if grep -Eq -- "$2" "$WORK/table"; then echo "ok: $1"; else echo "FAIL: $1 (no line matching '$2')"; status=1; fi
}
num='[0-9]+(\.[0-9]+)?'
expect "machine line" "^machine: [0-9]+ cores \(.+\), $num GiB RAM"
expect "run line with the commit" "^run: .*apparat [0-9a-f]{7}"
expect "throughput header" "^\| corpus \| program \| seconds \(median\) \| MB/s \| peak RSS MiB \| edges"
for prog in "apparat -j1" "apparat -j2" "rg -w names" "rg names, no -w"; do
  expect "row: $prog" "^\| 0\.2 MB \| $prog \| $num \| $num \| [0-9]+ \| [0-9]+ \|$"
done
expect "row: python" "^\| 0\.2 MB, Python set \| python re \| $num \| $num \| [0-9]+ \| [0-9]+ \|$"
expect "ratio: rg" "apparat -j1 time / rg -w time \| $num \|"
expect "ratio: j2" "-j2 speed-up \(-j1 time / -j2 time\) \| $num \|"
expect "ratio: python" "python time / apparat -j1 time \| $num \|"
expect "peak RSS line" "peak RSS at 0\.2 MB, apparat -j1 / -j2 \(MB\) \| [0-9]+ / [0-9]+ \|"
for g in "shipped rules" "shipped \+ 500 names"; do
  # extraction / stock: start-up taken off a run this small can leave a
  # negative or no figure
  expect "gazetteer: $g" "^\| $g \| [0-9]+ \| [-+0-9]* \| $num \| $num \| $num \| (-?$num|n/a) \| [0-9]+ \| [0-9]+ \|$"
done
expect "query line" "^query \"who opposed the monopoly\", graph of the 0\.2 MB corpus .*: [0-9]+ ms"

python3 - "$WORK/latest.json" <<'PY' || status=1
import json, sys
d = json.load(open(sys.argv[1]))
rows = d["rows"]
sections = {r["section"] for r in rows}
missing = {"throughput", "python", "gazetteer", "startup", "query"} - sections
assert not missing, f"sections without rows: {missing}"
assert all(r["rss_kib"] > 0 and r["wall_s"] > 0 for r in rows), "a row without time or RSS"
edges = {r["program"]: r["count"] for r in rows if r["section"] == "throughput" and r["program"].startswith("apparat")}
assert edges["apparat -j1"] == edges["apparat -j2"] > 0, f"-j1 and -j2 differ: {edges}"
print("ok: latest.json holds every section; -j1 and -j2 give", edges["apparat -j1"], "edges")
PY
[ -s "$WORK/latest.tsv" ] && echo "ok: latest.tsv" || { echo "FAIL: no latest.tsv"; status=1; }
exit $status
