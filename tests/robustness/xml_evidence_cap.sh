# Case 6: an edge with more evidence than libxml2 takes in one value (10 MB)
# gives GEXF and GraphML that xmllint accepts without --huge: the XML value
# is capped with a count of what was left out, graph.json keeps it all.
source "$(dirname "$0")/lib.bash"
mkdir c
python3 - <<'PY'
filler = " ".join(["and the long debate went on in the committee room"] * 70)
open("c/long.txt", "w").write(("Stalin opposed the monopoly of foreign trade " + filler + ".\n") * 2900)
PY
expect_exit 0 "10 MB of evidence for one edge" -- "$APPARAT" build c -o o
xml_ok o/graph.gexf "GEXF with capped evidence"
xml_ok o/graph.graphml "GraphML with capped evidence"
outputs_ok o "capped evidence"
python3 - o <<'PY' >check.out 2>&1 && pass || fail "$(cat check.out)"
import json, sys, xml.etree.ElementTree as ET
d = sys.argv[1]
link = [l for l in json.load(open(d + "/graph.json"))["links"] if l["relation"] == "opposed"][0]
total = sum(len(e["text"]) for e in link["evidence"])
assert len(link["evidence"]) == 2900, f"graph.json keeps all 2900 sentences, has {len(link['evidence'])}"
assert total > 10_000_000, f"uncapped, the evidence ({total} bytes) would pass libxml2's limit"
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
for data in ET.parse(d + "/graph.graphml").getroot().iter("{http://graphml.graphdrawing.org/xmlns}data"):
    if data.get("key") == "evidence":
        v = data.text or ""
        assert len(v.encode()) <= 70 * 1024, f"GraphML evidence of {len(v)} bytes"
        assert "more (graph.json has all)" in v, "GraphML says what was left out"
        kept = v.count("\n")  # records kept, then the note
        assert v.rstrip().endswith(f"... {2900 - kept} more (graph.json has all)"), v[-200:]
PY
grep -q 'more (graph.json has all)' o/graph.gexf && pass || fail "GEXF says what was left out"
finish
