#!/bin/sh
# Held-out check: build tests/heldout2/corpus with the given apparat binary
# and score it against tests/heldout2/gold with the shared scorer.
#
#   tests/heldout2/run.sh APPARAT_BINARY SOURCE_DIR
#
# SOURCE_DIR is the project's source tree (the folder holding rules/ and
# tests/). The scorer is looked up at SOURCE_DIR/../shared/eval/score.py;
# without it (or without python3) the test is skipped with exit code 77.
# Prints the scorer's score line. Set HELDOUT2_MIN_F1 (e.g. 0.40) to fail
# when the relation F1 drops below it.
set -u

if [ $# -ne 2 ]; then
  echo "usage: $0 APPARAT_BINARY SOURCE_DIR" >&2
  exit 2
fi
apparat=$1
src=$2
here=$src/tests/heldout2
score=$src/../shared/eval/score.py

if [ ! -f "$score" ]; then
  echo "skip: scorer not found at $score" >&2
  exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "skip: python3 not found" >&2
  exit 77
fi
if [ ! -x "$apparat" ]; then
  echo "error: $apparat is not an executable" >&2
  exit 2
fi

out=$(mktemp -d "${TMPDIR:-/tmp}/apparat-heldout2.XXXXXX") || exit 2
trap 'rm -rf "$out"' EXIT INT TERM

if ! "$apparat" build "$here/corpus" -o "$out/graph" --rules "$src/rules" >"$out/build.log" 2>&1; then
  echo "error: apparat build failed:" >&2
  cat "$out/build.log" >&2
  exit 1
fi

if ! python3 "$score" --graph "$out/graph/graph.json" --gold "$here/gold" \
     --corpus "$here/corpus" >"$out/score.txt" 2>&1; then
  echo "error: score.py failed:" >&2
  cat "$out/score.txt" >&2
  exit 1
fi

line=$(tail -n 1 "$out/score.txt")
echo "held-out2: $line"

if [ -n "${HELDOUT2_MIN_F1:-}" ]; then
  f1=$(echo "$line" | sed -n 's/^relation F1 \([0-9.]*\).*/\1/p')
  if [ -z "$f1" ] || ! awk -v f="$f1" -v m="$HELDOUT2_MIN_F1" 'BEGIN { exit !(f + 0 >= m + 0) }'; then
    echo "error: held-out2 relation F1 ${f1:-?} is below $HELDOUT2_MIN_F1" >&2
    exit 1
  fi
fi
exit 0
