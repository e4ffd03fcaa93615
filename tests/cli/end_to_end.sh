# End to end over the fixture corpus: edges with provenance, byte-identical
# reruns, GraphML valid against the schema, files readable by networkx.
source "$(dirname "$0")/lib.bash"
corpus="$SRC/tests/fixtures/corpus"
shared="$SRC/../shared"

expect_exit 0 "build fixture corpus" -- "$APPARAT" build "$corpus" -o g1
grep -q "3 sources read" out && pass || fail "summary counts sources: $(cat out)"
# The summary's counts agree with the graph: evidence records, entities
# listed vs found in the text, entities without an edge, the rules read.
python3 - out g1/graph.json <<'PY' && pass || fail "summary counts: $(cat out)"
import json, re, sys
out = open(sys.argv[1]).read()
g = json.load(open(sys.argv[2]))
evidence = sum(len(l["evidence"]) for l in g["links"])
touched = {l["source"] for l in g["links"]} | {l["target"] for l in g["links"]}
alone = sum(1 for n in g["nodes"] if n["id"] not in touched)
assert re.search(r"\b%d evidence records\b" % evidence, out), "evidence"
m = re.search(r"(\d+) listed in the rules, (\d+) found in the text; (\d+) without an edge", out)
assert m and int(m.group(1)) + int(m.group(2)) == len(g["nodes"]) and int(m.group(3)) == alone, "entities"
assert re.search(r"rules read from \S+ \(\d+ relation rules, \d+ entities\)", out), "rules"
PY
for f in graph.json graph.graphml graph.gexf; do [ -s "g1/$f" ] && pass || fail "missing g1/$f"; done

python3 - "$corpus" g1/graph.json <<'PY' && pass || fail "graph content"
import json, os, sys
corpus, path = sys.argv[1], sys.argv[2]
g = json.load(open(path))
edges = {(l["source"], l["relation"], l["target"]): l for l in g["links"]}
want = [("bukharin", "opposed", "foreign-trade-monopoly"), ("piatakov", "opposed", "foreign-trade-monopoly"),
        ("stalin", "opposed", "foreign-trade-monopoly"), ("lenin", "wrote-to", "trotsky"),
        ("lenin", "wrote-to", "kamenev"), ("lenin", "wrote-to", "zinoviev"),
        ("mdivani", "opposed", "autonomisation")]
ok = True
for t in want:
    if t not in edges:
        print("missing edge", t); ok = False
if ("trotsky", "opposed", "foreign-trade-monopoly") in edges:
    print("wrong edge: Trotsky opposed the monopoly"); ok = False
files = {}
for root, _, names in os.walk(corpus):
    for n in names:  # evidence names a file by its path under the corpus folder
        files[os.path.relpath(os.path.join(root, n), corpus)] = open(os.path.join(root, n), "rb").read()
for l in g["links"]:
    for e in l["evidence"]:
        raw = files[e["source"]]
        if raw[e["start"]:e["end"]].decode() != e["text"]:
            print("evidence offsets do not match text", e); ok = False
        if raw[:e["start"]].count(b"\n") + 1 != e["line"]:
            print("evidence line wrong", e); ok = False
letter = edges.get(("lenin", "wrote-to", "kamenev"))
if letter and not (letter["evidence"][0]["date"] == "1922-12-21" and letter["evidence"][0].get("copy")):
    print("copy recipient lacks date or copy flag", letter["evidence"][0]); ok = False
sys.exit(0 if ok else 1)
PY

expect_exit 0 "rebuild" -- "$APPARAT" build "$corpus" -o g2 -j 1
for f in graph.json graph.graphml graph.gexf; do cmp -s "g1/$f" "g2/$f" && pass || fail "$f differs between runs"; done

cat "$corpus/monopoly.txt" | expect_exit 0 "stdin" -- "$APPARAT" build - -o g3 --format json
[ -s g3/graph.json ] && [ ! -e g3/graph.graphml ] && pass || fail "stdin build with --format json"

# The schema and the client checker live in ../shared beside the clone; CI
# always has them, a bare clone may not.
if [ -f "$shared/schemas/graphml/graphml.xsd" ]; then
  xmllint --noout --schema "$shared/schemas/graphml/graphml.xsd" g1/graph.graphml 2>xmllint.err && pass ||
    fail "GraphML invalid: $(head -c 400 xmllint.err)"
elif [ -n "${CI:-}" ]; then
  fail "GraphML schema missing at $shared/schemas/graphml"
else
  echo "SKIP: no GraphML schema at $shared/schemas/graphml; checking well-formedness only"
  xmllint --noout g1/graph.graphml && pass || fail "GraphML is not well-formed XML"
fi
xmllint --noout g1/graph.gexf && pass || fail "GEXF is not well-formed XML"

if [ -f "$shared/eval/check-clients.py" ]; then
  python3 "$shared/eval/check-clients.py" --graphml g1/graph.graphml --json g1/graph.json >cc.out 2>&1 && pass ||
    fail "check-clients: $(tail -5 cc.out)"
  # A symmetric edge too: networkx must read GraphML's allied edges.
  mkdir -p bloc && echo "Zinoviev and Kamenev formed a bloc against Trotsky." > bloc/a.txt
  "$APPARAT" build bloc -o gb >/dev/null 2>&1
  grep -q '<data key="symmetric">true</data>' gb/graph.graphml && pass || fail "no symmetric allied edge in GraphML"
  python3 "$shared/eval/check-clients.py" --graphml gb/graph.graphml --json gb/graph.json >cc.out 2>&1 && pass ||
    fail "check-clients with an allied edge: $(tail -5 cc.out)"
elif [ -n "${CI:-}" ]; then
  fail "check-clients.py missing at $shared/eval"
else
  echo "SKIP: no $shared/eval/check-clients.py"
fi

ls g1 | grep -q tmp && fail "temporary files left in output" || pass
finish
