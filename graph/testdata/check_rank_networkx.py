#!/usr/bin/env python3
"""Checks `actorgraph rank -format json -in g.json` against NetworkX on random weighted graphs.

    go build -o /tmp/ag-cli ./cmd/actorgraph && python3 graph/testdata/check_rank_networkx.py

For five seeded random graphs (40 to 80 actors, an isolated one included) it writes the
node-link JSON, runs the command, and prints the largest difference per measure from
NetworkX 3.x; it prints "ok" if every one is below 1e-6.
"""
import json, random, subprocess, sys, math
import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
worst = {}
for seed in range(5):
    r = random.Random(seed)
    G = nx.gnm_random_graph(40 + seed*10, 120 + seed*30, seed=seed)
    for u, v in G.edges():
        G[u][v]['weight'] = round(r.uniform(0.1, 5), 3)
    G.add_node(999)  # an isolated actor
    data = nx.node_link_data(G, edges="links")
    json.dump(data, open('g.json', 'w'))
    out = json.loads(subprocess.check_output(['/tmp/ag-cli', 'rank', '-format', 'json', '-in', 'g.json']))['measures']
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d['distance'] = 1 / d['weight']
    ref = {
        'degree': nx.degree_centrality(G),
        'strength': dict(G.degree(weight='weight')),
        'betweenness': nx.betweenness_centrality(H, weight='distance'),
        'closeness': nx.closeness_centrality(H, distance='distance'),
        'harmonic': nx.harmonic_centrality(H, distance='distance'),
        'eigenvector': nx.eigenvector_centrality(G, weight='weight', max_iter=10000, tol=1e-12),
        'pagerank': _pagerank_python(G, alpha=0.85, weight='weight', tol=1e-13, max_iter=10000),
    }
    for m, vals in ref.items():
        for n, v in vals.items():
            d = abs(out[m][str(n)] - v)
            worst[m] = max(worst.get(m, 0), d)
print(json.dumps(worst, indent=1))
print("ok" if all(v < 1e-6 for v in worst.values()) else "FAIL")
