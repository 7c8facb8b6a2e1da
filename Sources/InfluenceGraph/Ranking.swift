/// Scores of one measure with competition ranks ("1224"): rank 1 is the highest value; nodes whose
/// values are equal (within a relative 1e-12, so iteration noise does not split a tie) share the
/// best rank of their group. NaN ranks last. The order of ``order`` is ``NodeScores``'s rule.
public struct Ranking: Sendable, Hashable {
    /// The node ids, in the order given.
    public let ids: [String]
    /// The score of each node, indexed like `ids`.
    public let values: [Double]
    /// Indexed like `ids`.
    public let ranks: [Int]
    /// Indices of `ids` from rank 1 down, ties by id.
    public let order: [Int]
    private let indexByID: [String: Int]

    /// Ranks one value per id.
    ///
    /// - Parameters:
    ///   - ids: The node ids.
    ///   - values: The score of each id, indexed like `ids`.
    /// - Precondition: `ids` and `values` have the same count.
    /// - Complexity: O(*n* log *n*).
    public init(ids: [String], values: [Double]) {
        precondition(ids.count == values.count, "one value per id")
        self.ids = ids
        self.values = values
        let order = NodeScores(ids: ids, values: values).order()
        var ranks = [Int](repeating: 0, count: ids.count)
        var groupValue = Double.nan, groupRank = 0
        for (position, i) in order.enumerated() {
            let v = values[i]
            if position == 0 || !Ranking.tied(v, groupValue) {
                groupValue = v
                groupRank = position + 1
            }
            ranks[i] = groupRank
        }
        self.ranks = ranks
        self.order = order
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
        indexByID = index
    }

    /// Equal, or within a relative 1e-12 (both NaN counts as equal).
    public static func tied(_ a: Double, _ b: Double) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        return a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
    }

    /// Ranks keyed scores.
    public init(_ scores: NodeScores) { self.init(ids: scores.ids, values: scores.values) }

    /// The ranked values, keyed.
    public func scores(_ name: String = "score") -> NodeScores { NodeScores(name, ids: ids, values: values) }

    /// The index of `id`, if it is ranked.
    public func index(of id: String) -> Int? { indexByID[id] }
}
