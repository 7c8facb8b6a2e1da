/// Which end of an edge gains standing from it, for rankings.
///
/// An edge reads as a sentence, `from` *relation* `to` ("Iran backs KH"). For centrality
/// every counted edge is turned into an arc that points at the end that gains standing,
/// so that PageRank and in-degree credit the backer, the leader or the bloc.
public enum Gains: String, Sendable, Hashable, CaseIterable {
    /// The `from` end gains: the arc runs `to → from` (backs, leads).
    case source
    /// The `to` end gains: the arc runs `from → to` as written (member-of, joined).
    case target
    /// Neither end: the tie is symmetric and counts in both directions (allied-with).
    case none
}

/// Whether a relation is cooperative, neutral or hostile; hostile ties are drawn, not ranked.
///
/// - `supportive`: a cooperative tie (backs, member-of, allied-with).
/// - `neutral`: neither (linked-to, and relations no table describes).
/// - `hostile`: an adversarial tie (opposes, attacked, sanctioned); the built-in ones do not
///   count in rankings. The renderer styles edges by polarity.
public enum Polarity: String, Sendable, Hashable, CaseIterable {
    case supportive, neutral, hostile
}

/// What a relation means for analysis, as written in a network file's `relations:` table.
///
/// Every field is optional: what a file leaves out comes from ``RelationInfo/builtin(_:)``
/// for well-known relations, else from ``RelationInfo/fallback``. The file's own text is kept
/// as it was, so writing the network back gives the same table.
public struct RelationSpec: Sendable, Hashable {
    /// Display name of the relation, shown in legends instead of its key.
    public var label: String?
    /// Free text on what the relation means.
    public var description: String?
    /// Which end gains standing; `nil` takes the default.
    public var gains: Gains?
    /// Whether edges of this relation take part in rankings; `nil` takes the default.
    public var counts: Bool?
    /// Cooperative, neutral or hostile; `nil` takes the default.
    public var polarity: Polarity?

    /// A relations-table entry; every field is optional.
    ///
    /// - Parameters:
    ///   - label: Display name of the relation.
    ///   - description: Free text on what it means.
    ///   - gains: Which end gains standing.
    ///   - counts: Whether its edges take part in rankings.
    ///   - polarity: Cooperative, neutral or hostile.
    public init(label: String? = nil, description: String? = nil, gains: Gains? = nil,
                counts: Bool? = nil, polarity: Polarity? = nil) {
        self.label = label
        self.description = description
        self.gains = gains
        self.counts = counts
        self.polarity = polarity
    }
}

/// The resolved meaning of a relation: the file's entry merged over the built-in defaults.
public struct RelationInfo: Sendable, Hashable {
    /// Which end gains standing, and so which way the relation's arcs point in ``GraphView/ranking(relations:)``.
    public var gains: Gains
    /// Whether edges of this relation take part in rankings by default.
    public var counts: Bool
    /// Cooperative, neutral or hostile; the renderer styles edges by it.
    public var polarity: Polarity

    /// A relation's resolved meaning.
    ///
    /// - Parameters:
    ///   - gains: Which end gains standing.
    ///   - counts: Whether edges of this relation take part in rankings by default.
    ///   - polarity: Cooperative, neutral or hostile.
    public init(gains: Gains, counts: Bool, polarity: Polarity) {
        self.gains = gains
        self.counts = counts
        self.polarity = polarity
    }

    /// A relation no table mentions: counted, read as written (`from → to`), neutral.
    ///
    /// This is also how plain edge lists (relation `edge`) are ranked: their edges as they are.
    public static let fallback = RelationInfo(gains: .target, counts: true, polarity: .neutral)

    /// Defaults for common relations of influence networks.
    ///
    /// | relation | gains | counts | polarity |
    /// |---|---|---|---|
    /// | backs, funds, arms, trains, leads, founded, controls, commands, political-wing, appoints | source | yes | supportive |
    /// | member-of, joined, part-of, affiliated-with, loyal-to | target | yes | supportive |
    /// | allied-with, linked-to, cooperates-with | none | yes | supportive (linked-to: neutral) |
    /// | opposes, attacked, kidnapped, killed, designated, sanctioned, froze-assets, at-war-with | none | no | hostile |
    public static func builtin(_ relation: String) -> RelationInfo? {
        builtinTable[relation]
    }

    /// The names of the built-in relations, sorted.
    public static var builtinNames: [String] { builtinTable.keys.sorted() }

    private static let builtinTable: [String: RelationInfo] = {
        var table: [String: RelationInfo] = [:]
        func add(_ names: [String], _ info: RelationInfo) { for n in names { table[n] = info } }
        add(["backs", "funds", "arms", "trains", "leads", "founded", "controls", "commands", "political-wing", "appoints"],
            RelationInfo(gains: .source, counts: true, polarity: .supportive))
        add(["member-of", "joined", "part-of", "affiliated-with", "loyal-to"],
            RelationInfo(gains: .target, counts: true, polarity: .supportive))
        add(["allied-with", "cooperates-with"], RelationInfo(gains: .none, counts: true, polarity: .supportive))
        add(["linked-to"], RelationInfo(gains: .none, counts: true, polarity: .neutral))
        add(["opposes", "attacked", "kidnapped", "killed", "designated", "sanctioned", "froze-assets", "at-war-with"],
            RelationInfo(gains: .none, counts: false, polarity: .hostile))
        return table
    }()
}
