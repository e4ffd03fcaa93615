#!/usr/bin/env bash
# Scores one held-out set: builds SET/corpus with the given apparat and the
# project's rules, scores it against SET/gold with the shared evaluator and
# prints "NAME: <score line>".
#   tests/eval/score-set.sh SET_DIR APPARAT_BINARY SOURCE_DIR
# MIN_F1, when set, makes it fail (exit 1) below that relation F1.
# Exit 77 (skipped) when ../shared/eval/score.py or python3 is missing.
set -uo pipefail
set_dir="$1"; bin="$2"; src="$3"
name="$(basename "$set_dir")"
score="$src/../shared/eval/score.py"
if [ ! -f "$score" ] || ! command -v python3 >/dev/null; then
  echo "$name: skipped (no $score or python3)"
  exit 77
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
if ! "$bin" build "$set_dir/corpus" -o "$out" --rules "$src/rules" --format json >"$out/build.log" 2>&1; then
  echo "$name: apparat build failed:"; cat "$out/build.log"; exit 1
fi
if ! python3 "$score" --graph "$out/graph.json" --gold "$set_dir/gold" --corpus "$set_dir/corpus" >"$out/score.txt" 2>&1; then
  echo "$name: score.py failed:"; cat "$out/score.txt"; exit 1
fi
line="$(tail -n 1 "$out/score.txt")"
echo "$name: $line"
if [ -n "${MIN_F1:-}" ]; then
  f1="$(sed -n 's/.*relation F1 \([0-9.]*\).*/\1/p' <<<"$line")"
  if ! python3 -c "import sys; sys.exit(0 if float('$f1') >= float('$MIN_F1') else 1)"; then
    echo "$name: relation F1 $f1 below $MIN_F1"; exit 1
  fi
fi
