# Case 2: rule defines that expand without limit are refused at load, fast,
# with an error naming the file and line.
source "$(dirname "$0")/lib.bash"
mkdir -p r/entities r/relations
cp "$SRC"/rules/period-1917-1928/entities/*.toml r/entities/
python3 - <<'PY'
# 8 nested defines of 20 alternatives each: 20^8 copies if expanded.
lines = ["[define]", "d1 = '" + "|".join(f"w{i}" for i in range(20)) + "'"]
for k in range(2, 9):
    lines.append(f"d{k} = '" + "|".join([f"{{@d{k-1}}}"] * 20) + "'")
lines += ["", "[[rule]]", 'id = "bomb"', 'relation = "opposed"', "pattern = '{person:s} x {@d8} {issue:o}'"]
open("r/relations/bomb.toml", "w").write("\n".join(lines) + "\n")
PY
start=$(date +%s)
timeout 60 "$APPARAT" rules check --rules r >out 2>err
got=$?
secs=$(( $(date +%s) - start ))
expect_eq "$got" 2 "rules check exit code"
expect_err "bomb.toml:11: rule 'bomb': defines expand to more than 512 KiB" "error names file:line and the bound"
[ "$secs" -le 10 ] && pass || fail "refused in $secs s (want a few seconds at most)"
expect_exit 2 "build refuses the rules too" -- timeout 60 "$APPARAT" build "$FIXTURES" -o o --rules r
[ ! -e o/graph.json ] && pass || fail "no output on refused rules"
finish
