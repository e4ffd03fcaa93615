# Bad input gets a clear error naming the file, the right exit code, and no
# partial output.
source "$(dirname "$0")/lib.bash"
good="$SRC/tests/fixtures/corpus"

expect_exit 1 "no subcommand" -- "$APPARAT"
expect_exit 0 "--version" -- "$APPARAT" --version
grep -q "apparat" out && pass || fail "--version prints the name"
expect_exit 1 "unknown option" -- "$APPARAT" build --no-such-flag
expect_exit 1 "unknown format" -- "$APPARAT" build "$good" -o o1 --format pdf

expect_exit 2 "missing path" -- "$APPARAT" build "$WORK/nowhere" -o o2
expect_err "nowhere: no such file or directory" "missing path"
[ ! -e o2 ] && pass || fail "missing path left output"

mkdir -p notext && echo x > notext/a.pdf
expect_exit 2 "directory without text" -- "$APPARAT" build notext -o o3
expect_err "notext: directory holds no .txt, .md or .xml file" "directory without text"

mkdir -p mixed && cp "$good/monopoly.txt" mixed/ && printf 'Stalin opposed\xff the plan.\n' > mixed/bad.txt
expect_exit 3 "invalid UTF-8 is skipped with a warning (exit 3: built with skips)" -- "$APPARAT" build mixed -o o4
expect_err "bad.txt: invalid UTF-8 at byte 14 (a file in another encoding is read with --encoding, e.g. --encoding latin1) (skipped)" "invalid UTF-8 warning"
[ -s o4/graph.json ] && pass || fail "good files still built"

cp o4/graph.json before.json
expect_exit 2 "--strict fails on invalid UTF-8" -- "$APPARAT" build mixed -o o4 --strict
expect_err "bad.txt: invalid UTF-8 at byte 14" "--strict message"
cmp -s before.json o4/graph.json && pass || fail "--strict run changed the previous output"

: > empty.txt
expect_exit 2 "empty file" -- "$APPARAT" build empty.txt -o o5
expect_err "empty.txt: empty file" "empty file"
[ ! -e o5/graph.json ] && pass || fail "empty file left output"

printf 'ab\0cd' > bin.txt
expect_exit 2 "binary file" -- "$APPARAT" build bin.txt -o o6
expect_err "bin.txt: binary file" "binary file"

mkdir -p rules1/entities rules1/relations
cp "$SRC"/rules/period-1917-1928/entities/*.toml rules1/entities/
printf '[[rule]]\nid = "x"\nrelation = "opposed"\npattern = "unclosed\n' > rules1/relations/broken.toml
expect_exit 2 "TOML syntax error" -- "$APPARAT" rules check --rules rules1
expect_err "broken.toml:4:" "TOML syntax error names file:line"

printf '\n\n[[rule]]\nid = "x"\nrelation = "opposed"\npattern = %s\n' "'{person:s} (opposed {issue:o}'" > rules1/relations/broken.toml
expect_exit 2 "invalid regex" -- "$APPARAT" rules check --rules rules1
expect_err "broken.toml:3: invalid regex in rule 'x': missing )" "invalid regex names file:line and RE2's message"
expect_exit 2 "build refuses broken rules" -- "$APPARAT" build "$good" -o o7 --rules rules1
[ ! -e o7/graph.json ] && pass || fail "broken rules left output"

expect_exit 2 "explain on a missing file" -- "$APPARAT" explain "$WORK/none.txt"
expect_err "none.txt" "explain names the file"
finish
