#!/usr/bin/env python3
"""Writes directed/directed.json, the fixture of graph's directed measures (TestDirectedMatchesNetworkX).

Run from this directory with NetworkX 3.x (made with 3.6.1; no numpy or scipy needed):

    python3 make_directed_fixture.py

The graph is a seeded random directed graph of 30 actors and 90 arcs, each arc with a
"count" of 1 to 3 interactions, plus one actor with no arc. graph reads the interaction
layer as a directed graph whose arc weight is the number of interactions, so the values are:

    in_degree   nx.in_degree_centrality(D)
    out_degree  nx.out_degree_centrality(D)
    hubs, authorities  hits_alg._hits_python(D with weight=count, tol=1e-14, max_iter=100000)

nx.hits needs scipy in NetworkX 3.x; _hits_python is its pure-Python reference.
"""

import json
import random

import networkx as nx
from networkx.algorithms.link_analysis import hits_alg

r = random.Random(20251122)
D = nx.DiGraph()
D.add_nodes_from(f"a{i:02d}" for i in range(31))
while D.number_of_edges() < 90:
    s, t = r.randrange(30), r.randrange(30)
    if s != t:
        D.add_edge(f"a{s:02d}", f"a{t:02d}", weight=r.randint(1, 3))
hubs, auth = hits_alg._hits_python(D, max_iter=100_000, tol=1e-14)
data = {
    "description": "make_directed_fixture.py: seeded random directed graph, arc weight = interactions",
    "networkx": nx.__version__,
    "arcs": [{"source": s, "target": t, "count": d["weight"]} for s, t, d in sorted(D.edges(data=True))],
    "nodes": sorted(D.nodes),
    "in_degree": nx.in_degree_centrality(D),
    "out_degree": nx.out_degree_centrality(D),
    "hubs": hubs,
    "authorities": auth,
}
with open("directed/directed.json", "w") as f:
    json.dump(data, f, indent=1, sort_keys=True)
    f.write("\n")
