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

@Suite("Plain-SVG rank charts")
struct ChartTests {
    /// Before: a 0.4, b 0.3, c 0.2, x 0.15, d 0.1. After: b 0.5, a 0.3, c 0.2, y 0.18 (x renamed), e 0.15 (entered); d left.
    func shifts() -> CentralityShifts {
        let before = Ranking(ids: ["a", "b", "c", "d", "x"], values: [0.4, 0.3, 0.2, 0.1, 0.15])
        let after = Ranking(ids: ["a", "b", "c", "e", "y"], values: [0.3, 0.5, 0.2, 0.15, 0.18])
        return CentralityShifts(measure: "pagerank", before: before, after: after, renames: ["x": "y"])
    }

    func slope(top: Int = 15, labels: [String: String] = ["a": "Alpha", "y": "Why <&> \"quoted\""]) -> String {
        RankChart.slope(shifts(), top: top, title: "Shifts & <ranks>", beforeLabel: "2025-11-01", afterLabel: "2025-12-12", labels: labels)
    }

    func lines(_ root: SVGElement) -> [String: SVGElement] {
        var result: [String: SVGElement] = [:]
        for g in root.all("g") where g.attributes["id"]?.hasPrefix("slope-") == true {
            result[g.attributes["data-node"]!] = g
        }
        return result
    }

    @Test("slope chart: well-formed; one line group per node; colours by direction; tooltips; labels as text")
    func slopeChart() throws {
        let svg = slope()
        let root = try SVGParser.parse(Array(svg.utf8))
        #expect(root.name == "svg")
        let groups = lines(root)
        #expect(Set(groups.keys) == ["a", "b", "c", "d", "e", "y"])
        #expect(root.all("g").filter { $0.attributes["id"]?.hasPrefix("slope-") == true }.count == 6)
        func stroke(_ id: String) -> String? { groups[id]?.all("line").first?.attributes["stroke"] }
        #expect(stroke("b") == "#009E73" && groups["b"]?.attributes["class"] == "rose")   // 2 → 1
        #expect(stroke("a") == "#D55E00" && groups["a"]?.attributes["class"] == "fell")   // 1 → 2
        #expect(stroke("c") == "#999999" && groups["c"]?.attributes["class"] == "same")   // 3 → 3
        #expect(stroke("y") == "#999999" && groups["y"]?.attributes["class"] == "same")   // x renamed y: 4 → 4
        #expect(groups["e"]?.attributes["class"] == "entered" && groups["d"]?.attributes["class"] == "left")
        #expect(groups["e"]?.all("line").first?.attributes["stroke-dasharray"] != nil)
        #expect(groups["d"]?.all("line").first?.attributes["stroke-dasharray"] != nil)
        #expect(groups["b"]?.all("line").first?.attributes["stroke-dasharray"] == nil)
        // Tooltips: display name, ranks and values.
        #expect(groups["a"]?.all("title").first?.text == "Alpha (a): rank 1 → 2, pagerank 0.4 → 0.3")
        #expect(groups["e"]?.all("title").first?.text == "e: rank not present → 5, pagerank — → 0.15")
        #expect(groups["d"]?.all("title").first?.text == "d: rank 5 → not present, pagerank 0.1 → —")
        // Labels as <text>, escaped on the way in and read back whole.
        let texts = root.all("text").map(\.text)
        #expect(texts.contains("Alpha") && texts.contains("Why <&> \"quoted\"") && texts.contains("2025-11-01") && texts.contains("2025-12-12"))
        #expect(texts.contains("Shifts & <ranks>"))
        #expect(texts.contains { $0.contains("pagerank") })  // the measure is named
        #expect(groups["a"]!.all("text").map(\.text) == ["1", "Alpha", "2", "Alpha"])  // name and rank at both ends
        #expect(svg.contains("font-family=\"DejaVu Sans"))
    }

    @Test("slope chart: an entering node starts at the 'not present' slot, a leaving one ends there")
    func notPresentSlot() throws {
        let root = try SVGParser.parse(Array(slope().utf8))
        let groups = lines(root)
        func slot(_ id: String) throws -> (x: String, y: String) {
            let g = try #require(root.all("g").first { $0.attributes["id"] == id })
            let c = try #require(g.all("circle").first)
            return (c.attributes["cx"]!, c.attributes["cy"]!)
        }
        let left = try slot("not-present-before"), right = try slot("not-present-after")
        let entered = try #require(groups["e"]?.all("line").first)
        #expect(entered.attributes["x1"] == left.x && entered.attributes["y1"] == left.y)
        #expect(entered.attributes["y2"] != left.y)
        #expect(groups["e"]!.all("circle").count == 1)  // one end only
        let leaving = try #require(groups["d"]?.all("line").first)
        #expect(leaving.attributes["x2"] == right.x && leaving.attributes["y2"] == right.y)
        #expect(root.all("text").contains { $0.text == "not present" })
        // Rank 1 at the top: b (rank 1 after) is above a (rank 2 after) on the right axis.
        let yb = Double(groups["b"]!.all("line")[0].attributes["y2"]!)!, ya = Double(groups["a"]!.all("line")[0].attributes["y2"]!)!
        #expect(yb < ya)
    }

    @Test("slope chart: top N on either side; tied ranks on separate rows; same bytes every time")
    func topAndTies() throws {
        let root = try SVGParser.parse(Array(slope(top: 1).utf8))
        #expect(Set(lines(root).keys) == ["a", "b"])  // a tops before, b tops after
        #expect(root.all("text").contains { $0.text.contains("not shown") })
        // Four nodes tied: four rows, four distinct y.
        let tied = Ranking(ids: ["p", "q", "r", "s"], values: [1, 1, 1, 1])
        let chart = RankChart.slope(CentralityShifts(measure: "degree", before: tied, after: tied), title: "t",
                                    beforeLabel: "b", afterLabel: "a")
        let tiedRoot = try SVGParser.parse(Array(chart.utf8))
        let ys = lines(tiedRoot).values.map { $0.all("line")[0].attributes["y1"]! }
        #expect(Set(ys).count == 4)
        #expect(lines(tiedRoot).values.allSatisfy { $0.all("text").first?.text == "1" })
        // Deterministic: same input, same bytes, whatever the dictionaries' order.
        var labels: [String: String] = [:]
        for id in ["y", "a", "e", "d", "c", "b"] { labels[id] = id.uppercased() }
        var reversed: [String: String] = [:]
        for id in ["b", "c", "d", "e", "a", "y"] { reversed[id] = id.uppercased() }
        #expect(slope(labels: labels) == slope(labels: reversed))
        #expect(slope() == slope())
    }

    @Test("ids and text with control characters, quotes and markup stay well-formed")
    func escaping() throws {
        let ids = ["a b", "<x>", "q\"'", "tab\there", "bell\u{7}", "ü"]
        let r = Ranking(ids: ids, values: [6, 5, 4, 3, 2, 1])
        let svg = RankChart.slope(CentralityShifts(measure: "m&m", before: r, after: r), title: "<t>", beforeLabel: "&", afterLabel: "\"")
        let root = try SVGParser.parse(Array(svg.utf8))
        #expect(Set(lines(root).keys).count == 6)
        let gids = root.all("g").compactMap { $0.attributes["id"] }.filter { $0.hasPrefix("slope-") }
        #expect(Set(gids).count == 6 && gids.allSatisfy { !$0.contains(" ") && !$0.contains("<") })
        let t = RankTimeline(measure: "m<", dates: [InfluenceDate("2020")!], rankings: [r])
        _ = try SVGParser.parse(Array(RankChart.timeline(t, title: "&", labels: ["a b": "<b>"]).utf8))
    }

    // MARK: Timeline

    /// Nine nodes over four dates; `x` is absent at the third.
    func syntheticTimeline() -> RankTimeline {
        let ids = ["n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "x"]
        var rankings: [Ranking] = []
        for d in 0 ..< 4 {
            let present = d == 2 ? Array(ids.dropLast()) : ids
            let values = present.enumerated().map { i, id in id == "x" ? 10.0 - Double(d) : Double(9 - i) }
            rankings.append(Ranking(ids: present, values: values))
        }
        let dates = ["2020", "2021-06", "2021-07-01", "2024"].map { InfluenceDate($0)! }
        return RankTimeline(measure: "pagerank", dates: dates, rankings: rankings)
    }

    @Test("timeline chart: a series per node reaching the top; gaps where absent; palette then dashes; point tooltips")
    func timelineChart() throws {
        let timeline = syntheticTimeline()
        let svg = RankChart.timeline(timeline, top: 10, title: "Ranks", labels: ["x": "Ex"])
        let root = try SVGParser.parse(Array(svg.utf8))
        let series = root.all("g").filter { $0.attributes["class"] == "series" }
        #expect(series.count == 9)
        let byID = Dictionary(uniqueKeysWithValues: series.map { ($0.attributes["data-node"]!, $0) })
        // x: present at dates 0, 1 and 3: one line, broken at date 2.
        let x = try #require(byID["x"])
        let d = try #require(x.all("path").first?.attributes["d"])
        #expect(d.filter { $0 == "M" }.count == 2 && d.filter { $0 == "L" }.count == 1)
        #expect(x.all("circle").count == 3)
        #expect(x.all("circle").allSatisfy { $0.all("title").count == 1 })
        #expect(x.all("circle")[0].all("title")[0].text == "Ex (x), 2020: rank 1 of 9, pagerank 10")
        // Series order: best rank, then id; the first has the first colour, the 8th the first colour dashed.
        let leaders = timeline.leaders(top: 10)
        #expect(leaders.prefix(2) == ["n0", "x"])
        #expect(byID[leaders[0]]?.all("path").first?.attributes["stroke"] == RankChart.palette[0])
        #expect(byID[leaders[0]]?.all("path").first?.attributes["stroke-dasharray"] == nil)
        #expect(byID[leaders[7]]?.all("path").first?.attributes["stroke"] == RankChart.palette[0])
        #expect(byID[leaders[7]]?.all("path").first?.attributes["stroke-dasharray"] == RankChart.dashes[1])
        // Labels and dates as text; every series is named at its end, with its rank; no legend.
        let texts = root.all("text").map(\.text)
        for date in timeline.dates { #expect(texts.contains(date.description)) }
        #expect(!texts.contains("Ex"))
        #expect(texts.filter { $0.hasSuffix(" Ex") } == ["3= Ex"])       // at 2024, x (7) ties n2 (7) at rank 3
        #expect(root.all("g").filter { $0.attributes["class"] == "legend" }.isEmpty)
        #expect(svg == RankChart.timeline(timeline, top: 10, title: "Ranks", labels: ["x": "Ex"]))
        // Only the top: with top 2, two series, though three nodes are ranked 1 or 2 at some date.
        #expect(timeline.leaders(top: 2).count == 3)
        let top2 = try SVGParser.parse(Array(RankChart.timeline(timeline, top: 2, title: "t").utf8))
        #expect(top2.all("g").filter { $0.attributes["class"] == "series" }.map { $0.attributes["data-node"]! }.sorted() == ["n0", "x"])
    }

    @Test("timeline chart of the Iraq network: the default top 7 series, ranks 1 at the top")
    func iraqTimeline() throws {
        let network = try NetworkReader.read(path: repositoryRoot + "/graphs/iraq-2025.yaml")
        let timeline = try rankTimeline(network, measure: .pagerank)
        let svg = RankChart.timeline(timeline, title: network.title ?? "", labels: Dictionary(uniqueKeysWithValues: network.nodes.map { ($0.id, $0.displayName) }))
        let root = try SVGParser.parse(Array(svg.utf8))
        let series = root.all("g").filter { $0.attributes["class"] == "series" }
        #expect(series.count == RankChart.defaultTimelineTop)
        #expect(series.map { $0.attributes["data-node"]! }.sorted() == RankChart.timelineSeries(timeline, top: 7).shown.sorted())
        let iran = try #require(series.first { $0.attributes["data-node"] == "iran" })
        let cf = try #require(series.first { $0.attributes["data-node"] == "cf" })
        #expect(Double(iran.all("circle")[0].attributes["cy"]!)! < Double(cf.all("circle")[0].attributes["cy"]!)!)
        #expect(iran.all("circle").count == timeline.dates.count)

        // The slope chart of the same network, 2025-11-01 → 2025-12-12.
        let diff = try NetworkDiff(before: network.snapshot(at: InfluenceDate("2025-11-01")!), after: network.snapshot(at: InfluenceDate("2025-12-12")!))
        let slopeSVG = RankChart.slope(try diff.centralityShifts(.pagerank), title: "t", beforeLabel: "2025-11-01", afterLabel: "2025-12-12")
        let slopeRoot = try SVGParser.parse(Array(slopeSVG.utf8))
        let groups = slopeRoot.all("g").filter { $0.attributes["id"]?.hasPrefix("slope-") == true }
        #expect(groups.count >= 15)
        let sudani = try #require(groups.first { $0.attributes["data-node"] == "sudani" })
        #expect(sudani.attributes["class"] == "fell")  // 6 → 8 once the lists won seats
    }
}
