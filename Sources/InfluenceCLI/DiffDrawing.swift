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
    func diagram(_ diff: NetworkDiff, shifts: CentralityShifts?, fromLabel: String, toLabel: String) throws -> [UInt8] {
        var options = DiffDiagramOptions()
        options.style = try drawing.styleSheet()
        options.legend = drawing.legend
        options.engine = drawing.engine
        options.force = drawing.force
        options.beforeLabel = fromLabel
        options.afterLabel = toLabel
        if let shifts {
            options.scores = shifts.after.scores(shifts.measure)
            options.scoreName = shifts.measure
        }
        let format = RenderFormat(rawValue: outputFormat.rawValue)!
        let rendered = try DiffDiagram.render(diff, format: format, sideBySide: sideBySide, options: options)
        for warning in rendered.warnings { Console.warning("graphviz: \(warning)") }
        return rendered.bytes
    }
}
