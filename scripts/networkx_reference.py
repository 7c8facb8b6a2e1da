#!/usr/bin/env python3
"""Reference centrality values computed with NetworkX, for influence's Swift tests.

Run from anywhere:  python3 scripts/networkx_reference.py
Needs: networkx (written against 3.6.1), numpy, scipy, PyYAML.  Nothing else.
Writes one JSON file per graph to Tests/InfluenceCentralityTests/Reference/<name>.json
(and removes no other file).  The output is deterministic: rerunning gives the same bytes.

File format
-----------
{
 "generator": "scripts/networkx_reference.py",
 "networkx": "3.6.1",
 "graph": {"name", "description", "directed", "weighted", "nodes": [...], "edges": [[u, v, w], ...]},
 "results": [
   {"measure": ..., "params": {...}, "values": {node: x, ...}}            per-node measures
   {"measure": ..., "params": {...}, "edge_values": [[u, v, x], ...]}     edge-betweenness
   {"measure": ..., "params": {...}, "error": "ClassName", "message": "..."}   the call raised
 ]
}

* Node ids are strings (str(n)).  `nodes` is the node order: the graph's own node order for
  NetworkX built-ins and generators, the construction order for hand-made graphs, the YAML file's
  node order for the Iraq network.
* `edges` is the merged simple graph.  Multigraph inputs are merged: parallel edges between the
  same ordered pair (the same unordered pair when undirected) become one edge whose weight is the
  SUM of their weights (a missing weight counts 1).  Self-loops are kept.  Every edge lists its
  weight (1.0 when the graph is unweighted).  Undirected edges are listed once, as (u, v) with u
  not after v in node order.  Edges are sorted by (index of u, index of v).
* `weighted` says whether the weights are meaningful.  Every value is computed on a fresh
  nx.Graph / nx.DiGraph built from exactly `nodes` (added first, with add_nodes_from, in order)
  and `edges` in the listed order, with a `weight` attribute only when `weighted` is true (so
  PageRank and HITS, which read "weight" by default, see weight 1 on unweighted graphs).
* `params` are NetworkX's own keyword names and values (None -> null), passed verbatim as
  keyword arguments to the call, except two keys of influence's own: "sampler": "influence"
  (the `seed` is influence's, turned into NetworkX's sources by InfluenceSampler) and
  "allow_nan": true (the values keep NetworkX's NaN as null, which influence returns only when
  asked to).  Measures that need a weight ("weight" variants) are computed
  only on weighted graphs.
* `error` is the class name of the exception NetworkX raised (PowerIterationFailedConvergence,
  NetworkXPointlessConcept, NetworkXNotImplemented, NetworkXError, ValueError, ...) and `message`
  is str(exception).  Directed-only calls (in_degree_centrality, out_degree_centrality) are also
  made on undirected graphs to record NetworkX's error.  If a result other than constraint /
  effective-size contains NaN or an infinity, it is recorded as {"error": "NaN", "message": ...}
  instead of values: NaN/inf never appear in the files (json.dumps(allow_nan=False)).
* constraint and effective-size: NetworkX returns NaN for isolated nodes (nodes without neighbours
  other than themselves).  For those nodes the value is stored as null in "values" (the rest of
  the result is kept).
* effective-size: computed with NetworkX's sparse path plus the fix of networkx PR #8906 (see
  effective_size_fixed): NetworkX 3.6.1's own default disagrees with its per-node path on weighted
  or directed graphs; the fixed path is cross-checked against the per-node path in every run.
* edge-betweenness: `edge_values` lists [u, v, x] for every key NetworkX returns (NetworkX's own
  orientation of the key), sorted by (index of u, index of v).
* Floats are written with Python's shortest round-trip repr, so they read back exactly.

Measures (our name -> NetworkX call) and parameter sets
------------------------------------------------------
degree        nx.degree_centrality
in-degree     nx.in_degree_centrality   (also called on undirected graphs: records the error)
out-degree    nx.out_degree_centrality  (likewise)
strength      dict(G.degree(weight="weight"))            weighted graphs only
in-strength / out-strength  G.in_degree / G.out_degree(weight="weight")  weighted directed only
betweenness   nx.betweenness_centrality: normalized x endpoints x weight in {None, "weight"};
              plus k=n, seed=1 (sampling every node: must equal the exact value), if n > 0
              plus k=1, seed=3 without endpoints, normalized and not, with the source influence's
              sampler draws for seed 3 (params "sampler": "influence"; InfluenceSampler hands it to
              NetworkX as seed.sample): once with NaN as null and "allow_nan": true, once as the
              NaN error NetworkX's value is
edge-betweenness  nx.edge_betweenness_centrality: normalized x weight
edge-load     nx.edge_load_centrality (unweighted, as NetworkX: it takes no weight); edge_values
              hold both orientations of every edge, as NetworkX's keys
closeness     nx.closeness_centrality: wf_improved x distance in {None, "weight"}
harmonic      nx.harmonic_centrality: distance in {None, "weight"}, each also with
              sources = the first ceil(n/2) nodes, and the last node alone (params "sources": [ids])
eigenvector   nx.eigenvector_centrality: defaults; weight="weight"; max_iter=1000 tol=1e-10;
              max_iter=3 (usually PowerIterationFailedConvergence, which is wanted)
katz          nx.katz_centrality: defaults; alpha=0.05; normalized=False; weight="weight";
              tol=1e-10; and alpha = 2/lambda (lambda = spectral radius of the unweighted
              adjacency matrix, rounded to 4 significant digits; alpha=1.0 when lambda = 0) to
              record divergence.  That result carries a "note" giving lambda.
pagerank      nx.pagerank: defaults; weight=None; alpha=0.5; tol=1e-10 max_iter=1000;
              personalization {node i: i+1 for the first ceil(n/2) nodes in node order};
              dangling (same dict); max_iter=2 (to record a failure)
hubs / authorities  nx.hits: defaults (normalized=True) and normalized=False; one call gives
              both results, with the same params.
core          nx.core_number (raises NetworkXNotImplemented on self-loops)
load          nx.load_centrality: normalized x weight
clustering    nx.clustering: weight
constraint    nx.constraint: weight          (NaN -> null, see above)
effective-size  nx.effective_size (sparse path with the fix of networkx PR #8906): weight    (NaN -> null)

Determinism.  Some NetworkX functions (harmonic_centrality, for one) iterate over Python sets of
node ids, whose order depends on string hashing, so the last bits of their sums change with
PYTHONHASHSEED.  The script re-executes itself with PYTHONHASHSEED=0 when it is not already set
to 0; another seed may change results in the last bits only.

HITS and determinism.  nx.hits calls scipy.sparse.linalg.svds (ARPACK) with no start vector;
scipy then draws a random start vector, and ARPACK (eigsh, called by svds without an rng) draws
random restart vectors, from fresh OS entropy (np.random.seed does not help), so the last bits of
the result change from run to run.  To keep the files deterministic the script runs nx.hits with
scipy.sparse.linalg.svds temporarily replaced by partial(svds, rng=default_rng(seed)) and the
eigsh that svds calls by partial(eigsh, rng=default_rng(seed + 1000)), seed 0 for the recorded
values -- NetworkX's and scipy's code are otherwise untouched.
It also reruns each HITS call with other seeds: when the results differ (relative difference
> 1e-8; this happens when the largest singular value of A is not simple, e.g. bipartite or
disconnected graphs), the answer depends on the random start vector and is not a well-defined
reference: both results then carry "unstable": true and a "note" with the spread observed.

The corpus
----------
karate (weighted, the graph's `weight`), karate-unweighted, les-miserables (weighted),
florentine, davis (unweighted); path5, star6 (star_graph(5)), complete6, empty (0 nodes), single
(1 node), two-nodes-one-edge; disconnected and disconnected-directed (components plus isolated
nodes); selfloops-parallel (MultiGraph, weighted) and selfloops-parallel-directed (MultiDiGraph),
merged as above; directed-sinks-sources (unweighted) and directed-sinks-sources-weighted;
random-directed-weighted-<seed> for seeds 1, 2, 3 (gnm_random_graph(n, 4n, seed, directed=True),
n = 200, 250, 300; weights from random.Random(seed) drawn in G.edges() order: randint(1, 10) for
seeds 1 and 3, round(uniform(0.5, 5), 3) for seed 2); random-undirected-4 (gnm_random_graph(150,
500, 4), weights randint(1, 3)) and random-undirected-5 (gnm_random_graph(150, 500, 5),
unweighted); signed and signed-directed (negative weights), zero-weights and zero-weights-directed
(zero weights, a zero-weight self-loop, a node with only zero out-weights); iraq-2025 and iraq-2025-undirected, the ranking graph of graphs/iraq-2025.yaml.

The Iraq ranking graph: nodes in file order.  Each edge's relation is looked up in the built-in
table below, overridden field by field by the file's `relations:` entry; a relation in neither
gets {gains: target, counts: true}.  Only edges whose relation counts are kept.  gains target ->
arc from->to; gains source -> arc to->from; gains none -> both arcs (one arc for a self-loop;
one undirected edge in the undirected view).  Weight = the edge's `weight` (default 1); parallel
arcs (parallel {u, v} pairs in the undirected view) merge by summing weights.  A view is
`weighted` only if some kept edge gives a weight or something merged.  Validity dates are
ignored (the whole file).
  backs funds arms trains leads founded controls commands political-wing appoints: source, counts
  member-of joined part-of affiliated-with loyal-to: target, counts
  allied-with cooperates-with linked-to: none, counts
  opposes attacked kidnapped killed designated sanctioned froze-assets at-war-with: none, no count
"""

import functools
import json
import math
import os
import random
import re
import sys

import networkx as nx
import numpy as np
import scipy.sparse.linalg as spla
import scipy.sparse.linalg._eigen._svds as _svds_module
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "InfluenceCentralityTests", "Reference")
IRAQ = os.path.join(ROOT, "graphs", "iraq-2025.yaml")
GENERATOR = "scripts/networkx_reference.py"


# ───────────────────────────── graph specs ─────────────────────────────

def make_spec(name, description, directed, weighted, nodes, multiedges, **extra):
    """Merges `multiedges` [(u, v, weight or None)] into the simple graph of the file format."""
    nodes = [str(n) for n in nodes]
    index = {n: i for i, n in enumerate(nodes)}
    assert len(index) == len(nodes), f"{name}: duplicate node ids"
    merged = {}
    merges = 0
    for u, v, w in multiedges:
        u, v = str(u), str(v)
        w = 1.0 if w is None else float(w)
        if not directed and index[u] > index[v]:
            u, v = v, u
        if (u, v) in merged:
            merges += 1
            merged[(u, v)] += w
        else:
            merged[(u, v)] = w
    edges = sorted(([u, v, w] for (u, v), w in merged.items()),
                   key=lambda e: (index[e[0]], index[e[1]]))
    spec = {"name": name, "description": description, "directed": directed,
            "weighted": weighted, "nodes": nodes, "edges": edges}
    spec.update(extra)
    return spec, merges


def from_nx(name, description, G, weighted):
    multi = [(u, v, d.get("weight") if weighted else None) for u, v, d in G.edges(data=True)]
    spec, _ = make_spec(name, description, G.is_directed(), weighted, list(G.nodes), multi)
    return spec


def build(spec):
    G = nx.DiGraph() if spec["directed"] else nx.Graph()
    G.add_nodes_from(spec["nodes"])
    for u, v, w in spec["edges"]:
        if spec["weighted"]:
            G.add_edge(u, v, weight=w)
        else:
            G.add_edge(u, v)
    assert list(G.nodes) == spec["nodes"]
    return G


BUILTIN_RELATIONS = {}
for _names, _gains, _counts in [
    ("backs funds arms trains leads founded controls commands political-wing appoints", "source", True),
    ("member-of joined part-of affiliated-with loyal-to", "target", True),
    ("allied-with cooperates-with linked-to", "none", True),
    ("opposes attacked kidnapped killed designated sanctioned froze-assets at-war-with", "none", False),
]:
    for _r in _names.split():
        BUILTIN_RELATIONS[_r] = {"gains": _gains, "counts": _counts}


def iraq_specs():
    with open(IRAQ, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    nodes = [str(n["id"]) for n in doc["nodes"]]
    table = doc.get("relations") or {}
    arcs, pairs = [], []
    any_weight = False
    kept = 0
    for e in doc["edges"]:
        rel = e["relation"]
        info = dict(BUILTIN_RELATIONS.get(rel, {"gains": "target", "counts": True}))
        for field in ("gains", "counts"):
            if field in (table.get(rel) or {}):
                info[field] = table[rel][field]
        if not info["counts"]:
            continue
        kept += 1
        u, v = str(e["from"]), str(e["to"])
        if "weight" in e:
            any_weight = True
        w = float(e.get("weight", 1))
        if info["gains"] == "target":
            arcs.append((u, v, w))
        elif info["gains"] == "source":
            arcs.append((v, u, w))
        elif info["gains"] == "none":
            arcs.append((u, v, w))
            if u != v:
                arcs.append((v, u, w))
        else:
            raise ValueError(f"relation {rel}: gains {info['gains']!r}")
        pairs.append((u, v, w))
    desc = ("The ranking graph of graphs/iraq-2025.yaml ({}): nodes in file order, the {} of {} "
            "edges whose relation counts, oriented towards the end that gains standing, "
            "parallel arcs merged by summing weights; validity dates ignored.")
    d_spec, d_merges = make_spec(
        "iraq-2025", desc.format("directed", kept, len(doc["edges"])), True, None, nodes, arcs)
    d_spec["weighted"] = any_weight or d_merges > 0
    u_spec, u_merges = make_spec(
        "iraq-2025-undirected",
        desc.format("undirected view: one edge per counted edge, {u, v} pairs merged", kept,
                    len(doc["edges"])),
        False, None, nodes, pairs)
    u_spec["weighted"] = any_weight or u_merges > 0
    for spec, merges in ((d_spec, d_merges), (u_spec, u_merges)):
        spec["description"] += (f" Weighted: {spec['weighted']} (edges giving a weight: "
                                f"{'yes' if any_weight else 'none'}; merged parallels: {merges}).")
    return [d_spec, u_spec]


def random_weights(G, seed, kind):
    rng = random.Random(seed)
    out = []
    for u, v in G.edges():
        if kind == "int10":
            w = rng.randint(1, 10)
        elif kind == "int3":
            w = rng.randint(1, 3)
        elif kind == "float":
            w = round(rng.uniform(0.5, 5), 3)
        else:
            w = None
        out.append((u, v, w))
    return out


def corpus():
    specs = []
    K = nx.karate_club_graph()
    specs.append(from_nx("karate", "Zachary's karate club (nx.karate_club_graph), weighted by its "
                         "'weight' attribute (number of contexts of interaction).", K, True))
    specs.append(from_nx("karate-unweighted", "Zachary's karate club (nx.karate_club_graph), "
                         "weights dropped.", K, False))
    specs.append(from_nx("les-miserables", "Les Misérables co-appearances "
                         "(nx.les_miserables_graph), weighted.", nx.les_miserables_graph(), True))
    specs.append(from_nx("florentine", "Florentine families marriages "
                         "(nx.florentine_families_graph), unweighted.",
                         nx.florentine_families_graph(), False))
    specs.append(from_nx("davis", "Davis Southern women (nx.davis_southern_women_graph), "
                         "bipartite women–events, unweighted.",
                         nx.davis_southern_women_graph(), False))
    specs.append(from_nx("path5", "nx.path_graph(5).", nx.path_graph(5), False))
    specs.append(from_nx("star6", "nx.star_graph(5): centre 0 and 5 leaves.", nx.star_graph(5), False))
    specs.append(from_nx("complete6", "nx.complete_graph(6).", nx.complete_graph(6), False))
    specs.append(from_nx("empty", "The graph with no nodes (nx.empty_graph(0)).", nx.empty_graph(0), False))
    specs.append(from_nx("single", "One node, no edge (nx.empty_graph(1)).", nx.empty_graph(1), False))
    specs.append(from_nx("two-nodes-one-edge", "nx.path_graph(2).", nx.path_graph(2), False))

    # Components: triangle 0-1-2 with a tail 2-3, path 4-5-6-7, star centre 8 with leaves 9 10 11,
    # an edge 12-13, isolated 14 and 15.
    und = [(0, 1), (1, 2), (2, 0), (2, 3), (4, 5), (5, 6), (6, 7), (8, 9), (8, 10), (8, 11), (12, 13)]
    spec, _ = make_spec("disconnected", "Undirected, unweighted: triangle 0-1-2 with tail 2-3, "
                        "path 4-5-6-7, star 8-{9,10,11}, edge 12-13, isolated 14 and 15.",
                        False, False, range(16), [(u, v, None) for u, v in und])
    specs.append(spec)
    # Directed: cycle 0->1->2->0 with 2->3 and 4->0, chain 5->6->7, out-star 8->{9,10},
    # in-star {11,12}->13, mutual pair 14<->15, isolated 16 and 17.
    dir_ = [(0, 1), (1, 2), (2, 0), (2, 3), (4, 0), (5, 6), (6, 7), (8, 9), (8, 10),
            (11, 13), (12, 13), (14, 15), (15, 14)]
    spec, _ = make_spec("disconnected-directed", "Directed, unweighted: cycle 0->1->2->0 with "
                        "2->3 and 4->0, chain 5->6->7, out-star 8->{9,10}, in-star {11,12}->13, "
                        "mutual pair 14<->15, isolated 16 and 17.",
                        True, False, range(18), [(u, v, None) for u, v in dir_])
    specs.append(spec)

    # Multigraphs with self-loops and parallel edges (a missing weight counts 1).
    multi = [("a", "b", 2), ("a", "b", 3), ("b", "a", None), ("b", "c", 1.5), ("c", "c", 2),
             ("c", "c", None), ("c", "d", 1), ("d", "e", 4), ("d", "e", 0.5), ("e", "a", 2.5),
             ("e", "c", 1), ("f", "f", 1), ("a", "a", 0.25)]
    MG = nx.MultiGraph()
    MG.add_nodes_from("abcdefg")
    MDG = nx.MultiDiGraph()
    MDG.add_nodes_from("abcdefg")
    for u, v, w in multi:
        for H in (MG, MDG):
            if w is None:
                H.add_edge(u, v)
            else:
                H.add_edge(u, v, weight=w)
    for name, H, what in (("selfloops-parallel", MG, "nx.MultiGraph"),
                          ("selfloops-parallel-directed", MDG, "nx.MultiDiGraph")):
        spec, merges = make_spec(
            name, f"A weighted {what} with self-loops (on a, c twice, f) and parallel edges "
            "(a-b three times, c-c, d-e), merged by summing weights (missing weight = 1); f has "
            "only a self-loop and g is isolated.",
            H.is_directed(), True, list(H.nodes),
            [(u, v, d.get("weight")) for u, v, d in H.edges(data=True)])
        specs.append(spec)

    # Sources s1 s2, a cycle a->b->c->a, sinks t1 t2 (dangling), an isolated node i.
    dss = [("s1", "a", 2), ("s2", "a", 1), ("s2", "t2", 3), ("a", "b", 1), ("b", "c", 4),
           ("c", "a", 2), ("c", "t1", 1), ("b", "t2", 5), ("s1", "s2", 1)]
    nodes = ["s1", "s2", "a", "b", "c", "t1", "t2", "i"]
    spec, _ = make_spec("directed-sinks-sources", "Small DiGraph: sources s1, s2 (s1->s2), cycle "
                        "a->b->c->a, sinks t1, t2 (dangling for PageRank), isolated i; unweighted.",
                        True, False, nodes, [(u, v, None) for u, v, _ in dss])
    specs.append(spec)
    spec, _ = make_spec("directed-sinks-sources-weighted", "directed-sinks-sources with "
                        "integer weights.", True, True, nodes, dss)
    specs.append(spec)

    for seed, n, kind in ((1, 200, "int10"), (2, 250, "float"), (3, 300, "int10")):
        G = nx.gnm_random_graph(n, 4 * n, seed=seed, directed=True)
        wdesc = ("weights random.Random(%d).randint(1, 10)" % seed if kind == "int10" else
                 "weights round(random.Random(%d).uniform(0.5, 5), 3)" % seed)
        spec, _ = make_spec(f"random-directed-weighted-{seed}",
                            f"nx.gnm_random_graph({n}, {4 * n}, seed={seed}, directed=True), "
                            f"{wdesc} drawn in G.edges() order.",
                            True, True, list(G.nodes), random_weights(G, seed, kind))
        specs.append(spec)
    for seed, kind in ((4, "int3"), (5, None)):
        G = nx.gnm_random_graph(150, 500, seed=seed)
        wdesc = (f"weights random.Random({seed}).randint(1, 3) drawn in G.edges() order "
                 "(many tied shortest paths)" if kind else "unweighted")
        spec, _ = make_spec(f"random-undirected-{seed}",
                            f"nx.gnm_random_graph(150, 500, seed={seed}), {wdesc}.",
                            False, kind is not None, list(G.nodes), random_weights(G, seed, kind))
        specs.append(spec)

    # Signed weights (a hostile tie as a negative weight) and zero weights (issue 14). Node g of
    # the signed graphs has out-weights +1 and -1 (summing to 0); node g of the zero-weight graphs
    # has only zero out-weights (dangling for PageRank); c has a zero-weight self-loop.
    signed = [("a", "b", 2), ("a", "c", -1), ("b", "c", 1), ("c", "d", 3), ("d", "e", -2),
              ("b", "e", 0.5), ("e", "f", 1), ("f", "a", -0.5), ("d", "f", 2), ("g", "a", 1),
              ("g", "d", -1), ("b", "h", 0)]
    zero = [("a", "b", 0), ("a", "c", 1), ("b", "c", 1), ("c", "d", 0), ("d", "e", 2), ("b", "e", 0),
            ("e", "f", 1), ("f", "a", 1), ("d", "f", 0), ("g", "a", 0), ("g", "b", 0), ("c", "c", 0),
            ("e", "h", 1.5)]
    for name, edges, what in (("signed", signed, "signed weights: negative ties a-c, d-e, f-a, g-d, a "
                               "zero tie b-h; g's weights +1 and -1 sum to 0"),
                              ("zero-weights", zero, "zero weights (a-b, c-d, b-e, d-f, g-a, g-b, the "
                               "self-loop c-c) beside positive ones: zero-length paths tie; g's "
                               "out-weights are all 0 (dangling for PageRank)")):
        nodes = sorted({x for e in edges for x in e[:2]})
        for directed in (False, True):
            spec, _ = make_spec(name + ("-directed" if directed else ""),
                                f"{'Directed' if directed else 'Undirected'}, {what}.",
                                directed, True, nodes, edges)
            specs.append(spec)

    specs.extend(iraq_specs())
    return specs


# ───────────────────────────── measures ─────────────────────────────

NAN_TO_NULL = {"constraint", "effective-size"}


def node_result(measure, params, values, nodes, nan_to_null=False):
    values = dict(values)
    assert set(values) == set(nodes), f"{measure}: keys differ from nodes"
    bad = [n for n in nodes if not math.isfinite(values[n])]
    if bad and not ((nan_to_null or measure in NAN_TO_NULL) and all(math.isnan(values[n]) for n in bad)):
        return {"measure": measure, "params": params, "error": "NaN",
                "message": "NetworkX returned non-finite values for nodes "
                           + ", ".join(f"{n}={values[n]!r}" for n in bad)}
    return {"measure": measure, "params": params,
            "values": {n: (None if not math.isfinite(values[n]) else float(values[n]))
                       for n in nodes}}


def error_result(measure, params, exc):
    return {"measure": measure, "params": params, "error": type(exc).__name__,
            "message": str(exc)}


class InfluenceSampler(random.Random):
    """A random.Random whose sample() draws as influence's `_sampleSources` does (SplitMix64 with
    Lemire's unbiased bounded integers, then a partial Fisher-Yates shuffle of the node list), so
    that nx.betweenness_centrality(G, k=k, seed=InfluenceSampler(s)) uses the sources influence
    uses with seed s. NetworkX calls seed.sample(list(G), k) and nothing else of the generator."""

    MASK = (1 << 64) - 1

    def __init__(self, seed):
        super().__init__(0)
        self.state = seed & self.MASK

    def next64(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def below(self, bound):
        product = self.next64() * bound
        low = product & self.MASK
        if low < bound:
            threshold = ((1 << 64) - bound) % bound
            while low < threshold:
                product = self.next64() * bound
                low = product & self.MASK
        return product >> 64

    def sample(self, population, k, **_):
        pool = list(population)
        for i in range(k):
            j = i + self.below(len(pool) - i)
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:k]


def call(measure, params, fn, nodes):
    try:
        values = fn(**params)
    except Exception as exc:  # noqa: BLE001 - every NetworkX failure is a wanted reference
        return [error_result(measure, params, exc)]
    return [node_result(measure, params, values, nodes)]


def hits_seeded(G, seed, **kw):
    """nx.hits with scipy's random number generators fixed (see the module docstring)."""
    orig_svds, orig_eigsh = spla.svds, _svds_module.eigsh
    spla.svds = functools.partial(orig_svds, rng=np.random.default_rng(seed))
    _svds_module.eigsh = functools.partial(orig_eigsh, rng=np.random.default_rng(seed + 1000))
    try:
        return nx.hits(G, **kw)
    finally:
        spla.svds, _svds_module.eigsh = orig_svds, orig_eigsh


def max_rel_diff(a, b):
    return max((abs(a[k] - b[k]) / max(1.0, abs(a[k])) for k in a), default=0.0)


def hits_results(G, nodes, params):
    try:
        h, a = hits_seeded(G, 0, **params)
    except Exception as exc:  # noqa: BLE001
        return [error_result("hubs", params, exc), error_result("authorities", params, exc)]
    spread = 0.0
    for seed in (1, 2, 3, 4, 5):
        try:
            h2, a2 = hits_seeded(G, seed, **params)
        except Exception:  # noqa: BLE001
            spread = math.inf
            break
        spread = max(spread, max_rel_diff(h, h2), max_rel_diff(a, a2))
    out = [node_result("hubs", params, h, nodes), node_result("authorities", params, a, nodes)]
    if not (spread <= 1e-8):
        for r in out:
            r["unstable"] = True
            r["note"] = ("nx.hits (scipy svds/ARPACK) depends on its random start vector here: "
                         "the largest singular value is not simple; values with rng seed 0 "
                         f"differ from seeds 1-5 by up to {spread:.3g} (relative)")
    return out


def spectral_radius(G):
    if len(G) == 0:
        return 0.0
    A = nx.to_numpy_array(G, nodelist=list(G), weight=None)
    return float(np.max(np.abs(np.linalg.eigvals(A))))


def compute(spec):
    G = build(spec)
    nodes = spec["nodes"]
    n = len(nodes)
    directed = spec["directed"]
    weighted = spec["weighted"]
    weights = [None, "weight"] if weighted else [None]
    R = []

    R += call("degree", {}, lambda: nx.degree_centrality(G), nodes)
    R += call("in-degree", {}, lambda: nx.in_degree_centrality(G), nodes)
    R += call("out-degree", {}, lambda: nx.out_degree_centrality(G), nodes)
    if weighted:
        R += call("strength", {"weight": "weight"}, lambda weight: dict(G.degree(weight=weight)), nodes)
        if directed:
            R += call("in-strength", {"weight": "weight"},
                      lambda weight: dict(G.in_degree(weight=weight)), nodes)
            R += call("out-strength", {"weight": "weight"},
                      lambda weight: dict(G.out_degree(weight=weight)), nodes)

    for normalized in (True, False):
        for endpoints in (False, True):
            for weight in weights:
                R += call("betweenness", {"normalized": normalized, "endpoints": endpoints,
                                          "weight": weight},
                          lambda **kw: nx.betweenness_centrality(G, **kw), nodes)
    if n > 0:
        R += call("betweenness", {"k": n, "seed": 1, "normalized": True, "endpoints": False,
                                  "weight": None},
                  lambda **kw: nx.betweenness_centrality(G, **kw), nodes)

    if n > 0:
        # k = 1 without endpoints: NetworkX's scale for the sampled source is 0/0, so its value
        # is NaN. The source is the one influence's sampler draws for the seed (see
        # InfluenceSampler), so the other values can be compared too. Recorded twice: with NaN
        # kept as null ("allow_nan": influence's option to return it), and as NetworkX's NaN
        # (influence's default refuses it).
        for normalized in (True, False):
            params = {"k": 1, "seed": 3, "normalized": normalized, "endpoints": False, "weight": None}
            try:
                values = nx.betweenness_centrality(G, **dict(params, seed=InfluenceSampler(3)))
            except Exception as exc:  # noqa: BLE001
                R.append(error_result("betweenness", dict(params, sampler="influence"), exc))
                continue
            R.append(node_result("betweenness", dict(params, sampler="influence", allow_nan=True),
                                 values, nodes, nan_to_null=True))
            R.append(node_result("betweenness", dict(params, sampler="influence"), values, nodes))

    index = {v: i for i, v in enumerate(nodes)}
    try:
        el = nx.edge_load_centrality(G)
    except Exception as exc:  # noqa: BLE001
        R.append(error_result("edge-load", {}, exc))
    else:
        rows = sorted(([str(u), str(v), float(x)] for (u, v), x in el.items()),
                      key=lambda r: (index[r[0]], index[r[1]]))
        R.append({"measure": "edge-load", "params": {}, "edge_values": rows})
    for normalized in (True, False):
        for weight in weights:
            params = {"normalized": normalized, "weight": weight}
            try:
                ev = nx.edge_betweenness_centrality(G, **params)
            except Exception as exc:  # noqa: BLE001
                R.append(error_result("edge-betweenness", params, exc))
                continue
            bad = [k for k, x in ev.items() if not math.isfinite(x)]
            if bad:
                R.append({"measure": "edge-betweenness", "params": params, "error": "NaN",
                          "message": f"NetworkX returned non-finite values for edges {bad}"})
                continue
            rows = sorted(([str(u), str(v), float(x)] for (u, v), x in ev.items()),
                          key=lambda r: (index[r[0]], index[r[1]]))
            R.append({"measure": "edge-betweenness", "params": params, "edge_values": rows})

    for wf_improved in (True, False):
        for distance in weights:
            R += call("closeness", {"wf_improved": wf_improved, "distance": distance},
                      lambda **kw: nx.closeness_centrality(G, **kw), nodes)
    for distance in weights:
        R += call("harmonic", {"distance": distance},
                  lambda **kw: nx.harmonic_centrality(G, **kw), nodes)
        if n > 0:
            # sources: the first ceil(n/2) nodes in node order, and the last node alone.
            for sources in (nodes[: (n + 1) // 2], nodes[-1:]):
                R += call("harmonic", {"distance": distance, "sources": list(sources)},
                          lambda **kw: nx.harmonic_centrality(G, **kw), nodes)

    eig = [{"max_iter": 100, "tol": 1e-06, "weight": None}]
    if weighted:
        eig.append({"max_iter": 100, "tol": 1e-06, "weight": "weight"})
    eig += [{"max_iter": 1000, "tol": 1e-10, "weight": None},
            {"max_iter": 3, "tol": 1e-06, "weight": None}]
    for params in eig:
        R += call("eigenvector", params, lambda **kw: nx.eigenvector_centrality(G, **kw), nodes)

    katz_default = {"alpha": 0.1, "beta": 1.0, "max_iter": 1000, "tol": 1e-06,
                    "normalized": True, "weight": None}
    lam = spectral_radius(G)
    diverge_alpha = float(f"{2 / lam:.4g}") if lam > 1e-9 else 1.0
    katz = [{}, {"alpha": 0.05}, {"normalized": False}]
    if weighted:
        katz.append({"weight": "weight"})
    katz += [{"tol": 1e-10}, {"alpha": diverge_alpha}]
    for change in katz:
        params = dict(katz_default, **change)
        R += call("katz", params, lambda **kw: nx.katz_centrality(G, **kw), nodes)
    R[-1]["note"] = (f"alpha chosen to diverge: 2/lambda rounded to 4 significant digits, "
                     f"lambda = {lam:.6g} = spectral radius of the unweighted adjacency matrix"
                     if lam > 1e-9 else "alpha = 1.0: the adjacency matrix is nilpotent "
                     "(spectral radius 0), so Katz converges for any alpha")

    pr_default = {"alpha": 0.85, "personalization": None, "max_iter": 100, "tol": 1e-06,
                  "nstart": None, "weight": "weight", "dangling": None}
    half = {v: i + 1 for i, v in enumerate(nodes[: (n + 1) // 2])}
    for change in ({}, {"weight": None}, {"alpha": 0.5}, {"tol": 1e-10, "max_iter": 1000},
                   {"personalization": half}, {"dangling": half}, {"max_iter": 2}):
        params = dict(pr_default, **change)
        R += call("pagerank", params, lambda **kw: nx.pagerank(G, **kw), nodes)

    for normalized in (True, False):
        R += hits_results(G, nodes, {"max_iter": 100, "tol": 1e-08, "normalized": normalized})

    R += call("core", {}, lambda: nx.core_number(G), nodes)
    for normalized in (True, False):
        for weight in weights:
            R += call("load", {"normalized": normalized, "weight": weight},
                      lambda **kw: nx.load_centrality(G, **kw), nodes)
    for weight in weights:
        R += call("clustering", {"weight": weight}, lambda **kw: nx.clustering(G, **kw), nodes)
    for weight in weights:
        R += call("constraint", {"weight": weight}, lambda **kw: nx.constraint(G, **kw), nodes)
    for weight in weights:
        R += call("effective-size", {"weight": weight},
                  lambda **kw: effective_size_fixed(G, **kw), nodes)
    return R


def effective_size_fixed(G, weight=None):
    """nx.effective_size's sparse path (NetworkX 3.6.1, structuralholes.py) with the one-line fix of
    networkx/networkx pull request #8906.

    NetworkX 3.6.1's sparse path divides the mutual weights by the row maxima broadcast across
    *columns* (`max(axis=1).toarray()` is 1-D), so on weighted or directed graphs nx.effective_size(G)
    disagrees with its own per-node path nx.effective_size(G, nodes=list(G)), with UCINET and with
    igraph (unweighted undirected graphs are unaffected). influence follows Burt's definition, as the
    fixed path computes it. The per-node path is used as a cross-check below (it differs only where it
    returns NaN for directed nodes with no successors, which the sparse path defines)."""
    import scipy as sp  # noqa: F401  (as NetworkX's own code)
    if len(G) == 0:
        return nx.effective_size(G, weight=weight)  # raises NetworkX's own error
    P = nx.adjacency_matrix(G, weight=weight)
    mutual_weights1 = P + P.T
    mutual_weights2 = mutual_weights1.copy()
    with np.errstate(divide="ignore", invalid="ignore"):
        mutual_weights1 /= mutual_weights1.sum(axis=1)[:, np.newaxis]
        mutual_weights2 /= mutual_weights2.max(axis=1).toarray()[:, np.newaxis]
    r = 1 - (mutual_weights1 @ mutual_weights2.T).toarray()
    effective_size = ((mutual_weights1 > 0) * r).sum(axis=1)
    sum_mutual_weights = mutual_weights1.sum(axis=1) - mutual_weights1.diagonal()
    isolated_nodes = sum_mutual_weights == 0
    effective_size[isolated_nodes] = float("nan")
    result = dict(zip(G, effective_size.tolist()))
    if weight is not None and any(d.get(weight, 1) < 0 for _, _, d in G.edges(data=True)):
        # Signed weights: NetworkX's per-node path disagrees with its sparse path (its redundancy
        # terms differ once weights can cancel), so there is no cross-check; the sparse path,
        # which nx.effective_size(G) runs, is the reference.
        return result
    per_node = nx.effective_size(G, nodes=list(G), weight=weight)
    for v, x in per_node.items():
        if not math.isnan(x):
            assert abs(result[v] - x) <= 1e-12 * max(1.0, abs(x)), (v, result[v], x)
    return result


# ───────────────────────────── output ─────────────────────────────

_INNER_LIST = re.compile(r"\[\n\s*([^\[\]{}]*?)\n\s*\]")


def dumps(doc):
    text = json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False, sort_keys=False)
    # Put lists of scalars (edges, edge values) on one line each.
    return _INNER_LIST.sub(lambda m: "[" + ", ".join(x.strip() for x in m.group(1).split(",\n")) + "]",
                           text) + "\n"


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Some NetworkX functions (harmonic_centrality, ...) iterate over sets of node ids, whose
        # order depends on string hashing: fix the hash seed so sums run in the same order.
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:])
    os.makedirs(OUT, exist_ok=True)
    keys = ("name", "description", "directed", "weighted", "nodes", "edges")
    for spec in corpus():
        results = compute(spec)
        doc = {"generator": GENERATOR, "networkx": nx.__version__,
               "graph": {k: spec[k] for k in keys}, "results": results}
        path = os.path.join(OUT, spec["name"] + ".json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(dumps(doc))
        errors = sum("error" in r for r in results)
        print(f"{spec['name']}: {len(spec['nodes'])} nodes, {len(spec['edges'])} edges, "
              f"{len(results)} results ({errors} errors)", file=sys.stderr)


if __name__ == "__main__":
    main()
