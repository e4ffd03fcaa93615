# Case 7 and 8, rule files: names that differ only in case across entities
# are reported; invalid UTF-8 is reported at its line; an unreadable file
# gives the OS's reason; toml++'s unreachable on non-ASCII outside strings
# (marzer/tomlplusplus#190) is never reached.
source "$(dirname "$0")/lib.bash"
pack() { rm -rf r && mkdir -p r/entities r/relations; }

pack
cat > r/entities/people.toml <<'T'
[[entity]]
id = "stalin"
type = "person"
label = "Stalin"
aliases = ["KOBA", "koba"]

[[entity]]
id = "kamo"
type = "person"
label = "Kamo"
aliases = ["Koba"]
T
expect_exit 2 "aliases differing in case" -- "$APPARAT" rules check --rules r
expect_err "people.toml:7: name 'Koba' of 'kamo' differs only in case from 'KOBA' of 'stalin' (r/entities/people.toml:1)" \
  "case-insensitive collision named with both places"
expect_not_err "'koba' of 'stalin'" "one entity's own names may differ in case"

pack
printf '[[entity]]\nid = "lenin"\ntype = "person"\n\nlabel = "Len\xffin"\n' > r/entities/people.toml
expect_exit 2 "invalid UTF-8 in a rule file" -- "$APPARAT" rules check --rules r
expect_err "people.toml:5: invalid UTF-8 at byte 53" "invalid UTF-8 reported at its line"

pack
printf '\xc2\xaa' > r/entities/people.toml
expect_exit 2 "toml++ #190 input" -- "$APPARAT" rules check --rules r
expect_err "people.toml:1: non-ASCII character at byte 0 outside a string or comment" "refused before toml++ parses it"
printf '[[entity]]\nid = "x"\ntype = "person"\nlabel = """X\\\n  \xc2\xaa"""\n' > r/entities/people.toml
expect_exit 2 "toml++ #190 after a line-ending backslash" -- "$APPARAT" rules check --rules r
expect_err "people.toml:5: non-ASCII character at byte 52 outside a string or comment, or right after a backslash" \
  "the one place in a string toml++ tests for white space"
printf 'a =0"x\xc2\xaa"\n' > r/entities/people.toml
expect_exit 2 "toml++ #190 after a quote inside a bare value (found by fuzz_rule_loader)" -- "$APPARAT" rules check --rules r
expect_err "people.toml:1: non-ASCII character at byte 6" "a quote after a bare value opens no string"
printf 'id = 1?;==="""\xc2\xaa"""\n' > r/entities/people.toml
expect_exit 2 "toml++ #190 in a quote inside a bare value (found by fuzz_rule_loader)" -- "$APPARAT" rules check --rules r
expect_err "people.toml:1: non-ASCII character at byte 14" "'=' inside a bare value opens no string"
printf 'a = """x\\\\\\\xc2\xaa"""\n' > r/entities/people.toml
expect_exit 2 "toml++ #190 after an escaping backslash (found by fuzz_rule_loader)" -- "$APPARAT" rules check --rules r
expect_err "people.toml:1: non-ASCII character at byte 11" "non-ASCII right after a backslash"
printf '# Zinov\xc3\xa9v\n[[entity]]\nid = "z"\ntype = "person"\nlabel = "Zinov\xc3\xa9v"\naliases = [\x27\xc3\xa9\x27, """\xc3\xa9"""]\n' > r/entities/people.toml
expect_exit 0 "non-ASCII in strings and comments is fine" -- "$APPARAT" rules check --rules r
printf '[[entity]]\nid = "z"\ntype = "person"\nlabel = "Z"\n\xc3\xa9 = 1\n' > r/entities/people.toml
expect_exit 2 "non-ASCII bare key" -- "$APPARAT" rules check --rules r
expect_err "people.toml:5: non-ASCII character at byte 48 outside a string or comment" "non-ASCII key at its line"

# toml++ quotes the text it stopped at, newline included: still one line
# (found by fuzz_rule_loader).
pack
printf '[[e]]\nid =i\nline' > r/entities/people.toml
expect_exit 2 "TOML error quoting a newline" -- "$APPARAT" rules check --rules r
expect_eq "$(wc -l < err)" 1 "one line per error"
expect_err "people.toml:2: Error while parsing floating-point: expected 'inf', saw 'i\\x0A'" "the newline shown escaped"

# A bad regex is reported with the author's pattern, not the machine-made
# regex it became.
pack
printf '[[entity]]\nid = "lenin"\ntype = "person"\nlabel = "Lenin"\n' > r/entities/people.toml
cat > r/relations/x.toml <<'T'
[[rule]]
id = "opposed.scolded"
relation = "opposed"
pattern = '{person:s} scold(ed {person:o}'
T
expect_exit 2 "a bad regex in a text rule" -- "$APPARAT" rules check --rules r
expect_err "x.toml:1: invalid regex in rule 'opposed.scolded': missing ) in {person:s} scold(ed {person:o}" \
  "the author's pattern quoted"
expect_not_err "\\x01" "no machine-made regex in the message"
sed -i 's/scold(ed/scol\\qded/' r/relations/x.toml
expect_exit 2 "a bad escape in a text rule" -- "$APPARAT" rules check --rules r
expect_err "invalid escape sequence at byte 16 ('\\q') in {person:s} scol\\qded {person:o}" "the place in the pattern"

# rules test --rule: one rule, and a failing example says why.
pack
cat > r/entities/people.toml <<'T'
[[entity]]
id = "lenin"
type = "person"
label = "Lenin"
T
cat > r/relations/x.toml <<'T'
[[rule]]
id = "opposed.scolded"
relation = "opposed"
tokens = 's:[ent=person] scolded o:[ent=person]'
examples = [{ text = "[Lenin](person) sharply scolded [Stalin](person).", s = "Lenin", o = "Stalin" }]

[[rule]]
id = "allied.praised"
relation = "allied"
tokens = 's:[ent=person] praised o:[ent=person]'
examples = [{ text = "[Lenin](person) praised [Stalin](person).", s = "Lenin", o = "Stalin" }]
T
expect_exit 0 "rules test --rule a passing rule" -- "$APPARAT" rules test --rules r --rule allied.praised
expect_exit 2 "rules test --rule a failing rule" -- "$APPARAT" rules test --rules r --rule opposed
"$APPARAT" rules test --rules r --rule opposed > out 2>&1
grep -q "rule opposed.scolded did not fire: its pattern did not match" out && pass || fail "a failure says why: $(cat out)"
grep -q "tokens: \[person:lenin\]  sharply/RB" out && pass || fail "a failure shows the tokens: $(cat out)"
expect_exit 2 "rules test --rule naming no rule" -- "$APPARAT" rules test --rules r --rule nosuch
expect_err "no relation rule is called nosuch" "the unknown rule named"

# An authority identifier: accepted, exported on the node in every format;
# two for one entity is an error.
pack
cat > r/entities/people.toml <<'T'
[[entity]]
id = "stalin"
type = "person"
label = "Stalin"
wikidata = "Q855"

[[entity]]
id = "lenin"
type = "person"
label = "Lenin"
authority = "https://example.org/people/lenin"
T
cat > r/relations/x.toml <<'T'
[[rule]]
id = "opposed.scolded"
relation = "opposed"
tokens = 's:[ent=person] scolded o:[ent=person]'
T
mkdir -p c && echo "Lenin scolded Stalin." > c/a.txt
expect_exit 0 "authority ids accepted" -- "$APPARAT" build c --rules r -o g
python3 - g/graph.json <<'PY' && pass || fail "authority in graph.json"
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1]))["nodes"]}
assert nodes["stalin"]["authority"] == "http://www.wikidata.org/entity/Q855", nodes["stalin"]
assert nodes["lenin"]["authority"] == "https://example.org/people/lenin", nodes["lenin"]
PY
grep -q '<data key="authority">http://www.wikidata.org/entity/Q855</data>' g/graph.graphml && pass || fail "authority in GraphML"
grep -q '<attvalue for="authority" value="http://www.wikidata.org/entity/Q855"/>' g/graph.gexf && pass || fail "authority in GEXF"
printf '[[entity]]\nid = "z"\ntype = "person"\nlabel = "Z"\nwikidata = "Q1"\nviaf = "2"\n' > r/entities/people.toml
expect_exit 2 "two authority ids" -- "$APPARAT" rules check --rules r
expect_err "people.toml:1: entity 'z' has two authority identifiers" "both named"
printf '[[entity]]\nid = "z"\ntype = "person"\nlabel = "Z"\nwikidata = "https://www.wikidata.org/wiki/Q1"\n' > r/entities/people.toml
expect_exit 2 "a URL where an id is wanted" -- "$APPARAT" rules check --rules r
expect_err "entity 'z': wikidata takes the id alone" "the key named"

if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups); else as_user=(); fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  pack
  chmod 755 "$WORK"
  printf '[[entity]]\nid = "z"\ntype = "person"\nlabel = "Z"\n' > r/entities/people.toml
  chmod 000 r/entities/people.toml
  expect_exit 2 "unreadable rule file" -- "${as_user[@]}" "$APPARAT" rules check --rules r
  expect_err "people.toml:0: cannot read rule file: Permission denied" "rule file named with the OS's reason"
fi
finish
