import Foundation
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceSerialization

/// Dated events as a terminal table (each with its quote on an indented line below), CSV or JSON.
public enum TimelineReport {
    static func what(_ w: TimelineEvent.What) -> String { w.rawValue }

    static func elementType(_ e: TimelineEvent) -> String {
        if case .edge = e.element { return "edge" }
        return "node"
    }

    /// `field = value` for attribute events, empty otherwise.
    static func detail(_ e: TimelineEvent) -> String {
        guard let field = e.field else { return "" }
        return e.value.map { "\(field) = \($0)" } ?? field
    }

    /// One row per event (`date  event  element: attribute = value`), its quote and source wrapped
    /// on indented lines below; a quote repeated from the event above is not printed again.
    public static func eventTable(_ events: [TimelineEvent]) -> String {
        if events.isEmpty { return "No dated events.\n" }
        let rows = [["date", "event", "element"]]
            + events.map { e in [e.date.description, what(e.what), e.description + (e.field == nil ? "" : ": " + detail(e))] }
        let lines = TextTable.aligned(rows, rightAligned: []).split(separator: "\n", omittingEmptySubsequences: false)
        var out = String(lines[0]) + "\n"
        var previous: (quote: String?, source: String?)?
        for (k, e) in events.enumerated() {
            out += lines[k + 1] + "\n"
            if let p = previous, p.quote == e.quote, p.source == e.source, e.quote != nil {
                out += "    (same quote as above)\n"
                continue
            }
            previous = (e.quote, e.source)
            var quote = e.quote.map { "“\($0)”" } ?? ""
            if let source = e.source { quote += (quote.isEmpty ? "" : " ") + "[\(source)]" }
            for line in wrap(quote, width: 96) { out += "    " + line + "\n" }
        }
        return out
    }

    /// Greedy word wrap; a word longer than `width` stays whole.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `date,event,type,element,id,field,value,source,quote`; absent parts empty.
    public static func eventCSV(_ events: [TimelineEvent]) -> String {
        var out = "date,event,type,element,id,field,value,source,quote\n"
        for e in events {
            let fields = [e.date.description, what(e.what), elementType(e), e.description, e.id ?? "", e.field ?? "",
                          e.value?.description ?? "", e.source ?? "", e.quote ?? ""]
            out += CSVText.row(fields)
        }
        return out
    }

    static func json(_ value: AttributeValue?) -> String {
        switch value {
        case nil: "null"
        case .string(let s): JSONText.string(s)
        case .number(let x): formatNumber(x)
        case .bool(let b): b ? "true" : "false"
        case .date(let d): JSONText.string(d.description)
        }
    }

    /// A JSON array of `{"date", "event", "type", "element", "id", "field", "value", "source", "quote"}`
    /// (absent parts `null`; values typed: numbers, booleans, strings, dates as strings).
    public static func eventJSON(_ events: [TimelineEvent]) -> String {
        if events.isEmpty { return "[]" }
        func optional(_ s: String?) -> String { s.map(JSONText.string) ?? "null" }
        let items = events.map { e in
            "{\"date\": \(JSONText.string(e.date.description)), \"event\": \(JSONText.string(what(e.what))), \"type\": \(JSONText.string(elementType(e))), "
                + "\"element\": \(JSONText.string(e.description)), \"id\": \(optional(e.id)), \"field\": \(optional(e.field)), "
                + "\"value\": \(json(e.value)), \"source\": \(optional(e.source)), \"quote\": \(optional(e.quote))}"
        }
        return "[\n  " + items.joined(separator: ",\n  ") + "\n]"
    }
}

extension TimelineReport {
    /// `{"events": […]}`: the whole JSON document `influence timeline --format json` writes without a measure.
    public static func eventDocument(_ events: [TimelineEvent]) -> String {
        "{\"events\": " + eventJSON(events) + "}\n"
    }
}

/// A rank timeline as a terminal table (ranks, then values), CSV or JSON: one row per node ranked
/// `top` or better at one date at least, ordered by best rank, then id.
public struct RankTimelineReport: Sendable {
    /// The ranks and values at every date.
    public var timeline: RankTimeline
    /// The rank cut-off: a node is a row when it ranks `top` or better at one date at least.
    public var top: Int
    /// Labels by id, shown in the table and CSV.
    public var labels: [String: String]

    /// A report of `timeline`'s leaders.
    ///
    /// - Parameters:
    ///   - timeline: the ranks at every date.
    ///   - top: the rows are the nodes ranked `top` or better at one date at least.
    ///   - labels: labels by id (the table and CSV show them).
    public init(timeline: RankTimeline, top: Int, labels: [String: String] = [:]) {
        self.timeline = timeline
        self.top = top
        self.labels = labels
    }

    /// The rows' node ids: `RankTimeline.leaders(top:)`, by best rank, then id.
    public var ids: [String] { timeline.leaders(top: top) }
    /// The timeline's dates as written (`2025-11-18`), in increasing order.
    public var dates: [String] { timeline.dates.map(\.description) }

    /// Two tables with two-line date headers (`2025` over `11-18`), so columns stay narrow.
    public func table() -> String {
        let ids = self.ids
        let measure = timeline.measure
        var out = "\(measure) rank at each event date (1 = highest, competition ranks; — = not in that snapshot).\n"
        out += "Nodes ranked \(top) or better at one date at least: \(ids.count), by best rank, then id.\n\n"
        if timeline.dates.isEmpty { return out }
        let years = timeline.dates.map { String($0.description.prefix(4)) }
        let rests = timeline.dates.map { $0.description.count > 5 ? String($0.description.dropFirst(5)) : "" }
        let showLabels = ids.contains { (labels[$0] ?? $0) != $0 }
        func grid(_ cell: (String, Int) -> String) -> String {
            var rows: [[String]] = []
            rows.append(["id"] + (showLabels ? ["label"] : []) + ["best"] + years)
            rows.append(["", ""] + (showLabels ? [""] : []) + rests)
            for id in ids {
                var row = [id]
                if showLabels { row.append(truncated(labels[id] ?? id)) }
                row.append(timeline.bestRank(of: id).map(String.init) ?? "—")
                row += timeline.dates.indices.map { cell(id, $0) }
                rows.append(row)
            }
            let numeric = Set((showLabels ? 2 : 1) ..< rows[0].count)
            return TextTable.aligned(rows, rightAligned: numeric)
        }
        out += grid { id, d in timeline.rank(of: id, at: d).map(String.init) ?? "—" }
        out += "\n\(measure) value at each event date:\n\n"
        out += grid { id, d in
            guard let v = timeline.value(of: id, at: d) else { return "—" }
            return v.isNaN ? "NaN" : String(format: "%.4g", v)
        }
        return out
    }

    func truncated(_ s: String) -> String { s.count <= 32 ? s : String(s.prefix(31)) + "…" }

    /// `id,label,best_rank,rank_DATE…,MEASURE_DATE…`; absent: empty field; full precision.
    public func csv() -> String {
        let header = ["id", "label", "best_rank"] + dates.map { "rank_" + $0 } + dates.map { timeline.measure + "_" + $0 }
        var out = CSVText.row(header)
        for id in ids {
            var row = [CSVText.field(id), CSVText.field(labels[id] ?? id), timeline.bestRank(of: id).map(String.init) ?? ""]
            row += timeline.dates.indices.map { timeline.rank(of: id, at: $0).map(String.init) ?? "" }
            row += timeline.dates.indices.map { d in timeline.value(of: id, at: d).map { $0.isNaN ? "" : formatNumber($0) } ?? "" }
            out += row.joined(separator: ",") + "\n"
        }
        return out
    }

    /// `{"measure", "top", "dates": […], "nodes": [{"id", "label", "best_rank", "ranks": […], "values": […]}], "events": […]}`,
    /// `null` where a node is absent.
    public func json(events: [TimelineEvent]) -> String {
        var out = "{\"measure\": \(JSONText.string(timeline.measure)), \"top\": \(top), \"dates\": ["
            + dates.map(JSONText.string).joined(separator: ", ") + "], \"nodes\": ["
        let ids = self.ids
        for (k, id) in ids.enumerated() {
            out += k == 0 ? "\n  " : ",\n  "
            let ranks = timeline.dates.indices.map { timeline.rank(of: id, at: $0).map(String.init) ?? "null" }
            let values = timeline.dates.indices.map { d in timeline.value(of: id, at: d).map { $0.isNaN ? "null" : formatNumber($0) } ?? "null" }
            out += "{\"id\": \(JSONText.string(id)), \"label\": \(JSONText.string(labels[id] ?? id)), "
                + "\"best_rank\": \(timeline.bestRank(of: id).map(String.init) ?? "null"), "
                + "\"ranks\": [\(ranks.joined(separator: ", "))], \"values\": [\(values.joined(separator: ", "))]}"
        }
        out += ids.isEmpty ? "]" : "\n]"
        return out + ", \"events\": " + TimelineReport.eventJSON(events) + "}\n"
    }
}
