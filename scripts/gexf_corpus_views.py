#!/usr/bin/env python3
"""NetworkX's view of every GEXF file of the real-file corpus (issue 14), for GEXFCorpusTests.

Reads each ../shared/corpus/real-files/gexf/*.gexf (from the repository root) with NetworkX's
read_gexf and writes Tests/InfluenceIOTests/Interop/real-gexf/views.json:

    {"FILE": {"networkx": how NetworkX read it, "directed": …, "nodes": n, "edges": m,
              "nodeDigest": …, "edgeDigest": …, "nodeSample": [...], "edgeSample": [...]}}

NetworkX 3.6.1 knows the GEXF 1.3 namespace as http://gexf.net/1.3 only; Gephi 0.8–0.10 write
http://www.gexf.net/1.3, which read_gexf refuses ("No <graph> element"). For those files the
namespace is rewritten before NetworkX reads them, and "networkx" says so.

Digests are FNV-1a 64 (hex) over the canonical lines, sorted by their UTF-8 bytes, joined by
"\\n": a node is `id \\t label \\t name=value …` (names sorted), an edge
`u \\t v \\t weight \\t name=value …` (u <= v for undirected graphs; weight 1.0 when absent). A value
is a string as is, a number as Python's repr of it as a float (Swift's description agrees), a
bool as true/false. NetworkX's `viz`, `start`, `end` and `spells` are left out (influence keeps
viz nowhere and time as validity). The sample lists hold the first five sorted lines, to show
what differs when a digest does not match.

    scripts/gexf_corpus_views.py        # needs python3 with networkx 3.6.1
"""
import json
import os
import re
import sys

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "real-files", "gexf")
OUT = os.path.join(ROOT, "Tests", "InfluenceIOTests", "Interop", "real-gexf", "views.json")
NODE_SKIP = {"viz", "start", "end", "spells", "label"}
EDGE_SKIP = {"viz", "start", "end", "spells", "id", "weight"}


def canonical(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(float(value))
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], tuple):
        return canonical(value[0][0])  # a dynamic value without time
    return str(value)


def fields(data, skip):
    return [f"{k}={canonical(v)}" for k, v in sorted(data.items()) if k not in skip]


def fnv(lines):
    h = 0xCBF29CE484222325
    for b in "\n".join(lines).encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return format(h, "016x")


def ordered(lines):
    return sorted(lines, key=lambda s: s.encode("utf-8"))


def view(path):
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    how = "read_gexf"
    try:
        G = nx.read_gexf(path)
    except nx.NetworkXError:
        patched = re.sub(r"http://www\.gexf\.net/1\.3", "http://gexf.net/1.3", text)
        if patched == text:
            raise
        tmp = OUT + ".tmp.gexf"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(patched)
        try:
            G = nx.read_gexf(tmp)
        finally:
            os.remove(tmp)
        how = "read_gexf after rewriting the namespace http://www.gexf.net/1.3 to http://gexf.net/1.3"
    nodes = ordered(["\t".join([str(n), str(d.get("label") or "")] + fields(d, NODE_SKIP)) for n, d in G.nodes(data=True)])
    edges = []
    for u, v, d in G.edges(data=True):
        u, v = str(u), str(v)
        if not G.is_directed() and v < u:
            u, v = v, u
        parts = [u, v, repr(float(d.get("weight", 1.0)))]
        if "id" in d:
            parts.append(f"id={d['id']}")
        edges.append("\t".join(parts + fields(d, EDGE_SKIP)))
    edges = ordered(edges)
    return {
        "networkx": how,
        "directed": G.is_directed(),
        "nodes": len(nodes),
        "edges": len(edges),
        "nodeDigest": fnv(nodes),
        "edgeDigest": fnv(edges),
        "nodeSample": nodes[:5],
        "edgeSample": edges[:5],
    }


def main():
    if nx.__version__ != "3.6.1":
        print(f"warning: NetworkX {nx.__version__}, the views were made with 3.6.1", file=sys.stderr)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    views = {}
    for name in sorted(os.listdir(CORPUS)):
        if name.endswith(".gexf"):
            views[name] = view(os.path.join(CORPUS, name))
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(views, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print(f"wrote {OUT}: {len(views)} files")


if __name__ == "__main__":
    main()
