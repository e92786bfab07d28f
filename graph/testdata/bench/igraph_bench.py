import json, time, sys
import igraph as ig
for n in (500, 5000):
    d = json.load(open(f"g{n}.json"))
    g = ig.Graph(n=n, edges=[(e["source"], e["target"]) for e in d["edges"]])
    w = [1 / e["weight"] for e in d["edges"]]
    for name, f in [("betweenness weighted", lambda: g.betweenness(weights=w)),
                    ("betweenness unweighted", lambda: g.betweenness()),
                    ("closeness weighted", lambda: g.closeness(weights=w))]:
        t = time.perf_counter(); f(); el = time.perf_counter() - t
        print(f"igraph {ig.__version__} n={n} m={len(d['edges'])} {name}: {el:.3f} s")
d = json.load(open("g5000.json"))
g = ig.Graph(n=5000, edges=[(e["source"], e["target"]) for e in d["edges"]])
t = time.perf_counter(); g.closeness(); print(f"igraph closeness unweighted n=5000: {time.perf_counter()-t:.3f} s")
