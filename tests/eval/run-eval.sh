#!/usr/bin/env bash
# Builds the graph of $APPARAT_CORPUS and scores it with the shared
# evaluator. Fails below the bars of the issues it guards:
#   entities: F1 >= 0.90 and no required entity split over two nodes;
#   relations: F1 >= 0.75, precision >= 0.85, recall >= 0.60 for every
#   relation type, and no negative (trap) tuple produced.
# Skipped (exit 77) when APPARAT_CORPUS is unset.
set -euo pipefail
bin="$1"; src="$2"
if [ -z "${APPARAT_CORPUS:-}" ]; then
  echo "eval: APPARAT_CORPUS not set; skipped"
  exit 77
fi
eval_dir="$(cd "$APPARAT_CORPUS/../eval" 2>/dev/null && pwd)" || { echo "eval: no eval/ beside $APPARAT_CORPUS"; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$src"
"$bin" build "$APPARAT_CORPUS" -o "$out" >/dev/null
python3 "$eval_dir/score.py" --graph "$out/graph.json" --gold "$eval_dir/gold" --corpus "$APPARAT_CORPUS" | tail -n 1
python3 "$eval_dir/score.py" --graph "$out/graph.json" --gold "$eval_dir/gold" --corpus "$APPARAT_CORPUS" --json >"$out/score.json"
python3 - "$out/score.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
e, failures = s["entity"], []
if e["f1"] < 0.90:
    failures.append(f"entity F1 {e['f1']:.3f} < 0.90")
if e["split"]:
    failures.append(f"required entities split over nodes: {e['split']}")
r = s["relation"]
if r["f1"] < 0.75:
    failures.append(f"relation F1 {r['f1']:.3f} < 0.75")
if r["p"] < 0.85:
    failures.append(f"relation precision {r['p']:.3f} < 0.85")
for name, st in sorted(s["by_relation"].items()):
    if st.get("required") and st["r"] < 0.60:
        failures.append(f"{name} recall {st['r']:.3f} < 0.60")
if s["negatives"]["hit"]:
    failures.append(f"{s['negatives']['hit']} negative tuple(s) produced")
for f in failures:
    print("eval: FAIL " + f)
sys.exit(1 if failures else 0)
PY
