#!/usr/bin/env python3
"""Writes g500.json (500 actors, 5,000 ties) and g5000.json (5,000 actors, 50,000 ties),
seeded random weighted graphs in node-link JSON, for comparing actorgraph's path measures
with igraph (igraph_bench.py, Debian's python3-igraph) and NetworkX (networkx_bench.py) on
the same graphs. The Go side: ReadNodeLink the files and time Betweenness,
BetweennessUnweighted, Closeness and ClosenessUnweighted.
"""
import random, json, sys
def gen(n, m, seed):
    r = random.Random(seed)
    edges = set()
    while len(edges) < m:
        a, b = r.randrange(n), r.randrange(n)
        if a != b:
            edges.add((min(a,b), max(a,b)))
    return [(a, b, round(r.uniform(0.5, 5.0), 3)) for a, b in sorted(edges)]
for n, m in [(500, 5000), (5000, 50000)]:
    es = gen(n, m, 1)
    json.dump({"directed": False, "nodes": [{"id": i} for i in range(n)], "edges": [{"source": a, "target": b, "weight": w} for a, b, w in es]}, open(f"g{n}.json", "w"))
