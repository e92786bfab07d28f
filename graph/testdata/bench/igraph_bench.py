#!/usr/bin/python3
"""Times igraph on the graphs scripts/benchgraphs writes (the graphs of the graph package's
BenchmarkVs), one core, and prints one line a measure: "igraph MEASURE GRAPH SECONDS [Q]".
Needs Debian's python3-igraph (apt-get install python3-igraph; igraph 0.10).

    /usr/bin/python3 igraph_bench.py DIR
"""
import json, sys, time
import igraph as ig

def best(f, reps):
    times = []
    for _ in range(reps):
        t = time.perf_counter(); out = f(); times.append(time.perf_counter() - t)
    return min(times), out

def load(path):
    d = json.load(open(path))
    index = {n["id"]: i for i, n in enumerate(d["nodes"])}
    edges = [(index[e["source"]], index[e["target"]]) for e in d["edges"]]
    g = ig.Graph(n=len(index), edges=edges)
    g.es["weight"] = [e["weight"] for e in d["edges"]]
    g.es["distance"] = [1 / e["weight"] for e in d["edges"]]
    return d, g

for name in sys.argv[2:] or ["500x5000", "5000x50000", "20000x200000"]:
    path = f"{sys.argv[1]}/g{name}.json"
    t, (d, g) = best(lambda: load(path), 1)
    print(f"igraph read-nodelink {name} {t:.6f}")
    edges = [(int(e["source"][6:]), int(e["target"][6:])) for e in d["edges"]]
    weights = [e["weight"] for e in d["edges"]]
    def build():
        h = ig.Graph(n=g.vcount(), edges=edges); h.es["weight"] = weights; return h
    print(f"igraph build {name} {best(build, 3)[0]:.6f}")
    t, parts = best(lambda: g.community_multilevel(weights="weight"), 3)
    print(f"igraph louvain {name} {t:.6f} {g.modularity(parts.membership, weights='weight'):.4f}")
    t, parts = best(lambda: g.community_leiden(objective_function="modularity", weights="weight", n_iterations=2), 3)
    print(f"igraph leiden {name} {t:.6f} {g.modularity(parts.membership, weights='weight'):.4f}")
    print(f"igraph pagerank {name} {best(lambda: g.pagerank(weights='weight'), 3)[0]:.6f}")
    if g.vcount() > 5000:
        continue
    print(f"igraph closeness-unweighted {name} {best(lambda: g.closeness(), 1)[0]:.6f}")
    print(f"igraph closeness-weighted {name} {best(lambda: g.closeness(weights='distance'), 1)[0]:.6f}")
    print(f"igraph betweenness-unweighted {name} {best(lambda: g.betweenness(), 1)[0]:.6f}")
    print(f"igraph betweenness-weighted {name} {best(lambda: g.betweenness(weights='distance'), 1)[0]:.6f}")
    sys.stdout.flush()
