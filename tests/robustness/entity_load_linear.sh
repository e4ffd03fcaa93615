# Case 3: loading many entities whose names share a first word takes linear
# time (it took 231 s for 50,000 names before names were kept in a hash set).
source "$(dirname "$0")/lib.bash"
cp -r "$SRC/rules" r
python3 - <<'PY'
out = []
for i in range(50000):
    s = "".join(chr(97 + (i // 26 ** k) % 26) for k in range(4))
    out.append(f'[[entity]]\nid = "comrade-{i}"\ntype = "person"\nlabel = "Comrade Q{s}ov"\n'
               f'aliases = ["R. Q{s}ov", "Comrade Q{s}"]\n')
open("r/period-1917-1928/entities/zz-comrades.toml", "w").write("\n".join(out))
PY
corpus c
printf 'Comrade Qaaaa opposed the monopoly of foreign trade.\n' > c/comrades.txt
start=$(date +%s)
expect_exit 0 "build with 50,000 same-first-word entities" -- timeout $(( 120 * ${APPARAT_SLOWDOWN:-1} )) "$APPARAT" build c -o o --rules r -j 2
secs=$(( $(date +%s) - start ))
# 30 s in a Release build; the sanitizer build sets APPARAT_SLOWDOWN.
limit=$(( 30 * ${APPARAT_SLOWDOWN:-1} ))
[ "$secs" -le "$limit" ] && pass || fail "build took $secs s, over $limit s (quadratic loading?)"
grep -q '"comrade-0"' o/graph.json && pass || fail "the new entity is found in the text"
finish
