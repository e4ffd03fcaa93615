# Formats written side by side (-j2): the files are the same as one at a
# time, listed in the order asked for, and a format that cannot be written
# leaves every earlier output in place and no temporary behind.
source "$(dirname "$0")/lib.bash"
FORMATS=graphml,gexf,json,html,sqlite,neo4j,cytoscape,graphology
expect_exit 0 "build -j1" -- "$APPARAT" build "$SRC/corpus" -o one -q -j1 --format "$FORMATS"
expect_exit 0 "build -j2" -- "$APPARAT" build "$SRC/corpus" -o two -j2 --format "$FORMATS"
diff -r one two >/dev/null && pass || fail "-j1 and -j2 outputs differ: $(diff -rq one two | head -3)"
grep -o "wrote .*" out | tr ' ' '\n' | grep -o "graph\.[a-z.]*\|neo4j/nodes" | tr '\n' ' ' >order
grep -qF "graph.graphml graph.gexf graph.json" order && grep -q "graph.sqlite neo4j/nodes" order && pass ||
  fail "summary lists the files out of order: $(grep wrote out)"
# merge writes them side by side too, the same files with -j1 and -j2.
expect_exit 0 "extract" -- "$APPARAT" extract "$SRC/corpus" -o facts.jsonl
expect_exit 0 "merge -j1" -- "$APPARAT" merge facts.jsonl -o m1 -j1 --format "$FORMATS"
expect_exit 0 "merge -j2" -- "$APPARAT" merge facts.jsonl -o m2 -j2 --format "$FORMATS"
diff -r m1 m2 >/dev/null && diff -r one m2 >/dev/null && pass || fail "merge -j1, merge -j2 and build differ: $(diff -rq m1 m2 | head -3; diff -rq one m2 | head -3)"
# neo4j/ cannot be made (a file is in its way): the build fails naming it,
# the graph.json of the last build is untouched, no temporary is left.
mkdir keep && cp one/graph.json keep/ && echo "not a folder" >keep/neo4j
expect_exit 2 "a format that cannot be written" -- "$APPARAT" build "$SRC/corpus" -o keep -q -j2 --format json,graphml,neo4j,gexf
expect_err "keep/neo4j" "the failure names the path"
cmp -s one/graph.json keep/graph.json && pass || fail "graph.json replaced by a build that failed"
[ "$(ls keep | tr '\n' ' ')" = "graph.json neo4j " ] && pass || fail "files left behind: $(ls keep | tr '\n' ' ')"
finish
