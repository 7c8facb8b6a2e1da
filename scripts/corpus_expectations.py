#!/usr/bin/env python3
"""Writes Tests/Corpus/real-files-expected.json: what every file of ../shared/corpus/real-files/
holds, as its writer meant it, so that RealFilesCorpusTests can check influence's readers without
Python (issue 14).

For each file the entry gives the reader that produced the expectation ("reader") and why that
one ("why"), then what a correct reading has:

  directed        the network's direction (a mixed file is directed, each edge as two arcs)
  nodes, edges    counts (an undirected edge counts once; a repeated edge counts each time)
  nodeDigest      FNV-1a 64 of the node ids, sorted by UTF-8 bytes, each followed by "\\n"
  edgeDigest      FNV-1a 64 of the lines "from\\tto\\n" sorted by UTF-8 bytes (an undirected
                  edge with its ends in UTF-8 byte order), duplicates kept
  weightSum       the sum of edge weights, a missing weight counting 1
  labels          up to 3 [id, label] pairs, where the format has labels apart from ids
  pagerank        the 5 highest [id, value] of NetworkX's pagerank (alpha 0.85, weight "weight",
                  parallel edges summed), where NetworkX or igraph reads the file and every
                  weight is > 0

Which reader, per format (the "reader" field names it per file):
  GraphML   NetworkX read_graphml (it flattens yEd groups and takes y:NodeLabel as label);
            gephi-cdata.graphml, whose keys NetworkX does not find (declared inside <graph>,
            after use), by a reader written from the GraphML specification plus Gephi's tolerance.
  GEXF      NetworkX read_gexf with the version its namespace names (read_gexf's default version
            refuses 1.1draft/1.2draft/1.3 files of the other versions); files NetworkX cannot
            read by a reader written from the GEXF 1.2 specification, read static, with Gephi's
            dynamic weight (the column with id "weight") at its latest time.
  GML       NetworkX read_gml (label="label", or "id" when nodes have no label; a file that
            repeats edges without `multigraph 1` is read as NetworkX reads it with that line);
            igraph-test-graph1.gml (-Inf, which NetworkX cannot tokenize) by igraph's Read_GML.
  Pajek     a reader written from the Pajek manual (sections *Network, *Vertices n [n1], *Arcs,
            *Edges, *Arcslist, *Edgeslist, *Matrix, *Partition, *Vector): NetworkX's parse_pajek
            misreads lists, 2-mode files and mixed files, igraph refuses relation names.
  DOT       Graphviz's own parser, libcgraph through ctypes (NetworkX's read_dot goes through
            pydot, which misreads edge chains inside subgraphs and record ports); names decoded
            as the file's charset says.
  node-link D3 (links by index into nodes) and graphology (nodes by key) by readers written from
            their documentation; NetworkX node_link_graph reads neither.
  CSV       Gephi's spreadsheet importer rules (Source, Target, Type, Weight; case-insensitive
            headers; Undirected rows in a directed table as two arcs), written from Gephi's docs.
  NCOL      igraph Read_Ncol (directed, as igraph's default).

Run from the repository root:  python3 scripts/corpus_expectations.py
Needs the versions in scripts/requirements.txt (networkx, igraph) and Graphviz's libcgraph.so.6.
"""
import csv
import io
import json
import math
import os
import re
import sys
import warnings
import xml.etree.ElementTree as ET

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "real-files")
OUT = os.path.join(ROOT, "Tests", "Corpus", "real-files-expected.json")

warnings.simplefilter("ignore")


def fnv(lines):
    h = 0xCBF29CE484222325
    for line in lines:
        for b in line.encode("utf-8") + b"\n":
            h ^= b
            h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def key(s):
    return s.encode("utf-8")


def canonical(nodes, edges, directed):
    """nodes: ids in file order; edges: (u, v, weight or None)."""
    ids = sorted(nodes, key=key)
    lines = []
    for u, v, _ in edges:
        if not directed and key(v) < key(u):
            u, v = v, u
        lines.append(u + "\t" + v)
    lines.sort(key=key)
    return {
        "directed": directed,
        "nodes": len(nodes),
        "edges": len(edges),
        "nodeDigest": fnv(ids),
        "edgeDigest": fnv(lines),
        "weightSum": round(sum(1.0 if w is None else float(w) for _, _, w in edges), 9),
    }


def pagerank_top(nodes, edges, directed):
    if any(w is not None and not (float(w) > 0) for _, _, w in edges):
        return None
    G = nx.MultiDiGraph() if directed else nx.MultiGraph()
    G.add_nodes_from(nodes)
    for u, v, w in edges:
        G.add_edge(u, v, weight=1.0 if w is None else float(w))
    if G.number_of_nodes() == 0:
        return None
    pr = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)
    top = sorted(pr.items(), key=lambda kv: (-kv[1], key(kv[0])))[:5]
    return [[k, round(v, 12)] for k, v in top]


def number(x):
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def from_networkx(G, label_attr="label"):
    directed = G.is_directed()
    nodes = [str(n) for n in G.nodes]
    edges = []
    it = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
    for e in it:
        u, v, d = e[0], e[1], e[-1]
        edges.append((str(u), str(v), number(d["weight"]) if "weight" in d else None))
    labels = []
    for n, d in G.nodes(data=True):
        if label_attr in d and str(d[label_attr]) != str(n):
            labels.append([str(n), str(d[label_attr])])
        if len(labels) == 3:
            break
    return nodes, edges, directed, labels


# --- Pajek, from the manual -------------------------------------------------------------------

def pajek_tokens(line):
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if c.isspace():
            i += 1
        elif c == '"':
            j = line.find('"', i + 1)
            if j < 0:  # an unterminated label runs to the end of the line, as Pajek reads it
                out.append(line[i + 1:].rstrip())
                break
            out.append(line[i + 1:j])
            i = j + 1
        else:
            j = i
            while j < len(line) and not line[j].isspace():
                j += 1
            out.append(line[i:j])
            i = j
    return out


def read_pajek(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    networks, cur, section, vec = [], None, None, None

    def new_network(name):
        net = {"name": name, "n": 0, "labels": {}, "arcs": [], "edges": [], "vectors": {}}
        networks.append(net)
        return net

    for line in text.splitlines():
        s = line.strip()
        if not s or s.startswith("%"):
            continue
        if s.startswith("*"):
            word = s.split()[0].lower()
            rest = s[len(word):].strip()
            if word == "*network":
                cur, section = new_network(rest), None
            elif word == "*vertices":
                if section == "vector":
                    continue
                if cur is None or cur["n"]:
                    cur = new_network(None)
                cur["n"] = int(s.split()[1])
                section = "vertices"
            elif word in ("*arcs", "*edges", "*arcslist", "*edgeslist", "*matrix"):
                section = word[1:]
            elif word in ("*partition", "*vector"):
                section, vec = "vector", []
                target = next((n for n in reversed(networks) if n["n"]), None)
                if target is not None:
                    target["vectors"][rest] = vec
            else:
                section = None
            continue
        if section is None or cur is None:
            continue  # free text before the first section, or an unknown section
        t = pajek_tokens(s)
        if section != "vertices" and t and t[0].endswith(":"):
            t = t[1:]  # a relation number ("k: u v") in a multi-relational section
        if section == "vertices":
            if len(t) >= 2:
                cur["labels"][int(t[0])] = t[1]
        elif section in ("arcs", "edges"):
            w = number(t[2]) if len(t) > 2 and number(t[2]) is not None else None
            (cur["arcs"] if section == "arcs" else cur["edges"]).append((int(t[0]), int(t[1]), w))
        elif section in ("arcslist", "edgeslist"):
            target = cur["arcs"] if section == "arcslist" else cur["edges"]
            for v in t[1:]:
                target.append((int(t[0]), int(v), None))
        elif section == "matrix":
            row = cur.setdefault("row", 0) + 1
            cur["row"] = row
            for col, x in enumerate(t, start=1):
                if float(x) != 0:
                    cur["arcs"].append((row, col, float(x)))
        elif section == "vector":
            vec.append(t[0])
    net = networks[0]
    # Ids are the labels when every vertex has one and no two share one; otherwise the vertex
    # numbers (NetworkX's parse_pajek names nodes by label and so merges vertices that share one).
    labels = [net["labels"].get(i) for i in range(1, net["n"] + 1)]
    by_label = all(labels) and len(set(labels)) == len(labels)
    name = (lambda i: net["labels"][i]) if by_label else (lambda i: str(i))
    nodes = [name(i) for i in range(1, net["n"] + 1)]
    directed = bool(net["arcs"])
    edges = [(name(u), name(v), w) for u, v, w in net["arcs"]]
    for u, v, w in net["edges"]:
        edges.append((name(u), name(v), w))
        if directed and u != v:
            edges.append((name(v), name(u), w))
    shown = [] if by_label else [[str(i), l] for i, l in enumerate(labels, start=1) if l][:3]
    return nodes, edges, directed, shown


# --- GraphML, from the specification (keys anywhere, as Gephi reads) --------------------------

def read_graphml_spec(path):
    root = ET.parse(path).getroot()
    strip = lambda tag: tag.split("}")[-1]
    keys = {k.get("id"): k.get("attr.name", k.get("id")) for k in root.iter() if strip(k.tag) == "key"}
    graph = next(e for e in root.iter() if strip(e.tag) == "graph")
    directed = graph.get("edgedefault", "directed") == "directed"
    nodes, edges, labels = [], [], []
    for el in graph.iter():
        if strip(el.tag) == "node":
            nodes.append(el.get("id"))
            for d in el:
                if strip(d.tag) == "data" and keys.get(d.get("key")) == "label" and len(labels) < 3:
                    labels.append([el.get("id"), (d.text or "").strip()])
        elif strip(el.tag) == "edge":
            w = None
            for d in el:
                if strip(d.tag) == "data" and keys.get(d.get("key")) == "weight":
                    w = number(d.text)
            edges.append((el.get("source"), el.get("target"), w))
    return nodes, edges, directed, labels


# --- GEXF, from the 1.2 specification (static reading) -----------------------------------------

def read_gexf_spec(path):
    root = ET.parse(path).getroot()
    strip = lambda tag: tag.split("}")[-1]
    graph = next(e for e in root.iter() if strip(e.tag) == "graph")
    default = graph.get("defaultedgetype", "undirected")
    nodes, edges, labels, kinds = [], [], [], set()
    for el in graph.iter():
        if strip(el.tag) == "node":
            nodes.append(el.get("id"))
            if el.get("label") is not None and el.get("label") != el.get("id") and len(labels) < 3:
                labels.append([el.get("id"), el.get("label")])
        elif strip(el.tag) == "edge":
            kinds.add(el.get("type", default))
            w = el.get("weight")
            if w is None:  # Gephi's dynamic weight: the column with id "weight", its value at the latest time
                times = [(float(a.get("timestamp") or a.get("start") or "-inf"), k, a.get("value")) for k, a in
                         enumerate(x for x in el.iter() if strip(x.tag) == "attvalue" and (x.get("for") or x.get("id")) == "weight")]
                w = max(times)[2] if times else None
            edges.append((el.get("source"), el.get("target"), number(w)))
    directed = "directed" in kinds or (not kinds and default == "directed")
    if directed and "undirected" in kinds:
        raise ValueError("mixed GEXF is not in this corpus")
    return nodes, edges, directed, labels


def gexf_version(path):
    head = open(path, "rb").read(4096).decode("utf-8", "replace")
    for v in ("1.1draft", "1.2draft", "1.3"):
        if "gexf.net/" + v in head:
            return v
    return "1.2draft"


# --- DOT, by Graphviz's own parser ------------------------------------------------------------

def read_dot_cgraph(path):
    """Nodes and edges as libcgraph reads them (pydot, behind NetworkX's read_dot, misreads edge
    chains inside subgraphs and record ports). Graphviz honours `charset`; cgraph takes bytes."""
    import ctypes
    cg = ctypes.CDLL("libcgraph.so.6")
    P = ctypes.c_void_p
    for f in ("agmemread", "agfstnode", "agnxtnode", "agfstout", "agnxtout", "aghead", "agtail"):
        getattr(cg, f).restype = P
    cg.agnameof.restype = ctypes.c_char_p
    cg.agget.restype = ctypes.c_char_p
    cg.agnxtnode.argtypes = [P, P]
    cg.agfstout.argtypes = [P, P]
    cg.agnxtout.argtypes = [P, P]
    cg.agfstnode.argtypes = [P]
    cg.aghead.argtypes = [P]
    cg.agtail.argtypes = [P]
    cg.agnameof.argtypes = [P]
    cg.agget.argtypes = [P, ctypes.c_char_p]
    cg.agisdirected.argtypes = [P]
    cg.agclose.argtypes = [P]
    raw = open(path, "rb").read()
    g = cg.agmemread(raw)
    charset = "latin-1" if re.search(rb"charset\s*=\s*\"?(latin-?1|iso-?8859-?1|l1)", raw, re.I) else "utf-8"
    name = lambda obj: cg.agnameof(obj).decode(charset)
    nodes, edges = [], []
    n = cg.agfstnode(g)
    while n:
        nodes.append(name(n))
        n = cg.agnxtnode(g, n)
    n = cg.agfstnode(g)
    while n:
        e = cg.agfstout(g, n)
        while e:
            w = cg.agget(e, b"weight")
            edges.append((name(cg.agtail(e)), name(cg.aghead(e)), number(w.decode()) if w else None))
            e = cg.agnxtout(g, e)
        n = cg.agnxtnode(g, n)
    directed = bool(cg.agisdirected(g))
    cg.agclose(g)
    return nodes, edges, directed


# --- node-link: D3 (index links) and graphology (keys) ----------------------------------------

def read_json_spec(path):
    doc = json.load(open(path, encoding="utf-8"))
    if "options" in doc or any("key" in n for n in doc.get("nodes", [])):
        kind = doc.get("options", {}).get("type", "mixed")
        nodes = [str(n["key"]) for n in doc["nodes"]]
        any_directed = kind == "directed" or (kind == "mixed" and any(not e.get("undirected") for e in doc["edges"]))
        edges = []
        for e in doc["edges"]:
            w = number(e.get("attributes", {}).get("weight"))
            u, v = str(e["source"]), str(e["target"])
            edges.append((u, v, w))
            if any_directed and (kind == "undirected" or e.get("undirected")) and u != v:
                edges.append((v, u, w))
        labels = [[str(n["key"]), str(n["attributes"]["label"])] for n in doc["nodes"]
                  if "label" in n.get("attributes", {})][:3]
        return nodes, edges, any_directed, labels, "graphology serialization (graphology docs)"
    nodes = [str(n["id"]) if "id" in n else str(i) for i, n in enumerate(doc["nodes"])]
    edges = []
    for e in doc["links"]:
        ref = lambda x: nodes[x] if isinstance(x, int) else str(x)
        edges.append((ref(e["source"]), ref(e["target"]), number(e.get("weight"))))
    return nodes, edges, bool(doc.get("directed", False)), [], "D3 force layout: links by index into nodes"


# --- Gephi spreadsheet --------------------------------------------------------------------------

def read_gephi_csv(path):
    rows = list(csv.reader(io.open(path, encoding="utf-8-sig", newline="")))
    header = [h.strip().lower() for h in rows[0]]
    if "source" not in header:
        ids = [r[header.index("id")] for r in rows[1:] if r]
        return ids, [], True, []
    si, ti = header.index("source"), header.index("target")
    ty = header.index("type") if "type" in header else None
    wi = header.index("weight") if "weight" in header else None
    di = header.index("directed") if "directed" in header else None  # Cytoscape's column
    nodes, seen, rows_out = [], set(), []
    for r in rows[1:]:
        if not r:
            continue
        u, v = r[si], r[ti]
        for x in (u, v):
            if x not in seen:
                seen.add(x)
                nodes.append(x)
        undirected = (ty is not None and r[ty].strip().lower() == "undirected")
        w = number(r[wi]) if wi is not None and r[wi].strip() else None
        rows_out.append((u, v, w, undirected))
    directed = any(not und for *_, und in rows_out) if ty is not None else True
    edges = []
    for u, v, w, und in rows_out:
        edges.append((u, v, w))
        if directed and und and u != v:
            edges.append((v, u, w))
    return nodes, edges, directed, []


def main():
    import igraph as ig
    out = {}
    for sub in sorted(os.listdir(CORPUS)):
        folder = os.path.join(CORPUS, sub)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            rel = sub + "/" + name
            ext = name.rsplit(".", 1)[-1].lower()
            nx_read = True
            if ext == "graphml":
                try:
                    nodes, edges, directed, labels = from_networkx(nx.read_graphml(path))
                    reader = "networkx.read_graphml"
                except nx.NetworkXError:
                    nodes, edges, directed, labels = read_graphml_spec(path)
                    reader = "GraphML specification, keys found anywhere (Gephi's tolerance)"
                    nx_read = False
            elif ext == "gexf":
                try:
                    G = nx.read_gexf(path, version=gexf_version(path))
                    nodes, edges, directed, labels = from_networkx(G)
                    reader = "networkx.read_gexf(version=%s)" % gexf_version(path)
                except Exception:
                    nodes, edges, directed, labels = read_gexf_spec(path)
                    reader = "GEXF 1.2 specification, read static"
                    nx_read = False
            elif ext == "gml":
                text = open(path, encoding="utf-8", errors="replace").read()
                try:
                    try:
                        G = nx.parse_gml(text, label="label")
                    except nx.NetworkXError as e:
                        if "duplicated" in str(e):
                            text = re.sub(r"graph\s*\[", "graph [\n  multigraph 1", text, count=1)
                            G = nx.parse_gml(text, label="label")
                        else:
                            raise
                    reader = "networkx.read_gml(label='label')"
                except nx.NetworkXError as e:
                    if "no 'label'" in str(e):
                        G = nx.parse_gml(text, label="id")
                        reader = "networkx.read_gml(label='id')"
                    else:
                        G = None
                if G is not None:
                    nodes, edges, directed, labels = from_networkx(G)
                    labels = []
                    if "multigraph 1" in text and "multigraph 1" not in open(path, errors="replace").read():
                        reader += ", read as a multigraph"
                else:
                    g = ig.Graph.Read_GML(path)
                    ids = [str(int(i)) if float(i).is_integer() else str(i) for i in g.vs["id"]]
                    nodes = ids
                    ws = g.es["weight"] if "weight" in g.es.attributes() else [None] * g.ecount()
                    edges = [(ids[e.source], ids[e.target], number(w)) for e, w in zip(g.es, ws)]
                    directed, labels = g.is_directed(), []
                    reader = "igraph.Graph.Read_GML (NetworkX cannot tokenize -Inf)"
            elif ext in ("net", "paj"):
                nodes, edges, directed, labels = read_pajek(path)
                reader = "Pajek manual (first network of a project)"
                nx_read = False
            elif ext in ("dot", "gv"):
                nodes, edges, directed = read_dot_cgraph(path)
                labels = []
                reader = "Graphviz's libcgraph (agmemread), as Graphviz reads it"
                nx_read = False
            elif ext == "json":
                nodes, edges, directed, labels, reader = read_json_spec(path)
                nx_read = False
            elif ext == "csv":
                nodes, edges, directed, labels = read_gephi_csv(path)
                reader = "Gephi spreadsheet import rules" if "source" in open(path, encoding="utf-8-sig").readline().lower() \
                    else "Gephi node table (no edges)"
                nx_read = False
            elif ext == "ncol":
                g = ig.Graph.Read_Ncol(path, directed=True)
                names = g.vs["name"]
                ws = g.es["weight"] if "weight" in g.es.attributes() else [None] * g.ecount()
                nodes = names
                edges = [(names[e.source], names[e.target], w) for e, w in zip(g.es, ws)]
                directed, labels = True, []
                reader = "igraph.Graph.Read_Ncol(directed=True)"
            else:
                continue
            entry = {"reader": reader}
            entry.update(canonical(nodes, edges, directed))
            if labels:
                entry["labels"] = labels
            if nx_read or reader.startswith("igraph"):
                top = pagerank_top(nodes, edges, directed)
                if top:
                    entry["pagerank"] = top
            out[rel] = entry
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print("wrote %d entries to %s" % (len(out), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
