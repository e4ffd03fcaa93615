# Case 5: a source reached by several paths (the same path spelled twice,
# relative and absolute, a symbolic or hard link, a copy with the same
# bytes) is read once, and names do not depend on the argument order.
source "$(dirname "$0")/lib.bash"
corpus src
weights() { python3 -c 'import json,sys; print(max(l["weight"] for l in json.load(open(sys.argv[1]))["links"]))' "$1"; }

expect_exit 0 "one file once" -- "$APPARAT" build src/monopoly.txt -o once --format json
expect_eq "$(weights once/graph.json)" 1 "weight with the file once"
for spelling in "src/monopoly.txt ./src/monopoly.txt" "src/monopoly.txt $WORK/src/monopoly.txt" \
                "src/monopoly.txt src/../src/monopoly.txt"; do
  # shellcheck disable=SC2086
  expect_exit 0 "same file as '$spelling'" -- "$APPARAT" build $spelling -o twice --format json
  expect_eq "$(weights twice/graph.json)" 1 "weight when given as '$spelling'"
  grep -q "1 source read (465 bytes), 1 duplicate dropped" out && pass || fail "summary for '$spelling': $(head -1 out)"
  cmp -s once/graph.json twice/graph.json && pass || fail "'$spelling' gives another graph than the file once"
done

# A symbolic link, a hard link and a byte-identical copy inside the corpus.
ln -s ../monopoly.txt src/sub/link.txt
ln src/monopoly.txt src/sub/hard.txt  # the smallest name is kept: monopoly.txt
cp src/monopoly.txt src/sub/copy.md
expect_exit 0 "corpus with links and a copy" -- "$APPARAT" build src -o linked
grep -q "3 sources read (879 bytes), 3 duplicates dropped" out && pass || fail "summary: $(head -1 out)"
expect_eq "$(sources_in linked | tr '\n' ' ')" "monopoly.txt sub/georgia.md sub/letter.txt " "one canonical name each"
expect_eq "$(weights linked/graph.json)" "$(cd "$WORK" && "$APPARAT" build "$FIXTURES" -o plain --format json >/dev/null && weights plain/graph.json)" \
  "no sentence counted twice"

# Argument order and overlapping roots give the same names and bytes.
expect_exit 0 "src src/sub" -- "$APPARAT" build src src/sub -o ab
expect_exit 0 "src/sub src" -- "$APPARAT" build src/sub src -o ba
for f in graph.json graph.graphml graph.gexf; do cmp -s "ab/$f" "ba/$f" && pass || fail "$f depends on argument order"; done
expect_eq "$(sources_in ab | tr '\n' ' ')" "monopoly.txt sub/georgia.md sub/letter.txt " "names relative to the common root"
expect_exit 0 "two files given" -- "$APPARAT" build src/sub/letter.txt "$WORK/src/monopoly.txt" -o two
expect_exit 0 "the same two, other order" -- "$APPARAT" build src/monopoly.txt src/sub/letter.txt -o owt
cmp -s two/graph.json owt/graph.json && pass || fail "two files: graph depends on order or spelling"
expect_eq "$(sources_in two | tr '\n' ' ')" "monopoly.txt sub/letter.txt " "two files named from their common directory"
finish
