# apparat view: the page for an existing graph.json, the same page build
# writes; bad graphs refused; the source's markup escaped in the page.
source "$(dirname "$0")/lib.bash"
corpus="$SRC/tests/fixtures/viewer-corpus"

expect_exit 0 "build" -- "$APPARAT" build "$corpus" -o g
[ -s g/index.html ] && pass || fail "build wrote no index.html"
expect_exit 0 "view" -- "$APPARAT" view --graph g/graph.json -o page.html
cmp -s page.html g/index.html && pass || fail "view and build write different pages for the same graph"
expect_exit 0 "view default output" -- "$APPARAT" view --graph g/graph.json
grep -q "wrote g/index.html" out && pass || fail "view writes index.html beside the graph: $(cat out)"
expect_exit 0 "rebuild" -- "$APPARAT" build "$corpus" -o g2 -j 1
cmp -s g/index.html g2/index.html && pass || fail "index.html differs between runs"

# The fixture's <script> and </script> stay inside the JSON.
[ "$(grep -o '</script' g/index.html | wc -l)" -eq 2 ] && pass || fail "index.html has a </script> beyond its own two"
grep -q 'window.__pwned' g/index.html && pass || fail "the fixture's text is not in the page"
python3 - g/index.html g/graph.json <<'PY' && pass || fail "the embedded JSON is not graph.json"
import json, re, sys
page, graph = open(sys.argv[1], encoding="utf-8").read(), json.load(open(sys.argv[2]))
m = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
sys.exit(0 if m and json.loads(m.group(1)) == graph else 1)
PY

echo '{"not": "a graph"}' > bad.json
expect_exit 2 "view of a file that is not a graph" -- "$APPARAT" view --graph bad.json -o x.html
expect_err "bad.json" "the error names the file"
[ ! -e x.html ] && pass || fail "a page was written for a bad graph"
expect_exit 2 "view of a missing graph" -- "$APPARAT" view --graph missing.json -o x.html
expect_exit 1 "unknown format" -- "$APPARAT" build "$corpus" -o g3 --format json,nope
expect_err "html, cytoscape, graphology" "the error lists the formats"
expect_exit 0 "feeds" -- "$APPARAT" build "$corpus" -o g4 --format cytoscape,graphology
[ -s g4/graph.cytoscape.json ] && [ -s g4/graph.graphology.json ] && [ ! -e g4/index.html ] && pass ||
  fail "--format cytoscape,graphology writes just those two"
ls g g4 | grep -q tmp && fail "temporary files left in output" || pass
finish
