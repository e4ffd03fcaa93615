# Case 7: "--format json,json" writes graph.json once and succeeds, instead
# of writing it and then failing with exit 2.
source "$(dirname "$0")/lib.bash"
expect_exit 0 "--format json,json" -- "$APPARAT" build "$FIXTURES" -o o --format json,json
json_ok o/graph.json "--format json,json"
expect_eq "$(ls o | tr '\n' ' ')" "graph.json " "only graph.json, no temporary left"
grep -c "o/graph.json" out | grep -qx 1 && pass || fail "summary lists graph.json once: $(grep wrote out)"
expect_exit 0 "--format gexf,json,gexf" -- "$APPARAT" build "$FIXTURES" -o o2 --format gexf,json,gexf
expect_eq "$(ls o2 | tr '\n' ' ')" "graph.gexf graph.json " "each format once"
finish
