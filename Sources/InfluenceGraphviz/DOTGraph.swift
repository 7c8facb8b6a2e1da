/// A Graphviz graph as plain Swift values: what ``DOTWriter`` writes as text and what
/// ``Graphviz/render(_:engine:format:)`` builds through the C API. No C pointer is involved.
public struct DOTGraph: Sendable, Equatable {
    /// The graph's name (always set: anonymous graphs get a process-wide counter in their SVG title).
    public var name: String
    public var directed: Bool
    public var graphAttributes: [DOTAttribute]
    public var nodeDefaults: [DOTAttribute]
    public var edgeDefaults: [DOTAttribute]
    /// Clusters drawn as boxes (dot, fdp, osage, patchwork honour them); one level.
    public var clusters: [DOTCluster]
    public var nodes: [DOTNode]
    public var edges: [DOTEdge]

    public init(name: String, directed: Bool, graphAttributes: [DOTAttribute] = [], nodeDefaults: [DOTAttribute] = [],
                edgeDefaults: [DOTAttribute] = [], clusters: [DOTCluster] = [], nodes: [DOTNode] = [], edges: [DOTEdge] = []) {
        self.name = name
        self.directed = directed
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.clusters = clusters
        self.nodes = nodes
        self.edges = edges
    }
}

/// An attribute value: ordinary text, or an HTML-like label (markup without the outer `<>`).
public enum DOTValue: Sendable, Hashable {
    case text(String)
    case html(String)
}

public struct DOTAttribute: Sendable, Hashable {
    public var name: String
    public var value: DOTValue

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = .text(value)
    }

    public init(_ name: String, html: String) {
        self.name = name
        self.value = .html(html)
    }
}

public struct DOTNode: Sendable, Equatable {
    public var id: String
    public var attributes: [DOTAttribute]
    /// Name of the ``DOTCluster`` the node is drawn in, if any.
    public var cluster: String?

    public init(id: String, attributes: [DOTAttribute] = [], cluster: String? = nil) {
        self.id = id
        self.attributes = attributes
        self.cluster = cluster
    }
}

public struct DOTEdge: Sendable, Equatable {
    public var from: String
    public var to: String
    public var attributes: [DOTAttribute]

    public init(from: String, to: String, attributes: [DOTAttribute] = []) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

public struct DOTCluster: Sendable, Equatable {
    /// The subgraph name; the writer prefixes `cluster_` so Graphviz draws a box.
    public var name: String
    public var attributes: [DOTAttribute]

    public init(name: String, attributes: [DOTAttribute] = []) {
        self.name = name
        self.attributes = attributes
    }
}

extension DOTGraph {
    /// Attributes Graphviz reads as escString (labels, tooltips): `\n` breaks a line and `\\` is a
    /// backslash. Their text is escaped so that what the caller wrote is what the reader sees.
    static let escStringAttributes: Set<String> = ["label", "xlabel", "headlabel", "taillabel", "tooltip",
                                                    "labeltooltip", "edgetooltip", "headtooltip", "tailtooltip"]

    /// The value Graphviz should store for a text attribute: label-like attributes escaped so that
    /// backslashes and line breaks mean what they say.
    static func stored(_ name: String, _ text: String) -> String {
        guard escStringAttributes.contains(name) else { return text }
        var out = ""
        out.reserveCapacity(text.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
