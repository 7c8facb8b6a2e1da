import Synchronization

/// The values of one measure, keyed by node id: what every measure, ranking, report, diagram and
/// diff passes around instead of a bare array indexed by ``Graph`` positions.
///
/// ```swift
/// let scores = try Measure.pagerank.scores(on: graph)   // NodeScores named "pagerank"
/// scores["kh"]                                          // the value of node "kh", or nil
/// for i in scores.top(3) { print(scores.ids[i], scores.values[i]) }
/// ```
///
/// ## Ordering (the one tie rule)
/// Rows are ordered by value, highest first (lowest first when `ascending`); NaN — NetworkX's
/// value where a measure is undefined — comes last either way; equal values are ordered by id
/// (`String` comparison, Unicode scalar order). ``order(ascending:)``, ``top(_:ascending:)``,
/// ``Ranking``, the reports and the charts all use this rule. *Ranks* (``Ranking/ranks``) are
/// competition ranks that also treat values within a relative 1e-12 as tied, so iteration noise
/// does not split a tie; the order of rows stays the exact one above.
///
/// A collection of `(id, value)` pairs in node order. `==` compares the name, ids and values.
public struct NodeScores: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// The measure (`"pagerank"`, an attribute name, `"score"` when unnamed).
    public var name: String
    /// Node ids, in the order of ``values``.
    public let ids: [String]
    /// One value per id.
    public let values: [Double]
    private let index: ScoreIndex

    /// Scores of `ids`, one value each (`ids` should be unique; a repeated id is found at its
    /// first position by `subscript(_:)`).
    public init(_ name: String = "score", ids: [String], values: [Double]) {
        precondition(ids.count == values.count, "one value per id (\(ids.count) ids, \(values.count) values)")
        self.name = name
        self.ids = ids
        self.values = values
        index = ScoreIndex()
    }

    /// Scores written as a literal, in the literal's order: `["iran": 0.4, "kh": 0.1]`.
    public init(dictionaryLiteral elements: (String, Double)...) {
        self.init(ids: elements.map(\.0), values: elements.map(\.1))
    }

    /// Scores from a dictionary, ordered by id (so the same dictionary always gives the same scores).
    public init(_ name: String = "score", _ dictionary: [String: Double]) {
        let sorted = dictionary.sorted { $0.key < $1.key }
        self.init(name, ids: sorted.map(\.key), values: sorted.map(\.value))
    }

    public static func == (a: NodeScores, b: NodeScores) -> Bool {
        a.name == b.name && a.ids == b.ids && a.values.elementsEqual(b.values) { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(ids)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ids.count }
    public subscript(position: Int) -> (id: String, value: Double) { (ids[position], values[position]) }

    /// The value of node `id`, or `nil` when it has none.
    /// - Complexity: O(1) after an O(*n*) index built on first use.
    public subscript(id: String) -> Double? {
        index.position(of: id, in: ids).map { values[$0] }
    }

    /// The position of node `id` in ``ids``, or `nil`.
    public func position(of id: String) -> Int? { index.position(of: id, in: ids) }

    /// The scores as a dictionary (a repeated id keeps its first value).
    public var dictionary: [String: Double] {
        var d = [String: Double](minimumCapacity: ids.count)
        for (id, v) in zip(ids, values) where d[id] == nil { d[id] = v }
        return d
    }

    /// The largest finite value, or `nil` when there is none.
    public var maximumFinite: Double? { values.lazy.filter(\.isFinite).max() }

    /// Whether position `a` comes before position `b` under the ordering rule (see the type's
    /// documentation).
    public func precedes(_ a: Int, _ b: Int, ascending: Bool = false) -> Bool {
        NodeScores.precedes(values[a], ids[a], values[b], ids[b], ascending: ascending)
    }

    /// The ordering rule on values and ids: NaN last, then by value, then by id.
    public static func precedes(_ x: Double, _ idX: String, _ y: Double, _ idY: String, ascending: Bool = false) -> Bool {
        if x.isNaN != y.isNaN { return y.isNaN }
        if !x.isNaN && x != y { return ascending ? x < y : x > y }
        return idX < idY
    }

    /// Every position, in order.
    /// - Complexity: O(*n* log *n*).
    public func order(ascending: Bool = false) -> [Int] {
        ids.indices.sorted { precedes($0, $1, ascending: ascending) }
    }

    /// The first `k` positions in order (all of them when `k` is `nil`).
    ///
    /// With a small `k` a bounded selection (a sorted buffer of `k` positions) replaces the sort:
    /// a million nodes, top 10.
    /// - Complexity: O(*n* log *k*) when *k* < *n*/8, else O(*n* log *n*).
    public func top(_ k: Int?, ascending: Bool = false) -> [Int] {
        guard let k, k < ids.count / 8 else { return Array(order(ascending: ascending).prefix(k ?? ids.count)) }
        var best: [Int] = []
        best.reserveCapacity(k + 1)
        for i in ids.indices {
            if best.count == k, let last = best.last, !precedes(i, last, ascending: ascending) { continue }
            var lo = 0, hi = best.count
            while lo < hi { let mid = (lo + hi) / 2; if precedes(best[mid], i, ascending: ascending) { lo = mid + 1 } else { hi = mid } }
            best.insert(i, at: lo)
            if best.count > k { best.removeLast() }
        }
        return best
    }

    /// The scores of some positions, in the order given.
    public func selecting(_ positions: [Int]) -> NodeScores {
        NodeScores(name, ids: positions.map { ids[$0] }, values: positions.map { values[$0] })
    }

    /// The same scores under another name.
    public func named(_ name: String) -> NodeScores {
        var copy = self
        copy.name = name
        return copy
    }
}

/// The id → position dictionary of a ``NodeScores``, built on first use by whichever thread asks first.
private final class ScoreIndex: Sendable {
    private let cache = Mutex<[String: Int]?>(nil)

    func position(of id: String, in ids: [String]) -> Int? {
        cache.withLock { cached in
            if cached == nil {
                var d = [String: Int](minimumCapacity: ids.count)
                for (i, key) in ids.enumerated() where d[key] == nil { d[key] = i }
                cached = d
            }
            return cached![id]
        }
    }
}

extension Graph {
    /// Keys per-node values (indexed like ``ids``) by node id.
    public func scores(_ name: String, _ values: [Double]) -> NodeScores {
        NodeScores(name, ids: ids, values: values)
    }
}
