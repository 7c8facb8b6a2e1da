import Foundation
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceIO
import Testing

private let timelineRoot = #filePath.components(separatedBy: "/Tests/")[0]

private func iraqNetwork() throws -> Network {
    try NetworkReader.read(path: timelineRoot + "/graphs/iraq-2025.yaml")
}

private func day(_ s: String) -> InfluenceDate { InfluenceDate(s)! }

@Suite("Timeline: dated events and ranks over time")
struct TimelineTests {
    @Test("the Iraq events: the 2025-11-18 'joined' edge begins with its quote; the kidnapping ends 2025-09")
    func iraqEvents() throws {
        let network = try iraqNetwork()
        let events = timelineEvents(network)
        let joined = try #require(events.first { $0.id == "rdb-joined-cf" })
        #expect(joined.date == day("2025-11-18"))
        #expect(joined.what == .edgeBegins)
        #expect(joined.description == "rdb joined cf")
        #expect(joined.source == "spyer-2025-12-12")
        #expect(joined.quote?.hasPrefix("On November 18, following the elections, Sudani announced") == true)
        guard case .edge(let i) = joined.element else { Issue.record("not an edge: \(joined.element)"); return }
        #expect(network.edges[i].id == "rdb-joined-cf")

        let kidnapping = events.filter { $0.id == "kh-kidnapped-tsurkov" }
        #expect(kidnapping.count == 1)  // no `since`; its attributes are undated
        #expect(kidnapping.first?.what == .edgeEnds)
        #expect(kidnapping.first?.date == day("2025-09"))
        #expect(kidnapping.first?.quote?.contains("Elizabeth Tsurkov") == true)

        // Dated attribute values, and the quote that states the value.
        let seats = try #require(events.first { $0.id == "cf" && $0.field == "joint-bloc-seats" })
        #expect(seats.what == .valueBegins && seats.date == day("2025-11-18") && seats.value == .number(165))
        #expect(seats.quote?.contains("165 seats") == true)
        let badr = try #require(events.first { $0.id == "badr" && $0.field == "seats" })
        #expect(badr.value == .number(18) && badr.date == day("2025-11") && badr.description == "Badr Organization")
        // A date-valued attribute is an event at its date.
        let released = try #require(events.first { $0.id == "tsurkov" && $0.field == "released" })
        #expect(released.what == .dateValue && released.date == day("2025-09"))
        // Node validity.
        let elections = try #require(events.first { $0.id == "elections-2025" && $0.what == .nodeBegins })
        #expect(elections.date == day("2025-11") && elections.description == "November 2025 Iraqi elections")

        // Date order, ends first at a date, and exactly the network's event dates.
        for (a, b) in zip(events, events.dropFirst()) {
            #expect(a.date <= b.date)
            if a.date == b.date { #expect(a.what.isEnd || !b.what.isEnd, "\(a.date): an end after a beginning") }
        }
        #expect(Set(events.map(\.date)) == Set(network.eventDates()))
        #expect(events.allSatisfy { $0.quote != nil && $0.source != nil })  // every element of the file has evidence
    }

    @Test("ties: ends before beginnings at one date, then file order (nodes, then edges)")
    func tieOrder() {
        let d2020 = day("2020"), d2021 = day("2021")
        let network = Network(nodes: [
            Node(id: "new", validity: Validity(since: d2020)),
            Node(id: "old", attributes: ["seats": Attribute([DatedValue(.number(3), validity: Validity(until: d2020))])],
                 validity: Validity(until: d2021)),
            Node(id: "other"),
        ], edges: [
            Edge(from: "old", to: "other", relation: "backs", validity: Validity(since: d2020), evidence: [Evidence(source: "s", quote: "q")]),
        ])
        let events = timelineEvents(network)
        #expect(events.map(\.what) == [.valueEnds, .nodeBegins, .edgeBegins, .nodeEnds])
        #expect(events.map(\.description) == ["old", "new", "old backs other", "old"])
        #expect(events[0].field == "seats" && events[0].value == .number(3))
        #expect(events[2].quote == "q" && events[2].source == "s" && events[2].id == nil)
        #expect(events[1].quote == nil)
    }

    @Test("rank timeline: one ranking per event date, each the snapshot's ranking")
    func iraqRanks() throws {
        let network = try iraqNetwork()
        for measure in [Measure.pagerank, .betweenness, .degree] {
            let timeline = try rankTimeline(network, measure: measure)
            #expect(timeline.measure == measure.rawValue)
            #expect(timeline.dates == network.eventDates())
            #expect(timeline.rankings.count == timeline.dates.count)
            for (date, ranking) in zip(timeline.dates, timeline.rankings) {
                #expect(ranking == (try Ranking.compute(measure, on: network.snapshot(at: date))), "\(measure) at \(date)")
            }
        }
        let timeline = try rankTimeline(network, measure: .pagerank)
        let at = try #require(timeline.dates.firstIndex(of: day("2025-11-18")))
        #expect(timeline.rank(of: "iran", at: at) == 1)
        #expect(timeline.rank(of: "asset-freeze", at: at) == nil)  // begins 2025-12
        let last = timeline.dates.count - 1
        #expect(timeline.rank(of: "asset-freeze", at: last) != nil)
        #expect(timeline.value(of: "cf", at: at) == timeline.rankings[at].values[timeline.rankings[at].index(of: "cf")!])
        // Leaders: ranked 10 or better at some date, by best rank then id; ties at the cut-off all in.
        let leaders = timeline.leaders(top: 10)
        #expect(leaders.prefix(3) == ["iran", "parliament", "cf"])
        for id in leaders { #expect(try #require(timeline.bestRank(of: id)) <= 10) }
        let best = leaders.map { timeline.bestRank(of: $0)! }
        #expect(best == best.sorted())
        for ranking in timeline.rankings {
            for i in ranking.ids.indices where ranking.ranks[i] <= 10 { #expect(leaders.contains(ranking.ids[i])) }
        }
    }

    @Test("given dates are sorted and deduplicated; an empty snapshot has an empty ranking")
    func givenDates() throws {
        let network = Network(nodes: [
            Node(id: "a", validity: Validity(since: day("2020"))),
            Node(id: "b", validity: Validity(since: day("2020"))),
            Node(id: "c", validity: Validity(since: day("2022"))),
        ], edges: [Edge(from: "a", to: "b", relation: "backs"), Edge(from: "b", to: "a", relation: "backs"),
                   Edge(from: "c", to: "a", relation: "backs"), Edge(from: "a", to: "c", relation: "backs")])
        let timeline = try rankTimeline(network, measure: .eigenvector, dates: [day("2022"), day("2019"), day("2022")])
        #expect(timeline.dates == [day("2019"), day("2022")])
        #expect(timeline.rankings[0].ids.isEmpty)  // nobody yet: not an error
        #expect(timeline.rankings[1].ids == ["a", "b", "c"])
        #expect(timeline.leaders(top: 1) == [timeline.rankings[1].ids[timeline.rankings[1].order[0]]])
    }

    @Test("a measure failing on one snapshot names the date")
    func failure() {
        // core_number refuses self-loops; the loop exists only from 2021.
        let network = Network(nodes: [Node(id: "a"), Node(id: "b")], edges: [
            Edge(from: "a", to: "b", relation: "backs"),
            Edge(from: "a", to: "a", relation: "backs", validity: Validity(since: day("2021"))),
        ])
        #expect(throws: RankTimelineError.self) { try rankTimeline(network, measure: .core) }
        do {
            _ = try rankTimeline(network, measure: .core)
        } catch {
            #expect(error.date == day("2021"))
            #expect(error.description.hasPrefix("at 2021: ") && error.description.contains("self-loops"))
        }
        #expect((try? rankTimeline(network, measure: .core, dates: [day("2020")]))?.rankings.count == 1)
    }
}
