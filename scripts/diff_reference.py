#!/usr/bin/env python3
"""Reference rank shifts for InfluenceDiff's tests, computed with NetworkX.

For each pair of dates, takes the snapshot of graphs/iraq-2025.yaml at each date (a node or an
edge is kept when since <= date < until, partial dates read as their first day; an edge only when
both ends are kept), builds the ranking graph (counted relations only, each arc pointing at the end
that gains standing, parallel arcs merged by summing weights; the same rules as
scripts/networkx_reference.py), runs nx.pagerank with its defaults, and writes every node's value
and competition rank ("1224": ties share the best rank; values equal to 12 significant digits tie)
on both sides to Tests/InfluenceDiffTests/Reference/iraq-shifts.json.

    python3 scripts/diff_reference.py

Needs: networkx (written against 3.6.1), PyYAML.
"""
import datetime
import json
import os
import sys

import networkx as nx
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IRAQ = os.path.join(ROOT, "graphs", "iraq-2025.yaml")
OUT = os.path.join(ROOT, "Tests", "InfluenceDiffTests", "Reference", "iraq-shifts.json")
PAIRS = [("2025-11-17", "2025-11-19"), ("2025-10-31", "2025-12-12")]

def builtin_table():
    """The built-in table exactly as the reference script defines it."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("ref", os.path.join(ROOT, "scripts", "networkx_reference.py"))
    # Importing the module runs nothing but definitions (main() is guarded).
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.BUILTIN_RELATIONS


def first_day(value):
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value
    text = str(value)
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts)


def valid(element, day):
    since, until = first_day(element.get("since")), first_day(element.get("until"))
    return (since is None or since <= day) and (until is None or day < until)


def ranking_graph(doc, day, table):
    nodes = [str(n["id"]) for n in doc["nodes"] if valid(n, day)]
    kept = set(nodes)
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    relations = doc.get("relations") or {}
    for e in doc["edges"]:
        u, v = str(e["from"]), str(e["to"])
        if not valid(e, day) or u not in kept or v not in kept:
            continue
        info = dict(table.get(e["relation"], {"gains": "target", "counts": True}))
        for field in ("gains", "counts"):
            if field in (relations.get(e["relation"]) or {}):
                info[field] = relations[e["relation"]][field]
        if not info["counts"]:
            continue
        w = float(e.get("weight", 1))
        arcs = {"target": [(u, v)], "source": [(v, u)], "none": [(u, v), (v, u)] if u != v else [(u, v)]}[info["gains"]]
        for a, b in arcs:
            if G.has_edge(a, b):
                G[a][b]["weight"] += w
            else:
                G.add_edge(a, b, weight=w)
    return G


def competition_ranks(values):
    order = sorted(values, key=lambda k: (-values[k], k))
    ranks, group_value, group_rank = {}, None, 0
    for position, k in enumerate(order):
        v = values[k]
        if group_value is None or abs(v - group_value) > 1e-12 * max(abs(v), abs(group_value)):
            group_value, group_rank = v, position + 1
        ranks[k] = group_rank
    return ranks


def main():
    table = builtin_table()
    with open(IRAQ, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    result = {"generator": "scripts/diff_reference.py", "networkx": nx.__version__, "measure": "pagerank", "pairs": []}
    for a, b in PAIRS:
        sides = {}
        for name, date in (("before", a), ("after", b)):
            G = ranking_graph(doc, first_day(date), table)
            pr = nx.pagerank(G)
            ranks = competition_ranks(pr)
            sides[name] = {k: {"value": pr[k], "rank": ranks[k]} for k in sorted(pr)}
        result["pairs"].append({"from": a, "to": b, **sides})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, sort_keys=False)
        f.write("\n")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
