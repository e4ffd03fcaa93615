#!/bin/sh
# Blind held-out test 5: build the heldout5 corpus with APPARAT and score it.
# usage: run.sh APPARAT_BINARY SOURCE_DIR   (optional env HELDOUT5_MIN_F1=0.xx)
set -u
if [ $# -lt 2 ]; then echo "usage: $0 APPARAT_BINARY SOURCE_DIR" >&2; exit 2; fi
APPARAT=$1; SRC=$2
SCORE="$SRC/../shared/eval/score.py"
command -v python3 >/dev/null 2>&1 || { echo "heldout5: python3 missing, skipped"; exit 77; }
[ -f "$SCORE" ] || { echo "heldout5: $SCORE missing, skipped"; exit 77; }
TMP=$(mktemp -d) || exit 1
trap 'rm -rf "$TMP"' EXIT
OUT="$TMP/out/graph.json"
"$APPARAT" build "$SRC/tests/heldout5/corpus" -o "$TMP/out" --format json --rules "$SRC/rules" >"$TMP/build.log" 2>&1 \
  || { echo "heldout5: apparat build failed" >&2; cat "$TMP/build.log" >&2; exit 1; }
python3 "$SCORE" --graph "$OUT" --gold "$SRC/tests/heldout5/gold" \
  --corpus "$SRC/tests/heldout5/corpus" >"$TMP/score.txt" 2>&1 \
  || { echo "heldout5: score.py failed" >&2; cat "$TMP/score.txt" >&2; exit 1; }
LINE=$(tail -n 1 "$TMP/score.txt")
echo "heldout5: $LINE"
if [ -n "${HELDOUT5_MIN_F1:-}" ]; then
  F1=$(printf '%s\n' "$LINE" | sed -n 's/.*relation F1 \([0-9.]*\).*/\1/p')
  [ -n "$F1" ] || { echo "heldout5: cannot parse F1" >&2; exit 1; }
  if python3 -c "import sys; sys.exit(0 if float('$F1') >= float('$HELDOUT5_MIN_F1') else 1)"; then :; else
    echo "heldout5: relation F1 $F1 below HELDOUT5_MIN_F1=$HELDOUT5_MIN_F1" >&2; exit 1; fi
fi
exit 0
