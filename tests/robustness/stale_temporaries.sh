# Case 7: "graph.*.tmp.<pid>" files left by a build killed with -9 are
# removed by the next build when their process is gone; a live writer's
# temporary is left alone.
source "$(dirname "$0")/lib.bash"
mkdir o
# A pid that is surely not running: a finished child's.
sh -c 'exit 0' & dead=$!; wait "$dead"
printf 'half' > "o/graph.json.tmp.$dead"
printf 'half' > "o/graph.gexf.tmp.$dead"
sleep 60 & live=$!
printf 'half' > "o/graph.json.tmp.$live"
printf 'keep' > "o/graph.json.tmp.notapid"
expect_exit 0 "build beside stale temporaries" -- "$APPARAT" build "$FIXTURES" -o o
[ ! -e "o/graph.json.tmp.$dead" ] && [ ! -e "o/graph.gexf.tmp.$dead" ] && pass || fail "dead process's temporaries left: $(ls o)"
[ -e "o/graph.json.tmp.$live" ] && pass || fail "a live process's temporary was removed"
[ -e o/graph.json.tmp.notapid ] && pass || fail "a file not named by a pid was removed"
kill "$live" 2>/dev/null

# A real kill -9 while writing: the next build leaves nothing behind.
python3 - <<'PY'
open("big.txt", "w").write("Stalin opposed the monopoly of foreign trade, and Trotsky supported it.\n" * 60000)
PY
rm -rf k && mkdir k
"$APPARAT" build big.txt -o k -j 1 >/dev/null 2>&1 & pid=$!
for _ in $(seq 1 200); do ls k/*.tmp.* >/dev/null 2>&1 && break; sleep 0.05; done
kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
expect_exit 0 "build after kill -9" -- "$APPARAT" build "$FIXTURES" -o k
# The outputs a clean build writes (the viewer's index.html too, when built
# with it), and nothing else.
rm -rf clean && "$APPARAT" build "$FIXTURES" -o clean >/dev/null 2>&1
expect_eq "$(ls k | tr '\n' ' ')" "$(ls clean | tr '\n' ' ')" "no temporary left after kill -9"
finish
