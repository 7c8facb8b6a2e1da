import Foundation
import InfluenceDiff
import InfluenceGraph

/// Plain-SVG charts of centrality ranks: a slope chart of a diff's rank shifts, and a line chart
/// of ranks over time. No Graphviz: the SVG is written by hand, so it is small, byte-stable (same
/// input, same bytes) and readable at 100 % in a browser; every node's line is a `<g>` with an `id`
/// and a `<title>` tooltip. Text is set in DejaVu Sans and XML-escaped; colours follow Okabe and
/// Ito's colour-blind-safe palette.
public enum RankChart {
    // MARK: Slope chart

    /// A slope chart of ranks before → after: each node is a line from its rank on the left axis
    /// to its rank on the right axis, rank 1 at the top.
    ///
    /// - Nodes shown: those ranked `top` or better (competition ranks: every node tied at the
    ///   cut-off is in) on either side, each under its id after (`shifts.renames` maps old → new);
    ///   the subtitle says how many of how many (`29 of 30 nodes shown`). Every node has its own
    ///   row on each axis, so names never overlap however many there are.
    /// - Positions: on each axis the nodes shown are stacked one row each in rank order (ties by
    ///   id, so tied nodes sit on adjacent rows with the same rank printed and never overlap); where
    ///   ranks are skipped (nodes not shown), a row says how many. Rank numbers are printed at both
    ///   ends, so the rows need not be evenly spaced in rank.
    /// - Colour: risers (rank improved) bluish green `#009E73`, fallers vermillion `#D55E00`,
    ///   unchanged rank grey. A node ranked after only *entered*: its dashed bluish-green line
    ///   starts at the marked "not present" slot below the left axis; a node ranked before only
    ///   *left*: its dashed vermillion line ends at the slot below the right axis.
    /// - Each line is `<g id="slope-ID" class="rose|fell|same|entered|left" data-node="ID">` with a
    ///   `<title>` such as `cf: rank 3 → 2, pagerank 0.083 → 0.097`.
    ///
    /// - Parameters:
    ///   - shifts: the rank shifts to draw.
    ///   - top: how many ranks each axis shows.
    ///   - title: the chart's heading.
    ///   - beforeLabel: the left axis's name (a date or a file).
    ///   - afterLabel: the right axis's name.
    ///   - labels: display names by id (after ids; before ids for nodes that left); default the id.
    /// - Complexity: O(*n*) to select, O(*k* log *k*) for the *k* nodes shown.
    public static func slope(_ shifts: CentralityShifts, top: Int = 15, title: String, beforeLabel: String,
                             afterLabel: String, labels: [String: String] = [:]) -> String {
        let before = shifts.before, after = shifts.after
        var oldID: [String: String] = [:]  // new id → old id
        for (old, new) in shifts.renames.sorted(by: { $0.key < $1.key }) where oldID[new] == nil { oldID[new] = old }
        func beforeIndex(_ id: String) -> Int? {
            if let old = oldID[id] { return before.index(of: old) }
            if shifts.renames[id] != nil { return nil }
            return before.index(of: id)
        }

        // The nodes shown: the top of either side, in before's order then after's.
        var ids: [String] = []
        var seen = Set<String>()
        for i in before.order {
            guard before.ranks[i] <= top else { break }
            let id = shifts.renames[before.ids[i]] ?? before.ids[i]
            if seen.insert(id).inserted { ids.append(id) }
        }
        for j in after.order {
            guard after.ranks[j] <= top else { break }
            if seen.insert(after.ids[j]).inserted { ids.append(after.ids[j]) }
        }
        let lines: [SlopeLine] = ids.map { id in
            let b = beforeIndex(id).map { (rank: before.ranks[$0], value: before.values[$0]) }
            let a = after.index(of: id).map { (rank: after.ranks[$0], value: after.values[$0]) }
            let status: SlopeStatus
            switch (b, a) {
            case let (b?, a?): status = a.rank < b.rank ? .rose : (a.rank > b.rank ? .fell : .same)
            case (nil, _?): status = .entered
            default: status = .left
            }
            return SlopeLine(id: id, name: labels[id] ?? id, before: b, after: a, status: status)
        }

        // Rows on each axis.
        let rowHeight = 22.0
        let nameFont = 13.0
        func stack(_ side: [(line: Int, rank: Int)], total: Int) -> (y: [Int: Double], notes: [(y: Double, hidden: Int)], rows: Int) {
            var y: [Int: Double] = [:]
            var notes: [(y: Double, hidden: Int)] = []
            var row = 0
            var previousHidden = 0
            var better = 0  // shown nodes ranked strictly better than the current group
            var groupRank = 0, groupCount = 0
            for item in side {
                if item.rank != groupRank {
                    better += groupCount
                    groupRank = item.rank
                    groupCount = 0
                }
                groupCount += 1
                let hidden = (item.rank - 1) - better
                if hidden > previousHidden {
                    notes.append((Double(row), hidden - previousHidden))
                    row += 1
                    previousHidden = hidden
                }
                y[item.line] = Double(row)
                row += 1
            }
            let remaining = total - side.count - previousHidden
            if remaining > 0 {
                notes.append((Double(row), remaining))
                row += 1
            }
            return (y, notes, row)
        }
        func side(_ pick: (SlopeLine) -> (rank: Int, value: Double)?) -> [(line: Int, rank: Int)] {
            lines.indices.compactMap { i in pick(lines[i]).map { (i, $0.rank) } }
                .sorted { $0.rank != $1.rank ? $0.rank < $1.rank : lines[$0.line].id < lines[$1.line].id }
        }
        let left = stack(side { $0.before }, total: before.ids.count)
        let right = stack(side { $0.after }, total: after.ids.count)
        let needsSlot = lines.contains { $0.before == nil || $0.after == nil }
        let slotRow = Double(max(left.rows, right.rows)) + 0.5

        // Horizontal layout.
        let margin = 24.0
        let maxRank = lines.flatMap { [$0.before?.rank, $0.after?.rank] }.compactMap { $0 }.max() ?? 1
        let rankWidth = ChartSVG.textWidth(String(maxRank), size: nameFont)
        let leftNames = lines.filter { $0.before != nil }.map { ChartSVG.truncated($0.name) }
        let rightNames = lines.filter { $0.after != nil }.map { ChartSVG.truncated($0.name) }
        let noteWidth = ChartSVG.textWidth("(0000000 not shown)", size: 11)
        let slotWidth = ChartSVG.textWidth("not present", size: 12)
        let leftNameWidth = max(leftNames.map { ChartSVG.textWidth($0, size: nameFont) }.max() ?? 0, needsSlot ? slotWidth : 0, noteWidth - rankWidth)
        let rightNameWidth = max(rightNames.map { ChartSVG.textWidth($0, size: nameFont) }.max() ?? 0, needsSlot ? slotWidth : 0, noteWidth - rankWidth)
        let headerFont = 14.0
        let gap = 10.0, nameGap = 8.0
        var leftAxis = margin + leftNameWidth + nameGap + rankWidth + gap
        leftAxis = max(leftAxis, margin + ChartSVG.textWidth(beforeLabel, size: headerFont, bold: true))
        let slopeWidth = 300.0
        let rightAxis = leftAxis + slopeWidth
        var width = max(rightAxis + gap + rankWidth + nameGap + rightNameWidth + margin,
                        rightAxis + ChartSVG.textWidth(afterLabel, size: headerFont, bold: true) + margin)

        // Title, subtitle and legend.
        let everyone = Set(before.ids.map { shifts.renames[$0] ?? $0 }).union(after.ids)
        let subtitle = "Rank by \(shifts.measure) (1 = highest) of the nodes in the top \(top) on either side (ties at the cut-off in): \(lines.count) of \(everyone.count) nodes shown"
        width = max(width, margin * 2 + ChartSVG.textWidth(title, size: 18, bold: true), margin * 2 + ChartSVG.textWidth(subtitle, size: 13))
        width = width.rounded(.up)
        let statuses = SlopeStatus.allCases.filter { s in lines.contains { $0.status == s } }
        var legend = ChartSVG.Flow(left: margin, right: width - margin, top: 82, lineHeight: 20)
        var legendItems: [(x: Double, y: Double, status: SlopeStatus)] = []
        for s in statuses {
            let p = legend.place(width: 30 + 6 + ChartSVG.textWidth(s.legend, size: 12) + 18)
            legendItems.append((p.x, p.y, s))
        }
        let headerY = legend.bottom + 30
        let firstRowY = headerY + 30
        func y(_ row: Double) -> Double { firstRowY + row * rowHeight }
        let bottomRow = needsSlot ? slotRow : Double(max(left.rows, right.rows)) - 1
        let height = (y(bottomRow) + rowHeight + margin).rounded(.up)

        var svg = ChartSVG(width: width, height: height, title: title)
        svg.text(title, x: margin, y: 34, size: 18, weight: "bold", fill: "#111111")
        svg.text(subtitle, x: margin, y: 56, size: 13, fill: "#444444")
        svg.open("g", ["class": "legend"])
        for item in legendItems {
            svg.element("line", ["x1": ChartSVG.n(item.x), "y1": ChartSVG.n(item.y - 4), "x2": ChartSVG.n(item.x + 30), "y2": ChartSVG.n(item.y - 4),
                                 "stroke": item.status.colour, "stroke-width": "2.5", "stroke-linecap": "round"]
                            .merging(item.status.dashed ? ["stroke-dasharray": SlopeStatus.dash] : [:]) { a, _ in a })
            svg.text(item.status.legend, x: item.x + 36, y: item.y, size: 12, fill: "#333333")
        }
        svg.close("g")

        // Axis headers and axes.
        svg.text(beforeLabel, x: leftAxis, y: headerY, size: headerFont, weight: "bold", anchor: "end", fill: "#111111")
        svg.text(afterLabel, x: rightAxis, y: headerY, size: headerFont, weight: "bold", fill: "#111111")
        let axisTop = y(0) - rowHeight / 2, axisBottom = y(bottomRow) + rowHeight / 2
        for x in [leftAxis, rightAxis] {
            svg.element("line", ["x1": ChartSVG.n(x), "y1": ChartSVG.n(axisTop), "x2": ChartSVG.n(x), "y2": ChartSVG.n(axisBottom),
                                 "stroke": "#cccccc", "stroke-width": "1"])
        }
        for note in left.notes {
            svg.text("(\(note.hidden) not shown)", x: leftAxis - gap, y: y(note.y) + 4, size: 11, anchor: "end",
                     fill: "#666666", style: "italic")
        }
        for note in right.notes {
            svg.text("(\(note.hidden) not shown)", x: rightAxis + gap, y: y(note.y) + 4, size: 11, fill: "#666666", style: "italic")
        }
        if needsSlot {
            let slotY = y(slotRow)
            if lines.contains(where: { $0.before == nil }) {
                svg.open("g", ["id": "not-present-before", "class": "not-present"])
                svg.element("title", text: "not present in \(beforeLabel)")
                svg.element("circle", ["cx": ChartSVG.n(leftAxis), "cy": ChartSVG.n(slotY), "r": "5", "fill": "#ffffff",
                                       "stroke": "#666666", "stroke-width": "1.5"])
                svg.text("not present", x: leftAxis - gap, y: slotY + 4, size: 12, anchor: "end", fill: "#555555", style: "italic")
                svg.close("g")
            }
            if lines.contains(where: { $0.after == nil }) {
                svg.open("g", ["id": "not-present-after", "class": "not-present"])
                svg.element("title", text: "not present in \(afterLabel)")
                svg.element("circle", ["cx": ChartSVG.n(rightAxis), "cy": ChartSVG.n(slotY), "r": "5", "fill": "#ffffff",
                                       "stroke": "#666666", "stroke-width": "1.5"])
                svg.text("not present", x: rightAxis + gap, y: slotY + 4, size: 12, fill: "#555555", style: "italic")
                svg.close("g")
            }
        }

        // The lines: grey first, so coloured lines are drawn over them; then by rank after.
        let drawOrder = lines.indices.sorted { a, b in
            let ga = lines[a].status == .same ? 0 : 1, gb = lines[b].status == .same ? 0 : 1
            if ga != gb { return ga < gb }
            let ra = lines[a].after?.rank ?? Int.max, rb = lines[b].after?.rank ?? Int.max
            if ra != rb { return ra > rb }
            let qa = lines[a].before?.rank ?? Int.max, qb = lines[b].before?.rank ?? Int.max
            if qa != qb { return qa > qb }
            return lines[a].id > lines[b].id
        }
        let measure = shifts.measure
        for i in drawOrder {
            let line = lines[i]
            let y1 = left.y[i].map(y) ?? y(slotRow)
            let y2 = right.y[i].map(y) ?? y(slotRow)
            svg.open("g", ["id": "slope-" + ChartSVG.idSafe(line.id), "class": line.status.rawValue, "data-node": line.id])
            svg.element("title", text: line.tooltip(measure: measure))
            var attributes = ["x1": ChartSVG.n(leftAxis), "y1": ChartSVG.n(y1), "x2": ChartSVG.n(rightAxis), "y2": ChartSVG.n(y2),
                              "stroke": line.status.colour, "stroke-width": "2.5", "stroke-linecap": "round"]
            if line.status.dashed { attributes["stroke-dasharray"] = SlopeStatus.dash }
            svg.element("line", attributes)
            if let b = line.before {
                svg.element("circle", ["cx": ChartSVG.n(leftAxis), "cy": ChartSVG.n(y1), "r": "3.5", "fill": line.status.colour])
                svg.text(String(b.rank), x: leftAxis - gap, y: y1 + 4.5, size: nameFont, anchor: "end", fill: "#222222")
                svg.text(ChartSVG.truncated(line.name), x: leftAxis - gap - rankWidth - nameGap, y: y1 + 4.5, size: nameFont,
                         anchor: "end", fill: "#222222")
            }
            if let a = line.after {
                svg.element("circle", ["cx": ChartSVG.n(rightAxis), "cy": ChartSVG.n(y2), "r": "3.5", "fill": line.status.colour])
                svg.text(String(a.rank), x: rightAxis + gap + rankWidth, y: y2 + 4.5, size: nameFont, anchor: "end", fill: "#222222")
                svg.text(ChartSVG.truncated(line.name), x: rightAxis + gap + rankWidth + nameGap, y: y2 + 4.5, size: nameFont,
                         fill: "#222222")
            }
            svg.close("g")
        }
        return svg.finish()
    }

    // MARK: Ranks over time

    /// Okabe and Ito's colour-blind-safe palette, in their order, without yellow (#F0E442, too
    /// faint for lines on white).
    public static let palette = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
    /// Dash patterns, the second cue once the colours are used up: series *k* has colour
    /// `k % 7` and dash `(k / 7) % 4`.
    public static let dashes = ["", "7 4", "2 3", "9 3 2 3"]

    /// How many series the rank-over-time chart draws by default: as many as ``palette`` has
    /// colours, so that every line has its own colour and none needs a dash pattern.
    public static let defaultTimelineTop = 7

    /// The nodes the rank-over-time chart draws, in series order: every node ranked at one date
    /// at least, ordered by its best rank over the dates, then by its rank at the last date
    /// (absent last), then by id; the first `top` of them, then every id of `highlight` not among
    /// them (in the order given). Ids of `highlight` never ranked are left out.
    /// - Complexity: O(*D* · *n* + *n* log *n*).
    public static func timelineSeries(_ timeline: RankTimeline, top: Int, highlight: [String] = []) -> (shown: [String], ranked: Int) {
        var best: [String: Int] = [:]
        for ranking in timeline.rankings {
            for i in ranking.ids.indices {
                let id = ranking.ids[i], rank = ranking.ranks[i]
                if let b = best[id], b <= rank { continue }
                best[id] = rank
            }
        }
        let lastDate = timeline.dates.count - 1
        func last(_ id: String) -> Int { lastDate < 0 ? Int.max : (timeline.rank(of: id, at: lastDate) ?? Int.max) }
        let order = best.keys.sorted { a, b in
            if best[a]! != best[b]! { return best[a]! < best[b]! }
            if last(a) != last(b) { return last(a) < last(b) }
            return a < b
        }
        var shown = Array(order.prefix(max(top, 0)))
        for id in highlight where best[id] != nil && !shown.contains(id) { shown.append(id) }
        return (shown, order.count)
    }

    /// A line chart of rank over time (a bump chart), rank 1 at the top, made to stay readable
    /// with many nodes: it draws `top` series (default ``defaultTimelineTop``), chosen by
    /// ``timelineSeries(_:top:highlight:)``, and says under the title how many of how many.
    ///
    /// - x: the timeline's dates, evenly spaced in date order (each a step of the event sequence;
    ///   spacing by calendar time would crush events days apart against ones years apart). Date
    ///   labels are thinned so that they never overlap.
    /// - y: rank, one row per rank down to the worst rank the lines reach, or to
    ///   max(2 × `top`, `top` + 5) when they go deeper: ranks below that are drawn in one row
    ///   marked "> R" (the tooltip and the end label give the real rank).
    /// - Missing ranks: a node absent at a date (not in that snapshot) leaves a gap in its line; a
    ///   point between two gaps is a lone dot. Ties: nodes tied at a date are spread a few pixels
    ///   apart within their rank's row so every line stays visible, their end labels print the rank
    ///   with `=` (`9= Badr Organization`), and the tooltip says how many share it.
    /// - Style: without `highlight`, series *k* is drawn in ``palette``[*k* % 7] with
    ///   ``dashes``[(*k* / 7) % 4]. With `highlight`, the highlighted series are drawn strong in
    ///   the palette's colours (in the order given) and every other series thin and grey, under
    ///   them. Each series is `<g id="series-ID" class="series" data-node="ID">` (class
    ///   `series highlighted` or `series muted` with `highlight`), each point a `<circle>` with a
    ///   `<title>` (`cf, 2025-11-18: rank 2 of 25, pagerank 0.0973`).
    /// - Labels: every series is named directly at its end (no legend): lines reaching the last
    ///   date in the right margin, level with their last point; lines ending earlier next to their
    ///   end. Labels are `<text class="end-label" data-node="ID">` and are nudged down until no two
    ///   overlap; a thin leader joins a nudged label to its line.
    /// - Complexity: O(*D* · *n* + *n* log *n*) to select the nodes, O(*D* · *k* + *k*²) to draw
    ///   *k* series.
    public static func timeline(_ timeline: RankTimeline, top: Int = defaultTimelineTop, title: String,
                                labels: [String: String] = [:], highlight: [String] = []) -> String {
        let (ids, rankedCount) = timelineSeries(timeline, top: top, highlight: highlight)
        let highlighted = Set(highlight.filter { ids.contains($0) })
        let highlightOrder = highlight.filter { ids.contains($0) }
        let dates = timeline.dates
        let margin = 24.0
        let font = 12.0
        let subtitle = "Rank by \(timeline.measure) (1 = highest) at each event date; dates evenly spaced"
        let extra = ids.count - min(top, ids.count)
        var shownText = "\(ids.count) of \(rankedCount) nodes shown: the \(min(top, ids.count)) with the best rank at any date"
        if extra > 0 { shownText += ", and \(extra) highlighted" }
        if !highlighted.isEmpty {
            let who = highlightOrder.map { ChartSVG.truncated(labels[$0] ?? $0, limit: 24) }
            shownText += "; highlighted: " + who.joined(separator: ", ") + ", the others grey"
        }
        if ids.count < rankedCount { shownText += " (--top N for more)" }

        // Ranks: rows 1…rows, and one overflow row below when lines go deeper.
        var worst = 1
        for d in dates.indices { for id in ids { if let r = timeline.rank(of: id, at: d) { worst = max(worst, r) } } }
        let cap = max(2 * top, top + 5)
        let overflow = worst > cap
        let rows = overflow ? cap : worst
        let rowHeight = rows <= 30 ? 24.0 : max(10.0, 720.0 / Double(rows))
        func row(_ rank: Int) -> Int { min(rank, overflow ? cap + 1 : rank) }

        // Horizontal layout.
        let dateLabelWidth = dates.map { ChartSVG.textWidth($0.description, size: font) }.max() ?? 0
        let spacing: Double
        if dates.count <= 1 { spacing = 0 } else if dates.count <= 14 { spacing = max(76, dateLabelWidth + 16) }
        else { spacing = max(10, min(76, 980 / Double(dates.count - 1))) }
        let labelEvery = spacing == 0 ? 1 : Int(((dateLabelWidth + 12) / spacing).rounded(.up))
        let rankLabelWidth = ChartSVG.textWidth(overflow ? "> \(cap)" : String(rows), size: font)
        let plotLeft = margin + max(rankLabelWidth, ChartSVG.textWidth("rank", size: font)) + 14
        let plotWidth = max(Double(max(dates.count - 1, 0)) * spacing, dates.count <= 1 ? 120 : 0)
        let plotRight = plotLeft + plotWidth
        func x(_ d: Int) -> Double { dates.count <= 1 ? plotLeft + plotWidth / 2 : plotLeft + Double(d) * spacing }
        let names = ids.map { ChartSVG.truncated(labels[$0] ?? $0) }

        // Vertical layout.
        let plotTop = 112.0
        func y(_ row: Int) -> Double { plotTop + (Double(row) - 0.5) * rowHeight }
        let plotBottom = plotTop + Double(rows + (overflow ? 1 : 0)) * rowHeight + 6
        // End labels start clear of the last date's label, which is centred on the plot's right edge.
        let endLabelX = plotRight + max(18, dateLabelWidth / 2 + 10)

        // Points: for each series and date, the position (ties spread apart).
        var points = [[(x: Double, y: Double, rank: Int, value: Double)?]](repeating: [], count: ids.count)
        for d in dates.indices {
            var byRow: [Int: [Int]] = [:]
            for (s, id) in ids.enumerated() {
                if let r = timeline.rank(of: id, at: d) { byRow[row(r), default: []].append(s) }
            }
            var column = [(x: Double, y: Double, rank: Int, value: Double)?](repeating: nil, count: ids.count)
            for (r, members) in byRow {
                let k = Double(members.count)
                let step = min(4.0, (rowHeight - 6) / k)
                for (j, s) in members.enumerated() {
                    let offset = (Double(j) - (k - 1) / 2) * step
                    column[s] = (x(d), y(r) + offset, timeline.rank(of: ids[s], at: d)!, timeline.value(of: ids[s], at: d)!)
                }
            }
            for s in ids.indices { points[s].append(column[s]) }
        }
        /// How many nodes of the whole ranking at date `d` share `rank`.
        func sharing(_ rank: Int, at d: Int) -> Int {
            timeline.rankings[d].ranks.reduce(0) { $0 + ($1 == rank ? 1 : 0) }
        }

        // End labels: lines reaching the last date are labelled in the right margin, level with
        // their last point; others next to their end, in the band above its row (lines run along
        // row centres, so the band between rows is mostly free). `base` is a label's baseline
        // before labels are nudged apart.
        struct EndLabel {
            var series: Int; var text: String; var anchorX: Double; var anchorY: Double; var x: Double; var width: Double
            var base: Double; var y: Double; var inline: Bool
        }
        var endLabels: [EndLabel] = []
        for s in ids.indices {
            guard let last = points[s].lastIndex(where: { $0 != nil }), let p = points[s][last] else { continue }
            let inline = last != dates.count - 1
            let base = inline ? p.y - rowHeight / 2 + 4 : p.y + 4
            let text = "\(p.rank)\(sharing(p.rank, at: last) > 1 ? "=" : "") \(names[s])"
            let lx = inline ? p.x + 6 : endLabelX
            endLabels.append(EndLabel(series: s, text: text, anchorX: p.x, anchorY: p.y, x: lx,
                                      width: ChartSVG.textWidth(text, size: font), base: base, y: base, inline: inline))
        }
        // Nudge. The right margin's labels first: in order of base (then series), each at least
        // one label height below the one above; then, if they run below the plot, pulled back up
        // (never above the plot's top) so they stay level with the lines they name.
        let labelGap = font + 3
        func byBase(_ a: Int, _ b: Int) -> Bool { endLabels[a].base != endLabels[b].base ? endLabels[a].base < endLabels[b].base : a < b }
        let margin1D = endLabels.indices.filter { !endLabels[$0].inline }.sorted(by: byBase)
        for (k, i) in margin1D.enumerated() where k > 0 {
            endLabels[i].y = max(endLabels[i].base, endLabels[margin1D[k - 1]].y + labelGap)
        }
        if let lastLabel = margin1D.last, endLabels[lastLabel].y > plotBottom {
            var limit = max(plotBottom, endLabels[lastLabel].base)
            for i in margin1D.reversed() {
                endLabels[i].y = min(endLabels[i].y, limit)
                limit = endLabels[i].y - labelGap
            }
            var floor = plotTop + font  // too many to fit: push down again from the top
            for i in margin1D {
                endLabels[i].y = max(endLabels[i].y, floor)
                floor = endLabels[i].y + labelGap
            }
        }
        // Then the labels of lines ending early: in order of base (then series), each moves down
        // below any label already placed that it would overlap (boxes from ascent to descent,
        // 3 px apart).
        var placed = margin1D
        for i in endLabels.indices.filter({ endLabels[$0].inline }).sorted(by: byBase) {
            var moved = true
            while moved {
                moved = false
                for j in placed {
                    let a = endLabels[i], b = endLabels[j]
                    let horizontal = a.x < b.x + b.width + 4 && b.x < a.x + a.width + 4
                    if horizontal && abs(a.y - b.y) < labelGap {
                        endLabels[i].y = b.y + labelGap
                        moved = true
                    }
                }
            }
            placed.append(i)
        }
        let labelsBottom = endLabels.map(\.y).max() ?? plotBottom
        let labelsRight = endLabels.map { $0.x + $0.width }.max() ?? plotRight

        var width = max(labelsRight + margin, endLabelX + margin)
        width = max(width, margin * 2 + ChartSVG.textWidth(title, size: 18, bold: true), margin * 2 + ChartSVG.textWidth(subtitle, size: 13),
                    margin * 2 + ChartSVG.textWidth(shownText, size: 12))
        width = width.rounded(.up)
        let note = "Gaps: node absent at that date. \"=\": rank shared (tied). Points: hover for rank and value."
        let noteY = max(plotBottom + 46, labelsBottom + 24)
        let height = (noteY + margin).rounded(.up)

        var svg = ChartSVG(width: width, height: height, title: title)
        svg.text(title, x: margin, y: 34, size: 18, weight: "bold", fill: "#111111")
        svg.text(subtitle, x: margin, y: 56, size: 13, fill: "#444444")
        svg.open("g", ["class": "shown", "data-shown": String(ids.count), "data-ranked": String(rankedCount)])
        svg.text(shownText, x: margin, y: 76, size: 12, fill: "#444444")
        svg.close("g")

        // Grid, axes and tick labels.
        svg.open("g", ["class": "grid"])
        for r in 1 ... rows + (overflow ? 1 : 0) {
            let labelled = rows <= 30 || r == 1 || r % 5 == 0 || r == rows + 1
            let text = r == rows + 1 && overflow ? "> \(cap)" : String(r)
            svg.element("line", ["x1": ChartSVG.n(plotLeft), "y1": ChartSVG.n(y(r)), "x2": ChartSVG.n(plotRight), "y2": ChartSVG.n(y(r)),
                                 "stroke": labelled ? "#e6e6e6" : "#f3f3f3", "stroke-width": "1"])
            if labelled { svg.text(text, x: plotLeft - 10, y: y(r) + 4, size: font, anchor: "end", fill: "#555555") }
        }
        svg.text("rank", x: plotLeft - 10, y: plotTop - 8, size: font, anchor: "end", fill: "#555555", style: "italic")
        for d in dates.indices {
            svg.element("line", ["x1": ChartSVG.n(x(d)), "y1": ChartSVG.n(plotTop), "x2": ChartSVG.n(x(d)), "y2": ChartSVG.n(plotBottom),
                                 "stroke": "#e6e6e6", "stroke-width": "1"])
            if d % labelEvery == 0 {
                svg.text(dates[d].description, x: x(d), y: plotBottom + 18, size: font, anchor: "middle", fill: "#333333")
            }
        }
        svg.close("g")
        if dates.isEmpty || ids.isEmpty {
            svg.text(dates.isEmpty ? "No dated events: nothing to chart." : "No node is ranked at any date.",
                     x: plotLeft, y: plotTop + 16, size: 13, fill: "#555555", style: "italic")
        }

        // Styles: colour, dash and width of each series.
        let muted = "#b3b3b3"
        func colour(_ s: Int) -> String {
            if highlighted.isEmpty { return palette[s % palette.count] }
            guard let h = highlightOrder.firstIndex(of: ids[s]) else { return muted }
            return palette[h % palette.count]
        }
        func dash(_ s: Int) -> String {
            if highlighted.isEmpty { return dashes[(s / palette.count) % dashes.count] }
            guard let h = highlightOrder.firstIndex(of: ids[s]) else { return "" }
            return dashes[(h / palette.count) % dashes.count]
        }
        func isMuted(_ s: Int) -> Bool { !highlighted.isEmpty && !highlighted.contains(ids[s]) }

        // Series: muted ones first, then the rest, each last first so that the best-ranked lines
        // are drawn on top.
        let measure = timeline.measure
        let drawOrder = ids.indices.reversed().filter { isMuted($0) } + ids.indices.reversed().filter { !isMuted($0) }
        for s in drawOrder {
            let id = ids[s]
            let name = labels[id] ?? id
            let mutedLine = isMuted(s)
            let seriesClass = highlighted.isEmpty ? "series" : (mutedLine ? "series muted" : "series highlighted")
            svg.open("g", ["id": "series-" + ChartSVG.idSafe(id), "class": seriesClass, "data-node": id])
            let who = name == id ? id : "\(name) (\(id))"
            svg.element("title", text: who)
            var path = ""
            var pen = false
            for p in points[s] {
                guard let p else { pen = false; continue }
                path += (path.isEmpty ? "" : " ") + (pen ? "L" : "M") + ChartSVG.n(p.x) + " " + ChartSVG.n(p.y)
                pen = true
            }
            if path.contains("L") {
                var attributes = ["d": path, "fill": "none", "stroke": colour(s),
                                  "stroke-width": mutedLine ? "1.5" : (highlighted.isEmpty ? "2.5" : "3.5"),
                                  "stroke-linejoin": "round", "stroke-linecap": "round"]
                if !dash(s).isEmpty { attributes["stroke-dasharray"] = dash(s) }
                svg.element("path", attributes)
            }
            for (d, p) in points[s].enumerated() {
                guard let p else { continue }
                let total = timeline.rankings[d].ids.count
                let tied = sharing(p.rank, at: d)
                svg.open("circle", ["cx": ChartSVG.n(p.x), "cy": ChartSVG.n(p.y), "r": mutedLine ? "2.5" : "3.5", "fill": colour(s),
                                    "stroke": "#ffffff", "stroke-width": "1"])
                let tie = tied > 1 ? " (tied with \(tied - 1) other\(tied == 2 ? "" : "s"))" : ""
                svg.element("title", text: "\(who), \(dates[d]): rank \(p.rank) of \(total)\(tie), \(measure) \(ChartSVG.value(p.value))")
                svg.close("circle")
            }
            svg.close("g")
        }

        // End labels.
        svg.open("g", ["class": "end-labels"])
        for label in endLabels {
            let s = label.series
            let nudged = abs(label.y - label.base) > 0.5
            let textFill = isMuted(s) ? "#777777" : "#222222"
            let weight: String? = highlighted.contains(ids[s]) ? "bold" : nil
            if label.inline {
                if nudged {
                    svg.element("line", ["x1": ChartSVG.n(label.anchorX + 4), "y1": ChartSVG.n(label.anchorY), "x2": ChartSVG.n(label.x - 1),
                                         "y2": ChartSVG.n(label.y - 4), "stroke": colour(s), "stroke-width": "1"])
                }
            } else {
                svg.element("line", ["x1": ChartSVG.n(label.anchorX + 5), "y1": ChartSVG.n(label.anchorY), "x2": ChartSVG.n(label.x - 4),
                                     "y2": ChartSVG.n(label.y - 4), "stroke": colour(s), "stroke-width": "1"])
            }
            var attributes = ["x": ChartSVG.n(label.x), "y": ChartSVG.n(label.y), "font-size": ChartSVG.n(font), "fill": textFill,
                              "class": "end-label", "data-node": ids[s]]
            if let weight { attributes["font-weight"] = weight }
            if label.inline {
                attributes["stroke"] = "#ffffff"
                attributes["stroke-width"] = "3"
                attributes["paint-order"] = "stroke"
                attributes["stroke-linejoin"] = "round"
            }
            svg.element("text", attributes, text: label.text)
        }
        svg.close("g")
        svg.text(note, x: margin, y: noteY, size: 11, fill: "#666666", style: "italic")
        return svg.finish()
    }

    /// Small multiples of rank over time: one small panel per node of
    /// ``timelineSeries(_:top:highlight:)``, in series order, four to a row. In each panel the
    /// node's own line is drawn strong in its colour over every other shown line in light grey,
    /// so each line can be read against the rest without any line being hidden.
    ///
    /// - Axes as in ``timeline(_:top:title:labels:highlight:)`` (dates evenly spaced, rank 1 at the
    ///   top, ranks below max(2 × `top`, `top` + 5) in one "> R" row), the same in every panel:
    ///   the rank range is printed at the left of each panel, the first and last dates under it.
    /// - Each panel is `<g class="panel" data-node="ID">` headed by the node's name and its rank
    ///   at the last date (`=` when tied, "absent at the end" when not in the last snapshot); its
    ///   own line is the `<path class="own">`, the others `<path class="context">`. Gaps where a
    ///   node is absent; a tooltip on every point of the panel's own line.
    /// - Complexity: O(*D* · *k*²) for *k* panels.
    public static func timelineSmallMultiples(_ timeline: RankTimeline, top: Int = defaultTimelineTop, title: String,
                                              labels: [String: String] = [:], highlight: [String] = []) -> String {
        let (ids, rankedCount) = timelineSeries(timeline, top: top, highlight: highlight)
        let dates = timeline.dates
        let margin = 24.0, font = 11.0
        var worst = 1
        for d in dates.indices { for id in ids { if let r = timeline.rank(of: id, at: d) { worst = max(worst, r) } } }
        let cap = max(2 * top, top + 5)
        let overflow = worst > cap
        let rows = overflow ? cap + 1 : worst
        let panelPlotWidth = max(140, min(240, Double(max(dates.count - 1, 1)) * 24))
        let rowHeight = max(3, min(8, 150 / Double(rows)))
        let panelPlotHeight = Double(rows) * rowHeight
        let axisWidth = ChartSVG.textWidth(overflow ? "> \(cap)" : String(rows), size: font) + 8
        let panelWidth = axisWidth + panelPlotWidth + 24
        let panelHeight = 22 + panelPlotHeight + 22 + 12
        let columns = max(1, min(4, ids.count))
        let gridRows = (ids.count + columns - 1) / columns
        let subtitle = "Rank by \(timeline.measure) (1 = highest) at each event date; dates evenly spaced; one panel per node, the others grey"
        let shownText = "\(ids.count) of \(rankedCount) nodes shown: the \(min(top, ids.count)) with the best rank at any date"
            + (ids.count > min(top, ids.count) ? ", and \(ids.count - min(top, ids.count)) highlighted" : "")
        var width = margin * 2 + Double(columns) * panelWidth
        width = max(width, margin * 2 + ChartSVG.textWidth(title, size: 18, bold: true), margin * 2 + ChartSVG.textWidth(subtitle, size: 13),
                    margin * 2 + ChartSVG.textWidth(shownText, size: 12)).rounded(.up)
        let gridTop = 96.0
        let noteY = gridTop + Double(gridRows) * panelHeight + 16
        let height = (noteY + margin).rounded(.up)

        var svg = ChartSVG(width: width, height: height, title: title)
        svg.text(title, x: margin, y: 34, size: 18, weight: "bold", fill: "#111111")
        svg.text(subtitle, x: margin, y: 56, size: 13, fill: "#444444")
        svg.open("g", ["class": "shown", "data-shown": String(ids.count), "data-ranked": String(rankedCount)])
        svg.text(shownText, x: margin, y: 76, size: 12, fill: "#444444")
        svg.close("g")
        if dates.isEmpty || ids.isEmpty {
            svg.text(dates.isEmpty ? "No dated events: nothing to chart." : "No node is ranked at any date.",
                     x: margin, y: gridTop + 16, size: 13, fill: "#555555", style: "italic")
        }
        let measure = timeline.measure
        for (s, id) in ids.enumerated() {
            let left = margin + Double(s % columns) * panelWidth + axisWidth
            let top0 = gridTop + Double(s / columns) * panelHeight + 22
            func x(_ d: Int) -> Double { dates.count <= 1 ? left + panelPlotWidth / 2 : left + Double(d) * panelPlotWidth / Double(dates.count - 1) }
            func y(_ rank: Int) -> Double { top0 + (Double(min(rank, rows)) - 0.5) * rowHeight }
            func path(_ id: String) -> String {
                var out = "", pen = false
                for d in dates.indices {
                    guard let r = timeline.rank(of: id, at: d) else { pen = false; continue }
                    out += (out.isEmpty ? "" : " ") + (pen ? "L" : "M") + ChartSVG.n(x(d)) + " " + ChartSVG.n(y(r))
                    pen = true
                }
                return out
            }
            let name = labels[id] ?? id
            let lastRank = dates.isEmpty ? nil : timeline.rank(of: id, at: dates.count - 1)
            let tied = lastRank.map { r in timeline.rankings[dates.count - 1].ranks.filter { $0 == r }.count > 1 } ?? false
            let rankText = lastRank.map { " · \($0)\(tied ? "=" : "")" } ?? " · absent at the end"
            var limit = 40
            while limit > 4 && ChartSVG.textWidth(ChartSVG.truncated(name, limit: limit) + rankText, size: 12, bold: true) > panelWidth - 12 { limit -= 1 }
            let head = ChartSVG.truncated(name, limit: limit) + rankText
            let colour = palette[s % palette.count]
            svg.open("g", ["class": "panel", "data-node": id])
            svg.element("title", text: name == id ? id : "\(name) (\(id))")
            svg.text(head, x: left, y: top0 - 8, size: 12, weight: "bold", fill: "#222222")
            svg.element("rect", ["x": ChartSVG.n(left), "y": ChartSVG.n(top0), "width": ChartSVG.n(panelPlotWidth),
                                 "height": ChartSVG.n(panelPlotHeight), "fill": "none", "stroke": "#e6e6e6", "stroke-width": "1"])
            svg.text("1", x: left - 4, y: y(1) + 4, size: font, anchor: "end", fill: "#777777")
            if rows > 1 { svg.text(overflow ? "> \(cap)" : String(rows), x: left - 4, y: y(rows) + 4, size: font, anchor: "end", fill: "#777777") }
            if let first = dates.first { svg.text(first.description, x: left, y: top0 + panelPlotHeight + 14, size: font, fill: "#777777") }
            if dates.count > 1 {
                svg.text(dates[dates.count - 1].description, x: left + panelPlotWidth, y: top0 + panelPlotHeight + 14, size: font,
                         anchor: "end", fill: "#777777")
            }
            for other in ids.reversed() where other != id {
                let d = path(other)
                if d.contains("L") {
                    svg.element("path", ["class": "context", "d": d, "fill": "none", "stroke": "#d0d0d0", "stroke-width": "1"])
                }
            }
            let own = path(id)
            if own.contains("L") {
                svg.element("path", ["class": "own", "d": own, "fill": "none", "stroke": colour, "stroke-width": "2.5",
                                     "stroke-linejoin": "round", "stroke-linecap": "round"])
            }
            for d in dates.indices {
                guard let r = timeline.rank(of: id, at: d), let v = timeline.value(of: id, at: d) else { continue }
                svg.open("circle", ["cx": ChartSVG.n(x(d)), "cy": ChartSVG.n(y(r)), "r": "2.5", "fill": colour])
                svg.element("title", text: "\(name), \(dates[d]): rank \(r) of \(timeline.rankings[d].ids.count), \(measure) \(ChartSVG.value(v))")
                svg.close("circle")
            }
            svg.close("g")
        }
        svg.text("Gaps: node absent at that date. \"=\": rank shared (tied). Points: hover for rank and value.", x: margin, y: noteY,
                 size: 11, fill: "#666666", style: "italic")
        return svg.finish()
    }
}

// MARK: - Slope chart parts

private enum SlopeStatus: String, CaseIterable {
    case rose, fell, same, entered, left

    static let dash = "7 5"

    var colour: String {
        switch self {
        case .rose, .entered: "#009E73"
        case .fell, .left: "#D55E00"
        case .same: "#999999"
        }
    }

    var dashed: Bool { self == .entered || self == .left }

    var legend: String {
        switch self {
        case .rose: "rose"
        case .fell: "fell"
        case .same: "same rank"
        case .entered: "entered (from not present)"
        case .left: "left (to not present)"
        }
    }
}

private struct SlopeLine {
    var id: String
    var name: String
    var before: (rank: Int, value: Double)?
    var after: (rank: Int, value: Double)?
    var status: SlopeStatus

    func tooltip(measure: String) -> String {
        let who = name == id ? id : "\(name) (\(id))"
        let ranks = "rank " + (before.map { String($0.rank) } ?? "not present") + " → " + (after.map { String($0.rank) } ?? "not present")
        let values = measure + " " + (before.map { ChartSVG.value($0.value) } ?? "—") + " → " + (after.map { ChartSVG.value($0.value) } ?? "—")
        return "\(who): \(ranks), \(values)"
    }
}

// MARK: - SVG writing

/// A minimal SVG writer: elements with attributes in a fixed (sorted) order, escaped text,
/// coordinates rounded to 0.1 px, so equal input gives equal bytes.
struct ChartSVG {
    private(set) var out = ""
    private var depth = 1

    init(width: Double, height: Double, title: String) {
        out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(ChartSVG.n(width))\" height=\"\(ChartSVG.n(height))\" "
        out += "viewBox=\"0 0 \(ChartSVG.n(width)) \(ChartSVG.n(height))\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"13\" role=\"img\">\n"
        out += "  <title>\(ChartSVG.escaped(title))</title>\n"
        out += "  <rect x=\"0\" y=\"0\" width=\"\(ChartSVG.n(width))\" height=\"\(ChartSVG.n(height))\" fill=\"#ffffff\"/>\n"
    }

    private static func attributeText(_ attributes: [String: String]) -> String {
        attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(escaped($0.value))\"" }.joined()
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    mutating func open(_ name: String, _ attributes: [String: String] = [:]) {
        out += indent + "<\(name)\(ChartSVG.attributeText(attributes))>\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        out += indent + "</\(name)>\n"
    }

    /// An empty element, or one holding `text`.
    mutating func element(_ name: String, _ attributes: [String: String] = [:], text: String? = nil) {
        if let text {
            out += indent + "<\(name)\(ChartSVG.attributeText(attributes))>\(ChartSVG.escaped(text))</\(name)>\n"
        } else {
            out += indent + "<\(name)\(ChartSVG.attributeText(attributes))/>\n"
        }
    }

    /// A `<text>`; `halo` draws a white outline under the glyphs, for labels over lines.
    mutating func text(_ text: String, x: Double, y: Double, size: Double, weight: String? = nil, anchor: String? = nil,
                       fill: String, style: String? = nil, halo: Bool = false) {
        var attributes = ["x": ChartSVG.n(x), "y": ChartSVG.n(y), "font-size": ChartSVG.n(size), "fill": fill]
        if let weight { attributes["font-weight"] = weight }
        if let anchor, anchor != "start" { attributes["text-anchor"] = anchor }
        if let style { attributes["font-style"] = style }
        if halo {
            attributes["stroke"] = "#ffffff"
            attributes["stroke-width"] = "3"
            attributes["paint-order"] = "stroke"
            attributes["stroke-linejoin"] = "round"
        }
        element("text", attributes, text: text)
    }

    mutating func finish() -> String {
        out + "</svg>\n"
    }

    /// A coordinate rounded to 0.1, shortest form (`12`, `12.5`).
    static func n(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return formatNumber(r == 0 ? 0 : r)
    }

    /// A measure's value for a tooltip: three significant digits.
    static func value(_ x: Double) -> String {
        x.isNaN ? "—" : String(format: "%.3g", x)
    }

    /// Text and attribute values as XML: `& < > " '` as entities, line breaks and tabs as spaces,
    /// other control characters (not allowed in XML 1.0) as U+FFFD.
    static func escaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// An `id` value from any string, injective: ASCII letters, digits and `-` kept, every other
    /// byte of the UTF-8 form as `_XX`.
    static func idSafe(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "A") ... UInt8(ascii: "Z"),
                 UInt8(ascii: "0") ... UInt8(ascii: "9"), UInt8(ascii: "-"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "_" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// At most `limit` characters, with an ellipsis when cut.
    static func truncated(_ s: String, limit: Int = 40) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }

    /// An estimate of the width of `s` in DejaVu Sans, from its advance widths (em fractions),
    /// erring wide so that layouts leave room.
    static func textWidth(_ s: String, size: Double, bold: Bool = false) -> Double {
        var em = 0.0
        for scalar in s.unicodeScalars {
            switch scalar {
            case " ": em += 0.318
            case "i", "l", "j", "'", "|", "!", ".", ",", ":", ";": em += 0.30
            case "f", "t", "I", "J", "(", ")", "[", "]", "-": em += 0.40
            case "r": em += 0.42
            case "s", "c", "z": em += 0.55
            case "m": em += 0.98
            case "w": em += 0.82
            case "M", "W": em += 0.99
            case "0" ... "9": em += 0.64
            case "a" ... "z": em += 0.63
            case "A" ... "Z": em += 0.74
            case "…", "→", "—": em += 1.0
            default: em += scalar.value < 0x80 ? 0.64 : 0.75
            }
        }
        return em * size * (bold ? 1.1 : 1.0)
    }

    /// Places items left to right, wrapping to a new line at `right`.
    struct Flow {
        var left: Double, right: Double, top: Double, lineHeight: Double
        private var x: Double
        private var y: Double
        init(left: Double, right: Double, top: Double, lineHeight: Double) {
            self.left = left
            self.right = right
            self.top = top
            self.lineHeight = lineHeight
            x = left
            y = top
        }

        /// The baseline position of the next item of `width`.
        mutating func place(width: Double) -> (x: Double, y: Double) {
            if x > left && x + width > right {
                x = left
                y += lineHeight
            }
            defer { x += width }
            return (x, y)
        }

        /// The baseline of the last line.
        var bottom: Double { y }
    }
}
