#!/usr/bin/env python3
"""Checks that no run of 8 words in corpus/*.txt also occurs in a text file
under ../shared (the copyrighted working material).

  python3 tests/heldout14/check-8gram.py [SHARED_DIR]

Words are lower-cased runs of letters/digits (apostrophes kept); a file under
SHARED_DIR counts as text when it decodes as UTF-8 and has no NUL byte.
Prints the shared runs (if any) and a summary line; exit 1 when one is found.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', '..', 'shared')
N = 8
WORD = re.compile(r"[a-z0-9\u00c0-\u024f]+(?:['\u2019][a-z]+)?")


def words(text):
    return WORD.findall(text.lower().replace('\u2019', "'"))


def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}


mine = {}
for fn in sorted(os.listdir(os.path.join(HERE, 'corpus'))):
    if fn.endswith('.txt'):
        for g in grams(words(open(os.path.join(HERE, 'corpus', fn), encoding='utf-8').read())):
            mine.setdefault(g, fn)
hits, nfiles = {}, 0
for root, dirs, files in os.walk(SHARED):
    for fn in files:
        p = os.path.join(root, fn)
        try:
            raw = open(p, 'rb').read()
        except OSError:
            continue
        if b'\0' in raw:
            continue
        try:
            t = raw.decode('utf-8')
        except UnicodeDecodeError:
            continue
        nfiles += 1
        for g in grams(words(t)) & mine.keys():
            hits.setdefault(g, set()).add(os.path.relpath(p, SHARED))
for g, ps in sorted(hits.items()):
    print(mine[g], '|', ' '.join(g), '|', ', '.join(sorted(ps)[:3]))
print(f"8-word check: {len(mine)} distinct 8-word runs in corpus/, {nfiles} text files under {os.path.normpath(SHARED)}, {len(hits)} shared runs")
sys.exit(1 if hits else 0)
