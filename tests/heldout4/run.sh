#!/bin/sh
# Blind held-out test 4: build the heldout4 corpus with apparat and score it.
# Usage: run.sh APPARAT_BINARY SOURCE_DIR
# Optional: HELDOUT4_MIN_F1=0.50 fails (exit 1) when relation F1 is below it.
# Exit 77 (skip) when python3 or score.py is missing.
set -u
if [ $# -lt 2 ]; then
    echo "usage: $0 APPARAT_BINARY SOURCE_DIR" >&2
    exit 2
fi
APPARAT=$1
SRC=$2
HERE=$SRC/tests/heldout4
SCORE=$SRC/../shared/eval/score.py

command -v python3 >/dev/null 2>&1 || { echo "heldout4: python3 not found, skipping" >&2; exit 77; }
[ -f "$SCORE" ] || { echo "heldout4: $SCORE not found, skipping" >&2; exit 77; }
[ -x "$APPARAT" ] || { echo "heldout4: apparat binary $APPARAT not executable" >&2; exit 2; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/heldout4.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT INT TERM
OUT=$TMP/graph

if ! "$APPARAT" build "$HERE/corpus" -o "$OUT" --rules "$SRC/rules" >"$TMP/build.log" 2>&1; then
    echo "heldout4: apparat build failed:" >&2
    cat "$TMP/build.log" >&2
    exit 1
fi

# The build may write OUT itself as JSON, or a directory / sibling files.
GRAPH=
for c in "$OUT" "$OUT.json" "$OUT/graph.json"; do
    if [ -f "$c" ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if isinstance(d,dict) and "nodes" in d else 1)' "$c" 2>/dev/null; then
        GRAPH=$c
        break
    fi
done
if [ -z "$GRAPH" ] && [ -d "$OUT" ]; then
    GRAPH=$(find "$OUT" -name '*.json' -type f | head -n 1)
fi
if [ -z "$GRAPH" ]; then
    echo "heldout4: no node-link JSON graph found at $OUT" >&2
    cat "$TMP/build.log" >&2
    exit 1
fi

python3 "$SCORE" --graph "$GRAPH" --gold "$HERE/gold" --corpus "$HERE/corpus" >"$TMP/score.txt" 2>&1
rc=$?
if [ $rc -ne 0 ]; then
    cat "$TMP/score.txt" >&2
    exit 1
fi
LINE=$(tail -n 1 "$TMP/score.txt")
echo "heldout4: $LINE"

if [ -n "${HELDOUT4_MIN_F1:-}" ]; then
    F1=$(echo "$LINE" | sed -n 's/^relation F1 \([0-9.]*\).*/\1/p')
    if [ -z "$F1" ]; then
        echo "heldout4: cannot read relation F1 from score line" >&2
        exit 1
    fi
    if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)' "$F1" "$HELDOUT4_MIN_F1"; then
        :
    else
        echo "heldout4: relation F1 $F1 below HELDOUT4_MIN_F1=$HELDOUT4_MIN_F1" >&2
        exit 1
    fi
fi
exit 0
