# apparat extract + apparat merge (issue 12): shards in any number and any
# order, extracted with any -j, merge into files byte-identical to one
# `apparat build` of the same sources; a bad shard line is refused with the
# shard, the line and the reason, and nothing is written.
source "$(dirname "$0")/lib.bash"
FORMATS=graphml,gexf,json,html,cytoscape,graphology
FILES="graph.graphml graph.gexf graph.json index.html graph.cytoscape.json graph.graphology.json"

# An archive of the project's own texts, nested as real archives are, with
# one text under a second name (build reads it once) and one file that is
# not UTF-8 (build skips it and exits 3).
mkdir -p arch/vol1 arch/vol2/letters
cp "$SRC"/corpus/01-* "$SRC"/corpus/02-* arch/vol1/
cp "$SRC"/corpus/03-* arch/vol2/letters/
cp "$SRC"/corpus/04-* arch/
cp "$SRC/tests/fixtures/corpus/monopoly.txt" arch/vol2/
cp -r "$SRC/tests/fixtures/corpus/sub" arch/vol2/sub
cp arch/vol1/01-foreign-trade-monopoly.txt arch/vol2/zz-same-bytes.txt
printf 'Lenin wrote to Trotsky from Gorki, caf\xe9.\n' >arch/vol2/latin1.txt

expect_exit 3 "reference build (one file skipped)" -- "$APPARAT" build arch -o ref -j 1 --format "$FORMATS"
expect_exit 3 "reference build -j 2" -- "$APPARAT" build arch -o ref2 -j 2 --format "$FORMATS"
for f in $FILES; do cmp -s "ref/$f" "ref2/$f" && pass || fail "build -j1 and -j2 differ in $f"; done

same_as_build() {  # same_as_build DIR WHAT
  local f
  for f in $FILES; do cmp -s "ref/$f" "$1/$f" && pass || fail "$2: $f differs from build's"; done
}

# 1. One shard of the whole archive.
expect_exit 3 "extract the archive" -- "$APPARAT" extract arch -o all.jsonl
expect_err "latin1.txt: invalid UTF-8" "extract names the skipped file"
[ "$(wc -l <all.jsonl)" -eq 7 ] && pass || fail "one line per document read: $(wc -l <all.jsonl)"
expect_exit 0 "merge one shard" -- "$APPARAT" merge all.jsonl -o m1 --format "$FORMATS"
grep -q "^apparat merge: 7 sources from 1 shard" out && pass || fail "merge summary: $(head -1 out)"
same_as_build m1 "one shard"

# The shard's own bytes do not depend on -j or on how the sources were named.
expect_exit 3 "extract -j 1" -- "$APPARAT" extract arch -j 1 -o all-j1.jsonl
cmp -s all.jsonl all-j1.jsonl && pass || fail "extract -j1 and -j N give different shards"
expect_exit 3 "extract to stdout" -- "$APPARAT" extract arch/ --root arch -j 2
cmp -s all.jsonl out && pass || fail "extract to stdout with --root differs from -o FILE"

# 2. One shard per file, each extracted alone (named under --root as the
# build named them), merged in reverse order.
find arch -type f | LC_ALL=C sort -r >files
i=0
while read -r f; do
  i=$((i + 1))
  "$APPARAT" extract --root arch "$f" -o "one-$i.jsonl" 2>/dev/null
done <files
ls one-*.jsonl | LC_ALL=C sort -r >shards
# shellcheck disable=SC2046
expect_exit 0 "merge per-file shards, reversed" -- "$APPARAT" merge $(cat shards) -o m2 --format "$FORMATS"
same_as_build m2 "one shard per file"

# 3. Three shards from lists on stdin, -j 1, 2 and 3, their lines shuffled
# together and merged from stdin.
awk 'NR % 3 == 1' files | "$APPARAT" extract --root arch - -j 1 >s1.jsonl 2>/dev/null
awk 'NR % 3 == 2' files | "$APPARAT" extract --root arch - -j 2 >s2.jsonl 2>/dev/null
awk 'NR % 3 == 0' files | "$APPARAT" extract --root arch - -j 3 >s3.jsonl 2>/dev/null
[ "$(cat s1.jsonl s2.jsonl s3.jsonl | wc -l)" -eq 8 ] && pass || fail "three shards hold the 8 readable files"
cat s3.jsonl s1.jsonl s2.jsonl | python3 -c 'import random, sys; l = sys.stdin.readlines(); random.Random(12).shuffle(l); sys.stdout.writelines(l)' |
  expect_exit 0 "merge shuffled lines from stdin" -- "$APPARAT" merge - -o m3 --format "$FORMATS"
same_as_build m3 "three shards, lines shuffled"
grep -q "1 duplicates dropped" out && pass || fail "the file under two names is read once: $(head -1 out)"

# 4. Overlapping shards (a document in two of them) and a shard given twice.
expect_exit 0 "merge overlapping shards" -- "$APPARAT" merge s2.jsonl all.jsonl s1.jsonl s2.jsonl -o m4 --format "$FORMATS"
same_as_build m4 "overlapping shards"

# The reference corpus, when there is one, sharded per file.
if [ -n "${APPARAT_CORPUS:-}" ] && [ -d "$APPARAT_CORPUS" ]; then
  "$APPARAT" build "$APPARAT_CORPUS" -o cref --format json,graphml,gexf >/dev/null 2>&1
  for f in "$APPARAT_CORPUS"/*; do "$APPARAT" extract --root "$APPARAT_CORPUS" "$f" 2>/dev/null; done | LC_ALL=C sort >c.jsonl
  expect_exit 0 "merge the reference corpus" -- "$APPARAT" merge c.jsonl -o cm --format json,graphml,gexf
  for f in graph.json graph.graphml graph.gexf; do cmp -s "cref/$f" "cm/$f" && pass || fail "reference corpus: $f differs"; done
fi

# Refusals: each names the shard and line, exits 2, and writes nothing.
cp -r m1 keep
bad_merge() {  # bad_merge TEXT DESCRIPTION SHARD...
  local text="$1" what="$2"
  shift 2
  expect_exit 2 "$what" -- "$APPARAT" merge "$@" -o m1 --format "$FORMATS"
  expect_err "$text" "$what"
  for f in $FILES; do cmp -s "keep/$f" "m1/$f" || fail "$what: m1/$f changed"; done
  [ -z "$(ls m1 | grep tmp)" ] && pass || fail "$what: temporaries left: $(ls m1)"
}
sed '2s/"version":1,/"version":2,/' all.jsonl >v2.jsonl
bad_merge "v2.jsonl:2: unsupported version 2 (this apparat reads version 1)" "another version" all.jsonl v2.jsonl
sed '3s/.\{40\}$//' all.jsonl >cut.jsonl
bad_merge "cut.jsonl:3: not JSON:" "a truncated line" cut.jsonl
sed '1s/"bytes":/"pages":3,"bytes":/' all.jsonl >extra.jsonl
bad_merge 'extra.jsonl:1: unknown field "pages"' "a field this version does not know" extra.jsonl
sed '4s/"relation":"[a-z-]*"/"relation":"admired"/' all.jsonl >rel.jsonl
bad_merge 'rel.jsonl:4: facts[0].relation: unknown relation "admired"' "an unknown relation" rel.jsonl
sed '5s/"start":[0-9]*/"start":"x"/' all.jsonl >start.jsonl
bad_merge 'start.jsonl:5: facts[0].evidence.start: not a non-negative integer' "a mistyped offset" start.jsonl
printf '{"format":"apparat-facts","version":1}\n[1,2]\n' >short.jsonl
bad_merge 'short.jsonl:1: rules_digest: missing' "a line missing its fields" short.jsonl
{ head -1 all.jsonl; printf '{"format":"something-else","version":1}\n'; } >other.jsonl
bad_merge 'other.jsonl:2: not an apparat facts line' "another format" other.jsonl
{ head -1 all.jsonl | sed 's/Lenin/L\xe9nin/'; } >bytes.jsonl
bad_merge 'bytes.jsonl:1: not JSON: Invalid encoding in string.' "a line that is not UTF-8" bytes.jsonl
"$APPARAT" extract --rules "$SRC/rules/grammar" --rules "$SRC/tests/fixtures/gazetteer-1926" arch/vol2/monopoly.txt \
  -o gaz.jsonl 2>/dev/null
bad_merge "gaz.jsonl:1: extracted with other rules" "shards of other rules" all.jsonl gaz.jsonl
mkdir -p other
printf 'Stalin opposed the monopoly of foreign trade.\n' >other/01-foreign-trade-monopoly.txt
"$APPARAT" extract other/01-foreign-trade-monopoly.txt -o clash.jsonl 2>/dev/null
"$APPARAT" extract arch/vol1/01-foreign-trade-monopoly.txt -o vol1.jsonl 2>/dev/null
bad_merge 'clash.jsonl:1: source "01-foreign-trade-monopoly.txt" has other bytes than at vol1.jsonl:1' \
  "one name, two texts" vol1.jsonl clash.jsonl
bad_merge "missing.jsonl: No such file or directory" "a missing shard" all.jsonl missing.jsonl
bad_merge "arch: not a regular file" "a directory as a shard" arch
: >empty.jsonl
bad_merge "no document in the shards" "an empty shard" empty.jsonl

# Extract refusals.
printf 'arch/vol1\n-\n' | expect_exit 2 "a '-' in the list" -- "$APPARAT" extract -
expect_err "standard input:2: '-' names no file" "a '-' in the list"
expect_exit 2 "a source outside --root" -- "$APPARAT" extract --root arch/vol1 arch/vol2/monopoly.txt
expect_err "arch/vol2/monopoly.txt: not under --root arch/vol1" "a source outside --root"
expect_exit 2 "--strict stops at the bad file" -- "$APPARAT" extract --strict arch -o strict.jsonl
[ ! -e strict.jsonl ] && pass || fail "--strict failure wrote a shard"
: | expect_exit 0 "an empty list is an empty shard" -- "$APPARAT" extract -
[ ! -s out ] && pass || fail "an empty list gave output"
[ -z "$(ls | grep '\.tmp\.')" ] && pass || fail "temporaries left: $(ls | grep '\.tmp\.')"

finish
