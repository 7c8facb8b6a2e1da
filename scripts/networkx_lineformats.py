#!/usr/bin/env python3
"""Writes NetworkX's line-oriented files and NetworkX's reading of them (issue 14).

Under Tests/InfluenceIOTests/Interop/lineformats/:

  NAME.edgelist            networkx.write_edgelist (data=True: a Python dict after each pair)
  NAME.adjlist             networkx.write_adjlist
  NAME.multiline.adjlist   networkx.write_multiline_adjlist
  FILE.view.json           what NetworkX reads from FILE: read_edgelist(create_using=nx.DiGraph),
                           as influence reads edge lists (directed); read_adjlist and
                           read_multiline_adjlist with NetworkX's default nx.Graph, and, for the
                           directed graph, also with nx.DiGraph (FILE.directed.view.json), as
                           influence reads them with --directed.

A view is {"directed", "nodes": [id, ...], "edges": [[u, v, {attr: value}], ...]} in NetworkX's
order, values as JSON (None as null). The Swift tests (LineFormatInteropTests) compare our
reading of each file with its view, without Python. Rerun after changing the graphs:

    scripts/networkx_lineformats.py        # python3 with networkx >= 3.4

The strings of the graphs hold no spaces: read_multiline_adjlist joins a data dict's pieces
without them ("".join), so a string with a space would not read back as written in NetworkX.
"""
import json
import os

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "InfluenceIOTests", "Interop", "lineformats")


def graphs():
    karate = nx.karate_club_graph()
    karate = nx.relabel_nodes(karate, {n: f"m{n}" for n in karate})  # ids as strings, as read back
    for n in karate:
        del karate.nodes[n]["club"]  # node data is not in these formats
    typed = nx.DiGraph()
    typed.add_edge("iran", "kh", weight=2.5, relation="backs", since="2003-05", seats=27, ok=True)
    typed.add_edge("kh", "iran", weight=1e-07, label="reports", note='it\'s"quoted"\n\tend', none=None)
    typed.add_edge("kh", "badr", big=1e20, neg=-3, tiny=5e-324, uni="Kata\u02bcib\U0001F600")
    typed.add_edge("badr", "badr", relation="self", weight=3)
    typed.add_edge("badr", "iran")
    typed.add_node("lonely")
    return {"karate": karate, "typed": typed}


def view(g):
    return {
        "directed": g.is_directed(),
        "nodes": [str(n) for n in g.nodes],
        "edges": [[str(u), str(v), d] for u, v, d in g.edges(data=True)],
    }


def dump(path, g):
    with open(path + ".view.json", "w") as f:
        json.dump(view(g), f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, g in graphs().items():
        base = os.path.join(OUT, name)
        nx.write_edgelist(g, base + ".edgelist")
        dump(base + ".edgelist", nx.read_edgelist(base + ".edgelist", create_using=nx.DiGraph))
        # write_adjlist and write_multiline_adjlist start with a "# GMT <date>" comment: drop
        # it so that rerunning gives the same bytes.
        for suffix, write, read in [(".adjlist", nx.write_adjlist, nx.read_adjlist),
                                    (".multiline.adjlist", nx.write_multiline_adjlist, nx.read_multiline_adjlist)]:
            path = base + suffix
            write(g, path)
            with open(path) as f:
                lines = [l for l in f if not l.startswith("# GMT")]
            with open(path, "w") as f:
                f.writelines(lines)
            dump(path, read(path))
            if g.is_directed():
                dump(path + ".directed", read(path, create_using=nx.DiGraph))


if __name__ == "__main__":
    main()
