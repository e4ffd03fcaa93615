# --format sqlite and --format neo4j (issue 12): the five SQL queries of
# docs/formats.md run in the sqlite3 shell give the rows graph.json gives and
# apparat query answers with; the Neo4j CSVs carry the documented headers and
# parse back to the graph of graph.json.
source "$(dirname "$0")/lib.bash"

expect_exit 0 "build corpus/ as json, sqlite, neo4j" -- \
  "$APPARAT" build "$SRC/corpus" -o g --format json,sqlite,neo4j
[ -f g/graph.sqlite ] && [ -f g/neo4j/nodes.csv ] && pass || fail "files written"
sqlite3 g/graph.sqlite 'PRAGMA integrity_check' | grep -qx ok && pass || fail "integrity_check"

# The SQL block of docs/formats.md: each query under its "-- apparat query" line.
python3 - "$SRC/docs/formats.md" g/graph.json "$APPARAT" <<'PY' && pass || fail "SQL queries of docs/formats.md"
import json, re, subprocess, sys
doc, graph_path, apparat = sys.argv[1:4]
text = open(doc).read()
block = text.split("## graph.sqlite", 1)[1].split("```sql", 1)[1].split("```", 1)[0]
queries = re.findall(r'-- apparat query "([^"]+)"\n(.*?;)', block, re.S)
assert len(queries) == 5, f"{len(queries)} queries found in docs/formats.md"
g = json.load(open(graph_path))
label = {n["id"]: n["label"] for n in g["nodes"]}
by_label = {n["label"]: n["id"] for n in g["nodes"]}
def matches(n, word):
    return word in n["label"] or any(word in a for a in n.get("aliases", []))
def edges(rel):
    return [(l["source"], l["target"]) for l in g["links"] if l["relation"] == rel]
monopoly = {n["id"] for n in g["nodes"] if matches(n, "monopoly")}
expect = {
    "who opposed the monopoly": {label[s] for s, o in edges("opposed") if o in monopoly},
    "what posts did Stalin hold": {label[o] for s, o in edges("held") if s == by_label["Stalin"]},
    "who did Lenin write to": {label[o] for s, o in edges("wrote-to") if s == by_label["Lenin"]},
    "who were members of the Politburo": {label[s] for s, o in edges("member-of") if o == by_label["Politburo"]},
    "who were Stalin's allies": {label[o if s == "stalin" else s] for s, o in edges("allied") if "stalin" in (s, o)},
}
errors = []
for question, sql in queries:
    out = subprocess.run(["sqlite3", "g/graph.sqlite", sql], capture_output=True, text=True, check=True).stdout
    rows = [r for r in out.split("\n") if r]
    if sorted(rows) != rows or len(set(rows)) != len(rows):
        errors.append(f"{question}: rows not sorted and distinct: {rows}")
    want = expect[question]
    if set(rows) != want or not want:
        errors.append(f"{question}: sqlite {rows}, graph.json {sorted(want)}")
    answer = json.loads(subprocess.run([apparat, "query", question, "--graph", graph_path, "--format", "json", "--limit", "0"],
                                       capture_output=True, text=True, check=True).stdout)
    said = {a["label"] for a in answer["answers"]}
    if said != set(rows):
        errors.append(f"{question}: apparat query says {sorted(said)}, sqlite {rows}")
if errors:
    print("\n".join(errors)); sys.exit(1)
PY

# The full-text index finds the sentences that hold a word, and only those.
python3 - g/graph.json <<'PY' && pass || fail "FTS5 over evidence sentences"
import json, re, subprocess, sys
g = json.load(open(sys.argv[1]))
want = sorted({e["text"] for l in g["links"] for e in l["evidence"] if re.search(r"\bmonopoly\b", e["text"], re.I)})
out = subprocess.run(["sqlite3", "g/graph.sqlite",
                      "SELECT DISTINCT ev.sentence FROM evidence_fts f JOIN evidence ev ON ev.id = f.rowid "
                      "WHERE evidence_fts MATCH 'monopoly' ORDER BY 1"], capture_output=True, text=True, check=True).stdout
got = sorted(s for s in out.split("\n") if s)
assert want and got == want, (got, want)
n = sum(len(l["evidence"]) for l in g["links"])
count = subprocess.run(["sqlite3", "g/graph.sqlite", "SELECT count(*) FROM evidence"], capture_output=True, text=True).stdout
assert int(count) == n, (count, n)
PY

# extract + merge gives the same bytes.
expect_exit 0 "extract" -- "$APPARAT" extract "$SRC/corpus" -o shard.jsonl
expect_exit 0 "merge" -- "$APPARAT" merge shard.jsonl -o m --format json,sqlite,neo4j
diff -r g m >/dev/null && pass || fail "merge's sqlite/neo4j files differ from build's"

# Neo4j: headers, ids, counts, and awkward values through a round trip.
mkdir -p odd/entities odd/corpus
cat >odd/entities/odd.toml <<'TOML'
[[entity]]
id = "ptashkin"
type = "person"
label = "Iakov \"the Elder\" Ptashkin,\nof Tiflis"
aliases = ["Ptashkin"]
TOML
printf 'Ptashkin opposed Stalin.\n' >"odd/corpus/notes;1.txt"
expect_exit 0 "build an awkward graph" -- "$APPARAT" build odd/corpus --rules "$SRC/rules" --rules odd -o go --format json,neo4j
python3 - "$SRC" <<'PY' && pass || fail "Neo4j CSVs"
import csv, json, os, sys
def read(path):
    with open(path, newline="") as f:
        return list(csv.reader(f))
errors = []
for out in ("g", "go"):
    g = json.load(open(f"{out}/graph.json"))
    nodes = read(f"{out}/neo4j/nodes.csv")
    if nodes[0] != "id:ID,:LABEL,label,type,aliases:string[],sources:string[],authority".split(","):
        errors.append(f"{out}: nodes header {nodes[0]}")
    ids = {r[0] for r in nodes[1:]}
    if ids != {n["id"] for n in g["nodes"]} or len(nodes) - 1 != len(g["nodes"]):
        errors.append(f"{out}: node ids differ from graph.json")
    for n in g["nodes"]:
        row = next(r for r in nodes[1:] if r[0] == n["id"])
        if row[2] != n["label"] or row[1] != "Entity;" + n["type"].capitalize():
            errors.append(f"{out}: node {n['id']}: {row[:3]}")
        if row[5] != ";".join(s.replace(";", "%3B") for s in n["sources"]):
            errors.append(f"{out}: node {n['id']} sources {row[5]!r}")
    rel_header = (":START_ID,:END_ID,:TYPE,weight:int,sources:string[],dates:string[],rules:string[],"
                  "evidence_source:string[],evidence_line:int[],evidence_start:long[],evidence_end:long[],"
                  "evidence_date:string[],evidence_date_end:string[],evidence_rule:string[],"
                  "evidence_polarity:string[],evidence_copy:boolean[],evidence_reported_by:string[],evidence:string").split(",")
    names = sorted(os.listdir(f"{out}/neo4j"))
    want_files = ["nodes.csv"] + [f"relationships-{r}.csv" for r in
                  ("allied", "appointed", "held", "member-of", "opposed", "supported", "wrote-to")]
    if names != sorted(want_files):
        errors.append(f"{out}: files {names}")
    edges = []
    for name in names:
        if name == "nodes.csv":
            continue
        rows = read(f"{out}/neo4j/{name}")
        if rows[0] != rel_header:
            errors.append(f"{out}/{name}: header {rows[0]}")
        relation = name[len("relationships-"):-len(".csv")]
        for r in rows[1:]:
            if r[0] not in ids or r[1] not in ids or r[2] != relation.upper().replace("-", "_"):
                errors.append(f"{out}/{name}: {r[:3]}")
            edges.append((r[0], relation, r[1], int(r[3]), len(r[8].split(";"))))
    want = sorted((l["source"], l["relation"], l["target"], len(l["evidence"]), len(l["evidence"])) for l in g["links"])
    if sorted(edges) != want:
        errors.append(f"{out}: edges {sorted(edges)} vs graph.json {want}")
g = json.load(open("go/graph.json"))
if not any(n["label"] == 'Iakov "the Elder" Ptashkin,\nof Tiflis' for n in g["nodes"]) or \
   not any(l["source"] == "ptashkin" and l["relation"] == "opposed" for l in g["links"]):
    errors.append("the awkward fixture did not give its node and edge")
if errors:
    print("\n".join(errors)); sys.exit(1)
PY

finish
