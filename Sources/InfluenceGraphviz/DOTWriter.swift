import Foundation

/// Writes a ``DOTGraph`` as DOT text, in pure Swift (usable without Graphviz).
///
/// Deterministic: attributes and elements in the order given. Every id and value is double-quoted
/// with `"` escaped; label-like attributes also escape backslashes and line breaks (see
/// ``DOTGraph``); HTML-like values are written `<…>`. Reading the text back with Graphviz
/// (`agmemread`) gives the same nodes, edges and attributes.
///
/// Limitation: DOT's lexer has no way to write a backslash immediately before a closing quote in
/// an *id*, nor a line break in an id; the renderer therefore never uses user ids as DOT ids.
public enum DOTWriter {
    /// The DOT text of `graph`: graph attributes, node and edge defaults, clusters with their
    /// nodes, the other nodes, then the edges.
    /// - Complexity: O(size of the output).
    public static func write(_ graph: DOTGraph) -> String {
        var out = "\(graph.directed ? "digraph" : "graph") \(quote(graph.name)) {\n"
        func attributeList(_ attributes: [DOTAttribute]) -> String {
            attributes.map { "\(quote($0.name))=\(value($0))" }.joined(separator: ", ")
        }
        if !graph.graphAttributes.isEmpty { out += "  graph [\(attributeList(graph.graphAttributes))];\n" }
        if !graph.nodeDefaults.isEmpty { out += "  node [\(attributeList(graph.nodeDefaults))];\n" }
        if !graph.edgeDefaults.isEmpty { out += "  edge [\(attributeList(graph.edgeDefaults))];\n" }
        func node(_ n: DOTNode, indent: String) -> String {
            indent + quote(n.id) + (n.attributes.isEmpty ? "" : " [\(attributeList(n.attributes))]") + ";\n"
        }
        for cluster in graph.clusters {
            out += "  subgraph \(quote("cluster_" + cluster.name)) {\n"
            if !cluster.attributes.isEmpty { out += "    graph [\(attributeList(cluster.attributes))];\n" }
            for n in graph.nodes where n.cluster == cluster.name { out += node(n, indent: "    ") }
            out += "  }\n"
        }
        let clusterNames = Set(graph.clusters.map(\.name))
        for n in graph.nodes where n.cluster.map({ !clusterNames.contains($0) }) ?? true { out += node(n, indent: "  ") }
        let arrow = graph.directed ? " -> " : " -- "
        for e in graph.edges {
            out += "  " + quote(e.from) + arrow + quote(e.to)
            out += e.attributes.isEmpty ? ";\n" : " [\(attributeList(e.attributes))];\n"
        }
        return out + "}\n"
    }

    /// A double-quoted DOT string with `"` escaped.
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for ch in s.unicodeScalars {
            if ch == "\"" { out += "\\\"" } else { out.unicodeScalars.append(ch) }
        }
        out += "\""
        return out
    }

    static func value(_ attribute: DOTAttribute) -> String {
        switch attribute.value {
        case .text(let t): quote(DOTGraph.stored(attribute.name, t))
        case .html(let h): "<" + h + ">"
        }
    }
}
