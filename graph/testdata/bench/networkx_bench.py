import json, time
import networkx as nx
d = json.load(open("g500.json"))
G = nx.Graph()
G.add_nodes_from(range(500))
for e in d["edges"]:
    G.add_edge(e["source"], e["target"], weight=e["weight"], distance=1/e["weight"])
for name, f in [("betweenness weighted", lambda: nx.betweenness_centrality(G, weight="distance")),
                ("betweenness unweighted", lambda: nx.betweenness_centrality(G)),
                ("closeness weighted", lambda: nx.closeness_centrality(G, distance="distance")),
                ("closeness unweighted", lambda: nx.closeness_centrality(G))]:
    t = time.perf_counter(); f(); print(f"networkx {nx.__version__} n=500 m=5000 {name}: {time.perf_counter()-t:.3f} s")
