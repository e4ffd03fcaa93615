#!/usr/bin/env python3
"""A synthetic graph.json of a given size, for measuring the viewer:
   make-graph.py --nodes 5000 --edges 20000 --out FILE [--seed S]
Nodes of the four types, edges of the seven relations between random pairs
(a few hubs get most of them), one to three evidence records each, dated
1917-1928 or undated. The sentences are filler, not text of any source."""
import argparse, json, random

ap = argparse.ArgumentParser()
ap.add_argument("--nodes", type=int, default=5000)
ap.add_argument("--edges", type=int, default=20000)
ap.add_argument("--out", required=True)
ap.add_argument("--seed", type=int, default=1)
a = ap.parse_args()
rnd = random.Random(a.seed)
types = ["person", "body", "position", "issue"]
rels = ["opposed", "supported", "allied", "appointed", "held", "member-of", "wrote-to"]
sources = [f"synthetic-{i:03}.txt" for i in range(40)]
nodes = [{"id": f"n{i:05}", "label": f"Entity {i}", "type": rnd.choice(types), "aliases": [f"E{i}"],
          "sources": sorted(rnd.sample(sources, 2))} for i in range(a.nodes)]
links, seen = [], set()
while len(links) < a.edges:
    s = int(rnd.paretovariate(1.2)) % a.nodes if rnd.random() < 0.5 else rnd.randrange(a.nodes)
    t = rnd.randrange(a.nodes)
    r = rnd.choice(rels)
    if s == t or (s, r, t) in seen:
        continue
    seen.add((s, r, t))
    ev = []
    for k in range(rnd.randint(1, 3)):
        y = rnd.randint(1917, 1928)
        ev.append({"source": rnd.choice(sources), "start": 0, "end": 40, "line": rnd.randint(1, 500),
                   "text": f"Entity {s} and Entity {t}: filler sentence number {k}.", "rule": f"{r}.synthetic",
                   "date": None if rnd.random() < 0.2 else f"{y}-{rnd.randint(1, 12):02}"})
    links.append({"source": f"n{s:05}", "target": f"n{t:05}", "key": r, "relation": r, "weight": len(ev), "evidence": ev})
links.sort(key=lambda l: (l["source"], l["relation"], l["target"]))
g = {"directed": True, "multigraph": True,
     "graph": {"generator": "apparat", "version": "0.1.0", "rules_digest": "synthetic",
               "sources": [{"name": s, "sha256": "0" * 64, "bytes": 1} for s in sources]},
     "nodes": nodes, "links": links}
json.dump(g, open(a.out, "w"), indent=1)
