import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceIO
import InfluenceRender
import Testing

// Uses SVGElement, SVGParser and repositoryRoot from RenderTests.swift.

/// The rank-over-time chart with many series: top N, the "N of M shown" line, direct labels that
/// never overlap, highlighting, ties and absences.
@Suite("Rank-over-time chart with many series")
struct TimelineChartTests {
    /// 24 nodes over 6 dates. Values cross over so that ranks change; `g05`, `g11` and `g17` are
    /// absent at date 2 (gaps), `g20`–`g23` vanish after date 3 (lines ending early, at the same
    /// date), and `g06`/`g07` share a value at every date (tied).
    func crowded() -> RankTimeline {
        let ids = (0 ..< 24).map { String(format: "g%02d", $0) }
        var rankings: [Ranking] = []
        for d in 0 ..< 6 {
            var present: [String] = []
            var values: [Double] = []
            for (i, id) in ids.enumerated() {
                if d == 2 && [5, 11, 17].contains(i) { continue }
                if d > 3 && i >= 20 { continue }
                present.append(id)
                let base = i == 7 ? 6 : i
                values.append(100 - Double(base) * 3 + Double((base * 7 + d * 5) % 11))
            }
            rankings.append(Ranking(ids: present, values: values))
        }
        let dates = ["2020", "2021", "2022", "2023", "2024", "2025"].map { InfluenceDate($0)! }
        return RankTimeline(measure: "pagerank", dates: dates, rankings: rankings)
    }

    func series(_ root: SVGElement) -> [SVGElement] {
        root.all("g").filter { $0.attributes["class"]?.hasPrefix("series") == true }
    }

    func endLabels(_ root: SVGElement) -> [SVGElement] {
        root.all("text").filter { $0.attributes["class"] == "end-label" }
    }

    /// Pairs of end labels whose boxes (estimated width, one line of 12 px type) overlap.
    func overlaps(_ labels: [SVGElement]) -> [(String, String)] {
        func box(_ t: SVGElement) -> (x0: Double, x1: Double, y: Double) {
            let x = Double(t.attributes["x"]!)!
            return (x, x + Double(t.text.count) * 7.5, Double(t.attributes["y"]!)!)
        }
        var found: [(String, String)] = []
        for i in labels.indices {
            for j in labels.indices where j > i {
                let a = box(labels[i]), b = box(labels[j])
                if a.x0 < b.x1 && b.x0 < a.x1 && abs(a.y - b.y) < 12 { found.append((labels[i].text, labels[j].text)) }
            }
        }
        return found
    }

    @Test("default: the 7 best-ranked of 24 nodes, each named once at its line's end, and the chart says 7 of 24")
    func defaultTop() throws {
        let timeline = crowded()
        let root = try SVGParser.parse(Array(RankChart.timeline(timeline, title: "Crowd").utf8))
        let drawn = series(root).map { $0.attributes["data-node"]! }
        #expect(drawn.count == 7)
        #expect(drawn.sorted() == RankChart.timelineSeries(timeline, top: 7).shown.sorted())
        #expect(RankChart.timelineSeries(timeline, top: 7).ranked == 24)
        let shown = try #require(root.all("g").first { $0.attributes["class"] == "shown" })
        #expect(shown.attributes["data-shown"] == "7" && shown.attributes["data-ranked"] == "24")
        #expect(shown.all("text").first?.text.hasPrefix("7 of 24 nodes shown") == true)
        let labels = endLabels(root)
        #expect(labels.map { $0.attributes["data-node"]! }.sorted() == drawn.sorted())
        #expect(overlaps(labels).isEmpty)
        // The best rank at any date decides: every node drawn has a best rank no worse than any left out.
        let worstShown = drawn.map { timeline.bestRank(of: $0)! }.max()!
        let leftOut = Set((0 ..< 24).map { String(format: "g%02d", $0) }).subtracting(drawn)
        #expect(leftOut.allSatisfy { timeline.bestRank(of: $0)! >= worstShown })
    }

    @Test("24 series: every line labelled at its end, no two labels overlapping, lines ending early included")
    func allSeries() throws {
        let timeline = crowded()
        let svg = RankChart.timeline(timeline, top: 24, title: "Crowd")
        let root = try SVGParser.parse(Array(svg.utf8))
        #expect(series(root).count == 24)
        #expect(root.all("g").first { $0.attributes["class"] == "shown" }?.all("text").first?.text.hasPrefix("24 of 24 nodes shown") == true)
        let labels = endLabels(root)
        #expect(labels.count == 24)
        #expect(Set(labels.map { $0.attributes["data-node"]! }).count == 24)
        #expect(overlaps(labels).isEmpty)
        // The four lines ending at 2023 are labelled next to their end, not in the right margin.
        let marginX = labels.filter { $0.attributes["data-node"] == "g00" }.first!.attributes["x"]!
        let early = labels.filter { ["g20", "g21", "g22", "g23"].contains($0.attributes["data-node"]!) }
        #expect(early.count == 4 && early.allSatisfy { Double($0.attributes["x"]!)! < Double(marginX)! })
        // Right-margin labels keep the order of the lines' last ranks, top to bottom.
        let margin = labels.filter { $0.attributes["x"] == marginX }.sorted { Double($0.attributes["y"]!)! < Double($1.attributes["y"]!)! }
        let ranks = margin.map { Int($0.text.prefix { $0.isNumber })! }
        #expect(ranks == ranks.sorted())
        #expect(svg == RankChart.timeline(timeline, top: 24, title: "Crowd"))
    }

    @Test("ties: end labels print '=', tooltips say how many share the rank; absences leave gaps")
    func tiesAndGaps() throws {
        let timeline = crowded()
        let root = try SVGParser.parse(Array(RankChart.timeline(timeline, top: 24, title: "t").utf8))
        let byID = Dictionary(uniqueKeysWithValues: series(root).map { ($0.attributes["data-node"]!, $0) })
        let g06 = try #require(byID["g06"]), g07 = try #require(byID["g07"])
        let last = timeline.dates.count - 1
        #expect(timeline.rank(of: "g06", at: last) == timeline.rank(of: "g07", at: last))
        let r = timeline.rank(of: "g06", at: last)!
        let labels = endLabels(root)
        #expect(labels.first { $0.attributes["data-node"] == "g06" }?.text.hasPrefix("\(r)= ") == true)
        #expect(labels.first { $0.attributes["data-node"] == "g07" }?.text.hasPrefix("\(r)= ") == true)
        #expect(g06.all("circle").last?.all("title").first?.text.contains("rank \(r) of 20 (tied with 1 other)") == true)
        // Tied points are drawn apart, so both lines stay visible.
        #expect(g06.all("circle").last?.attributes["cy"] != g07.all("circle").last?.attributes["cy"])
        // g05 is absent at 2022: its line breaks there (two runs), and it has a point at each other date.
        let path = try #require(byID["g05"]?.all("path").first?.attributes["d"])
        #expect(path.filter { $0 == "M" }.count == 2)
        #expect(byID["g05"]?.all("circle").count == 5)
        // An untied node's label has no '='.
        #expect(labels.first { $0.attributes["data-node"] == "g00" }?.text.contains("=") == false)
    }

    @Test("highlight: named nodes strong in colour (added when outside the top), the others thin grey")
    func highlight() throws {
        let timeline = crowded()
        let svg = RankChart.timeline(timeline, top: 5, title: "t", labels: ["g22": "Twenty-two"], highlight: ["g22", "g01"])
        let root = try SVGParser.parse(Array(svg.utf8))
        let all = series(root)
        #expect(all.count == 6)  // the top 5, and g22 from outside it
        let strong = all.filter { $0.attributes["class"] == "series highlighted" }
        let muted = all.filter { $0.attributes["class"] == "series muted" }
        #expect(strong.map { $0.attributes["data-node"]! }.sorted() == ["g01", "g22"])
        #expect(muted.count == 4)
        let g22Path = try #require(strong.first { $0.attributes["data-node"] == "g22" }?.all("path").first)
        #expect(g22Path.attributes["stroke"] == RankChart.palette[0] && g22Path.attributes["stroke-width"] == "3.5")
        #expect(strong.first { $0.attributes["data-node"] == "g01" }?.all("path").first?.attributes["stroke"] == RankChart.palette[1])
        for m in muted {
            let p = try #require(m.all("path").first)
            #expect(p.attributes["stroke"] == "#b3b3b3" && p.attributes["stroke-width"] == "1.5" && p.attributes["stroke-dasharray"] == nil)
        }
        // Highlighted lines are drawn after (over) the grey ones.
        let order = all.map { $0.attributes["class"]! }
        #expect(order.lastIndex(of: "series muted")! < order.firstIndex(of: "series highlighted")!)
        let text = try #require(root.all("g").first { $0.attributes["class"] == "shown" }?.all("text").first?.text)
        #expect(text.hasPrefix("6 of 24 nodes shown: the 5 with the best rank at any date, and 1 highlighted; highlighted: Twenty-two, g01"))
        let labels = endLabels(root)
        #expect(labels.first { $0.attributes["data-node"] == "g22" }?.attributes["font-weight"] == "bold")
        #expect(labels.first { $0.attributes["data-node"] == "g02" }?.attributes["fill"] == "#777777")
        #expect(overlaps(labels).isEmpty)
    }

    @Test("the Iraq network with every node: 30 series, labels apart, and readable with a highlight")
    func iraqEveryNode() throws {
        let network = try NetworkReader.read(path: repositoryRoot + "/graphs/iraq-2025.yaml")
        let timeline = try rankTimeline(network, measure: .pagerank)
        let labels = Dictionary(network.nodes.map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
        let root = try SVGParser.parse(Array(RankChart.timeline(timeline, top: 100, title: "Iraq", labels: labels).utf8))
        let count = RankChart.timelineSeries(timeline, top: 100).ranked
        #expect(count >= 21)
        #expect(series(root).count == count)
        #expect(endLabels(root).count == count)
        #expect(overlaps(endLabels(root)).isEmpty)
        let def = try SVGParser.parse(Array(RankChart.timeline(timeline, title: "Iraq", labels: labels, highlight: ["sudani"]).utf8))
        #expect(series(def).count == 8)  // sudani (best rank 6, but 8th at the last date) is outside the top 7
        #expect(def.all("g").first { $0.attributes["class"] == "shown" }?.all("text").first?.text.hasPrefix("8 of \(count) nodes shown") == true)
    }

    @Test("slope chart says how many of how many nodes it shows")
    func slopeShown() throws {
        let before = Ranking(ids: ["a", "b", "c", "d", "x"], values: [0.4, 0.3, 0.2, 0.1, 0.15])
        let after = Ranking(ids: ["a", "b", "c", "e", "y"], values: [0.3, 0.5, 0.2, 0.15, 0.18])
        let shifts = CentralityShifts(measure: "pagerank", before: before, after: after, renames: ["x": "y"])
        // Everyone: a b c d y e (x is y) = 6. Top 2: a, b either side = 2 shown.
        let root = try SVGParser.parse(Array(RankChart.slope(shifts, top: 2, title: "t", beforeLabel: "1", afterLabel: "2").utf8))
        #expect(root.all("text").contains { $0.text.hasSuffix(": 2 of 6 nodes shown") })
        let all = try SVGParser.parse(Array(RankChart.slope(shifts, top: 15, title: "t", beforeLabel: "1", afterLabel: "2").utf8))
        #expect(all.all("text").contains { $0.text.hasSuffix(": 6 of 6 nodes shown") })
    }

    @Test("small multiples: one panel per node shown, its own line strong over the others grey, gaps and ties kept")
    func smallMultiples() throws {
        let timeline = crowded()
        let svg = RankChart.timelineSmallMultiples(timeline, top: 24, title: "Crowd")
        let root = try SVGParser.parse(Array(svg.utf8))
        let panels = root.all("g").filter { $0.attributes["class"] == "panel" }
        #expect(panels.map { $0.attributes["data-node"]! } == RankChart.timelineSeries(timeline, top: 24).shown)
        for panel in panels {
            let own = panel.all("path").filter { $0.attributes["class"] == "own" }
            #expect(own.count == 1 && own[0].attributes["stroke-width"] == "2.5")
            #expect(panel.all("path").filter { $0.attributes["class"] == "context" }.count == 23)
        }
        let g05 = try #require(panels.first { $0.attributes["data-node"] == "g05" })
        #expect(g05.all("path").first { $0.attributes["class"] == "own" }?.attributes["d"]?.filter { $0 == "M" }.count == 2)
        let heads = panels.map { $0.all("text").first!.text }
        #expect(heads.contains { $0.hasPrefix("g06 · ") && $0.hasSuffix("=") })
        #expect(heads.contains("g20 · absent at the end"))
        #expect(root.all("g").first { $0.attributes["class"] == "shown" }?.all("text").first?.text.hasPrefix("24 of 24 nodes shown") == true)
        #expect(svg == RankChart.timelineSmallMultiples(timeline, top: 24, title: "Crowd"))
        // Default: 7 panels.
        let small = try SVGParser.parse(Array(RankChart.timelineSmallMultiples(timeline, title: "t").utf8))
        #expect(small.all("g").filter { $0.attributes["class"] == "panel" }.count == 7)
    }
}
