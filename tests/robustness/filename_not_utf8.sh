# Case 1: a source whose file name is not valid UTF-8 (valid contents) is
# built under an escaped name, valid in all three outputs, with a warning.
source "$(dirname "$0")/lib.bash"
corpus c
{ cat "$FIXTURES/monopoly.txt"; echo "Kamenev supported the plan."; } > "c/lat$(printf '\xe9')in1.txt"
expect_exit 0 "non-UTF-8 file name builds" -- "$APPARAT" build c -o o
expect_err 'lat\xE9in1.txt: file name is not valid UTF-8; the graph names it' "warning names the file, escaped"
outputs_ok o "non-UTF-8 file name"
sources_in o >names
grep -qxF 'lat\xE9in1.txt' names && pass || fail "graph.json names the source 'lat\\xE9in1.txt': $(cat names)"
expect_eq "$(wc -l <names)" 4 "all four sources built"
grep -qF 'lat\xE9in1.txt' o/graph.gexf && pass || fail "GEXF carries the escaped name"
finish
