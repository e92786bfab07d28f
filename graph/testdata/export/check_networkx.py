#!/usr/bin/env python3
"""Reads actorgraph's GraphML, node-link, GEXF and Cytoscape.js exports with NetworkX and
prints what it sees.

Usage: python3 check_networkx.py [GRAPHML [NODELINK [GEXF [CYJS]]]]
(defaults: small.graphml, small.nodelink.json, small.gexf and small.cyjs beside this script,
 written by `go test ./graph -run 'Export|NodeLinkGolden' -update`).

It exits non-zero if NetworkX cannot read a file or a name does not survive the trip.
"""

import collections
import json
import os
import sys

import networkx as nx

here = os.path.dirname(os.path.abspath(__file__))
graphml = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "small.graphml")
nodelink = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "small.nodelink.json")
gexf = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "small.gexf")
cyjs = sys.argv[4] if len(sys.argv) > 4 else os.path.join(here, "small.cyjs")

G = nx.read_graphml(graphml)
layers = collections.Counter(d.get("layer") for _, _, d in G.edges(data=True))
print(f"graphml  {type(G).__name__}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, per layer {dict(sorted(layers.items()))}")
types = collections.Counter(d.get("type") for _, d in G.nodes(data=True))
print(f"graphml  node types {dict(sorted(types.items(), key=lambda kv: str(kv[0])))}")
weights = [d["weight"] for _, _, d in G.edges(data=True)]
assert all(isinstance(w, float) and w > 0 for w in weights), weights
for _, d in G.nodes(data=True):
    assert isinstance(d.get("mentions"), int), d

with open(nodelink, encoding="utf-8") as f:
    H = nx.node_link_graph(json.load(f), edges="edges")
print(f"nodelink {type(H).__name__}: {H.number_of_nodes()} nodes, {H.number_of_edges()} edges")

assert set(G.nodes) == set(H.nodes), "the two files list different actors"
for n in G.nodes:
    assert G.nodes[n].get("name") == H.nodes[n].get("name"), (n, G.nodes[n].get("name"), H.nodes[n].get("name"))
comention = sum(1 for _, _, d in G.edges(data=True) if d.get("layer") == "comention")
assert comention == H.number_of_edges(), (comention, H.number_of_edges())
X = nx.read_gexf(gexf)
print(f"gexf     {type(X).__name__}: {X.number_of_nodes()} nodes, {X.number_of_edges()} edges")
assert (X.number_of_nodes(), X.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
with open(cyjs, encoding="utf-8") as f:
    C = nx.cytoscape_graph(json.load(f))
print(f"cyjs     {type(C).__name__}: {C.number_of_nodes()} nodes, {C.number_of_edges()} edges")
assert (C.number_of_nodes(), C.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
if "hostile" in G:
    print(f"hostile name {G.nodes['hostile']['name']!r}")
print("ok")
