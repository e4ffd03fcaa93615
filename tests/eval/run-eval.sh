#!/usr/bin/env bash
# Builds the graph of $APPARAT_CORPUS and scores it with the shared
# evaluator. Fails below the bars of the issues it guards:
#   entity F1 >= 0.90 and no required entity split over two nodes.
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
for f in failures:
    print("eval: FAIL " + f)
sys.exit(1 if failures else 0)
PY
