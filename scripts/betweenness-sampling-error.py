#!/usr/bin/env python3
"""How far sampled betweenness (`influence centrality --samples K --seed S`) is from exact.

Runs the built binary on one edge list: exact betweenness once, then K sampled sources for each
K and seed, and prints, per K, the median over seeds of

  * max |error| and mean |error| over all nodes (normalised betweenness, NetworkX's scaling);
  * the relative error of the top-100 nodes' values (median and worst);
  * how many of the exact top 10 / top 100 are in the sampled top 10 / top 100;
  * Spearman's rank correlation over all nodes;
  * the time of the sampled run against the exact one.

Usage: scripts/betweenness-sampling-error.py [--influence BIN] [--graph FILE] [--undirected]
       [--samples 50,100,250,500,1000,2500] [--seeds 1,2,3] [--markdown OUT]
Default graph: the benchmark's ba10k (scripts/bench-graphs.py writes it to /tmp/influence-bench).
"""
import argparse
import json
import statistics
import subprocess
import sys
import time


def run(binary, graph, undirected, extra):
    cmd = [binary, "centrality", graph, "--measure", "betweenness", "--format", "json", "--timings"] + extra
    if undirected:
        cmd.append("--undirected")
    start = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.monotonic() - start
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed: {p.stderr.strip()}")
    seconds = next(float(line.split()[1]) for line in p.stderr.splitlines() if line.startswith("betweenness:"))
    rows = json.loads(p.stdout)["nodes"]
    return {r["id"]: r["betweenness"] for r in rows}, seconds, wall


def ranks(values, ids):
    order = sorted(ids, key=lambda i: (-values[i], i))
    return {node: r for r, node in enumerate(order)}, order


def spearman(a, b, ids):
    ra, _ = ranks(a, ids)
    rb, _ = ranks(b, ids)
    n = len(ids)
    d2 = sum((ra[i] - rb[i]) ** 2 for i in ids)
    return 1 - 6 * d2 / (n * (n * n - 1))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--influence", default=".build/release/influence")
    ap.add_argument("--graph", default="/tmp/influence-bench/ba10k.edgelist")
    ap.add_argument("--undirected", action="store_true", default=None)
    ap.add_argument("--samples", default="50,100,250,500,1000,2500")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--markdown")
    args = ap.parse_args()
    undirected = args.undirected if args.undirected is not None else ("ba" in args.graph.rsplit("/", 1)[-1])

    exact, exact_s, _ = run(args.influence, args.graph, undirected, [])
    ids = sorted(exact)
    _, exact_order = ranks(exact, ids)
    top10, top100 = set(exact_order[:10]), set(exact_order[:100])
    lines = [
        f"Graph `{args.graph.rsplit('/', 1)[-1]}` ({len(ids)} nodes{', undirected' if undirected else ''}); "
        f"exact betweenness {exact_s:.3g} s. Medians over seeds {args.seeds}.",
        "",
        "| K sampled sources | time | vs exact | max abs error | mean abs error | top-100 rel. error median / worst "
        "| exact top 10 in sampled top 10 | top 100 in top 100 | Spearman |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for k in [int(x) for x in args.samples.split(",")]:
        stats = []
        for seed in args.seeds.split(","):
            approx, seconds, _ = run(args.influence, args.graph, undirected, ["--samples", str(k), "--seed", seed])
            errors = [abs(approx[i] - exact[i]) for i in ids]
            rel = sorted(abs(approx[i] - exact[i]) / exact[i] for i in exact_order[:100] if exact[i] > 0)
            _, order = ranks(approx, ids)
            stats.append({
                "time": seconds, "max": max(errors), "mean": sum(errors) / len(errors),
                "rel_median": statistics.median(rel), "rel_worst": rel[-1],
                "top10": len(top10 & set(order[:10])), "top100": len(top100 & set(order[:100])),
                "spearman": spearman(exact, approx, ids),
            })
        med = {key: statistics.median(s[key] for s in stats) for key in stats[0]}
        lines.append(
            f"| {k} | {med['time']:.3g} s | {med['time'] / exact_s:.2f} | {med['max']:.2e} | {med['mean']:.2e} "
            f"| {med['rel_median']:.1%} / {med['rel_worst']:.1%} | {med['top10']:.0f} | {med['top100']:.0f} "
            f"| {med['spearman']:.4f} |")
        print(lines[-1], flush=True)
    text = "\n".join(lines) + "\n"
    print()
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
