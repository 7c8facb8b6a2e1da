#!/usr/bin/env python3
"""Cross-checks influence's readers and writers against NetworkX's (issue 8).

Writes, under Tests/InfluenceIOTests/Interop/:

  networkx/NAME.FORMAT             files written by NetworkX's own writers, for a few graphs
  networkx/NAME.FORMAT.view.json   what NetworkX reads back from each of them (its view)
  ours/iraq.FORMAT                 graphs/iraq-2025.yaml written by `influence convert`
  ours/iraq.FORMAT.view.json       what NetworkX's readers read from our file

FORMAT is graphml, gexf, gml and json (node-link). The Swift tests (InteropTests) then check,
without needing Python: that our readers give NetworkX's view of NetworkX's files; that our
writers still write exactly the committed bytes of ours/; and that NetworkX's view of those
bytes is the Iraq network. Rerun after changing a writer:

    swift build && scripts/networkx_interop.py            # needs python3 with networkx >= 3.4

A view is {"directed", "multigraph", "nodes": [[id, {attr: value}]], "edges": [[u, v, {attr: value}]]}
with nodes and edges in NetworkX's order and values as JSON (so types show: 27 vs "27" vs 27.0).
"""
import argparse
import json
import math
import os
import subprocess
import sys

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "InfluenceIOTests", "Interop")


def clean(value):
    """A JSON-safe value: NaN and infinities as strings, tuples as lists, the rest as is."""
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def view(G):
    edges = []
    if G.is_multigraph():
        for u, v, k, d in G.edges(keys=True, data=True):
            d = dict(d)
            d.setdefault("_key", k)
            edges.append([str(u), str(v), clean(d)])
    else:
        for u, v, d in G.edges(data=True):
            edges.append([str(u), str(v), clean(dict(d))])
    return {
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": clean({k: v for k, v in G.graph.items() if k not in ("node_default", "edge_default")}),
        "nodes": [[str(n), clean(dict(d))] for n, d in G.nodes(data=True)],
        "edges": edges,
    }


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def graphs():
    """The graphs NetworkX writes for us to read."""
    karate = nx.karate_club_graph()          # undirected; node 'club' (str), edge 'weight' (int)
    karate.graph = {"name": "karate"}

    lesmis = nx.les_miserables_graph()       # undirected; string ids, edge 'weight'
    lesmis.graph = {}

    typed = nx.DiGraph(name="typed")
    typed.add_node("a", label="Alpha \"quoted\" & <angled>", kind="militia", seats=27, share=0.25, armed=True)
    typed.add_node("b", label="Béta — ünïcode", kind="party", seats=6, share=1.5, armed=False)
    typed.add_node("c", label="line\nbreak", kind="person")
    typed.add_edge("a", "b", relation="backs", weight=2.5, since="2025-11")
    typed.add_edge("b", "c", relation="leads", weight=1.0)
    typed.add_edge("c", "a", relation="opposes", weight=0.5, note="tab\there")

    multi = nx.MultiDiGraph(name="multi")
    multi.add_edge("x", "y", relation="funds", weight=3.0)
    multi.add_edge("x", "y", relation="backs", weight=1.0)
    multi.add_edge("y", "x", relation="opposes", weight=2.0)
    multi.add_node("lonely", kind="state")
    return {"karate": karate, "lesmis": lesmis, "typed": typed, "multi": multi}


def write_networkx_fixtures():
    folder = os.path.join(OUT, "networkx")
    os.makedirs(folder, exist_ok=True)
    for name, G in graphs().items():
        files = {
            "graphml": lambda p: nx.write_graphml(G, p),
            "gml": lambda p: nx.write_gml(G, p),
            "json": lambda p: dump(nx.node_link_data(G, edges="links"), p),
        }
        # write_gexf (1.2draft) cannot write a string with a newline in a way its reader keeps; it can
        # write the others.
        files["gexf"] = lambda p: nx.write_gexf(G, p)
        for fmt, write in files.items():
            path = os.path.join(folder, f"{name}.{fmt}")
            write(path)
            back = read(path, fmt, directed=G.is_directed())
            dump(view(back), path + ".view.json")
            print(f"networkx/{name}.{fmt}: {back.number_of_nodes()} nodes, {back.number_of_edges()} edges")


def read(path, fmt, directed=None):
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "gml":
        return nx.read_gml(path, label="id") if _gml_has_ids_only(path) else nx.read_gml(path)
    if fmt == "json":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        key = "links" if "links" in data else "edges"
        return nx.node_link_graph(data, edges=key)
    raise ValueError(fmt)


def _gml_has_ids_only(path):
    with open(path, encoding="utf-8") as f:
        return "label" not in f.read()


def check_ours(binary):
    folder = os.path.join(OUT, "ours")
    os.makedirs(folder, exist_ok=True)
    source = os.path.join(ROOT, "graphs", "iraq-2025.yaml")
    for fmt in ["graphml", "gexf", "gml", "json"]:
        path = os.path.join(folder, f"iraq.{fmt}")
        args = [binary, "convert", source, "-o", path]
        if fmt == "json":
            args += ["--format", "node-link"]
        p = subprocess.run(args, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"{' '.join(args)}: {p.stderr.strip()}")
        G = read(path, fmt)
        dump(view(G), path + ".view.json")
        print(f"ours/iraq.{fmt}: NetworkX reads {G.number_of_nodes()} nodes, {G.number_of_edges()} edges"
              + (f"; influence warned: {p.stderr.strip()}" if p.stderr.strip() else ""))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--influence", default=os.path.join(ROOT, ".build", "debug", "influence"))
    ap.add_argument("--only", choices=["networkx", "ours"])
    args = ap.parse_args()
    if args.only != "ours":
        write_networkx_fixtures()
    if args.only != "networkx":
        check_ours(args.influence)


if __name__ == "__main__":
    main()
