#!/usr/bin/env bash
# Questions as a historian types them (tests/cli/questions.tsv): each is
# asked of the fixture graph, and its exit code and first answer (or its
# one-line message) are checked. Usage: questions.sh APPARAT_BINARY SOURCE_DIR
set -u
APPARAT=$1
SRC=$2
GRAPH=$SRC/tests/fixtures/query/small.json
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0 asked=0
while IFS=$'\t' read -r question code pattern; do
  case "$question" in ''|'#'*) continue ;; esac
  asked=$((asked + 1))
  "$APPARAT" query "$question" --graph "$GRAPH" >"$TMP/out" 2>"$TMP/err"
  got=$?
  if [ "$got" != "$code" ] || ! cat "$TMP/out" "$TMP/err" | grep -Eq -- "$pattern"; then
    echo "FAIL: \"$question\" exited $got (wanted $code), wanted /$pattern/ in:"
    cat "$TMP/out" "$TMP/err" | head -12
    failures=$((failures + 1))
  fi
done <"$SRC/tests/cli/questions.tsv"
if [ "$asked" -lt 40 ]; then
  echo "FAIL: only $asked questions in questions.tsv"
  failures=$((failures + 1))
fi
echo "questions: $asked asked, $failures failed"
[ "$failures" -eq 0 ]
