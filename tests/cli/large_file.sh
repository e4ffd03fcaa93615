# One large file read in pieces (issue 8, extract/large_document.h): the same
# graph for -j1 and -j2 and for extract + merge, and every piece of evidence
# points at its sentence in the whole file, with the file's line number.
source "$(dirname "$0")/lib.bash"
mkdir big
# 9 MB of text (over the 8 MB at which a file is cut), made of the sample
# corpus with each copy numbered so no two paragraphs repeat.
python3 - "$SRC/corpus" big/archive.txt <<'PY'
import os, sys
src, out = sys.argv[1:3]
texts = [open(os.path.join(src, f), encoding="utf-8").read() for f in sorted(os.listdir(src))]
with open(out, "w", encoding="utf-8") as f:
    i = 0
    while f.tell() < 9 * 1024 * 1024:
        f.write(f"Part {i}.\n\n" + "\n\n".join(texts) + "\n\n")
        i += 1
PY
expect_exit 0 "build -j1" -- "$APPARAT" build big -o j1 --format json,graphml -j1 -q
expect_exit 0 "build -j2" -- "$APPARAT" build big -o j2 --format json,graphml -j2 -q
cmp -s j1/graph.json j2/graph.json && cmp -s j1/graph.graphml j2/graph.graphml && pass || fail "-j1 and -j2 differ"
expect_exit 0 "extract -j2" -- "$APPARAT" extract big -o big.jsonl -j2
expect_exit 0 "merge" -- "$APPARAT" merge big.jsonl -o m --format json,graphml
cmp -s j1/graph.json m/graph.json && cmp -s j1/graph.graphml m/graph.graphml && pass || fail "extract + merge differs from build"
python3 - j1/graph.json big/archive.txt <<'PY' && pass || fail "evidence of a file read in pieces"
import bisect, json, sys
g = json.load(open(sys.argv[1]))
raw = open(sys.argv[2], "rb").read()
breaks = [i for i, c in enumerate(raw) if c == 10]
records = [e for l in g["links"] for e in l["evidence"]]
assert len(records) > 1000, len(records)
late = 0
for e in records:
    span = raw[e["start"]:e["end"]].decode("utf-8")
    assert " ".join(span.split()) == " ".join(e["text"].split()), (e["start"], span[:80], e["text"][:80])
    assert bisect.bisect_left(breaks, e["start"]) + 1 == e["line"], (e["start"], e["line"])
    late += e["start"] > 8 * 1024 * 1024
assert late > 0, "no evidence from the last piece"
src = g["graph"]["sources"][0]
import hashlib
assert src["bytes"] == len(raw) and src["sha256"] == hashlib.sha256(raw).hexdigest(), src
PY
finish
