#!/usr/bin/env python3
"""Times NetworkX on the graphs scripts/benchgraphs writes (the graphs of the graph
package's BenchmarkVs) and prints one line a measure: "networkx MEASURE GRAPH SECONDS [Q]".
Path measures run on the smallest graph only: on the others they take many minutes.

    python3 networkx_bench.py DIR
"""
import json, sys, time
import networkx as nx

try:
    import numpy  # noqa: F401  nx.pagerank needs it (and SciPy)
    pagerank = nx.pagerank
except ImportError:  # the pure-Python PageRank that NetworkX keeps
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python as pagerank

def best(f, reps):
    times = []
    for _ in range(reps):
        t = time.perf_counter(); out = f(); times.append(time.perf_counter() - t)
    return min(times), out

for name in sys.argv[2:] or ["500x5000", "5000x50000", "20000x200000"]:
    path = f"{sys.argv[1]}/g{name}.json"
    def load():
        d = json.load(open(path))
        G = nx.Graph()
        G.add_nodes_from(n["id"] for n in d["nodes"])
        G.add_edges_from((e["source"], e["target"], {"weight": e["weight"], "distance": 1 / e["weight"]}) for e in d["edges"])
        return d, G
    t, (d, G) = best(load, 1)
    print(f"networkx read-nodelink {name} {t:.6f}")
    t, parts = best(lambda: nx.community.louvain_communities(G, weight="weight", seed=1), 1)
    print(f"networkx louvain {name} {t:.6f} {nx.community.modularity(G, parts, weight='weight'):.4f}")
    print(f"networkx pagerank {name} {best(lambda: pagerank(G, weight='weight'), 1)[0]:.6f}")
    sys.stdout.flush()
    if G.number_of_nodes() > 500:
        continue
    print(f"networkx closeness-unweighted {name} {best(lambda: nx.closeness_centrality(G), 1)[0]:.6f}")
    print(f"networkx closeness-weighted {name} {best(lambda: nx.closeness_centrality(G, distance='distance'), 1)[0]:.6f}")
    print(f"networkx betweenness-unweighted {name} {best(lambda: nx.betweenness_centrality(G), 1)[0]:.6f}")
    print(f"networkx betweenness-weighted {name} {best(lambda: nx.betweenness_centrality(G, weight='distance'), 1)[0]:.6f}")
