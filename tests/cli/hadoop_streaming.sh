# The Hadoop Streaming contract, run locally (docs/scale-out.md): the input
# is a list of source paths, split among map tasks; each mapper is
# `apparat extract --root ROOT -` reading its split on stdin; the shuffle
# sorts the mappers' lines; one reducer is `apparat merge -` reading them on
# stdin. The reducer's files must equal one `apparat build` of the sources.
source "$(dirname "$0")/lib.bash"
FILES="graph.graphml graph.gexf graph.json"

mkdir -p arch/a arch/b
cp "$SRC"/corpus/01-* arch/a/
cp "$SRC"/corpus/02-* "$SRC"/corpus/03-* arch/b/
cp "$SRC"/corpus/04-* arch/
cp -r "$SRC/tests/fixtures/corpus/sub" arch/b/sub

expect_exit 0 "build" -- "$APPARAT" build arch -o ref --format graphml,gexf,json

# cat files | mapper | sort | reducer, with three map tasks.
find arch -type f | LC_ALL=C sort >input
split -n l/3 input split-
[ "$(ls split-* | wc -l)" -eq 3 ] && pass || fail "three input splits"
for s in split-*; do
  "$APPARAT" extract --root arch - <"$s" >"map-$s.out" 2>"map-$s.err" && pass || fail "mapper on $s: $(cat "map-$s.err")"
done
cat map-*.out | LC_ALL=C sort | "$APPARAT" merge - -o red --format graphml,gexf,json >red.out 2>red.err &&
  pass || fail "reducer: $(cat red.err)"
for f in $FILES; do cmp -s "ref/$f" "red/$f" && pass || fail "reducer's $f differs from build's"; done

# A mapper's output is one self-describing line per document, with no tab,
# so Streaming takes each whole line as its key.
if grep -q $'\t' map-*.out; then fail "a mapper line holds a tab"; else pass; fi
[ "$(cat map-*.out | wc -l)" -eq "$(wc -l <input)" ] && pass || fail "one line per source"
finish
