# TEI P5 input (issue 12): a letter of our own with correspDesc, persName/@ref
# (a URI and a "#id" pointing at the header's idno), date/@when, a note, a
# <choice> and <lb/>; a file with external entities; malformed and non-TEI XML.
source "$(dirname "$0")/lib.bash"
FIX="$SRC/tests/fixtures/tei"

expect_exit 0 "build a TEI letter" -- "$APPARAT" build "$FIX/letter-to-the-congress.xml" -o g --format json
python3 - g/graph.json <<'PY' && pass || fail "TEI letter graph"
import json, sys
g = json.load(open(sys.argv[1]))
nodes = {n["id"]: n for n in g["nodes"]}
def edge(s, r, o):
    es = [l for l in g["links"] if (l["source"], l["relation"], l["target"]) == (s, r, o)]
    assert es, f"no edge {s} {r} {o}: {[(l['source'], l['relation'], l['target']) for l in g['links']]}"
    return es[0]["evidence"]
errors = []
def check(cond, what):
    if not cond: errors.append(what)
# correspDesc: sender and recipient, the sent date, the XML line of <correspDesc>.
ev = [e for e in edge("lenin", "wrote-to", "trotsky") if e["rule"] == "tei.correspDesc"]
check(len(ev) == 1, f"one correspDesc evidence: {ev}")
if ev:
    check(ev[0]["date"] == "1923-03-05", f"letter date {ev[0]}")
    check(ev[0]["line"] == 10, f"correspDesc line {ev[0]['line']}")
    check("Letter from V. I. Lenin to L. D. Trotsky" in ev[0]["text"], ev[0]["text"])
# date/@when dates its clause, whatever the words say; the line is the XML file's.
ev = edge("mdivani", "member-of", "ccc")
check(ev[0]["date"] == "1923-03-06" and ev[0]["line"] == 42, f"member-of evidence {ev}")
# Authority ids: an @ref URI on a listed entity, a "#id" followed to its idno.
check(nodes["ccc"].get("authority") == "https://example.org/org/ccc", nodes["ccc"])
check(nodes["rudzutak"].get("authority") == "https://example.org/person/rudzutak", nodes["rudzutak"])
check(nodes["trotsky"].get("authority") == "http://www.wikidata.org/entity/Q33391", nodes["trotsky"])
# A marked person the rules do not list is an entity with the mark's authority.
p = [n for n in nodes.values() if n["label"] == "Iakov Ptashkin"]
check(len(p) == 1 and p[0]["type"] == "person" and p[0].get("authority") == "https://example.org/person/ptashkin", p)
if p:
    ev = edge(p[0]["id"], "opposed", "stalin")
    check(ev[0]["date"] == "1923", ev)
if errors:
    print("\n".join(errors)); sys.exit(1)
PY
want_bytes=$(wc -c <"$FIX/letter-to-the-congress.xml")
want_sha=$(sha256sum "$FIX/letter-to-the-congress.xml" | cut -d' ' -f1)
python3 -c "
import json,sys; s=json.load(open('g/graph.json'))['graph']['sources'][0]
sys.exit(0 if (s['bytes'], s['sha256']) == ($want_bytes, '$want_sha') else 1)" && pass || fail "source bytes/sha256 are the XML file's"

# extract + merge gives the build's files for a TEI source too.
expect_exit 0 "extract a TEI letter" -- "$APPARAT" extract "$FIX/letter-to-the-congress.xml" -o tei.jsonl
expect_exit 0 "merge it" -- "$APPARAT" merge tei.jsonl -o g-merged --format json
cmp -s g/graph.json g-merged/graph.json && pass || fail "extract + merge of a TEI source differs from build"

# The text as read: the note after the running text, the corrected reading
# of <choice>, and explain naming the XML file's lines.
expect_exit 0 "explain a TEI letter" -- "$APPARAT" explain "$FIX/letter-to-the-congress.xml"
grep -q "under investigation by" out && pass || fail "choice: the expanded reading"
grep -q "persecution" out && fail "choice: the abbreviation was read" || pass
grep -q "Central Committee\]\. *$" out && pass || fail "the note is out of the running sentence"
grep -q "^  \[1\] The case was then before" out && pass || fail "the note as a paragraph of its own"
grep -q "^letter-to-the-congress.xml:42" out && pass || fail "explain shows XML lines"
expect_exit 0 "explain --line in XML lines" -- "$APPARAT" explain "$FIX/letter-to-the-congress.xml" --line 42
grep -q "Mdivani" out && ! grep -q "Ptashkin" out && pass || fail "explain --line 42 shows that sentence only"

# External entities are neither fetched nor read; internal ones are text.
expect_exit 0 "entities not expanded" -- "$APPARAT" build "$FIX/hostile.xml" -o hostile --format json
grep -q "root:" hostile/graph.json && fail "an external entity was read" || pass
python3 -c "
import json,sys; g=json.load(open('hostile/graph.json'))
sys.exit(0 if [(l['source'],l['relation'],l['target']) for l in g['links']] == [('kamenev','allied','zinoviev')] else 1)" &&
  pass || fail "an entity the file declares is read as its text"

# Malformed XML names the file and line; an XML file that is not TEI is
# skipped with the reason; the rest of the corpus is still read.
mkdir -p mixed
cp "$FIX/letter-to-the-congress.xml" mixed/
printf '<?xml version="1.0"?>\n<TEI>\n<text><p>Stalin opposed Trotsky.\n</TEI>\n' >mixed/broken.xml
printf '<?xml version="1.0"?>\n<rss><channel/></rss>\n' >mixed/feed.xml
expect_exit 3 "a build with bad XML skips it" -- "$APPARAT" build mixed -o mixed-out --format json
expect_err "broken.xml:5: not well-formed XML" "malformed XML: file and line"
expect_err "feed.xml: not a TEI document (root element <rss>" "not TEI"
grep -q '"mdivani"' mixed-out/graph.json && pass || fail "the good file is still read"

finish
