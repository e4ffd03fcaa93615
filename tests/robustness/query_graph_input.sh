# Case 7: query reads a graph.json with a UTF-8 BOM, refuses one with a NUL
# (naming the byte) instead of ignoring what follows it, and does not reject
# a file over a huge number in a field it does not read.
source "$(dirname "$0")/lib.bash"
expect_exit 0 "build" -- "$APPARAT" build "$FIXTURES" -o o --format json
ask() { "$APPARAT" query "who opposed the monopoly" --graph "$1"; }
expect_exit 0 "plain graph.json" -- ask o/graph.json
cp out plain.out

{ printf '\xef\xbb\xbf'; cat o/graph.json; } > bom.json
expect_exit 0 "graph.json with a BOM" -- ask bom.json
cmp -s out plain.out && pass || fail "BOM changes the answer"

head -c 100 o/graph.json > nul.json; printf '\0' >> nul.json; tail -c +101 o/graph.json >> nul.json
expect_exit 2 "NUL inside graph.json" -- ask nul.json
expect_err "nul.json: not valid JSON at byte 100: NUL byte" "NUL named by its byte"
{ cat o/graph.json; printf '\0garbage'; } > trailing.json
expect_exit 2 "garbage after a NUL" -- ask trailing.json
expect_err "trailing.json: not valid JSON at byte $(wc -c < o/graph.json): NUL byte" "trailing garbage refused"

python3 - <<'PY'
import json
g = json.load(open("o/graph.json"))
text = json.dumps(g)
# A number no double holds, in a field apparat does not read.
text = text.replace('"directed": true', '"directed": true, "x-extra": 1e400, "x-big": 123456789012345678901234567890', 1)
open("huge.json", "w").write(text)
PY
expect_exit 0 "huge numbers in unused fields" -- ask huge.json
cmp -s out plain.out && pass || fail "huge unused numbers change the answer"
python3 - <<'PY'
import json
g = json.load(open("o/graph.json"))
text = json.dumps(g).replace('"line": ', '"line": 99999999999999999999999', 1)
open("hugeline.json", "w").write(text)
PY
expect_exit 2 "huge number in a field apparat reads" -- ask hugeline.json
expect_err '"line" is not a whole number' "a used field still checked"
python3 - <<'PY'
import json
g = json.load(open("o/graph.json"))
g["links"][0]["target"] = "no\nsuch\u001b[2Jnode"
open("badid.json", "w").write(json.dumps(g))
PY
expect_exit 2 "a link to a node id with a newline and ESC" -- ask badid.json
expect_eq "$(wc -l < err)" 1 "the error is one line"
expect_err 'refers to node "no\x0Asuch\x1B[2Jnode", which is not in "nodes"' "quoted id shown escaped"
# A query index that is a FIFO (or anything not a regular file) is ignored:
# opening it must not wait for a writer.
mkdir -p fifo
cp o/graph.json fifo/graph.json
mkfifo fifo/graph.json.qidx
expect_exit 0 "a FIFO where the query index would be" -- timeout 20 "$APPARAT" query --graph fifo/graph.json "who opposed the monopoly"
finish
