#!/usr/bin/env bash
# Builds the graph of $APPARAT_CORPUS (the reference corpus) and scores it
# with the shared evaluator; fails below the bars given in the environment
# (tests/eval/bars.py; the values are set in tests/CMakeLists.txt).
# Skipped (exit 77) when APPARAT_CORPUS is unset.
set -euo pipefail
bin="$1"; src="$2"
if [ -z "${APPARAT_CORPUS:-}" ]; then
  echo "eval: skipped: APPARAT_CORPUS is not set (.ci/run sets it to ../shared/corpus)"
  exit 77
fi
eval_dir="$(cd "$APPARAT_CORPUS/../eval" 2>/dev/null && pwd)" || { echo "eval: no eval/ beside $APPARAT_CORPUS"; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$src"
"$bin" build "$APPARAT_CORPUS" -o "$out" >/dev/null
python3 "$eval_dir/score.py" --graph "$out/graph.json" --gold "$eval_dir/gold" --corpus "$APPARAT_CORPUS" | tail -n 1
python3 "$eval_dir/score.py" --graph "$out/graph.json" --gold "$eval_dir/gold" --corpus "$APPARAT_CORPUS" --json >"$out/score.json"
python3 "$src/tests/eval/bars.py" "$out/score.json" eval
