# --encoding (issue 12): a Latin-1 file read with --encoding latin1 gives the
# graph of its UTF-8 copy, and its evidence points at the Latin-1 file's bytes;
# without the option the file is skipped with the reason.
source "$(dirname "$0")/lib.bash"
FIX="$SRC/tests/fixtures/encoding"
mkdir latin utf8
cp "$FIX/notes-latin1.txt" latin/notes.txt
cp "$FIX/notes-utf8.txt" utf8/notes.txt

expect_exit 0 "build the UTF-8 copy" -- "$APPARAT" build utf8 -o g-utf8 --format json,graphml
expect_exit 0 "build Latin-1 with --encoding latin1" -- "$APPARAT" build latin --encoding latin1 -o g-latin --format json,graphml
python3 - g-utf8/graph.json g-latin/graph.json latin/notes.txt <<'PY' && pass || fail "same graph, evidence in the file's bytes"
import json, sys
u, l = (json.load(open(p)) for p in sys.argv[1:3])
raw = open(sys.argv[3], "rb").read()
def shape(g):
    return (sorted((n["id"], n["type"], n["label"]) for n in g["nodes"]),
            sorted((e["source"], e["relation"], e["target"], tuple((v["text"], v["line"], v["rule"]) for v in e["evidence"]))
                   for e in g["links"]))
assert shape(u) == shape(l), (shape(u), shape(l))
assert len(l["links"]) >= 3, l["links"]
for e in l["links"]:
    for v in e["evidence"]:
        # The span is the sentence in the Latin-1 file's own bytes.
        got = raw[v["start"]:v["end"]].decode("latin-1")
        assert " ".join(got.split()) == " ".join(v["text"].split()), (got, v["text"])
src = l["graph"]["sources"][0]
import hashlib
assert src["bytes"] == len(raw) and src["sha256"] == hashlib.sha256(raw).hexdigest(), src
PY
# The offsets differ where the Latin-1 bytes are fewer: proof they are the file's.
grep -q '"start": *0' g-latin/graph.json || true
! cmp -s g-utf8/graph.json g-latin/graph.json && pass || fail "offsets and sha256 are the Latin-1 file's"

# extract + merge with --encoding gives the build's files.
expect_exit 0 "extract with --encoding" -- "$APPARAT" extract latin --encoding latin1 -o shard.jsonl
expect_exit 0 "merge" -- "$APPARAT" merge shard.jsonl -o g-merged --format json,graphml
cmp -s g-latin/graph.json g-merged/graph.json && cmp -s g-latin/graph.graphml g-merged/graph.graphml && pass ||
  fail "extract --encoding + merge differs from build"

# Without --encoding the file is skipped, naming it and the byte.
cp "$FIX/notes-utf8.txt" latin/other.txt
expect_exit 3 "Latin-1 without --encoding" -- "$APPARAT" build latin -o g-skip --format json
expect_err "notes.txt: invalid UTF-8 at byte 3" "the reason names the byte"
expect_err "--encoding" "the reason says what to do"
# A name iconv does not know is a usage error before anything is read.
expect_exit 1 "unknown encoding" -- "$APPARAT" build latin --encoding no-such-code -o g-bad --format json
expect_err "unknown encoding 'no-such-code'" "unknown encoding"
[ ! -e g-bad ] && pass || fail "nothing written for a bad --encoding"
# Bytes that are not characters of the encoding: the file and byte named.
printf 'Stalin opposed \x81 Trotsky.\n' >latin/cp.txt
expect_exit 3 "bytes undefined in cp1252" -- "$APPARAT" build latin --encoding cp1252 -o g-cp --format json
expect_err "cp.txt: not cp1252 at byte 15" "an undefined byte named"

finish
