# The GEXF timeline: mode="dynamic", timeformat="date", edge spells from the
# evidence dates, node spells from their first to last dated edge, undated
# edges static.
source "$(dirname "$0")/lib.bash"
corpus="$SRC/tests/fixtures/viewer-corpus"

expect_exit 0 "build" -- "$APPARAT" build "$corpus" -o g --format json,gexf
xmllint --noout g/graph.gexf && pass || fail "GEXF is not well-formed XML"
python3 - g/graph.gexf g/graph.json <<'PY' && pass || fail "GEXF timeline"
import calendar, json, sys
import xml.etree.ElementTree as ET
ns = {"g": "http://gexf.net/1.3"}
root = ET.parse(sys.argv[1]).getroot()
graph = json.load(open(sys.argv[2]))
ok = True
def bad(*a):
    global ok
    print(*a); ok = False
gr = root.find("g:graph", ns)
if gr.get("mode") != "dynamic" or gr.get("timeformat") != "date":
    bad("graph is not dynamic with dates", gr.attrib)
def span(d):
    if len(d) == 4: return (d + "-01-01", d + "-12-31")
    if len(d) == 7: return (d + "-01", "%s-%02d" % (d, calendar.monthrange(int(d[:4]), int(d[5:]))[1]))
    return (d, d)
def merged(dates):
    out = []
    for s in sorted(span(d) for d in dates):
        if out and s[0] <= out[-1][1]: out[-1] = (out[-1][0], max(out[-1][1], s[1]))
        else: out.append(s)
    return out
spells = lambda el: [(s.get("start"), s.get("end")) for s in el.findall("g:spells/g:spell", ns)]
edges = root.findall("g:graph/g:edges/g:edge", ns)
first = {}
for el, link in zip(edges, graph["links"]):
    want = merged([e["date"] for e in link["evidence"] if e["date"]])
    if spells(el) != want: bad("edge", el.get("id"), spells(el), "want", want)
    for end in (link["source"], link["target"]):
        for s in want:
            lo, hi = first.get(end, (s[0], s[1]))
            first[end] = (min(lo, s[0]), max(hi, s[1]))
for el in root.findall("g:graph/g:nodes/g:node", ns):
    want = [first[el.get("id")]] if el.get("id") in first else []
    if spells(el) != want: bad("node", el.get("id"), spells(el), "want", want)
undated = [l for l in graph["links"] if not any(e["date"] for e in l["evidence"])]
if not undated: bad("the fixture should hold an undated edge")
if not any(len(spells(el)) for el in edges): bad("no edge has a spell")
sys.exit(0 if ok else 1)
PY
# A GEXF reader other than ours takes the dynamic file whole: networkx
# (Debian python3-networkx) reads every node and edge of graph.json; an
# allied edge is "mutual", which networkx reads as an edge each way.
python3 - g/graph.gexf g/graph.json <<'PY' && pass || fail "networkx cannot read the dynamic GEXF"
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
j = json.load(open(sys.argv[2], encoding="utf-8"))
allied = [l for l in j["links"] if l["relation"] == "allied"]
assert allied, "the fixture has an allied edge"
assert g.number_of_nodes() == len(j["nodes"]), (g.number_of_nodes(), len(j["nodes"]))
assert g.number_of_edges() == len(j["links"]) + len(allied), (g.number_of_edges(), len(j["links"]), len(allied))
for l in allied:
    assert g.has_edge(l["source"], l["target"]) and g.has_edge(l["target"], l["source"]), l
PY
finish
