#!/usr/bin/env bash
# apparat query from the command line: answers, exit codes and one-line
# errors for bad graph files. Usage: query.sh APPARAT_BINARY SOURCE_DIR
set -u
APPARAT=$1
SRC=$2
GRAPH=$SRC/tests/fixtures/query/small.json
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# expect CODE PATTERN -- ARGS...: runs apparat query ARGS, checks the exit
# code and that stdout+stderr matches PATTERN (grep -E).
expect() {
  local code=$1 pattern=$2
  shift 3
  "$APPARAT" query "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" != "$code" ]; then
    fail "query $* exited $got, wanted $code"
    cat "$TMP/out" "$TMP/err"
    return
  fi
  if ! cat "$TMP/out" "$TMP/err" | grep -Eq -- "$pattern"; then
    fail "query $* printed no match for /$pattern/"
    cat "$TMP/out" "$TMP/err"
  fi
}

expect 0 '1\. Stalin \(person\)' -- "who opposed the monopoly" --graph "$GRAPH"
expect 0 '1\. Trotsky' -- "who did Lenin write to" --graph "$GRAPH"
expect 0 'Lenin --allied--> Trotsky' -- "who allied with Trotsky" --graph "$GRAPH"
expect 0 'Central Committee \(body\)' -- "who appointed Stalin" --graph "$GRAPH"
expect 0 'General Secretary \(position\)' -- "what posts did Stalin hold" --graph "$GRAPH"
expect 0 '3 answers' -- "who was a member of the politburo" --graph "$GRAPH"
expect 0 '3 shortest paths of 3 steps' -- "how is Krestinsky connected to Stalin" --graph "$GRAPH"
expect 0 'but other evidence disagrees' -- "who supported the monopoly" --graph "$GRAPH"
expect 0 'No answer' -- "who opposed Marx" --graph "$GRAPH"
expect 0 '"total_answers": 2' -- --relation opposed --object "monopoly of foreign trade" --graph "$GRAPH" --format json
expect 0 '1 shown' -- --subject Lenin --relation wrote-to --limit 1 --graph "$GRAPH"
expect 0 'filters: since 1923' -- "who did Lenin write to" --since 1923 --graph "$GRAPH"
expect 0 'doc-b.txt:30' -- "who did Lenin write to" --source doc-b --graph "$GRAPH"

# Questions that need changing: exit 1, one line on stderr.
expect 1 'did not understand the word "bamboozled"' -- "who bamboozled Stalin" --graph "$GRAPH"
expect 1 'could mean 2 entities' -- "who opposed the committee" --graph "$GRAPH"
expect 1 'expected a date' -- "who opposed the monopoly" --since yesterday --graph "$GRAPH"
expect 1 'no such document' -- "who opposed the monopoly" --source nowhere --graph "$GRAPH"
expect 1 'unknown --format' -- "who opposed the monopoly" --format yaml --graph "$GRAPH"

# Bad graph files: exit 2, one line naming the file.
expect 2 'missing.json: no such file' -- "who opposed Stalin" --graph "$TMP/missing.json"
printf '{"nodes": [' >"$TMP/broken.json"
expect 2 'broken.json: not valid JSON at byte' -- "who opposed Stalin" --graph "$TMP/broken.json"
printf '<?xml version="1.0"?><graphml/>' >"$TMP/graph.graphml"
expect 2 'graph.graphml: looks like XML' -- "who opposed Stalin" --graph "$TMP/graph.graphml"
printf '{"directed": true, "multigraph": true, "graph": {"generator": "apparat", "version": "9.0.0"}, "nodes": [], "links": []}' >"$TMP/future.json"
expect 2 'future.json: graph: written by apparat 9.0.0' -- "who opposed Stalin" --graph "$TMP/future.json"
head -c 100000 /dev/urandom >"$TMP/random.json"
expect 2 'random.json: ' -- "who opposed Stalin" --graph "$TMP/random.json"
# Deep nesting must not overflow the parser's stack.
head -c 1000000 /dev/zero | tr '\0' '[' >"$TMP/deep.json"
expect 2 'deep.json: not valid JSON' -- "who opposed Stalin" --graph "$TMP/deep.json"
# A sparse 3 GiB file costs no disk and must be refused before reading.
if truncate -s 3G "$TMP/huge.json" 2>/dev/null; then
  expect 2 'huge.json: 3.0 GiB is over the 2.0 GiB limit' -- "who opposed Stalin" --graph "$TMP/huge.json"
fi
for f in broken.json graph.graphml future.json random.json; do
  "$APPARAT" query "who opposed Stalin" --graph "$TMP/$f" 2>"$TMP/err" >/dev/null
  [ "$(wc -l <"$TMP/err")" = 1 ] || fail "$f: error is not one line: $(cat "$TMP/err")"
done

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "query.sh: all passed"
