import Foundation
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceIO
import Testing

let root = #filePath.components(separatedBy: "/Tests/")[0]

func iraq() throws -> Network { try NetworkReader.read(path: root + "/graphs/iraq-2025.yaml") }

func date(_ s: String) -> InfluenceDate { InfluenceDate(s)! }

func ev(_ quote: String, _ source: String = "s1", _ c: Confidence? = .high) -> [Evidence] {
    [Evidence(source: source, quote: quote, confidence: c)]
}

/// A small network: a backs b and c, c member-of d.
func small() -> Network {
    Network(title: "small", directed: true, sources: ["s1": Source(title: "Doc one")], nodes: [
        Node(id: "a", label: "Alpha", kind: "state", aliases: ["A"]),
        Node(id: "b", label: "Beta", kind: "militia", aliases: ["B", "Bravo"], attributes: ["seats": Attribute(.number(6))]),
        Node(id: "c", label: "Gamma", kind: "list"),
        Node(id: "d", label: "Delta", kind: "bloc"),
    ], edges: [
        Edge(id: "e1", from: "a", to: "b", relation: "backs", evidence: ev("a backs b")),
        Edge(from: "a", to: "c", relation: "backs", weight: 2, evidence: ev("a backs c")),
        Edge(from: "c", to: "d", relation: "member-of", evidence: ev("c is in d")),
    ])
}

@Suite("Diff: matching and changes")
struct DiffTests {
    @Test("a network against itself: nothing entered, left or changed, nobody rose or fell")
    func selfDiff() throws {
        for network in [small(), try iraq()] {
            let diff = try NetworkDiff(before: network, after: network)
            #expect(diff.isEmpty)
            let shifts = try diff.centralityShifts(.pagerank)
            #expect(shifts.rose.isEmpty && shifts.fell.isEmpty && shifts.entered.isEmpty && shifts.left.isEmpty)
            #expect(shifts.unchanged == network.nodes.count)
        }
    }

    @Test("Iraq, 2025-11-17 → 2025-11-19: the bloc-joining edge enters; cf gains the joint-bloc attributes")
    func blocJoining() throws {
        let n = try iraq()
        let diff = try NetworkDiff(before: n.snapshot(at: date("2025-11-17")), after: n.snapshot(at: date("2025-11-19")))
        #expect(diff.addedEdges.map(\.id) == ["rdb-joined-cf"])
        #expect(diff.addedEdges.first?.evidence.first?.quote?.hasPrefix("On November 18, following the elections") == true)
        #expect(diff.removedEdges.isEmpty && diff.addedNodes.isEmpty && diff.removedNodes.isEmpty && diff.changedEdges.isEmpty)
        #expect(diff.changedNodes.map(\.id) == ["cf"])
        let change = try #require(diff.changedNodes.first?.changes.first)
        #expect(change.field == "attributes.joint-bloc-seats")
        #expect(change.before == nil)
        #expect(change.after?.description == "165 (since 2025-11-18)")
    }

    @Test("swapping the sides swaps entered and left, and rose and fell",
          arguments: [("2025-11-17", "2025-11-19"), ("2025-10-31", "2025-12-12"), ("2025-08-01", "2025-12-12")])
    func swap(dates: (String, String)) throws {
        let n = try iraq()
        let a = n.snapshot(at: date(dates.0)), b = n.snapshot(at: date(dates.1))
        let forward = try NetworkDiff(before: a, after: b), backward = try NetworkDiff(before: b, after: a)
        #expect(!forward.isEmpty)
        #expect(forward.addedNodes == backward.removedNodes)
        #expect(forward.removedNodes == backward.addedNodes)
        #expect(forward.addedEdges == backward.removedEdges)
        #expect(forward.removedEdges == backward.addedEdges)
        #expect(forward.changedNodes.map(\.id) == backward.changedNodes.map(\.id))
        for (f, g) in zip(forward.changedNodes, backward.changedNodes) {
            #expect(f.changes.map(\.field) == g.changes.map(\.field))
            #expect(f.changes.map(\.before) == g.changes.map(\.after))
        }
        let fs = try forward.centralityShifts(.pagerank), bs = try backward.centralityShifts(.pagerank)
        #expect(Set(fs.rose.map(\.id)) == Set(bs.fell.map(\.id)))
        #expect(Set(fs.fell.map(\.id)) == Set(bs.rose.map(\.id)))
        #expect(fs.entered.map(\.id) == bs.left.map(\.id))
    }

    @Test("the kidnapping edge (until 2025-09) leaves between August and December")
    func kidnappingLeaves() throws {
        let n = try iraq()
        let diff = try NetworkDiff(before: n.snapshot(at: date("2025-08-01")), after: n.snapshot(at: date("2025-12-12")))
        #expect(diff.removedEdges.contains { $0.relation == "kidnapped" })
    }

    @Test("a renamed node whose new aliases hold the old id is reported as renamed, and its edges follow it")
    func renameByAlias() throws {
        let before = small()
        var after = small()
        after.nodes[1].id = "beta-militia"
        after.nodes[1].aliases = ["b", "B", "Bravo"]
        after.edges[0].to = "beta-militia"
        let diff = try NetworkDiff(before: before, after: after)
        #expect(diff.renamedNodes == [NodeRename(from: "b", to: "beta-militia", matchedBy: "alias \"b\"")])
        #expect(diff.addedNodes.isEmpty && diff.removedNodes.isEmpty)
        #expect(diff.addedEdges.isEmpty && diff.removedEdges.isEmpty && diff.changedEdges.isEmpty)
        // The alias list changed too.
        #expect(diff.changedNodes.map(\.id) == ["beta-militia"])
        #expect(diff.changedNodes.first?.changes.map(\.field) == ["aliases"])
        // Its rank is followed across the rename: nobody enters or leaves the ranking.
        let shifts = try diff.centralityShifts(.pagerank)
        #expect(shifts.entered.isEmpty && shifts.left.isEmpty)
        #expect(shifts.rose.isEmpty && shifts.fell.isEmpty)
    }

    @Test("a renamed node matched by a shared alias or label; an unrelated new node is added")
    func renameBySharedAlias() throws {
        let before = small()
        var after = small()
        after.nodes[3] = Node(id: "delta-bloc", label: "Delta", kind: "bloc")
        after.edges[2].to = "delta-bloc"
        after.nodes.append(Node(id: "z", label: "Zeta"))
        let diff = try NetworkDiff(before: before, after: after)
        #expect(diff.renamedNodes == [NodeRename(from: "d", to: "delta-bloc", matchedBy: "label \"Delta\"")])
        #expect(diff.addedNodes.map(\.id) == ["z"])
        #expect(diff.removedNodes.isEmpty && diff.changedNodes.isEmpty && diff.changedEdges.isEmpty)
        // Without a shared name the same change is a removal and an addition.
        after.nodes[3].label = "Other"
        let plain = try NetworkDiff(before: before, after: after)
        #expect(plain.renamedNodes.isEmpty)
        #expect(plain.removedNodes.map(\.id) == ["d"])
        #expect(plain.addedNodes.map(\.id) == ["delta-bloc", "z"])
        #expect(plain.removedEdges.count == 1 && plain.addedEdges.count == 1)
    }

    @Test("field by field: label, kind, attributes, weight, dates, quote, confidence, source, with old and new values")
    func fieldChanges() throws {
        let before = small()
        var after = small()
        after.nodes[0].label = "Alpha State"
        after.nodes[1].attributes["seats"] = Attribute(.number(27))
        after.nodes[2].kind = "party"
        after.edges[1].weight = 3
        after.edges[1].validity = Validity(since: date("2025-11"))
        after.edges[2].evidence = [Evidence(source: "s2", quote: "c joined d", confidence: .medium)]
        let diff = try NetworkDiff(before: before, after: after)
        let nodes = Dictionary(uniqueKeysWithValues: diff.changedNodes.map { ($0.id, $0.changes) })
        #expect(nodes["a"] == [FieldChange(field: "label", before: .string("Alpha"), after: .string("Alpha State"))])
        #expect(nodes["b"] == [FieldChange(field: "attributes.seats", before: .number(6), after: .number(27))])
        #expect(nodes["c"] == [FieldChange(field: "kind", before: .string("list"), after: .string("party"))])
        #expect(diff.changedEdges.count == 2)
        #expect(diff.changedEdges[0].changes == [
            FieldChange(field: "weight", before: .number(2), after: .number(3)),
            FieldChange(field: "since", before: nil, after: .date(date("2025-11"))),
        ])
        #expect(diff.changedEdges[1].changes == [
            FieldChange(field: "source", before: .string("s1"), after: .string("s2")),
            FieldChange(field: "quote", before: .string("c is in d"), after: .string("c joined d")),
            FieldChange(field: "confidence", before: .string("high"), after: .string("medium")),
        ])
        #expect(diff.addedEdges.isEmpty && diff.removedEdges.isEmpty)
    }

    @Test("edges with the same id are matched even when their relation changes")
    func edgeIDs() throws {
        let before = small()
        var after = small()
        after.edges[0].relation = "leads"
        let diff = try NetworkDiff(before: before, after: after)
        #expect(diff.addedEdges.isEmpty && diff.removedEdges.isEmpty)
        #expect(diff.changedEdges.first?.changes == [FieldChange(field: "relation", before: .string("backs"), after: .string("leads"))])
        // Without ids the same change is one edge leaving and one entering.
        var plainBefore = before, plainAfter = after
        plainBefore.edges[0].id = nil
        plainAfter.edges[0].id = nil
        let plain = try NetworkDiff(before: plainBefore, after: plainAfter)
        #expect(plain.removedEdges.map(\.relation) == ["backs"] && plain.addedEdges.map(\.relation) == ["leads"])
    }

    @Test("parallel edges of one relation are matched in file order")
    func parallelEdges() throws {
        var before = small()
        before.edges += [Edge(from: "a", to: "d", relation: "backs", evidence: ev("first")),
                         Edge(from: "a", to: "d", relation: "backs", evidence: ev("second"))]
        var after = before
        after.edges.append(Edge(from: "a", to: "d", relation: "backs", evidence: ev("third")))
        var diff = try NetworkDiff(before: before, after: after)
        #expect(diff.addedEdges.map { $0.evidence.first?.quote } == ["third"])
        #expect(diff.changedEdges.isEmpty)
        // Drop the first: the second is compared with the first, the third with the second … and one leaves.
        after = before
        after.edges.remove(at: 3)
        diff = try NetworkDiff(before: before, after: after)
        #expect(diff.removedEdges.map { $0.evidence.first?.quote } == ["second"])
        #expect(diff.changedEdges.map { $0.changes } == [[FieldChange(field: "quote", before: .string("first"), after: .string("second"))]])
    }

    @Test("undirected networks match an edge written the other way round")
    func undirected() throws {
        var before = small()
        before.directed = false
        var after = before
        (after.edges[1].from, after.edges[1].to) = (after.edges[1].to, after.edges[1].from)
        let diff = try NetworkDiff(before: before, after: after)
        #expect(diff.isEmpty)
    }

    @Test("a directed and an undirected network cannot be compared")
    func directedness() throws {
        var undirected = small()
        undirected.directed = false
        #expect(throws: DiffError.directednessDiffers(before: true, after: false)) {
            try NetworkDiff(before: small(), after: undirected)
        }
        #expect(DiffError.directednessDiffers(before: true, after: false).description.contains("directed network with an undirected one"))
    }

    @Test("the union for drawing: after's elements, then removed ones, each with its status")
    func union() throws {
        let before = small()
        var after = small()
        after.nodes.remove(at: 3)          // d leaves, and with it c → d
        after.nodes.append(Node(id: "e"))  // e enters
        after.edges.remove(at: 2)
        after.edges.append(Edge(from: "e", to: "a", relation: "backs"))
        after.nodes[0].label = "Alpha State"
        let u = try NetworkDiff(before: before, after: after).union()
        #expect(u.network.nodes.map(\.id) == ["a", "b", "c", "e", "d"])
        #expect(u.nodeStatus == [.changed, .unchanged, .unchanged, .added, .removed])
        #expect(u.network.edges.map { "\($0.from)>\($0.to)" } == ["a>b", "a>c", "e>a", "c>d"])
        #expect(u.edgeStatus == [.unchanged, .unchanged, .added, .removed])
        #expect(u.nodeChanges[0].map(\.field) == ["label"])
    }
}

@Suite("Diff: rankings and rank shifts")
struct RankShiftTests {
    @Test("competition ranks: ties share the best rank, NaN ranks last, order by value then id")
    func ranks() {
        let r = Ranking(ids: ["a", "b", "c", "d", "e"], values: [0.5, 0.9, 0.5, .nan, 0.5 + 1e-15])
        #expect(r.ranks == [2, 1, 2, 5, 2])
        #expect(r.order.map { r.ids[$0] } == ["b", "e", "a", "c", "d"])
    }

    @Test("rose and fell are ordered by rank change, then value change; --top and --min-shift filter them")
    func ordering() {
        let before = Ranking(ids: ["a", "b", "c", "d", "e"], values: [5, 4, 3, 2, 1])
        let after = Ranking(ids: ["a", "b", "c", "d", "f"], values: [1, 4.5, 6, 5, 9])
        let s = CentralityShifts(measure: "m", before: before, after: after)
        // After: f 9 (1), c 6 (2), d 5 (3), b 4.5 (4), a 1 (5).
        #expect(s.rose.map(\.id) == ["c", "d"])                 // +1 (3 → 2) and +1 (4 → 3), both +3 in value: by id
        #expect(s.fell.map(\.id) == ["a", "b"])                 // −4, −2
        #expect(s.entered == [RankedValue(id: "f", value: 9, rank: 1)])
        #expect(s.left == [RankedValue(id: "e", value: 1, rank: 5)])
        let filtered = CentralityShifts(measure: "m", before: before, after: after, top: 1, minShift: 2)
        #expect(filtered.rose.isEmpty)
        #expect(filtered.fell.map(\.id) == ["a"])
    }

    @Test("rank shifts on the Iraq network match NetworkX's PageRank on both snapshots",
          arguments: [0, 1])
    func networkxReference(pair: Int) throws {
        let file = "Tests/InfluenceDiffTests/Reference/iraq-shifts.json"
        guard let data = FileManager.default.contents(atPath: root + "/" + file) else {
            Issue.record("\(file) is missing (scripts/diff_reference.py writes it)")
            return
        }
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(file) is not a JSON object")
        let pairs = try #require(doc["pairs"] as? [[String: Any]], "\(file) has no 'pairs'")
        // scripts/diff_reference.py writes its two PAIRS.
        try #require(pairs.count == 2, "\(file) holds \(pairs.count) pairs; the test checks 2: rerun scripts/diff_reference.py or update the arguments")
        let p = pairs[pair]
        let n = try iraq()
        let diff = try NetworkDiff(before: n.snapshot(at: date(p["from"] as! String)), after: n.snapshot(at: date(p["to"] as! String)))
        let shifts = try diff.centralityShifts(.pagerank)
        for (side, ranking) in [("before", shifts.before), ("after", shifts.after)] {
            let expected = try #require(p[side] as? [String: [String: Any]])
            #expect(Set(ranking.ids) == Set(expected.keys))
            for (i, id) in ranking.ids.enumerated() {
                let e = try #require(expected[id])
                let value = e["value"] as! Double
                // Relative 1e-12, with an absolute floor of 1e-15 (rounding noise) for values near zero.
                #expect(abs(ranking.values[i] - value) <= max(1e-12 * max(abs(ranking.values[i]), abs(value)), 1e-15),
                        "\(side) \(id): \(ranking.values[i]) vs NetworkX \(value)")
                #expect(ranking.ranks[i] == e["rank"] as! Int, "\(side) \(id)")
            }
        }
        // Every node on both sides is in exactly one of rose, fell, unchanged.
        #expect(shifts.rose.count + shifts.fell.count + shifts.unchanged
                == Set(shifts.before.ids).intersection(shifts.after.ids).count)
        if pair == 0 {
            // The joining makes the Coordination Framework gain and Sudani (whose bloc joined) fall.
            let cf = try #require(shifts.rose.first { $0.id == "cf" })
            #expect(cf.after > cf.before)
            let sudani = try #require(shifts.fell.first { $0.id == "sudani" })
            #expect(sudani.rankBefore == 6 && sudani.rankAfter == 8)
        } else {
            #expect(shifts.entered.map(\.id).contains("elections-2025"))
        }
    }
}
