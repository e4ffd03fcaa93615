# Case 7: control bytes from a source (ESC sequences, CSI, BEL) are escaped
# in the text output of explain and query, never sent to the terminal.
source "$(dirname "$0")/lib.bash"
mkdir c
printf 'Stalin opposed the monopoly \033[31mof foreign trade\033]0;pwned\007 and \xc2\x9b2J.\n' > c/esc.txt
has_raw_controls() { LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$1" || LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$1"; }

expect_exit 0 "explain a source with escapes" -- "$APPARAT" explain c/esc.txt
has_raw_controls out && fail "explain printed raw control bytes" || pass
grep -qF '\x1B[31mof foreign' out && pass || fail "explain shows ESC as \\x1B: $(head -c 300 out)"
grep -qF '\u009B2J' out && pass || fail "explain shows the C1 CSI as \\u009B"

expect_exit 0 "build" -- "$APPARAT" build c -o o
expect_exit 0 "text query" -- "$APPARAT" query "who opposed the monopoly" --graph o/graph.json
grep -q "Stalin" out && pass || fail "query answers: $(head -c 300 out)"
has_raw_controls out && fail "query printed raw control bytes" || pass
grep -qF '\x1B]0;pwned\x07' out && pass || fail "query shows the escapes as text: $(grep -a monopoly out | head -c 300)"
expect_exit 0 "json query" -- "$APPARAT" query "who opposed the monopoly" --graph o/graph.json --format json
json_ok out "json query output"
# JSON escapes C0 controls itself (a C1 character is plain text in JSON).
LC_ALL=C grep -q "$(printf '[\001-\010\013-\037]')" out && fail "json query printed raw C0 control bytes" || pass
finish
