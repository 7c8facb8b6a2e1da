#!/usr/bin/env python3
"""The peer benchmark of issue 7: NetworkX, igraph, NetworKit, rustworkx and influence on the same
edge lists, in one run. Run it through scripts/bench-peers, which makes the virtual environment,
builds influence and generates the graphs; `scripts/bench-peers --help` lists the options.

How each figure is taken
  * Every tool reads the same file (scripts/bench-graphs.py) with its own edge-list reader, in a
    fresh process per tool and graph (influence: one process per group of measures). Loading is
    timed apart from computing; each is repeated (--repeats, default 3) and the median reported.
  * A peer measure gets about --cap seconds (default 120) in all: it is repeated only while the
    runs so far leave room. All-pairs measures (betweenness, closeness, harmonic) are first timed
    on samples of sources (k, then 2k, ...), and when the exact run would not fit in the cap the
    figure is the sample's extrapolation to every source (fixed cost + per-source cost × n),
    marked `~` (influence: `--samples` for betweenness, `--sample-nodes` for closeness and
    harmonic). A tool with no way to take sampled sources (rustworkx) is run with the cap as a
    hard time-out, shown as `>120` when killed, or not run at all when the peers' estimate is
    beyond 10 × the cap. Any run that overstays
    1.25 × cap + 30 s is killed and shown as `>cap`.
  * influence runs `influence centrality FILE --timings --repeat R`, which prints `load: X s`
    (reading + building the Graph) and `<measure>: Y s` to stderr, timed in-process with
    ContinuousClock. Its process start-up is wall time − load − measures − output.
  * NetworKit runs with all cores and OMP_WAIT_POLICY=passive; rustworkx with all cores (its
    default); igraph and NetworkX are single-threaded.
"""

import argparse
import json
import os
import platform
import select
import shlex
import signal
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = ["networkx", "igraph", "networkit", "rustworkx", "influence"]
PEERS = TOOLS[:-1]
MEASURES = ["load", "degree", "betweenness", "closeness", "harmonic", "eigenvector",
            "pagerank", "pagerank-1e-10", "katz", "hits", "core"]
ALL_PAIRS = {"betweenness", "closeness", "harmonic"}

# What each tool computes, per measure: printed under the table. NetworkX's definition is the target.
FOOTNOTES = {
    "load": "NetworkX `read_edgelist(nodetype=int)` (+ `data=[('weight', float)]` when weighted); igraph "
            "`Graph.Read_Edgelist` (`Read_Ncol` when weighted) on a file handle positioned after the `#` header "
            "(its readers take no comments); NetworKit `EdgeListReader(' ', 0, '#', continuous=True)`; rustworkx "
            "`read_edge_list(comment='#')` (weights kept as strings, turned to float by `weight_fn` where used); "
            "influence: reading + parsing + building the CSR `Graph` (with `--undirected` for undirected graphs).",
    "degree": "NetworkX `degree_centrality`: (in + out)/(n − 1) on digraphs. igraph `degree(mode='all')` "
              "(raw counts). NetworKit `DegreeCentrality` counts out-degree only, so on digraphs it runs for out "
              "and for in (both timed). rustworkx `degree_centrality` (same as NetworkX).",
    "betweenness": "NetworkX `betweenness_centrality` (normalised; sampled: `k=`, `seed=1`). igraph `betweenness` "
                   "(raw counts; sampled: `sources=`). NetworKit `Betweenness(normalized=True)` (parallel; sampled: "
                   "`EstimateBetweenness(k, parallel=True)`, same per-source work). rustworkx `betweenness_centrality` "
                   "(parallel; unweighted only, no sampling). influence `--measure betweenness` (sampled: "
                   "`--samples k --seed 1`). Weighted graphs: weights as distances (Dijkstra) everywhere.",
    "closeness": "NetworkX `closeness_centrality` (incoming distances on digraphs, Wasserman–Faust). igraph "
                 "`closeness(mode='in')` (no WF factor, NaN for isolates). NetworKit `Closeness(GENERALIZED)` "
                 "(= WF), on the transposed graph for digraphs (transpose timed) as its distances are outgoing; "
                 "sampled: parallel `SPSP` from the sampled sources. rustworkx `closeness_centrality(wf_improved=True)` "
                 "(unweighted; its weighted variant inverts weights, so not run on weighted graphs; no sampling). "
                 "influence `--measure closeness` (sampled: `--sample-nodes k --seed 1`).",
    "harmonic": "NetworkX `harmonic_centrality` (incoming; sampled: `sources=`). igraph `harmonic_centrality(mode='in')` "
                "(sampled: `vertices=`). NetworKit `HarmonicCloseness(normalized=False)` on the transposed graph for "
                "digraphs (sampled: `SPSP`). rustworkx has none. influence `--measure harmonic` (sampled: "
                "`--sample-nodes k --seed 1`).",
    "eigenvector": "NetworkX `eigenvector_centrality` (power iteration on Aᵀ + I, stops at L1 change < n·1e-6, "
                   "max_iter 100). igraph `eigenvector_centrality` (ARPACK, to machine precision). NetworKit "
                   "`EigenvectorCentrality` (its own tolerance; undirected only, not run on digraphs). rustworkx "
                   "`eigenvector_centrality` (NetworkX's iteration and stopping rule).",
    "pagerank": "NetworkX `pagerank` (tol 1e-6: L1 change < n·1e-6; weights used). igraph `pagerank` (PRPACK, an "
                "exact solve: same cost in both PageRank rows). NetworKit `PageRank(tol=n·1e-6, DistributeSinks, "
                "L1 norm)`, which reproduces NetworkX's iterates. rustworkx `pagerank(tol=1e-6)` (NetworkX's rule; "
                "directed graphs only, so undirected ones are converted with `to_directed()`, timed).",
    "pagerank-1e-10": "As pagerank with tol 1e-10 (NetworkX's `tol=1e-10`, i.e. L1 change < n·1e-10; NetworKit "
                      "`tol=n·1e-10`) and max_iter 1000 everywhere.",
    "katz": "NetworkX `katz_centrality(alpha=a)` with a = 0.5 / spectral radius (per graph, in the manifest), "
            "normalised. rustworkx `katz_centrality` (NetworkX's formula and stopping rule). igraph has no Katz; "
            "NetworKit's `KatzCentrality` is another formula: not run.",
    "hits": "NetworkX `hits` (ARPACK `svds`). igraph `hub_score` + `authority_score` (ARPACK, both timed). "
            "rustworkx `hits` (power iteration; directed graphs only: undirected ones converted, timed). "
            "influence `--measure hubs` (one HITS run gives both). NetworKit has none.",
    "core": "NetworkX `core_number` (in + out degree on digraphs). igraph `coreness(mode='all')`. NetworKit "
            "`CoreDecomposition` (parallel). rustworkx `core_number` (counts a reciprocal pair once on digraphs, "
            "NetworkX twice).",
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# =============================================================================================
# Worker: one tool, one graph, a list of measures; prints one JSON line per event.


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def header_end(path):
    """Byte offset of the first line that is not a `#` comment."""
    pos = 0
    with open(path, "rb") as f:
        for line in f:
            if line.startswith(b"#"):
                pos += len(line)
            else:
                break
    return pos


class Peer:
    """A tool's loader and measures. `sample(measure, k)` times k sampled sources, or is None."""

    def __init__(self, graph):
        self.graph = graph
        self.directed = graph["directed"]
        self.weighted = graph["weighted"]
        self.n = graph["nodes"]
        self.path = graph["file"]

    def sources(self, k):
        import random
        return random.Random(1).sample(range(self.n), k)


class NetworkX(Peer):
    def load(self):
        import networkx as nx
        data = [("weight", float)] if self.weighted else False
        return nx.read_edgelist(self.path, nodetype=int, data=data,
                                create_using=nx.DiGraph if self.directed else nx.Graph)

    def run(self, G, m):
        import networkx as nx
        w = "weight" if self.weighted else None
        a = self.graph["katz_alpha"]
        return {
            "degree": lambda: nx.degree_centrality(G),
            "betweenness": lambda: nx.betweenness_centrality(G, weight=w),
            "closeness": lambda: nx.closeness_centrality(G, distance=w),
            "harmonic": lambda: nx.harmonic_centrality(G, distance=w),
            "eigenvector": lambda: nx.eigenvector_centrality(G, weight=w),
            "pagerank": lambda: nx.pagerank(G),
            "pagerank-1e-10": lambda: nx.pagerank(G, tol=1e-10, max_iter=1000),
            "katz": lambda: nx.katz_centrality(G, alpha=a, weight=w),
            "hits": lambda: nx.hits(G),
            "core": lambda: nx.core_number(G),
        }[m]()

    def sample(self, G, m, k):
        import networkx as nx
        w = "weight" if self.weighted else None
        S = self.sources(k)
        if m == "betweenness":
            return nx.betweenness_centrality(G, k=k, seed=1, weight=w)
        if m == "harmonic":
            return nx.harmonic_centrality(G, sources=S, distance=w)
        if m == "closeness":  # the body of closeness_centrality, for the sampled nodes only
            R = G.reverse() if self.directed else G
            n = len(R)
            out = {}
            for u in S:
                sp = (nx.single_source_dijkstra_path_length(R, u, weight=w) if w
                      else nx.single_source_shortest_path_length(R, u))
                tot = sum(sp.values())
                out[u] = ((len(sp) - 1) / tot) * ((len(sp) - 1) / (n - 1)) if tot > 0 and n > 1 else 0.0
            return out
        return None


class IGraph(Peer):
    def load(self):
        import igraph as ig
        fd = os.open(self.path, os.O_RDONLY)
        os.lseek(fd, header_end(self.path), 0)
        with os.fdopen(fd, "rb", buffering=0) as f:
            if self.weighted:
                return ig.Graph.Read_Ncol(f, names=False, weights=True, directed=self.directed)
            return ig.Graph.Read_Edgelist(f, directed=self.directed)

    def run(self, g, m):
        w = "weight" if self.weighted else None
        mode = "in" if self.directed else "all"
        if m == "katz":
            raise NotImplementedError("igraph has no Katz centrality")
        return {
            "degree": lambda: g.degree(mode="all"),
            "betweenness": lambda: g.betweenness(directed=self.directed, weights=w),
            "closeness": lambda: g.closeness(mode=mode, weights=w, normalized=True),
            "harmonic": lambda: g.harmonic_centrality(mode=mode, weights=w, normalized=False),
            "eigenvector": lambda: g.eigenvector_centrality(weights=w),  # directed: in-edges (left eigenvector)
            "pagerank": lambda: g.pagerank(weights=w),
            "pagerank-1e-10": lambda: g.pagerank(weights=w),
            "hits": lambda: (g.hub_score(weights=w), g.authority_score(weights=w)),
            "core": lambda: g.coreness(mode="all"),
        }[m]()

    def sample(self, g, m, k):
        w = "weight" if self.weighted else None
        mode = "in" if self.directed else "all"
        S = self.sources(k)
        if m == "betweenness":
            return g.betweenness(directed=self.directed, weights=w, sources=S)
        if m == "closeness":
            return g.closeness(vertices=S, mode=mode, weights=w, normalized=True)
        if m == "harmonic":
            return g.harmonic_centrality(vertices=S, mode=mode, weights=w, normalized=False)
        return None


class NetworKit(Peer):
    def __init__(self, graph):
        super().__init__(graph)
        import networkit as nk
        nk.setNumberOfThreads(os.cpu_count())
        try:
            nk.setLogLevel("ERROR")
        except Exception:
            pass

    def load(self):
        import networkit as nk
        return nk.graphio.EdgeListReader(" ", 0, "#", True, self.directed).read(self.path)

    def incoming(self, G):
        import networkit as nk
        return nk.graphtools.transpose(G) if self.directed else G

    def run(self, G, m):
        import networkit as nk
        c = nk.centrality
        n = G.numberOfNodes()

        def pagerank(tol, max_iter):
            pr = c.PageRank(G, damp=0.85, tol=n * tol, normalized=False,
                            distributeSinks=c.SinkHandling.DistributeSinks)
            pr.norm = c.Norm.L1_NORM
            pr.maxIterations = max_iter
            pr.run()
            return pr.scores()

        def degree():
            out = c.DegreeCentrality(G, normalized=True).run().scores()
            if self.directed:
                return out, c.DegreeCentrality(G, normalized=True, outDeg=False).run().scores()
            return out

        if m == "eigenvector" and self.directed:
            raise NotImplementedError("NetworKit's eigenvector centrality is undirected only")
        if m in ("katz", "hits"):
            raise NotImplementedError("not run (see the footnote)")
        return {
            "degree": degree,
            "betweenness": lambda: c.Betweenness(G, normalized=True).run().scores(),
            "closeness": lambda: c.Closeness(self.incoming(G), True, c.ClosenessVariant.GENERALIZED).run().scores(),
            "harmonic": lambda: c.HarmonicCloseness(self.incoming(G), normalized=False).run().scores(),
            "eigenvector": lambda: c.EigenvectorCentrality(G).run().scores(),
            "pagerank": lambda: pagerank(1e-6, 100),
            "pagerank-1e-10": lambda: pagerank(1e-10, 1000),
            "core": lambda: c.CoreDecomposition(G).run().scores(),
        }[m]()

    def sample(self, G, m, k):
        import networkit as nk
        if m == "betweenness":
            return nk.centrality.EstimateBetweenness(G, k, True, True).run().scores()
        if m in ("closeness", "harmonic"):
            sp = nk.distance.SPSP(self.incoming(G), self.sources(k))
            sp.run()
            return True
        return None


class Rustworkx(Peer):
    def load(self):
        import rustworkx as rx
        cls = rx.PyDiGraph if self.directed else rx.PyGraph
        return cls.read_edge_list(self.path, comment="#", deliminator=" ")

    def run(self, R, m):
        import rustworkx as rx
        wf = (lambda e: float(e)) if self.weighted else None
        a = self.graph["katz_alpha"]
        if m in ("betweenness", "closeness") and self.weighted:
            raise NotImplementedError("no NetworkX-compatible weighted variant")
        if m == "harmonic":
            raise NotImplementedError("rustworkx has no harmonic centrality")

        def directed():
            return R if self.directed else R.to_directed()

        kw = {"weight_fn": wf} if wf else {}
        return {
            "degree": lambda: rx.degree_centrality(R),
            "betweenness": lambda: rx.betweenness_centrality(R, normalized=True),
            "closeness": lambda: rx.closeness_centrality(R, wf_improved=True),
            "eigenvector": lambda: rx.eigenvector_centrality(R, **kw),
            "pagerank": lambda: rx.pagerank(directed(), alpha=0.85, tol=1e-6, **kw),
            "pagerank-1e-10": lambda: rx.pagerank(directed(), alpha=0.85, tol=1e-10, max_iter=1000, **kw),
            "katz": lambda: rx.katz_centrality(R, alpha=a, **kw),
            "hits": lambda: rx.hits(directed(), **kw),
            "core": lambda: rx.core_number(R),
        }[m]()

    def sample(self, R, m, k):
        return None


PEER_CLASSES = {"networkx": NetworkX, "igraph": IGraph, "networkit": NetworKit, "rustworkx": Rustworkx}


def median(xs):
    return statistics.median(xs) if xs else None


WARM = {  # imported before any timing, so that no figure pays for an import
    "networkx": ["networkx", "scipy.sparse", "scipy.sparse.linalg", "numpy"],
    "igraph": ["igraph"],
    "networkit": ["networkit"],
    "rustworkx": ["rustworkx"],
}


def worker(args):
    import gc
    import importlib
    import warnings
    warnings.filterwarnings("ignore")
    for module in WARM[args.tool]:
        importlib.import_module(module)
    graph = json.loads(args.graph_json)
    peer = PEER_CLASSES[args.tool](graph)
    cap, repeats = args.cap, args.repeats
    measures = [m for m in args.measures.split(",") if m]
    G = None
    loads = []
    for _ in range(repeats):
        G = None
        gc.collect()
        t = time.perf_counter()
        G = peer.load()
        loads.append(time.perf_counter() - t)
        if sum(loads) + loads[-1] > cap:
            break
    emit({"measure": "load", "times": loads})
    n = graph["nodes"]
    for m in measures:
        if m == "load":
            continue
        emit({"start": m})
        try:
            approx = None
            if m in ALL_PAIRS and args.sample_first:
                # k, 2k, ... sampled sources until a sample takes >= 1.5 s (or k reaches n/4), then
                # extrapolate linearly from the last two samples.
                k, last = max(2, min(8, n // 8)), None
                points = []
                while True:
                    t = time.perf_counter()
                    r = peer.sample(G, m, k)
                    dt = time.perf_counter() - t
                    if r is None:
                        points = []
                        break
                    del r
                    points.append((k, dt))
                    # two points at least, so that the fixed cost (a transposed copy, O(n) set-up) is
                    # separated from the per-source cost
                    # and 32 sources at least where possible: per-source cost varies a lot on digraphs
                    if (len(points) >= 2 and (k >= 32 or 2 * k > n // 4) and (dt >= 1.5 or 2 * k > n // 4)
                            or sum(p[1] for p in points) > cap / 4):
                        break
                    k *= 2
                if points:
                    (k2, t2) = points[-1]
                    if len(points) >= 2:
                        (k1, t1) = points[-2]
                        per = (t2 - t1) / (k2 - k1)
                        fixed = t2 - per * k2
                        if per <= 0 or fixed < 0:
                            per, fixed = t2 / k2, 0.0
                    else:
                        per, fixed = t2 / k2, 0.0
                    approx = fixed + per * n
                    if approx > cap:
                        emit({"measure": m, "times": [approx], "approx": True,
                              "note": f"extrapolated from {k2} sampled sources ({t2:.3g} s)"})
                        continue
            times = []
            while len(times) < repeats:
                t = time.perf_counter()
                r = peer.run(G, m)
                times.append(time.perf_counter() - t)
                del r
                if sum(times) + times[-1] > cap:
                    break
            emit({"measure": m, "times": times})
        except NotImplementedError as e:
            emit({"measure": m, "na": str(e)})
        except Exception as e:  # a peer's own failure (non-convergence, ...): recorded, not fatal
            emit({"measure": m, "error": f"{type(e).__name__}: {str(e)[:200]}"})
        gc.collect()


# =============================================================================================
# Runner


class Results:
    def __init__(self):
        self.cells = {}  # (graph, measure, tool) -> dict(value, approx, over, na, error, note, times)
        self.extra = {}  # (graph, key) -> value

    def set(self, g, m, tool, **kw):
        self.cells[(g, m, tool)] = kw

    def get(self, g, m, tool):
        return self.cells.get((g, m, tool))


def run_worker(python, tool, graph, measures, repeats, cap, sample_first, results, env):
    """Runs a peer worker; kills it if one measure overstays; restarts it for the rest."""
    pending = [m for m in measures if m != "load"]
    want_load = "load" in measures
    hard = cap * 1.25 + 30
    while True:
        cmd = [python, os.path.abspath(__file__), "worker", "--tool", tool, "--graph-json", json.dumps(graph),
               "--measures", ",".join(pending), "--repeats", str(repeats), "--cap", str(cap)]
        if sample_first:
            cmd.append("--sample-first")
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        current, deadline = "load", time.time() + hard
        buf = ""
        killed = False
        while True:
            timeout = deadline - time.time()
            if timeout <= 0:
                os.kill(proc.pid, signal.SIGKILL)
                killed = True
                break
            ready, _, _ = select.select([proc.stdout], [], [], min(timeout, 5))
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            line = proc.stdout.readline()
            if not line:
                break
            ev = json.loads(line)
            if "start" in ev:
                current, deadline = ev["start"], time.time() + hard
                continue
            m = ev["measure"]
            if m == "load":
                if want_load:
                    results.set(graph["name"], "load", tool, value=median(ev["times"]), times=ev["times"])
                continue
            if m in pending:
                pending.remove(m)
            if "na" in ev:
                results.set(graph["name"], m, tool, na=ev["na"])
            elif "error" in ev:
                results.set(graph["name"], m, tool, error=ev["error"])
            else:
                results.set(graph["name"], m, tool, value=median(ev["times"]), times=ev["times"],
                            approx=ev.get("approx", False), note=ev.get("note"))
            log(f"  {graph['name']:12} {tool:10} {m:15} {fmt_cell(results.get(graph['name'], m, tool))}")
        proc.wait()
        err = proc.stderr.read()
        if killed:
            results.set(graph["name"], current, tool, over=hard)
            log(f"  {graph['name']:12} {tool:10} {current:15} killed after {hard:.0f} s")
            if current == "load":  # cannot even load within the limit: nothing else can run
                for m in pending:
                    results.set(graph["name"], m, tool, skipped="not run: loading overstayed the limit")
                return
            if current in pending:
                pending.remove(current)
            want_load = False
            if pending:
                continue
            return
        if proc.returncode != 0:
            msg = (err.strip().splitlines() or ["exit %d" % proc.returncode])[-1]
            log(f"  {graph['name']:12} {tool:10} worker failed: {msg}")
            for m in pending:
                results.set(graph["name"], m, tool, error=msg[:200])
        return


# ---- influence


def parse_timings(stderr):
    t = {}
    for line in stderr.splitlines():
        parts = line.rsplit(" ", 1)
        if len(parts) == 2 and parts[1] == "s" and ": " in parts[0]:
            name, value = parts[0].rsplit(": ", 1)
            try:
                t.setdefault(name, []).append(float(value))
            except ValueError:
                pass
    return t


def influence_run(binary, graph, measures, extra, repeats, timeout, file=None):
    """One `influence centrality` process; returns (timings dict, wall seconds, error or None, killed)."""
    cmd = [binary, "centrality", file or graph["file"], "--timings", "--repeat", str(repeats),
           "--format", "csv", "--top", "1"]
    if not graph["directed"] and file is None:
        cmd.append("--undirected")
    if graph["weighted"] and file is None:
        cmd += ["--weight", "weight"]
    for m in measures:
        cmd += ["--measure", m]
    cmd += extra
    t = time.perf_counter()
    try:
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {}, time.perf_counter() - t, None, True
    wall = time.perf_counter() - t
    if p.returncode != 0:
        lines = [l for l in p.stderr.splitlines() if not l.endswith(" s")]
        return parse_timings(p.stderr), wall, (lines[-1] if lines else f"exit {p.returncode}")[:200], False
    return parse_timings(p.stderr), wall, None, False


def run_influence(binary, graph, measures, repeats, cap, results, startups):
    g = graph["name"]
    n = graph["nodes"]
    # Groups: one process each (load once per repeat inside the process). --alpha is both PageRank's
    # damping and Katz's attenuation, so Katz goes alone; so does PageRank at tol 1e-10.
    name_of = {"hits": "hubs", "pagerank-1e-10": "pagerank"}
    group1 = [m for m in ["degree", "eigenvector", "pagerank", "hits", "core"] if m in measures]
    groups = []
    if group1 or "load" in measures:
        groups.append((group1 or ["degree"], [], group1))
    if "katz" in measures:
        groups.append((["katz"], ["--alpha", repr(graph["katz_alpha"])], ["katz"]))
    if "pagerank-1e-10" in measures:
        groups.append((["pagerank-1e-10"], ["--tol", "1e-10", "--max-iter", "1000"], ["pagerank-1e-10"]))
    loads = []

    def record(ms, timings, wall, extra_startup=True):
        total = 0.0
        for key, values in timings.items():
            total += sum(values)
        for m in ms:
            key = name_of.get(m, m)
            if key in timings:
                results.set(g, m, "influence", value=median(timings[key]), times=timings[key])
        if "load" in timings:
            loads.extend(timings["load"])
        if extra_startup and timings:
            startups.setdefault(g, []).append(wall - total)

    for ms, extra, reported in groups:
        names = [name_of.get(m, m) for m in ms]
        timings, wall, err, killed = influence_run(binary, graph, names, extra, repeats, cap * 1.25 + 30)
        if err and len(ms) > 1:  # one measure failed (e.g. no convergence): run them one by one
            for m in ms:
                t1, w1, e1, k1 = influence_run(binary, graph, [name_of.get(m, m)], extra, repeats, cap * 1.25 + 30)
                if e1:
                    results.set(g, m, "influence", error=e1)
                elif k1:
                    results.set(g, m, "influence", over=cap * 1.25 + 30)
                else:
                    record([m] if m in reported else [], t1, w1)
        elif err:
            for m in reported:
                results.set(g, m, "influence", error=err)
        elif killed:
            for m in reported:
                results.set(g, m, "influence", over=cap * 1.25 + 30)
        else:
            record(reported, timings, wall)
        for m in reported:
            log(f"  {g:12} {'influence':10} {m:15} {fmt_cell(results.get(g, m, 'influence'))}")
    if "load" in measures and loads:
        results.set(g, "load", "influence", value=median(loads), times=loads)
        log(f"  {g:12} {'influence':10} {'load':15} {fmt_cell(results.get(g, 'load', 'influence'))}")

    for m in [m for m in ["betweenness", "closeness", "harmonic"] if m in measures]:
        # Sampled: k, 2k, ... sources (betweenness --samples) or nodes (closeness, harmonic
        # --sample-nodes) until a run takes >= 1.5 s; exact when that fits the cap.
        flag = "--samples" if m == "betweenness" else "--sample-nodes"
        k, points = max(2, min(8, n // 8)), []
        while True:
            t, w, e, kk = influence_run(binary, graph, [m], [flag, str(k), "--seed", "1"], 1,
                                        cap * 1.25 + 30)
            if e or kk or m not in t:
                break
            points.append((k, t[m][0]))
            if (len(points) >= 2 and (k >= 32 or 2 * k > n // 4) and (points[-1][1] >= 1.5 or 2 * k > n // 4)
                    or sum(p[1] for p in points) > cap / 4):
                break
            k *= 2
        est = None
        if points:
            k2, t2 = points[-1]
            if len(points) >= 2:
                k1, t1 = points[-2]
                per = (t2 - t1) / (k2 - k1)
                fixed = t2 - per * k2
                if per <= 0 or fixed < 0:
                    per, fixed = t2 / k2, 0.0
            else:
                per, fixed = t2 / k2, 0.0
            est = fixed + per * n
        if est is not None and est > cap:
            results.set(g, m, "influence", value=est, approx=True,
                        note=f"extrapolated from {flag} {points[-1][0]} ({points[-1][1]:.3g} s)")
            log(f"  {g:12} {'influence':10} {m:15} {fmt_cell(results.get(g, m, 'influence'))}")
            continue
        # Exact: once (time-out: the cap), then the other repeats when they fit in the cap.
        limit = cap * 1.25 + 30
        timings, wall, err, killed = influence_run(binary, graph, [m], [], 1, limit)
        if err:
            results.set(g, m, "influence", error=err)
        elif killed:
            results.set(g, m, "influence", over=limit)
        elif m in timings:
            first = timings[m][0]
            startups.setdefault(g, []).append(wall - sum(sum(v) for v in timings.values()))
            if repeats > 1 and first * repeats <= cap:
                more, wall2, err2, killed2 = influence_run(binary, graph, [m], [], repeats - 1, cap * 1.25 + 30)
                if not err2 and not killed2 and m in more:
                    for key, values in more.items():
                        timings.setdefault(key, []).extend(values)
            record([m], timings, wall, extra_startup=False)
        log(f"  {g:12} {'influence':10} {m:15} {fmt_cell(results.get(g, m, 'influence'))}")

    if graph.get("native") and "load" in measures:
        timings, wall, err, killed = influence_run(binary, graph, ["degree"], [], repeats, cap, file=graph["native"])
        if timings.get("load"):
            results.set(g, "load (native YAML)", "influence", value=median(timings["load"]), times=timings["load"],
                        note="graphs/iraq-2025.yaml, ranking view")
            log(f"  {g:12} {'influence':10} {'load native':15} {fmt_cell(results.get(g, 'load (native YAML)', 'influence'))}")


# ---- memory


def peak_rss(cmd, env):
    """Runs cmd; returns (peak RSS in bytes, wall seconds, returncode)."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss * 1024, time.perf_counter() - t, p.returncode


def memory(python, binary, graph, env):
    out = {"graph": graph["name"], "rows": []}
    tools = [t for t in ["igraph", "networkit", "rustworkx", "influence"]]
    for tool in tools:
        if tool == "influence":
            cmd = [binary, "centrality", graph["file"], "--measure", "pagerank", "--format", "csv", "--top", "1"]
            if not graph["directed"]:
                cmd.append("--undirected")
            base, _, _ = peak_rss([binary, "--version"], env)
        else:
            base_cmd = [python, "-c", f"import {'networkit' if tool == 'networkit' else tool}"]
            base, _, _ = peak_rss(base_cmd, env)
            cmd = [python, os.path.abspath(__file__), "worker", "--tool", tool, "--graph-json", json.dumps(graph),
                   "--measures", "pagerank", "--repeats", "1", "--cap", "600"]
        rss, wall, rc = peak_rss(cmd, env)
        out["rows"].append({"tool": tool, "peak_rss": rss, "baseline": base, "wall": wall, "ok": rc == 0})
        log(f"  memory {tool:10} peak {rss / 2**20:.0f} MiB" + (f" (process + import: {base / 2**20:.0f} MiB)" if base else "")
            + ("" if rc == 0 else f" [exit {rc}]"))
    n, m = graph["nodes"], graph["edges"]
    arcs = m if graph["directed"] else 2 * m
    csr_one = 8 * (n + 1) + 4 * arcs + (8 * arcs if graph["weighted"] else 0)
    out["csr_one_direction"] = csr_one
    out["csr_influence"] = csr_one * (2 if graph["directed"] else 1)
    return out


# ---- output


def sig(x):
    if x is None:
        return "—"
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    if x >= 0.001:
        return f"{x:.3g}" if x < 1 else f"{x:.2f}"
    return f"{x:.2g}"


def fmt_cell(c):
    if not c:
        return "—"
    if c.get("na") or c.get("skipped"):
        return "n/a" if c.get("na") else "—"
    if c.get("error"):
        return "fail"
    if c.get("over") is not None:
        return f">{c['over']:.0f}"
    return ("~" if c.get("approx") else "") + sig(c.get("value"))


def fastest_peer(results, g, m):
    best = None
    for t in PEERS:
        c = results.get(g, m, t)
        if c and c.get("value") is not None and not c.get("error"):
            if best is None or c["value"] < best[1]:
                best = (t, c["value"], c.get("approx", False))
    return best


def table(results, graphs, measures, startups):
    lines = []
    for graph in graphs:
        g = graph["name"]
        kind = ("directed" if graph["directed"] else "undirected") + (", weighted" if graph["weighted"] else "")
        lines.append(f"### {g} — {graph['nodes']:,} nodes, {graph['edges']:,} edges, {kind}")
        lines.append("")
        lines.append("| measure | " + " | ".join(TOOLS) + " | fastest peer | influence / fastest |")
        lines.append("|---|" + "---:|" * len(TOOLS) + "---|---:|")
        rows = list(measures)
        if graph.get("native") and "load" in measures:
            rows.insert(1, "load (native YAML)")
        for m in rows:
            cells = [fmt_cell(results.get(g, m, t)) for t in TOOLS]
            best = fastest_peer(results, g, m)
            ours = results.get(g, m, "influence")
            ratio = "—"
            if best and ours and ours.get("value") is not None and best[1] > 0:
                r = ours["value"] / best[1]
                ratio = ("~" if (best[2] or ours.get("approx")) else "") + f"{r:.2f}"
            elif best and ours and ours.get("over") is not None:
                ratio = f">{ours['over'] / best[1]:.2f}"
            bname = f"{best[0]}" if best else "—"
            lines.append(f"| {m} | " + " | ".join(cells) + f" | {bname} | {ratio} |")
        if startups.get(g):
            lines.append(f"| influence start-up |{' |' * 4} {sig(median(startups[g]))} | | |")
        lines.append("")
    return "\n".join(lines)


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            mem = f"{int(f.readline().split()[1]) / 2**20:.0f} GiB"
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({cpu}), {mem}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def versions(python):
    code = ("import importlib.metadata as m, json; print(json.dumps({p: m.version(p) for p in "
            "['networkx', 'igraph', 'networkit', 'rustworkx', 'numpy', 'scipy']}))")
    try:
        return json.loads(subprocess.check_output([python, "-c", code], text=True))
    except Exception:
        return {}


def main():
    ap = argparse.ArgumentParser(description="Times NetworkX, igraph, NetworKit, rustworkx and influence on the "
                                             "benchmark graphs, in one run; prints a Markdown table.")
    sub = ap.add_subparsers(dest="cmd")
    w = sub.add_parser("worker")
    w.add_argument("--tool", required=True)
    w.add_argument("--graph-json", required=True)
    w.add_argument("--measures", default="")
    w.add_argument("--repeats", type=int, default=3)
    w.add_argument("--cap", type=float, default=120)
    w.add_argument("--sample-first", action="store_true")
    ap.add_argument("--dir", default=os.environ.get("INFLUENCE_BENCH_DIR", "/tmp/influence-bench"),
                    help="where the graphs and manifest.json are (scripts/bench-graphs.py)")
    ap.add_argument("--graphs", default="ba10k,ba10k_w,sf100k_dir,gnm100k_dir,ba1m,pegase9241,hpo_g2p,lesmis,iraq",
                    help="comma-separated graph names (default: all)")
    ap.add_argument("--measures", default=",".join(MEASURES), help="comma-separated (default: all): " + ", ".join(MEASURES))
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated (default: all)")
    ap.add_argument("--repeats", type=int, default=3, help="runs per figure; the median is reported (default 3)")
    ap.add_argument("--cap", type=float, default=120, help="seconds per peer measure before extrapolating (default 120)")
    ap.add_argument("--influence", default=os.path.join(ROOT, ".build-bench", "release", "influence"))
    ap.add_argument("--python", default=sys.executable, help="the Python that has the peers (the venv's)")
    ap.add_argument("--memory", default="auto",
                    help="graph for the peak-memory check (load + PageRank), 'none' to skip; auto: ba1m when selected")
    ap.add_argument("--json", help="write the results here too (default: DIR/bench-peers-<time>.json)")
    ap.add_argument("--markdown", help="write the table here too")
    args = ap.parse_args()
    if args.cmd == "worker":
        worker(args)
        return

    with open(os.path.join(args.dir, "manifest.json")) as f:
        manifest = json.load(f)
    by_name = {g["name"]: g for g in manifest["graphs"]}
    names = [x.strip() for x in args.graphs.split(",") if x.strip()]
    missing = [x for x in names if x not in by_name]
    if missing:
        sys.exit(f"not in {args.dir}/manifest.json: {', '.join(missing)} (run scripts/bench-graphs.py)")
    graphs = [by_name[x] for x in names]
    measures = [x.strip() for x in args.measures.split(",") if x.strip()]
    bad = [m for m in measures if m not in MEASURES]
    if bad:
        sys.exit(f"unknown measure(s): {', '.join(bad)} (known: {', '.join(MEASURES)})")
    measures = [m for m in MEASURES if m in measures]
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    if "influence" in tools and not os.access(args.influence, os.X_OK):
        sys.exit(f"no influence binary at {args.influence} (swift build -c release --scratch-path .build-bench)")

    env = dict(os.environ, OMP_WAIT_POLICY="passive")
    results = Results()
    startups = {}
    started = time.time()
    log(f"machine: {machine()}")
    for graph in graphs:
        log(f"{graph['name']}: {graph['nodes']:,} nodes, {graph['edges']:,} edges")
        big = graph["nodes"] > 20_000
        # Sampling peers first, then rustworkx (no sampling: skipped when hopeless), then influence.
        for tool in [t for t in ["igraph", "networkit", "networkx", "rustworkx"] if t in tools]:
            if tool == "networkx" and graph["nodes"] >= 1_000_000:
                for m in measures:
                    results.set(graph["name"], m, tool, skipped="NetworkX is not run on million-node graphs")
                continue
            ms = list(measures)
            if tool == "rustworkx":
                for m in ["betweenness", "closeness"]:
                    best = fastest_peer(results, graph["name"], m)
                    if m in ms and best and best[1] > 10 * args.cap:
                        ms.remove(m)
                        results.set(graph["name"], m, tool,
                                    skipped=f"not run: no sampling API, and the fastest peer needs ~{best[1]:.3g} s")
            run_worker(args.python, tool, graph, ms, args.repeats, args.cap, big or tool == "networkx", results, env)
        if "influence" in tools:
            run_influence(args.influence, graph, measures, args.repeats, args.cap, results, startups)
    elapsed = time.time() - started

    mem = None
    mem_graph = args.memory
    if mem_graph == "auto":
        mem_graph = "ba1m" if "ba1m" in names else "none"
    if mem_graph != "none":
        if mem_graph not in by_name:
            sys.exit(f"--memory: no graph {mem_graph}")
        log(f"peak memory: {mem_graph}, load + PageRank")
        mem = memory(args.python, args.influence, by_name[mem_graph], env)

    vers = versions(args.python)
    out = []
    out.append(f"Seconds, median of {args.repeats} (`~` extrapolated from sampled sources, `>N` killed after N s, "
               f"`n/a` not offered by the tool or not its definition, `—` not run: NetworkX on million-node graphs, and "
               f"rustworkx's and influence's all-pairs measures that cannot be sampled when the peers' estimate "
               f"exceeds 10 × the cap; `fail` the tool raised, e.g. no convergence). Cap {args.cap:g} s per peer measure. "
               f"Sampled figures come from different sources per tool: on digraphs, where reach varies a lot "
               f"between sources, they are rough.")
    out.append("")
    out.append(f"Machine: {machine()}. " + ", ".join(f"{k} {v}" for k, v in vers.items()) + ". "
               f"NetworKit: {os.cpu_count()} threads, OMP_WAIT_POLICY=passive. Run took {elapsed / 60:.1f} min.")
    out.append("")
    out.append(table(results, graphs, measures, startups))
    if mem:
        n, m = by_name[mem_graph]["nodes"], by_name[mem_graph]["edges"]
        out.append(f"### Peak resident memory: {mem_graph}, load + PageRank")
        out.append("")
        out.append("| tool | peak RSS (MiB) | of which process + import (`import X` / `influence --version`) |")
        out.append("|---|---:|---:|")
        for row in mem["rows"]:
            base = f"{row['baseline'] / 2**20:.0f}" if row["baseline"] else "—"
            out.append(f"| {row['tool']} | {row['peak_rss'] / 2**20:.0f}{'' if row['ok'] else ' (failed)'} | {base} |")
        und = not by_name[mem_graph]["directed"]
        out.append(f"| CSR minimum (offsets 8(n+1) + targets 4·{'2m' if und else 'm'}"
                   f"{' + weights 8·arcs' if by_name[mem_graph]['weighted'] else ''}) | {mem['csr_one_direction'] / 2**20:.0f} | |")
        out.append(f"| CSR as influence stores it ({'one set of arrays: undirected in-arrays are the out-arrays' if und else 'out- and in-arrays'}), "
                   f"without the id table | {mem['csr_influence'] / 2**20:.0f} | |")
        out.append("")
    out.append("Notes per measure:")
    out.append("")
    for m in measures:
        out.append(f"- **{m}**: {FOOTNOTES[m]}")
    out.append("- **influence start-up**: median over influence's processes of wall time − (load + measures + output), "
               "as printed by `--timings`: process start, dynamic loading, argument parsing.")
    text = "\n".join(out) + "\n"
    print(text)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    json_path = args.json or os.path.join(args.dir, f"bench-peers-{stamp}.json")
    with open(json_path, "w") as f:
        json.dump({
            "machine": machine(), "versions": vers, "repeats": args.repeats, "cap": args.cap,
            "graphs": graphs, "measures": measures, "tools": tools, "elapsed_s": elapsed,
            "results": [{"graph": g, "measure": m, "tool": t, **c} for (g, m, t), c in results.cells.items()],
            "influence_startup_s": {g: median(v) for g, v in startups.items()},
            "memory": mem, "footnotes": FOOTNOTES,
        }, f, indent=1)
    log(f"results: {json_path}")
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
