/// A Graphviz graph as plain Swift values: what ``DOTWriter`` writes as text and what
/// ``Graphviz/render(_:engine:format:)-(_,String,_)`` builds through the C API. No C pointer is involved.
public struct DOTGraph: Sendable, Equatable {
    /// The graph's name (always set: anonymous graphs get a process-wide counter in their SVG title).
    public var name: String
    /// A `digraph` with `->` edges when `true`, a `graph` with `--` edges when `false`.
    public var directed: Bool
    /// Attributes of the graph itself (`rankdir`, `label`, `bgcolor`, …).
    public var graphAttributes: [DOTAttribute]
    /// Defaults for every node (DOT's `node [...]`); text values only when Graphviz builds the graph.
    public var nodeDefaults: [DOTAttribute]
    /// Defaults for every edge (DOT's `edge [...]`); text values only when Graphviz builds the graph.
    public var edgeDefaults: [DOTAttribute]
    /// Clusters drawn as boxes (dot, fdp, osage, patchwork honour them); one level.
    public var clusters: [DOTCluster]
    /// The nodes, in order; a node is written inside its cluster, if any.
    public var nodes: [DOTNode]
    /// The edges, in order; ``GraphLayout/edges`` is indexed like them.
    public var edges: [DOTEdge]

    /// A graph; everything but its name and direction defaults to empty.
    ///
    /// - Parameters:
    ///   - name: the graph's name.
    ///   - directed: `digraph` (`true`) or `graph` (`false`).
    ///   - graphAttributes: attributes of the graph itself.
    ///   - nodeDefaults: defaults for every node.
    ///   - edgeDefaults: defaults for every edge.
    ///   - clusters: the clusters nodes may be drawn in.
    ///   - nodes: the nodes.
    ///   - edges: the edges between node ids.
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
    /// Plain text, written double-quoted; label-like attributes also escape `\` and line breaks.
    case text(String)
    /// HTML-like markup, written between `<` and `>`.
    case html(String)
}

/// One `name=value` attribute of a graph, cluster, node or edge (Graphviz's attribute names:
/// `label`, `shape`, `fillcolor`, `penwidth`, …).
public struct DOTAttribute: Sendable, Hashable {
    /// The Graphviz attribute name.
    public var name: String
    /// The value, text or HTML-like.
    public var value: DOTValue

    /// A text attribute; in label-like attributes a line break in `value` breaks the line and a
    /// backslash stays a backslash.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = .text(value)
    }

    /// An HTML-like attribute (`html` without the outer `<>`), for tables in labels.
    public init(_ name: String, html: String) {
        self.name = name
        self.value = .html(html)
    }
}

/// A node of a ``DOTGraph``: its DOT id, its attributes and the cluster it is drawn in.
public struct DOTNode: Sendable, Equatable {
    /// The DOT node id, unique in the graph; edges and ``GraphLayout/nodes`` refer to it.
    public var id: String
    /// The node's attributes, overriding ``DOTGraph/nodeDefaults``.
    public var attributes: [DOTAttribute]
    /// Name of the ``DOTCluster`` the node is drawn in, if any.
    public var cluster: String?

    /// A node `id` with `attributes`, in `cluster` when given.
    public init(id: String, attributes: [DOTAttribute] = [], cluster: String? = nil) {
        self.id = id
        self.attributes = attributes
        self.cluster = cluster
    }
}

/// An edge of a ``DOTGraph`` between two node ids (the tail and head when directed).
public struct DOTEdge: Sendable, Equatable {
    /// The tail's node id; a node not in ``DOTGraph/nodes`` is created with the defaults only.
    public var from: String
    /// The head's node id; likewise created if absent.
    public var to: String
    /// The edge's attributes, overriding ``DOTGraph/edgeDefaults``.
    public var attributes: [DOTAttribute]

    /// An edge from `from` to `to` with `attributes`.
    public init(from: String, to: String, attributes: [DOTAttribute] = []) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A cluster of a ``DOTGraph``: a subgraph drawn as a box around the nodes whose
/// ``DOTNode/cluster`` names it.
public struct DOTCluster: Sendable, Equatable {
    /// The subgraph name; the writer prefixes `cluster_` so Graphviz draws a box.
    public var name: String
    /// The box's attributes (`label`, `style`, `color`, …).
    public var attributes: [DOTAttribute]

    /// A cluster `name` with `attributes`.
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
