import InfluenceCentrality
import InfluenceGraph

// MARK: - Dated events

/// One dated change stated by a network file: a node or an edge beginning or ending (its `since`
/// or `until`), a dated attribute value beginning or ending, or a date-valued attribute (such as
/// `released: 2025-09`), with the evidence of the element that carries it.
public struct TimelineEvent: Sendable, Hashable {
    /// What happens at the date.
    public enum What: String, Sendable, Hashable, CaseIterable {
        /// A node's `since`.
        case nodeBegins = "node-begins"
        /// A node's `until` (the first date it no longer holds).
        case nodeEnds = "node-ends"
        /// An edge's `since`.
        case edgeBegins = "edge-begins"
        /// An edge's `until`.
        case edgeEnds = "edge-ends"
        /// The `since` of a dated attribute value (`seats: {value: 6, since: 2025-11}`).
        case valueBegins = "value-begins"
        /// The `until` of a dated attribute value.
        case valueEnds = "value-ends"
        /// An attribute whose value is a date (`released: 2025-09`): the element says something
        /// happened then.
        case dateValue = "date-value"

        /// `true` for the `until` of an element or value.
        public var isEnd: Bool { self == .nodeEnds || self == .edgeEnds || self == .valueEnds }
    }

    /// Where the event comes from: the index of a node in `Network.nodes` or of an edge in
    /// `Network.edges`.
    public enum Element: Sendable, Hashable {
        /// The node at this index of `Network.nodes`.
        case node(Int)
        /// The edge at this index of `Network.edges`.
        case edge(Int)
    }

    /// When it happens, as the file writes it.
    public var date: InfluenceDate
    /// What happens.
    public var what: What
    /// The element carrying the event, for looking up the rest of it.
    public var element: Element
    /// The element as a reader names it: a node's label (its id when it has none), an edge as the
    /// sentence `from relation to` with ids (`rdb joined cf`).
    public var description: String
    /// A node's id, or an edge's `id` when it has one.
    public var id: String?
    /// The attribute, for ``What/valueBegins``, ``What/valueEnds`` and ``What/dateValue``.
    public var field: String?
    /// The attribute's value, for the same three.
    public var value: AttributeValue?
    /// The quote of the element's first evidence item (for an attribute value, the first item
    /// whose quote contains the value as written, if any).
    public var quote: String?
    /// The source key of the same evidence item.
    public var source: String?

    /// An event; ``timelineEvents(_:)`` makes them from a network.
    public init(date: InfluenceDate, what: What, element: Element, description: String, id: String? = nil,
                field: String? = nil, value: AttributeValue? = nil, quote: String? = nil, source: String? = nil) {
        self.date = date
        self.what = what
        self.element = element
        self.description = description
        self.id = id
        self.field = field
        self.value = value
        self.quote = quote
        self.source = source
    }
}

/// Every dated event of `network`, in date order.
///
/// Events are the `since` and `until` of every node and edge, the `since` and `until` of every
/// dated attribute value, and every date-valued attribute; their dates are exactly
/// `Network.eventDates()`. Each carries the quote and source of its element's first evidence
/// item, except that an attribute value's event cites the first item whose quote contains the
/// value as written (`joint-bloc-seats: 165` cites the sentence with "165 seats"), when there is one.
///
/// Order: by date (`InfluenceDate`'s order: first day, then coarser precision first); at one
/// date, ends before beginnings, because an interval is `[since, until)`: what ends at a date held
/// until the day before, what begins holds from that day; then file order (nodes, then edges;
/// within an element its `since`, its `until`, then its attributes in file order).
/// - Complexity: O(*e* log *e*), *e* the number of events.
public func timelineEvents(_ network: Network) -> [TimelineEvent] {
    var events: [TimelineEvent] = []
    func add(_ validity: Validity, element: TimelineEvent.Element, description: String, id: String?,
             evidence: [Evidence], begins: TimelineEvent.What, ends: TimelineEvent.What) {
        let first = evidence.first
        if let since = validity.since {
            events.append(TimelineEvent(date: since, what: begins, element: element, description: description, id: id,
                                        quote: first?.quote, source: first?.source))
        }
        if let until = validity.until {
            events.append(TimelineEvent(date: until, what: ends, element: element, description: description, id: id,
                                        quote: first?.quote, source: first?.source))
        }
    }
    func add(_ attributes: Attributes, element: TimelineEvent.Element, description: String, id: String?, evidence: [Evidence]) {
        for (name, attribute) in attributes {
            for dated in attribute.values {
                let item = timelineEvidence(evidence, for: dated.value)
                func event(_ date: InfluenceDate, _ what: TimelineEvent.What) -> TimelineEvent {
                    TimelineEvent(date: date, what: what, element: element, description: description, id: id,
                                  field: name, value: dated.value, quote: item?.quote, source: item?.source)
                }
                if let since = dated.validity.since { events.append(event(since, .valueBegins)) }
                if let until = dated.validity.until { events.append(event(until, .valueEnds)) }
                if case .date(let d) = dated.value { events.append(event(d, .dateValue)) }
            }
        }
    }
    for (i, node) in network.nodes.enumerated() {
        let name = node.displayName
        add(node.validity, element: .node(i), description: name, id: node.id, evidence: node.evidence,
            begins: .nodeBegins, ends: .nodeEnds)
        add(node.attributes, element: .node(i), description: name, id: node.id, evidence: node.evidence)
    }
    for (i, edge) in network.edges.enumerated() {
        let sentence = "\(edge.from) \(edge.relation) \(edge.to)"
        add(edge.validity, element: .edge(i), description: sentence, id: edge.id, evidence: edge.evidence,
            begins: .edgeBegins, ends: .edgeEnds)
        add(edge.attributes, element: .edge(i), description: sentence, id: edge.id, evidence: edge.evidence)
    }
    // Sorted on (date, end first, file position): the position makes the order total, so stable.
    return events.enumerated().sorted { a, b in
        if a.element.date != b.element.date { return a.element.date < b.element.date }
        if a.element.what.isEnd != b.element.what.isEnd { return a.element.what.isEnd }
        return a.offset < b.offset
    }.map(\.element)
}

/// The evidence item an attribute value's event cites: the first whose quote contains the value
/// as written (a number such as `165`, or a string), else the element's first item.
func timelineEvidence(_ evidence: [Evidence], for value: AttributeValue) -> Evidence? {
    let text: String
    switch value {
    case .number(let x): text = formatNumber(x)
    case .string(let s): text = s
    case .bool, .date: return evidence.first
    }
    guard !text.isEmpty else { return evidence.first }
    return evidence.first { $0.quote?.contains(text) ?? false } ?? evidence.first
}

// MARK: - Ranks over time

/// A measure's ranking of the snapshot at each of a series of dates.
public struct RankTimeline: Sendable, Hashable {
    /// The measure's name (`pagerank`).
    public var measure: String
    /// The dates, in increasing order.
    public var dates: [InfluenceDate]
    /// One ranking per date: the snapshot at that date (`Network.snapshot(at:)`) ranked as
    /// `Ranking.compute(_:on:options:view:weightField:)` ranks it. An empty snapshot has an
    /// empty ranking.
    public var rankings: [Ranking]

    /// A timeline of given rankings; ``rankTimeline(_:measure:options:dates:view:weightField:)``
    /// computes them from a network.
    ///
    /// - Parameters:
    ///   - measure: the measure's name.
    ///   - dates: the dates, in increasing order.
    ///   - rankings: one ranking per date; a count that differs from `dates` traps.
    public init(measure: String, dates: [InfluenceDate], rankings: [Ranking]) {
        precondition(dates.count == rankings.count, "one ranking per date")
        self.measure = measure
        self.dates = dates
        self.rankings = rankings
    }

    /// The rank of `id` at the date at `index` in ``dates``, or `nil` when it is absent then.
    public func rank(of id: String, at index: Int) -> Int? {
        rankings[index].index(of: id).map { rankings[index].ranks[$0] }
    }

    /// The value of `id` at the date at `index` in ``dates``, or `nil` when it is absent then.
    public func value(of id: String, at index: Int) -> Double? {
        rankings[index].index(of: id).map { rankings[index].values[$0] }
    }

    /// The nodes ranked `top` or better (competition ranks, so every node tied at the cut-off is in)
    /// at one date at least, ordered by their best rank over the dates, then by id.
    /// - Complexity: O(*D* · *n* + *k* log *k*), *D* dates, *n* nodes, *k* nodes returned.
    public func leaders(top: Int) -> [String] {
        var best: [String: Int] = [:]
        for ranking in rankings {
            for i in ranking.order {
                let rank = ranking.ranks[i]
                if rank > top { break }  // `order` runs from rank 1 down
                let id = ranking.ids[i]
                if let b = best[id], b <= rank { continue }
                best[id] = rank
            }
        }
        return best.sorted { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }.map(\.key)
    }

    /// The best (lowest) rank of `id` over the dates, or `nil` when it is never ranked.
    public func bestRank(of id: String) -> Int? {
        rankings.indices.compactMap { rank(of: id, at: $0) }.min()
    }
}

/// Why a rank timeline could not be computed: the measure failed on the snapshot at a date.
public struct RankTimelineError: Error, Sendable, CustomStringConvertible {
    /// The date whose snapshot the measure failed on.
    public var date: InfluenceDate
    /// What went wrong, as the measure or the graph builder said it.
    public var reason: String

    public var description: String { "at \(date): \(reason)" }
}

/// Ranks `measure` over the snapshot of `network` at each date.
///
/// - Parameters:
///   - network: the network whose snapshots are ranked.
///   - measure: the measure to rank by.
///   - dates: the dates to rank at; `nil` means `Network.eventDates()`. They are sorted and
///     repeats removed.
///   - options: the measure's options. Per-node vectors (PageRank `personalization`, `dangling`)
///     are indexed by each snapshot's nodes, which differ from date to date: leave them unset.
///   - view: the graph view of each snapshot, as in `Ranking.compute(_:on:options:view:weightField:)`.
///   - weightField: the edge field read as the weight (`nil`: none), as there.
/// - Returns: one ranking per date. A snapshot with no node has an empty ranking (nobody is ranked
///   then), even for measures NetworkX calls undefined on the null graph.
/// - Throws: ``RankTimelineError`` naming the first date whose snapshot the measure fails on
///   (non-convergence, self-loops for `core`…): a silent gap would read as "absent".
/// - Complexity: *D* snapshots of O(*n* + *m*) each, plus *D* runs of the measure.
public func rankTimeline(_ network: Network, measure: Measure, options: MeasureOptions = .init(),
                         dates: [InfluenceDate]? = nil, view: GraphView = .ranking(),
                         weightField: String? = "weight") throws(RankTimelineError) -> RankTimeline {
    let chosen = dates.map { Array(Set($0)).sorted() } ?? network.eventDates()
    var rankings: [Ranking] = []
    rankings.reserveCapacity(chosen.count)
    for date in chosen {
        let snapshot = network.snapshot(at: date)
        if snapshot.nodes.isEmpty {
            rankings.append(Ranking(ids: [], values: []))
            continue
        }
        do {
            rankings.append(try Ranking.compute(measure, on: snapshot, options: options, view: view, weightField: weightField))
        } catch {
            throw RankTimelineError(date: date, reason: "\(error)")
        }
    }
    return RankTimeline(measure: measure.rawValue, dates: chosen, rankings: rankings)
}
