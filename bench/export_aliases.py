#!/usr/bin/env python3
"""Print every entity name of the given rule packs, one a line, for ripgrep.

usage: bench/export_aliases.py PACK_OR_FOLDER_OF_PACKS... > aliases.txt

A pack is a directory holding entities/ (and/or relations/); a folder of
packs holds such directories, as --rules takes them. For every [[entity]]
of every entities/*.toml the label and the aliases are printed, with the
variants apparat's dictionary also matches (docs/rules.md, "How names are
matched"), so that `rg -F -w -f aliases.txt` looks for the same strings:

  * a name with a typographic apostrophe or quote also in ASCII (’ -> ');
  * a name written in lower case also with a capital first letter;
  * a person's name also in capitals;
  * with ignore_case = true, the lower-case, capitalised and upper-case forms
    (ripgrep -F has no per-pattern case folding).

Names are printed sorted and once each. Standard library only (tomllib).
"""
import glob
import os
import sys
import tomllib

FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def packs(path):
    if os.path.isdir(os.path.join(path, "entities")) or os.path.isdir(os.path.join(path, "relations")):
        return [path]
    return [p for p in sorted(glob.glob(os.path.join(path, "*")))
            if os.path.isdir(os.path.join(p, "entities")) or os.path.isdir(os.path.join(p, "relations"))]


def variants(name, entity):
    out = {name, name.translate(FOLD)}
    if name[:1].islower():
        out.add(name[:1].upper() + name[1:])
    if entity.get("type") == "person":
        out.add(name.upper())
    if entity.get("ignore_case"):
        out |= {name.lower(), name.upper(), name[:1].upper() + name[1:]}
    return {v.translate(FOLD) for v in out} | out


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2 if not argv else 0
    names = set()
    for arg in argv:
        found = packs(arg)
        if not found:
            print(f"export_aliases.py: no rule pack in {arg}", file=sys.stderr)
            return 2
        for pack in found:
            for path in sorted(glob.glob(os.path.join(pack, "entities", "*.toml"))):
                with open(path, "rb") as f:
                    data = tomllib.load(f)
                for entity in data.get("entity", []):
                    for name in [entity["label"], *entity.get("aliases", [])]:
                        if name.strip():
                            names |= variants(name, entity)
    sys.stdout.write("".join(n + "\n" for n in sorted(names)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
