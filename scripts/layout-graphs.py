#!/usr/bin/env python3
"""Generates the test graphs of the layout checks (issue 15) as edge lists, with fixed seeds.

    scripts/layout-graphs.py [--dir DIR] [N ...]

Writes DIR/ba-N.edgelist for each N (default: 3000 10000 20000 50000; DIR default
/tmp/influence-layout): an undirected Barabási–Albert graph, n = N, m = 2 new edges per node
(networkx.barabasi_albert_graph(N, 2, seed=N)), each edge written once as `u v` with u < v and
node ids 0 … N-1. About 2 N edges: sparse and scale-free, with a few hubs of degree ≈ 2 √N, the
shape of large real networks (and hard for force-directed layout, whose hubs pull everything in).

Also `--small K` writes K small labelled networks DIR/small-i.yaml (30–60 nodes) for
scripts/layout-harness.py; see there.
"""
import argparse
import os
import random

import networkx as nx


def write_ba(path, n):
    g = nx.barabasi_albert_graph(n, 2, seed=n)
    with open(path, "w") as f:
        f.write(f"# networkx.barabasi_albert_graph({n}, 2, seed={n}); n = {n}, m = {g.number_of_edges()}\n")
        for u, v in sorted((min(a, b), max(a, b)) for a, b in g.edges()):
            f.write(f"{u} {v}\n")


KINDS = ["person", "organization", "state", "party", "militia"]
RELATIONS = ["supports", "funds", "member-of", "opposes", "allied-with"]
WORDS = ["North", "Popular", "National", "Islamic", "Council", "Front", "Brigade", "Ministry", "Party",
         "Movement", "Alliance", "Union", "Forces", "Committee", "League", "Office", "Bureau"]


def write_small(path, i):
    """A labelled network of 30–60 nodes: a few communities of unequal size, sparse ties between
    them, node labels of 1–3 words (like real actor names), 5 kinds and 5 relations."""
    rng = random.Random(1000 + i)
    n = rng.randint(30, 60)
    sizes = []
    left = n
    while left > 0:
        s = min(left, rng.randint(4, 14))
        sizes.append(s)
        left -= s
    g = nx.random_partition_graph(sizes, 0.25, 0.02, seed=2000 + i, directed=True)
    # Keep it connected-ish: link each community's first node to the previous one's.
    starts = [sum(sizes[:k]) for k in range(len(sizes))]
    for a, b in zip(starts, starts[1:]):
        g.add_edge(b, a)
    names = set()
    lines = [f"title: Generated network {i} ({n} nodes)", "nodes:"]
    for v in range(n):
        while True:
            name = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
            if name not in names:
                names.add(name)
                break
        lines += [f"  - id: n{v}", f"    label: \"{name}\"", f"    kind: {rng.choice(KINDS)}"]
    lines.append("edges:")
    for u, v in sorted(g.edges()):
        lines += [f"  - from: n{u}", f"    to: n{v}", f"    relation: {rng.choice(RELATIONS)}"]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", default="/tmp/influence-layout")
    p.add_argument("--small", type=int, default=0)
    p.add_argument("sizes", nargs="*", type=int)
    a = p.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    sizes = a.sizes or ([] if a.small else [3000, 10000, 20000, 50000])
    for n in sizes:
        path = os.path.join(a.dir, f"ba-{n}.edgelist")
        if not os.path.exists(path):
            write_ba(path, n)
        print(path)
    for i in range(1, a.small + 1):
        path = os.path.join(a.dir, f"small-{i}.yaml")
        write_small(path, i)
        print(path)


if __name__ == "__main__":
    main()
