#!/usr/bin/env bash
# Blind held-out test 3: builds the graph of tests/heldout3/corpus with the
# project's rules and scores it against tests/heldout3/gold.
# Usage: run.sh APPARAT_BINARY SOURCE_DIR
# Prints score.py's score line. Exit 77 (skip) when python3 or
# ../shared/eval/score.py is missing. With HELDOUT3_MIN_F1 set, fails
# (exit 1) when the relation F1 is below it.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 APPARAT_BINARY SOURCE_DIR" >&2
  exit 2
fi
bin="$1"; src="$(cd "$2" && pwd)"
score="$src/../shared/eval/score.py"
if ! command -v python3 >/dev/null 2>&1; then
  echo "heldout3: python3 not found; skipped"
  exit 77
fi
if [ ! -f "$score" ]; then
  echo "heldout3: $score not found; skipped"
  exit 77
fi
here="$src/tests/heldout3"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$bin" build "$here/corpus" -o "$out" --rules "$src/rules" >/dev/null
if [ ! -f "$out/graph.json" ]; then
  echo "heldout3: $out/graph.json was not written" >&2
  exit 1
fi
line="$(python3 "$score" --graph "$out/graph.json" --gold "$here/gold" --corpus "$here/corpus" | tail -n 1)"
echo "$line"
if [ -n "${HELDOUT3_MIN_F1:-}" ]; then
  f1="$(printf '%s\n' "$line" | sed -n 's/^relation F1 \([0-9.]*\).*/\1/p')"
  if [ -z "$f1" ]; then
    echo "heldout3: cannot read the relation F1 from the score line" >&2
    exit 1
  fi
  if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)' "$f1" "$HELDOUT3_MIN_F1"; then
    echo "heldout3: relation F1 $f1 >= $HELDOUT3_MIN_F1"
  else
    echo "heldout3: FAIL relation F1 $f1 < $HELDOUT3_MIN_F1"
    exit 1
  fi
fi
