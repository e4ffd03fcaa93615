#!/usr/bin/env python3
"""The extractor a user would write in one sitting with Python's re.

usage: bench/python_baseline.py [--rules DIR]... SOURCES...

The yardstick of bench/run.sh (docs/performance.md): the same job as
`apparat build`, done the obvious way. All entity names of the gazetteer
(label and aliases of every [[entity]] in entities/*.toml of the rule packs)
compiled into one alternation, longest first; the text split into
paragraphs and sentences; in each sentence naming two or more entities and
holding a relation verb of a short list, one edge from the last name before
the verb to the first name after it. Prints the distinct edges as
`subject<TAB>relation<TAB>object` lines, sorted, and a count on stderr.

Nothing here is tuned; it is the baseline, not a competitor.
"""
import argparse
import glob
import os
import re
import sys
import tomllib

VERBS = {
    "opposed": r"opposed|objected to|attacked|critici[sz]ed|denounced|condemned|resisted|voted against|fought against",
    "supported": r"supported|backed|defended|favou?red|endorsed|championed|voted for|advocated|sided with",
    "wrote-to": r"wrote to|wrote a letter to|sent a letter to|letter to|telegraphed|cabled",
    "allied": r"allied with|in alliance with|joined forces with|formed a bloc with|bloc with",
    "appointed": r"appointed|nominated",
    "member-of": r"member of|joined|elected to",
    "held": r"became|served as|was made|was elected",
}


def load_names(rule_dirs):
    names = {}
    for d in rule_dirs:
        for path in sorted(glob.glob(os.path.join(d, "**", "entities", "*.toml"), recursive=True)):
            with open(path, "rb") as f:
                for entity in tomllib.load(f).get("entity", []):
                    for name in [entity["label"], *entity.get("aliases", [])]:
                        names[name] = entity["id"]
    return names


def sources(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                for name in sorted(files):
                    if name.endswith((".txt", ".md")):
                        yield os.path.join(root, name)
        else:
            yield p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", action="append", default=[])
    ap.add_argument("sources", nargs="+")
    args = ap.parse_args()
    names = load_names(args.rules or ["rules"])
    name_re = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)))
    verb_re = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(f"(?P<{k.replace('-', '_')}>{v})" for k, v in VERBS.items()))
    sentence_end = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])")

    edges = set()
    for path in sources(args.sources):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for paragraph in re.split(r"\n\s*\n", text):
            for sentence in sentence_end.split(" ".join(paragraph.split())):
                mentions = [(m.start(), m.end(), names[m.group(0)]) for m in name_re.finditer(sentence)]
                if len({m[2] for m in mentions}) < 2:
                    continue
                verb = verb_re.search(sentence)
                if not verb:
                    continue
                relation = verb.lastgroup.replace("_", "-")
                before = [m for m in mentions if m[1] <= verb.start()]
                after = [m for m in mentions if m[0] >= verb.end()]
                if before and after and before[-1][2] != after[0][2]:
                    edges.add((before[-1][2], relation, after[0][2]))
    for edge in sorted(edges):
        print("\t".join(edge))
    print(f"python_baseline: {len(edges)} edges", file=sys.stderr)


if __name__ == "__main__":
    main()
