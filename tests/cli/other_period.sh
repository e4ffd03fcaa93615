#!/usr/bin/env bash
# The English grammar with another period's gazetteer (the British general
# strike of 1926, tests/fixtures/gazetteer-1926): the text about it gives
# its relations, no entity of the shipped 1917-1928 gazetteer appears, and
# a person the gazetteer lacks is keyed by the full name the text gives.
# Usage: other_period.sh APPARAT_BINARY SOURCE_DIR
source "$(dirname "$0")/lib.bash"
FIX="$SRC/tests/fixtures/gazetteer-1926"
"$APPARAT" build "$FIX/corpus" --rules "$SRC/rules/grammar" --rules "$FIX" -o out --format json >log 2>&1 ||
  { fail "build: $(cat log)"; finish; exit 1; }
python3 - "$SRC/rules/period-1917-1928" out/graph.json "$FIX" >check.txt 2>&1 <<'PY' && pass || fail "$(cat check.txt)"
import json, re, sys, pathlib
soviet = set()
for f in pathlib.Path(sys.argv[1]).rglob("*.toml"):
    soviet |= set(re.findall(r'^id = "([^"]+)"', f.read_text(), re.M))
# An entity both packs list (the British TUC) is no Soviet one.
for f in pathlib.Path(sys.argv[3]).rglob("*.toml"):
    soviet -= set(re.findall(r'^id = "([^"]+)"', f.read_text(), re.M))
g = json.load(open(sys.argv[2]))
ids = {n["id"] for n in g["nodes"]}
edges = {(l["source"], l["relation"], l["target"]) for l in g["links"]}
problems = []
for e in [("baldwin", "appointed", "churchill"), ("joynson-hicks", "held", "home-secretary"),
          ("cook", "held", "mfgb-secretary"), ("herbert-smith", "held", "mfgb-president"),
          ("cook", "opposed", "wage-cuts"), ("herbert-smith", "opposed", "eight-hour-day"),
          ("evan-williams", "supported", "eight-hour-day"), ("citrine", "held", "tuc-general-secretary"),
          ("jh-thomas", "opposed", "general-strike"), ("person:a-g-walkden", "opposed", "mining-association")]:
    if e not in edges:
        problems.append("missing edge %s %s %s" % e)
if not ({("person:a-g-walkden", "allied", "citrine"), ("citrine", "allied", "person:a-g-walkden")} & edges):
    problems.append("missing edge person:a-g-walkden allied citrine (the surname alone is the same person)")
if ids & soviet:
    problems.append("entities of the 1917-1928 gazetteer: %s" % sorted(ids & soviet))
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
finish
