import InfluenceDiff
import InfluenceGraphviz

/// Why a diagram could not be drawn.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `dot` was asked for (or chosen) on a graph it would take minutes to hours to lay out, and
    /// not forced (``DiagramOptions/force``).
    case dotTooLarge(nodes: Int, edges: Int)
    /// More nodes than a picture can hold (``Layout/maximumNodes``); the message names the ways
    /// to reduce the graph.
    case tooManyNodes(nodes: Int, limit: Int)
    /// The output path's extension names no format and none was given.
    case unknownFormat(path: String)
    /// Graphviz's own error, passed on.
    case graphviz(GraphvizError)

    public var description: String {
        switch self {
        case .dotTooLarge(let nodes, let edges):
            "\(nodes) nodes and \(edges) edges are too many for dot to lay out in reasonable time (minutes to hours); use the sfdp engine, or force dot to wait"
        case .tooManyNodes(let nodes, let limit):
            "\(nodes) nodes are more than one diagram can hold (at most \(limit): the layout would take minutes and the picture be too large to view); reduce the graph: \(Layout.reductions)"
        case .unknownFormat(let path):
            "cannot tell the output format of '\(path)' (expected \(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .graphviz(let error): "\(error)"
        }
    }
}

extension DiffDiagram {
    /// Builds, lays out and renders a diff's diagram in one call, with one engine: the union
    /// coloured by status (``build(_:options:)``), or both sides next to each other with pinned
    /// positions (``sideBySide(_:options:)``, laid out with ``DiffDiagramOptions/engine`` and drawn
    /// with ``sideBySideEngine``).
    ///
    /// - Throws: ``RenderError``.
    public static func render(_ diff: NetworkDiff, format: RenderFormat, sideBySide: Bool = false,
                              options: DiffDiagramOptions = .init()) throws(RenderError) -> RenderOutput {
        var options = options
        // The union's size, without building it (the drawing builds it once).
        options.engine = try Diagram.engine(options.engine, nodes: diff.after.nodes.count + diff.removedNodes.count,
                                            edges: diff.after.edges.count + diff.removedEdges.count, force: options.force)
        do throws(GraphvizError) {
            if sideBySide {
                return try Graphviz.render(try self.sideBySide(diff, options: options), engine: .pinned, format: format)
            }
            return try Graphviz.render(build(diff, options: options), engine: options.engine!, format: format)
        } catch {
            throw .graphviz(error)
        }
    }
}
