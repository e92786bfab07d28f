#!/usr/bin/env python3
"""Writes sampled.json, the fixture that TestBetweennessSampleNetworkX compares
graph.BetweennessSample's estimate against, for given pivots.

Run from this directory with NetworkX 3.5 or later (made with 3.6.1; no numpy needed):

    python3 make_sampled.py

NetworkX's betweenness_centrality(G, k=k, weight="distance") draws its k pivots with
Python's random numbers, which Go cannot draw alike; so for each case this script draws the
pivots itself (random.Random(seed).sample of the node ids as strings, sorted), writes them,
and computes the estimate from them exactly as betweenness_centrality does once it has its
nodes: a Dijkstra search from each pivot (distance = 1/weight), _accumulate_basic, then
_rescale(..., endpoints=False, sampled_nodes=pivots). The graphs are those of the
centrality fixtures one directory up (karate.json, random.json).
"""

import json
import random

import networkx as nx
from networkx.algorithms.centrality.betweenness import (
    _accumulate_basic,
    _rescale,
    _single_source_dijkstra_path_basic,
)


def load(name):
    with open(f"../{name}.json") as f:
        data = json.load(f)["graph"]
    G = nx.node_link_graph(data, edges="edges")
    for _, _, d in G.edges(data=True):
        d["distance"] = 1.0 / d.get("weight", 1)
    return nx.relabel_nodes(G, str)


def estimate(G, pivots):
    betweenness = dict.fromkeys(G, 0.0)
    for s in pivots:
        S, P, sigma, _ = _single_source_dijkstra_path_basic(G, s, "distance")
        betweenness, _ = _accumulate_basic(betweenness, S, P, sigma, s)
    return _rescale(betweenness, len(G), normalized=True, directed=False,
                    endpoints=False, sampled_nodes=pivots)


cases = []
for name in ["karate", "random"]:
    G = load(name)
    for k, seed in [(2, 1), (5, 2), (20, 3)]:
        pivots = sorted(random.Random(seed).sample(sorted(G.nodes()), k))
        values = estimate(G, pivots)
        cases.append({"fixture": name, "pivots": pivots,
                      "values": {v: values[v] for v in sorted(values)}})

with open("sampled.json", "w") as f:
    json.dump({"networkx": nx.__version__, "cases": cases}, f, indent=1, sort_keys=True)
    f.write("\n")
