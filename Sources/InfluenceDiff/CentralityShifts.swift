import InfluenceCentrality
import InfluenceGraph

extension Ranking {
    /// Ranks `measure` over the ranking view of `network` (`GraphView.ranking(relations:)`), as
    /// `influence centrality` does.
    public static func compute(_ measure: Measure, on network: Network, options: MeasureOptions = .init(),
                               view: GraphView = .ranking(), weightField: String? = "weight") throws -> Ranking {
        let graph = try Graph(network: network, view: view, weightField: weightField)
        let values = try measure.compute(on: graph, options: options)
        return Ranking(ids: graph.ids, values: values)
    }
}

/// A node's value and rank before and after.
public struct RankShift: Sendable, Hashable {
    /// The id after.
    public var id: String
    /// The node's value on the before side.
    public var before: Double
    /// The node's value on the after side.
    public var after: Double
    /// The node's competition rank on the before side (1 is the highest value).
    public var rankBefore: Int
    /// The node's competition rank on the after side.
    public var rankAfter: Int
    /// Positions gained (positive: rose).
    public var rankChange: Int { rankBefore - rankAfter }
    /// `after - before` (positive: the value grew).
    public var valueChange: Double { after - before }
}

/// A node ranked on one side only.
public struct RankedValue: Sendable, Hashable {
    /// The node's id on its side (the id before for a node that left).
    public var id: String
    /// The node's value on its side.
    public var value: Double
    /// The node's competition rank on its side.
    public var rank: Int

    /// A node with its value and competition rank on one side.
    public init(id: String, value: Double, rank: Int) {
        self.id = id
        self.value = value
        self.rank = rank
    }
}

/// Who rose and who fell in one measure between two sides.
///
/// A node *rose* when its rank improved, or kept its rank while its value grew (beyond a relative
/// 1e-9); *fell* is the reverse. Both lists are ordered by the size of the rank change, then of
/// the value change, then by id. Nodes on one side only *entered* or *left* the ranking, ordered
/// by rank.
public struct CentralityShifts: Sendable, Hashable {
    /// The measure's name (`pagerank`), for reports.
    public var measure: String
    /// The whole ranking of the before side, under the ids before.
    public let before: Ranking
    /// The whole ranking of the after side.
    public let after: Ranking
    /// Old id → new id of renamed nodes.
    public let renames: [String: String]
    /// Nodes ranked on both sides whose rank improved, or whose value grew at an equal rank;
    /// biggest rank gain first.
    public var rose: [RankShift] = []
    /// Nodes ranked on both sides whose rank worsened, or whose value shrank at an equal rank;
    /// biggest rank loss first.
    public var fell: [RankShift] = []
    /// Nodes ranked only after (under their ids after), by rank after.
    public var entered: [RankedValue] = []
    /// Nodes ranked only before (under their ids before), by rank before.
    public var left: [RankedValue] = []
    /// Nodes ranked on both sides whose rank and value did not move.
    public var unchanged = 0

    /// Compares two rankings of one measure, following renamed nodes.
    ///
    /// - Parameters:
    ///   - measure: the measure's name, for reports.
    ///   - before: the ranking of the earlier side, under its own ids.
    ///   - after: the ranking of the later side.
    ///   - renames: old id → new id, so a renamed node is followed across the rename.
    ///   - top: keep at most this many in each list (`nil`: all).
    ///   - minShift: keep only rises and falls of at least this many ranks (0 keeps value-only moves).
    /// - Complexity: O(*n*) after the rankings, plus sorting the movers.
    public init(measure: String, before: Ranking, after: Ranking, renames: [String: String] = [:],
                top: Int? = nil, minShift: Int = 0) {
        self.measure = measure
        self.before = before
        self.after = after
        self.renames = renames
        var seenAfter = [Bool](repeating: false, count: after.ids.count)
        for i in before.order {
            let id = renames[before.ids[i]] ?? before.ids[i]
            guard let j = after.index(of: id) else {
                left.append(RankedValue(id: before.ids[i], value: before.values[i], rank: before.ranks[i]))
                continue
            }
            seenAfter[j] = true
            let shift = RankShift(id: id, before: before.values[i], after: after.values[j],
                                  rankBefore: before.ranks[i], rankAfter: after.ranks[j])
            let grew = !Ranking.tied(shift.before, shift.after) && abs(shift.valueChange) > 1e-9 * max(abs(shift.before), abs(shift.after))
            if shift.rankChange > 0 || (shift.rankChange == 0 && grew && shift.after > shift.before) {
                rose.append(shift)
            } else if shift.rankChange < 0 || (shift.rankChange == 0 && grew && shift.after < shift.before) {
                fell.append(shift)
            } else {
                unchanged += 1
            }
        }
        for j in after.order where !seenAfter[j] {
            entered.append(RankedValue(id: after.ids[j], value: after.values[j], rank: after.ranks[j]))
        }
        rose = rose.filter { abs($0.rankChange) >= minShift }.sorted { a, b in
            if a.rankChange != b.rankChange { return a.rankChange > b.rankChange }
            if a.valueChange != b.valueChange { return a.valueChange > b.valueChange }
            return a.id < b.id
        }
        fell = fell.filter { abs($0.rankChange) >= minShift }.sorted { a, b in
            if a.rankChange != b.rankChange { return a.rankChange < b.rankChange }
            if a.valueChange != b.valueChange { return a.valueChange < b.valueChange }
            return a.id < b.id
        }
        if let top {
            rose = Array(rose.prefix(top))
            fell = Array(fell.prefix(top))
            entered = Array(entered.prefix(top))
            left = Array(left.prefix(top))
        }
    }
}

extension NetworkDiff {
    /// The centrality shifts of `measure` between the two sides, each ranked over its ranking view.
    public func centralityShifts(_ measure: Measure, options: MeasureOptions = .init(), view: GraphView = .ranking(),
                                 weightField: String? = "weight", top: Int? = nil, minShift: Int = 0) throws -> CentralityShifts {
        let b = try Ranking.compute(measure, on: before, options: options, view: view, weightField: weightField)
        let a = try Ranking.compute(measure, on: after, options: options, view: view, weightField: weightField)
        return CentralityShifts(measure: measure.rawValue, before: b, after: a, renames: renames, top: top, minShift: minShift)
    }
}
