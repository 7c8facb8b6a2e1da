import ArgumentParser
import Foundation
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceGraphviz
import InfluenceIO
import InfluenceRender

/// Drawing a diff: the coloured diagram (InfluenceRender's DiffDiagram) and the rank chart.
extension InfluenceCommand.Diff {
    /// The slope chart of ranks before → after (plain SVG).
    func rankChart(_ diff: NetworkDiff, shifts: CentralityShifts, fromLabel: String, toLabel: String) throws -> [UInt8] {
        var names: [String: String] = [:]
        for n in diff.before.nodes { names[diff.renames[n.id] ?? n.id] = n.displayName }
        for n in diff.after.nodes { names[n.id] = n.displayName }
        let title = diff.after.title ?? diff.before.title ?? "Rank shifts"
        return Array(RankChart.slope(shifts, top: top ?? 15, title: title, beforeLabel: fromLabel, afterLabel: toLabel,
                                     labels: names).utf8)
    }

    /// The union of both sides coloured by status, or both sides next to each other with pinned positions.
    func diagram(_ diff: NetworkDiff, shifts: CentralityShifts?, fromLabel: String, toLabel: String, where: String) throws -> [UInt8] {
        var options = DiffDiagramOptions()
        if let style {
            do { options.style = try StyleFile.read(path: style) } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
        }
        options.legend = legend
        options.beforeLabel = fromLabel
        options.afterLabel = toLabel
        if let shifts {
            options.scores = Dictionary(uniqueKeysWithValues: zip(shifts.after.ids, shifts.after.values))
            options.scoreName = shifts.measure
        }
        // The union's size, without building it (DiffDiagram builds it once).
        let chosen = try layoutEngine(engine, nodes: diff.after.nodes.count + diff.removedNodes.count,
                                      edges: diff.after.edges.count + diff.removedEdges.count, force: force, for: `where`)
        options.engine = chosen
        do {
            let graph: DOTGraph
            let renderEngine: String
            if sideBySide {
                graph = try DiffDiagram.sideBySide(diff, options: options)
                renderEngine = DiffDiagram.sideBySideEngine
            } else {
                graph = DiffDiagram.build(diff, options: options)
                renderEngine = chosen
            }
            if outputFormat == .dot { return Array(DOTWriter.write(graph).utf8) }
            let rendered = try Graphviz.render(graph, engine: renderEngine, format: outputFormat.rawValue)
            for warning in rendered.warnings { Console.warning("graphviz: \(warning)") }
            return rendered.bytes
        } catch {
            Console.error("\(`where`): \(error)")
            throw ExitCode(3)
        }
    }
}
