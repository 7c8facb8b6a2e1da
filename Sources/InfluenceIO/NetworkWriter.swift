import InfluenceGraph

import InfluenceSerialization

/// Writes the native network file. Deterministic: keys in the order of the schema tables,
/// elements in network order, numbers in shortest round-trip form, so the same network always
/// gives the same bytes and YAML → JSON → YAML is the identity on our own output.
public enum NetworkFileWriter {
    /// The network as YAML (block style; short mappings and lists in flow style).
    /// - Complexity: O(size of the output).
    public static func yaml(_ network: Network) -> [UInt8] {
        var w = YAMLEmitter()
        for (k, v) in NetworkOutline.top(network) { w.entry(k, v, indent: 0) }
        if !network.sources.isEmpty {
            w.write("sources:\n")
            for (k, s) in network.sources { w.entry(k, NetworkOutline.source(s), indent: 2) }
        }
        if !network.kinds.isEmpty {
            w.write("kinds:\n")
            for (k, s) in network.kinds { w.entry(k, NetworkOutline.kind(s), indent: 2) }
        }
        if !network.relations.isEmpty {
            w.write("relations:\n")
            for (k, s) in network.relations { w.entry(k, NetworkOutline.relation(s), indent: 2) }
        }
        w.write(network.nodes.isEmpty ? "nodes: []\n" : "nodes:\n")
        for n in network.nodes { w.item(NetworkOutline.node(n), indent: 2) }
        w.write(network.edges.isEmpty ? "edges: []\n" : "edges:\n")
        for e in network.edges { w.item(NetworkOutline.edge(e), indent: 2) }
        return w.bytes
    }

    /// The network as JSON: top-level keys one per line, and each source, kind, relation,
    /// node and edge on a line of its own (compact inside), which keeps large files diffable.
    /// - Complexity: O(size of the output).
    public static func json(_ network: Network) -> [UInt8] {
        var w = JSONEmitter()
        w.write("{\n")
        var first = true
        func key(_ k: String) {
            if !first { w.write(",\n") }
            first = false
            w.write("  "); w.string(k); w.write(": ")
        }
        for (k, v) in NetworkOutline.top(network) { key(k); w.value(v) }
        func section<S: Sequence>(_ name: String, _ items: S, _ body: (S.Element) -> Void) {
            key(name)
            w.write("{")
            var any = false
            for item in items {
                w.write(any ? ",\n    " : "\n    ")
                any = true
                body(item)
            }
            w.write(any ? "\n  }" : "}")
        }
        if !network.sources.isEmpty {
            section("sources", network.sources) { w.string($0.key); w.write(": "); w.value(NetworkOutline.source($0.value)) }
        }
        if !network.kinds.isEmpty {
            section("kinds", network.kinds) { w.string($0.key); w.write(": "); w.value(NetworkOutline.kind($0.value)) }
        }
        if !network.relations.isEmpty {
            section("relations", network.relations) { w.string($0.key); w.write(": "); w.value(NetworkOutline.relation($0.value)) }
        }
        func list<S: Sequence>(_ name: String, _ items: S, _ body: (S.Element) -> OutValue) {
            key(name)
            w.write("[")
            var any = false
            for item in items {
                w.write(any ? ",\n    " : "\n    ")
                any = true
                w.value(body(item))
            }
            w.write(any ? "\n  ]" : "]")
        }
        list("nodes", network.nodes, NetworkOutline.node)
        list("edges", network.edges, NetworkOutline.edge)
        w.write("\n}\n")
        return w.bytes
    }
}
