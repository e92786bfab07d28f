#!/usr/bin/env python3
"""Reads actorgraph's one-layer GraphML exports with NetworkX and writes what it sees to
layers.networkx.json, the fixture of TestExportLayersNetworkX:

  - corpus.comention.graphml, the co-mention layer of the sample articles' graph
    (`graph.Export{Layer: graph.LayerCoMention}.GraphML`, the same file as
    `actorgraph export -format graphml -layer comention`): its type, size and
    networkx.pagerank(G, weight="weight") (or, without scipy, its pure-Python reference),
    which actorgraph's PageRank must equal;
  - small.interaction.graphml, the interaction layer of a small graph: its type, whether
    NetworkX reads it as directed, and its size.

Usage: python3 check_layers.py   (NetworkX 2.8 or 3.x; the golden files are written by
`go test ./graph -run ExportLayers -update`)
"""

import json
import os

import networkx as nx
from networkx.algorithms.link_analysis import pagerank_alg

here = os.path.dirname(os.path.abspath(__file__))

co = nx.read_graphml(os.path.join(here, "corpus.comention.graphml"))
# nx.pagerank needs scipy in NetworkX 3.x; _pagerank_python is its pure-Python reference,
# with the same semantics (as in ../make_fixtures.py).
try:
    pr = nx.pagerank(co, alpha=0.85, weight="weight", tol=1e-14, max_iter=1000)
except ImportError:
    pr = pagerank_alg._pagerank_python(co, alpha=0.85, weight="weight", tol=1e-14, max_iter=1000)
inter = nx.read_graphml(os.path.join(here, "small.interaction.graphml"))

out = {
    "networkx": nx.__version__,
    "comention": {
        "type": type(co).__name__,
        "nodes": co.number_of_nodes(),
        "edges": co.number_of_edges(),
        "pagerank": {n: pr[n] for n in sorted(pr)},
    },
    "interaction": {
        "type": type(inter).__name__,
        "directed": inter.is_directed(),
        "nodes": inter.number_of_nodes(),
        "edges": inter.number_of_edges(),
    },
}
with open(os.path.join(here, "layers.networkx.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
print(json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "pagerank"} if isinstance(v, dict) else v for k, v in out.items()}))
