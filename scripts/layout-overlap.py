#!/usr/bin/env python3
"""Measures how spread a laid-out diagram is, from Graphviz's own layout positions.

    scripts/layout-overlap.py FILE.xdot [...]        # `influence render … --format xdot`

Reads each node's `pos` (points), `width` and `height` (inches) from laid-out DOT (xdot or dot
output; the legend node and nodes without a position are skipped) and the graph's `bb`, and
prints one line per file:

    nodes  overlapping  %overlapping  width_in  height_in  nodes_per_sq_in

A node counts as overlapping when its bounding box (pos ± width/2, height/2) intersects another
node's bounding box by more than 0.5 pt in both directions (boxes are the shapes' extents, so an
ellipse touching another at a corner counts: the measure errs towards reporting overlap).
Neighbours are found through a uniform grid, so 50,000 nodes take seconds.
With --json, prints a JSON object per file instead.
"""
import json
import re
import sys
from collections import defaultdict

ATTR = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|[^,\]\s]+)')


def nodes_of(text):
    """Yields (name, x, y, w, h) in points, and returns bb via a side list."""
    # Join Graphviz's continuation lines ("\\\n") and split statements on ';' at line ends.
    text = text.replace("\\\n", "")
    bb = None
    out = []
    for m in re.finditer(r'^\s*("?[\w.-]+"?)\s*\[(.*?)\];?\s*$', text, re.S | re.M):
        name, body = m.group(1).strip('"'), m.group(2)
        attrs = {k: v.strip('"') for k, v in ATTR.findall(body)}
        if name in ("graph", "node", "edge"):
            if name == "graph" and "bb" in attrs:
                bb = [float(x) for x in attrs["bb"].split(",")]
            continue
        if name == "legend" or "pos" not in attrs or "width" not in attrs or "->" in name:
            continue
        if "," not in attrs["pos"] or " " in attrs["pos"].strip():
            continue  # an edge's spline
        x, y = (float(v) for v in attrs["pos"].split(",")[:2])
        out.append((name, x, y, float(attrs["width"]) * 72, float(attrs["height"]) * 72))
    return out, bb


def measure(path):
    text = open(path, encoding="utf-8").read()
    # Statements of edges contain "->" or "--" before '[': drop them so their pos is not read.
    text = re.sub(r'^\s*"?[\w.-]+"?\s*-[->]\s*"?[\w.-]+"?\s*\[.*?\];?\s*$', "", text, flags=re.S | re.M)
    nodes, bb = nodes_of(text)
    cell = max(max((w for _, _, _, w, _ in nodes), default=1), max((h for *_, h in nodes), default=1))
    grid = defaultdict(list)
    for i, (_, x, y, w, h) in enumerate(nodes):
        grid[(int(x // cell), int(y // cell))].append(i)
    overlapping = set()
    eps = 0.5
    for i, (_, x, y, w, h) in enumerate(nodes):
        gx, gy = int(x // cell), int(y // cell)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for j in grid.get((gx + dx, gy + dy), ()):
                    if j <= i:
                        continue
                    _, x2, y2, w2, h2 = nodes[j]
                    if abs(x - x2) < (w + w2) / 2 - eps and abs(y - y2) < (h + h2) / 2 - eps:
                        overlapping.add(i)
                        overlapping.add(j)
    n = len(nodes)
    width = (bb[2] - bb[0]) / 72 if bb else 0
    height = (bb[3] - bb[1]) / 72 if bb else 0
    return {"file": path, "nodes": n, "overlapping": len(overlapping),
            "percent": 100 * len(overlapping) / n if n else 0, "width_in": width, "height_in": height,
            "nodes_per_sq_in": n / (width * height) if width * height else 0}


def main():
    args = [a for a in sys.argv[1:] if a != "--json"]
    for path in args:
        r = measure(path)
        if "--json" in sys.argv:
            print(json.dumps(r))
        else:
            print(f"{r['nodes']}\t{r['overlapping']}\t{r['percent']:.2f}%\t{r['width_in']:.1f}\t{r['height_in']:.1f}\t{r['nodes_per_sq_in']:.3f}\t{path}")


if __name__ == "__main__":
    main()
