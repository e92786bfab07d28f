#!/usr/bin/env python3
"""Writes directed/*.json, the fixtures of graph's directed measures (TestDirectedMatchesNetworkX).

Run from this directory with NetworkX 3.x (made with 3.6.1; no numpy or scipy needed):

    python3 make_directed_fixture.py

The graphs: two seeded random directed graphs (30 actors and 90 arcs; 60 and 300), each arc
with a "count" of 1 to 3 interactions, plus one actor with no arc; and Zachary's karate club
with every tie an arc both ways; and the interaction layer of the bundled articles. graph reads the interaction
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



def random_directed(seed, n, m):
    r = random.Random(seed)
    D = nx.DiGraph()
    D.add_nodes_from(f"a{i:02d}" for i in range(n + 1))  # the last actor has no arc
    while D.number_of_edges() < m:
        s, t = r.randrange(n), r.randrange(n)
        if s != t:
            D.add_edge(f"a{s:02d}", f"a{t:02d}", weight=r.randint(1, 3))
    return D


def karate_directed():
    # Zachary's karate club with every tie an arc both ways, weighted by its "weight".
    G = nx.karate_club_graph()
    D = nx.DiGraph()
    D.add_nodes_from(str(n) for n in G)
    for u, v, d in G.edges(data=True):
        D.add_edge(str(u), str(v), weight=d["weight"])
        D.add_edge(str(v), str(u), weight=d["weight"])
    return D


def corpus_directed():
    """The interaction layer of the bundled sample articles, as actorgraph exports it:

        go run ./cmd/actorgraph export -format cyjs -o graph/testdata/corpus/graph.cyjs

    an arc per (source, target) pair weighted by its interactions, every actor a node."""
    with open("corpus/graph.cyjs", encoding="utf-8") as f:
        data = json.load(f)
    D = nx.DiGraph()
    D.add_nodes_from(n["data"]["id"] for n in data["elements"]["nodes"])
    for e in data["elements"]["edges"]:
        d = e["data"]
        if d["layer"] == "interaction":
            w = D.get_edge_data(d["source"], d["target"], {}).get("weight", 0)
            D.add_edge(d["source"], d["target"], weight=w + d["count"])
    return D


def write(name, description, D):
    hubs, auth = hits_alg._hits_python(D, max_iter=100_000, tol=1e-14)
    data = {
        "description": description,
        "networkx": nx.__version__,
        "arcs": [{"source": s, "target": t, "count": d["weight"]} for s, t, d in sorted(D.edges(data=True))],
        "nodes": sorted(D.nodes),
        "in_degree": nx.in_degree_centrality(D),
        "out_degree": nx.out_degree_centrality(D),
        "hubs": hubs,
        "authorities": auth,
    }
    with open(f"directed/{name}.json", "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")


write("directed", "random_directed(20251122, 30, 90): arc weight = interactions", random_directed(20251122, 30, 90))
write("random2", "random_directed(7, 60, 300): a denser random graph", random_directed(7, 60, 300))
write("karate", "karate_directed(): the karate club, every tie both ways", karate_directed())
write("corpus", "corpus_directed(): the interaction layer of the bundled articles", corpus_directed())
