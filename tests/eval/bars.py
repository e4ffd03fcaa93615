"""Checks a score.py --json summary against the bars in the environment.

  python3 bars.py SCORE.json NAME
Bars (unset ones are not checked): MIN_F1, MIN_P (relation), MIN_TYPE_R
(recall of every required relation type), MIN_ENTITY_F1, MAX_NEGATIVES.
Prints one line per failure and exits 1 when any bar is not met.
"""
import json
import os
import sys

summary = json.load(open(sys.argv[1]))
name = sys.argv[2]


def bar(key):
    value = os.environ.get(key)
    return float(value) if value not in (None, "") else None


failures = []
rel, ent = summary["relation"], summary["entity"]
if bar("MIN_F1") is not None and rel["f1"] < bar("MIN_F1"):
    failures.append(f"relation F1 {rel['f1']:.3f} < {bar('MIN_F1')}")
if bar("MIN_P") is not None and rel["p"] < bar("MIN_P"):
    failures.append(f"relation precision {rel['p']:.3f} < {bar('MIN_P')}")
if bar("MIN_ENTITY_F1") is not None and ent["f1"] < bar("MIN_ENTITY_F1"):
    failures.append(f"entity F1 {ent['f1']:.3f} < {bar('MIN_ENTITY_F1')}")
if bar("MIN_TYPE_R") is not None:
    for rel_name, st in sorted(summary["by_relation"].items()):
        if st.get("required") and st["r"] < bar("MIN_TYPE_R"):
            failures.append(f"{rel_name} recall {st['r']:.3f} < {bar('MIN_TYPE_R')}")
if bar("MAX_NEGATIVES") is not None and summary["negatives"]["hit"] > bar("MAX_NEGATIVES"):
    failures.append(f"{summary['negatives']['hit']} negative (trap) tuple(s) produced")
for f in failures:
    print(f"{name}: FAIL {f}")
sys.exit(1 if failures else 0)
