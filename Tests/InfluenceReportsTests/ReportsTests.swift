import Foundation
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceIO
import InfluenceReports
import Testing

/// The output contracts the commands print, called in process.
@Suite("Reports: rankings, stats, timelines as the commands print them")
struct ReportsTests {
    let ids = ["b", "a", "c", "d", "e"]
    var scores: NodeScores { NodeScores("pagerank", ids: ids, values: [0.25, 0.25, .nan, 0.5, 1e-3]) }

    @Test("rows by the first measure, highest first, NaN last, ties by id; top-k is a prefix of the order")
    func order() {
        let report = RankingReport(ids: ids, columns: [scores])
        #expect(report.rows(top: nil).map { ids[$0] } == ["d", "a", "b", "e", "c"])
        let ascending = RankingReport(ids: ids, columns: [scores], ascending: true)
        #expect(ascending.rows(top: nil).map { ids[$0] } == ["e", "a", "b", "d", "c"])
        let many = NodeScores(ids: (0 ..< 1000).map { "n\($0)" }, values: (0 ..< 1000).map { Double($0 % 7) })
        #expect(many.top(10) == Array(many.order().prefix(10)))
        #expect(many.top(10, ascending: true) == Array(many.order(ascending: true).prefix(10)))
        // The ranking shares the order; its ranks are competition ranks.
        let ranking = Ranking(scores)
        #expect(ranking.order == scores.order())
        #expect(ranking.ranks == [2, 2, 5, 1, 4])
    }

    @Test("CSV, JSON and table bytes")
    func formats() {
        let report = RankingReport(ids: ids, columns: [scores], labels: ["d": "Dee"])
        #expect(report.csv(top: 3) == "id,pagerank\nd,0.5\na,0.25\nb,0.25\n")
        #expect(report.json(top: 2) == "{\"measures\": [\"pagerank\"], \"nodes\": [\n  {\"id\": \"d\", \"pagerank\": 0.5},\n  {\"id\": \"a\", \"pagerank\": 0.25}\n]}\n")
        #expect(report.json(top: nil).contains("{\"id\": \"c\", \"pagerank\": null}"))
        #expect(report.table(top: 2) == "rank  id  label  pagerank\n   1  d   Dee         0.5\n   2  a   a          0.25\n")
        let quoted = RankingReport(ids: ["x,y", "q\""], columns: [NodeScores("m", ids: ["x,y", "q\""], values: [2, 1])])
        #expect(quoted.csv(top: nil) == "id,m\n\"x,y\",2\n\"q\"\"\",1\n")
    }

    @Test("stats of the Iraq network as text and JSON")
    func stats() throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0]
        let network = try NetworkReader.read(path: root + "/graphs/iraq-2025.yaml")
        let stats = try NetworkStats(network)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(StatsReport.json(stats, at: nil).utf8)) as? [String: Any])
        #expect(json["nodes"] as? Int == 30 && json["edges"] as? Int == 57 && json["directed"] as? Bool == true)
        #expect(StatsReport.text(stats, at: nil).contains("nodes       30\n"))
        let events = timelineEvents(network)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(TimelineReport.eventDocument(events).utf8)) as? [String: Any])
        #expect((document["events"] as? [Any])?.count == events.count)
    }

    @Test("keyed scores from a measure carry the graph's ids and the measure's name")
    func keyed() throws {
        var b = GraphBuilder(directed: true)
        for id in ["x", "y", "z"] { b.addNode(id) }
        b.addEdge(0, 1)
        b.addEdge(1, 2)
        let g = try b.build()
        let s = try Measure.inDegree.scores(on: g)
        #expect(s.name == "in-degree" && s.ids == ["x", "y", "z"] && s["y"] == 0.5 && s["w"] == nil)
        let some = try Measure.inDegree.scores(on: g, nodes: [2, 0])
        #expect(some.ids == ["z", "x"] && some.values == [0.5, 0])
    }
}
