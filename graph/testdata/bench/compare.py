#!/usr/bin/env python3
"""The ratio table of actorgraph against igraph and NetworkX on the same seeded graphs.

    go run ./scripts/benchgraphs -o /tmp/bench
    /usr/bin/python3 graph/testdata/bench/igraph_bench.py /tmp/bench > /tmp/bench/igraph.txt
    python3 graph/testdata/bench/networkx_bench.py /tmp/bench > /tmp/bench/networkx.txt
    go test ./graph -run X -bench Vs -cpu 1 > /tmp/bench/go.txt
    python3 graph/testdata/bench/compare.py /tmp/bench

prints, for each measure and graph, the seconds each took (one core each) and actorgraph's
time as a multiple of theirs: below 1 is faster. Q= gives the modularity each found.
"""
import re, sys
d = sys.argv[1]
t, q = {}, {}
for lib in ("igraph", "networkx"):
    try:
        lines = open(f"{d}/{lib}.txt").read().split("\n")
    except FileNotFoundError:
        continue
    for line in lines:
        f = line.split()
        if len(f) >= 4 and f[0] == lib:
            t[(lib, f[1], f[2])] = float(f[3])
            if len(f) > 4:
                q[(lib, f[1], f[2])] = f[4]
for line in open(f"{d}/go.txt"):
    m = re.match(r"BenchmarkVs/([\w-]+)/(\w+)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op(?:\s+([\d.]+) modularity)?", line)
    if m:
        t[("go", m[1], m[2])] = float(m[3]) / 1e9
        if m[4]:
            q[("go", m[1], m[2])] = f"{float(m[4]):.4f}"
print(f"{'measure':24} {'graph':14} {'actorgraph':>11} {'igraph':>9} {'ratio':>6} {'networkx':>9} {'ratio':>6}")
for (lib, measure, graph) in sorted(k for k in t if k[0] == "go"):
    go = t[(lib, measure, graph)]
    row = f"{measure:24} {graph:14} {go:11.4f}"
    if (lib, measure, graph) in q:
        row += f" Q={q[(lib, measure, graph)]}"
    for other in ("igraph", "networkx"):
        x = t.get((other, measure, graph))
        row += f" {x:9.4f} {go / x:6.2f}" if x else f" {'-':>9} {'-':>6}"
        if (other, measure, graph) in q:
            row += f" Q={q[(other, measure, graph)]}"
    print(row)
