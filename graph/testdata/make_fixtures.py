#!/usr/bin/env python3
"""Writes the centrality fixtures that graph's tests compare against.

Run from this directory with NetworkX 3.x (made with 3.6.1; no numpy or scipy needed):

    python3 make_fixtures.py

Each <name>.json holds {"description", "networkx", "graph", "measures"}: "graph" is the
node-link data of the graph (networkx.node_link_data), and "measures" maps each measure
name to {node id as a string: value}, computed with NetworkX under the conventions that
graph documents:

    degree       nx.degree_centrality(G)
    strength     dict(G.degree(weight="weight"))
    betweenness  nx.betweenness_centrality(G, weight="distance")   distance = 1/weight
    betweenness_unweighted  nx.betweenness_centrality(G, weight=None)
    closeness    nx.closeness_centrality(G, distance="distance")
    closeness_unweighted  nx.closeness_centrality(G)
    harmonic     nx.harmonic_centrality(G, distance="distance")
    eigenvector  nx.eigenvector_centrality(G, weight="weight"), tol=1e-14
    pagerank     pagerank_alg._pagerank_python(G, alpha=0.85, weight="weight"), tol=1e-14

nx.pagerank needs scipy in NetworkX 3.x, so pagerank comes from NetworkX's pure-Python
reference implementation, _pagerank_python, a private function with the same semantics
(uniform teleport, dangling nodes redistributed uniformly). Both power iterations run to
convergence (tol=1e-14, against NetworkX's default 1e-6) so that the values are exact to
about 1e-12 and the Go tests can demand 1e-9.

Edges without a "weight" attribute have weight 1, as in both NetworkX and graph.

The measures that take parameters are in parametric/<name>.json, one for each <name>.json
whose graph they use, so that adding them left the older fixtures unchanged. Each holds
{"description", "networkx", "katz", "pagerank_personalized"}:

    katz  {"alpha", "beta", "values": nx.katz_centrality(G, alpha, beta, weight="weight",
           normalized=True), tol=1e-14, "default_converges"}
    pagerank_personalized  {"personalization", "values":
           pagerank_alg._pagerank_python(G, alpha=0.85, personalization=..., weight="weight"),
           tol=1e-14}

Katz centrality converges only for alpha below 1/lambda, lambda the largest eigenvalue of the
weighted adjacency matrix. "default_converges" says whether NetworkX's default alpha=0.1
converges (it does not on karate, random and neartie, whose lambda is 21.7, 21.9 and 10.05);
where it does not, "alpha" is KATZ_ALPHA's smaller value for that graph, else 0.1. The
personalization gives weights 1, 0 and 2 to the first three nodes by id as a string, and 0.5
to the last if there are more than three.

harmonic_centrality sums over a set of nodes, whose order depends on string hashing, so the
script runs itself with PYTHONHASHSEED=0 to write the same bytes every time.
"""

import json
import os
import random
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, *sys.argv])

import networkx as nx
from networkx.algorithms.link_analysis import pagerank_alg

TOL = 1e-14
MAX_ITER = 100_000


def measures(G):
    H = G.copy()
    for _, _, d in H.edges(data=True):
        d["distance"] = 1.0 / d.get("weight", 1)
    out = {
        "degree": nx.degree_centrality(H),
        "strength": dict(H.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(H, weight="distance"),
        "betweenness_unweighted": nx.betweenness_centrality(H, weight=None),
        "closeness": nx.closeness_centrality(H, distance="distance"),
        "closeness_unweighted": nx.closeness_centrality(G),
        "harmonic": nx.harmonic_centrality(H, distance="distance"),
        "eigenvector": nx.eigenvector_centrality(
            H, weight="weight", tol=TOL, max_iter=MAX_ITER
        ),
        "pagerank": pagerank_alg._pagerank_python(
            H, alpha=0.85, weight="weight", tol=TOL, max_iter=MAX_ITER
        ),
    }
    return {name: by_id(values) for name, values in out.items()}


# KATZ_ALPHA is the attenuation for graphs on which NetworkX's default alpha=0.1 diverges.
KATZ_ALPHA = {"karate": 0.03, "random": 0.03, "neartie": 0.05, "corpus": 0.02}


def katz(name, G):
    try:
        nx.katz_centrality(G, alpha=0.1, beta=1.0, weight="weight", tol=TOL, max_iter=10_000)
        default_converges = True
    except nx.PowerIterationFailedConvergence:
        default_converges = False
    alpha = 0.1 if default_converges else KATZ_ALPHA[name]
    values = nx.katz_centrality(
        G, alpha=alpha, beta=1.0, weight="weight", normalized=True, tol=TOL, max_iter=MAX_ITER
    )
    return {
        "alpha": alpha,
        "beta": 1.0,
        "default_converges": default_converges,
        "values": by_id(values),
    }


def pagerank_personalized(G):
    nodes = sorted(G, key=str)
    weights = [1.0, 0.0, 2.0]
    personalization = {n: w for n, w in zip(nodes, weights)}
    if len(nodes) > len(weights):
        personalization[nodes[-1]] = 0.5
    values = pagerank_alg._pagerank_python(
        G, alpha=0.85, personalization=personalization, weight="weight", tol=TOL, max_iter=MAX_ITER
    )
    return {"personalization": by_id(personalization), "values": by_id(values)}


def by_id(values):
    return {str(n): float(v) for n, v in sorted(values.items(), key=lambda kv: str(kv[0]))}


def write_parametric(name, description, G):
    data = {
        "description": description,
        "networkx": nx.__version__,
        "katz": katz(name, G),
        "pagerank_personalized": pagerank_personalized(G),
    }
    os.makedirs("parametric", exist_ok=True)
    with open(os.path.join("parametric", f"{name}.json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True, allow_nan=False)
        f.write("\n")


def write(name, description, G, edges="edges"):
    data = {
        "description": description,
        "networkx": nx.__version__,
        "graph": nx.node_link_data(G, edges=edges),
        "measures": measures(G),
    }
    with open(f"{name}.json", "w") as f:
        json.dump(data, f, indent=1, sort_keys=True, allow_nan=False)
        f.write("\n")
    write_parametric(name, description, G)


def karate():
    # Zachary's karate club with NetworkX's "weight" attributes (interaction counts).
    return nx.karate_club_graph()


def random_weighted(seed=20251122):
    """60 nodes, ~200 edges: a 48-node and an 11-node component and one isolated node.

    Half of the weights come from a small set of binary fractions, so that equal path
    lengths (and so several shortest paths) are common; the other half are arbitrary.
    """
    rng = random.Random(seed)
    G = nx.Graph()
    ids = [f"r{i:02d}" for i in range(60)]
    for i, n in enumerate(ids):
        G.add_node(n, name=f"Actor {i:02d}", type=rng.choice(["person", "country", "organization"]))

    def weight():
        if rng.random() < 0.5:
            return rng.choice([0.5, 1, 1, 2, 4, 5])
        return round(rng.uniform(0.05, 5), 3)

    def component(nodes, m):
        order = nodes[:]
        rng.shuffle(order)
        for i in range(1, len(order)):  # a random spanning tree keeps it connected
            G.add_edge(order[i], order[rng.randrange(i)], weight=weight())
        while sum(1 for _ in G.subgraph(nodes).edges()) < m:
            u, v = rng.sample(nodes, 2)
            if not G.has_edge(u, v):
                G.add_edge(u, v, weight=weight())

    component(ids[:48], 180)
    component(ids[48:59], 20)
    return G


def hand():
    # A small news-style graph with string ids and node attributes.
    G = nx.Graph()
    people = [
        ("volodymyr-zelensky", "Volodymyr Zelensky", "person", "ukraine"),
        ("donald-trump", "Donald Trump", "person", "united-states"),
        ("vladimir-putin", "Vladimir Putin", "person", "russia"),
        ("marco-rubio", "Marco Rubio", "person", "united-states"),
        ("andriy-yermak", "Andriy Yermak", "person", "ukraine"),
        ("kirill-dmitriev", "Kirill Dmitriev", "person", "russia"),
        ("ukraine", "Ukraine", "country", ""),
        ("russia", "Russia", "country", ""),
        ("united-states", "United States", "country", ""),
        ("geneva", "Geneva", "location", ""),
    ]
    for id_, label, type_, affiliation in people:
        G.add_node(id_, label=label, type=type_, affiliation=affiliation)
    for u, v, w in [
        ("marco-rubio", "andriy-yermak", 2.5),
        ("marco-rubio", "geneva", 1),
        ("andriy-yermak", "geneva", 1),
        ("donald-trump", "volodymyr-zelensky", 3),
        ("donald-trump", "vladimir-putin", 2),
        ("vladimir-putin", "kirill-dmitriev", 1.5),
        ("kirill-dmitriev", "donald-trump", 0.5),
        ("ukraine", "russia", 4),
        ("russia", "united-states", 1),
        ("united-states", "ukraine", 2),
        ("volodymyr-zelensky", "ukraine", 1),
        ("vladimir-putin", "russia", 1),
        ("donald-trump", "united-states", 1),
        ("marco-rubio", "donald-trump", 1),
    ]:
        G.add_edge(u, v, weight=w)
    return G


def near_ties():
    """Three triangles whose two routes are equally long on paper (Fractions) but not always
    in floating point, where NetworkX compares path lengths exactly:

    s-a-t: 1/2 + 1/3 = 0.8333333333333333 < 1/1.2 = 0.8333333333333334, so only s-a-t counts;
    t-b-u: 1/2 + 1/9 = 0.6111111111111112 > 1/(18/11) = 0.611111111111111, so only t-u counts;
    u-c-v: 1/2 + 1/2 = 1 = 1/1, an exact tie, so both routes count.
    """
    G = nx.Graph()
    for u, v, w in [
        ("s", "a", 2), ("a", "t", 3), ("s", "t", 1.2),
        ("t", "b", 2), ("b", "u", 9), ("t", "u", 18 / 11),
        ("u", "c", 2), ("c", "v", 2), ("u", "v", 1),
    ]:
        G.add_edge(u, v, weight=w)
    return G


def corpus():
    """The co-mention graph of the bundled sample articles, as actorgraph writes it:

        go run ./cmd/actorgraph export -format nodelink -o graph/testdata/corpus/graph.nodelink.json
    """
    with open("corpus/graph.nodelink.json", encoding="utf-8") as f:
        return nx.node_link_graph(json.load(f), edges="edges")


def main():
    write("karate", "Zachary's karate club, nx.karate_club_graph(), weighted", karate())
    write("random", "random_weighted(seed=20251122) in make_fixtures.py", random_weighted())
    write("hand", "hand-made news graph with string ids, old 'links' key", hand(), edges="links")
    write("star", "nx.star_graph(6), unweighted", nx.star_graph(6))
    write("path", "nx.path_graph(7), unweighted, old 'links' key", nx.path_graph(7), edges="links")
    write("neartie", "near_ties() in make_fixtures.py: floating-point path-length ties", near_ties())
    write("edgeless", "nx.empty_graph(3): three actors, no ties", nx.empty_graph(3))
    write("single", "nx.empty_graph(1): one actor", nx.empty_graph(1))
    write("corpus", "the co-mention graph of the bundled sample articles (corpus())", corpus())


if __name__ == "__main__":
    main()
