import InfluenceGraph

/// The value of one field of a node or an edge, as a diff reports it: plain data that prints as
/// text and serialises as JSON without knowing where it came from.
public indirect enum FieldValue: Sendable, Hashable, CustomStringConvertible {
    /// Text; printed quoted.
    case string(String)
    /// A number; printed in the shortest form that reads back the same.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// A date at the precision the file gives it (`2025`, `2025-11`, `2025-11-18`).
    case date(InfluenceDate)
    /// Several values in order (aliases, dated attribute values, evidence items).
    case list([FieldValue])
    /// Keyed values in a fixed order (a dated attribute value, an evidence item).
    case record([FieldEntry])

    /// Compact text for terminals: strings quoted, lists in brackets, records in braces.
    public var description: String {
        switch self {
        case .string(let s): "\"" + s + "\""
        case .number(let x): formatNumber(x)
        case .bool(let b): b ? "true" : "false"
        case .date(let d): d.description
        case .list(let items) where !items.isEmpty && items.allSatisfy(\.isDatedValue):
            // Dated attribute values: `165 (since 2025-11-18); 6 (2024-01 – 2025-11)`.
            items.map(\.datedDescription).joined(separator: "; ")
        case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .record(let entries): "{" + entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }

    private var isDatedValue: Bool {
        if case .record(let entries) = self { return entries.first?.key == "value" }
        return false
    }

    private var datedDescription: String {
        guard case .record(let entries) = self else { return description }
        let value = entries.first?.value.description ?? ""
        let since = entries.first { $0.key == "since" }?.value.description
        let until = entries.first { $0.key == "until" }?.value.description
        switch (since, until) {
        case (let s?, let u?): return "\(value) (\(s) – \(u))"
        case (let s?, nil): return "\(value) (since \(s))"
        case (nil, let u?): return "\(value) (until \(u))"
        case (nil, nil): return value
        }
    }

    /// An attribute's values: the plain value when there is one undated value, else a list of
    /// `{value, since, until}` records.
    public init(_ attribute: Attribute) {
        if attribute.values.count == 1, attribute.values[0].validity.isAlways {
            self = FieldValue(attribute.values[0].value)
        } else {
            self = .list(attribute.values.map { dated in
                var entries = [FieldEntry("value", FieldValue(dated.value))]
                if let s = dated.validity.since { entries.append(FieldEntry("since", .date(s))) }
                if let u = dated.validity.until { entries.append(FieldEntry("until", .date(u))) }
                return .record(entries)
            })
        }
    }

    /// One attribute value as the matching case: string, number, bool or date.
    public init(_ value: AttributeValue) {
        switch value {
        case .string(let s): self = .string(s)
        case .number(let x): self = .number(x)
        case .bool(let b): self = .bool(b)
        case .date(let d): self = .date(d)
        }
    }

    /// One evidence item as a `{source, quote, confidence}` record (absent parts left out).
    public init(_ evidence: Evidence) {
        var entries: [FieldEntry] = []
        if let s = evidence.source { entries.append(FieldEntry("source", .string(s))) }
        if let q = evidence.quote { entries.append(FieldEntry("quote", .string(q))) }
        if let c = evidence.confidence { entries.append(FieldEntry("confidence", .string(c.rawValue))) }
        self = .record(entries)
    }
}

/// One key of a ``FieldValue/record(_:)``.
public struct FieldEntry: Sendable, Hashable {
    /// The key (`value`, `since`, `until`, `source`, `quote`, `confidence`).
    public var key: String
    /// The value under the key.
    public var value: FieldValue
    /// An entry of `value` under `key`.
    public init(_ key: String, _ value: FieldValue) {
        self.key = key
        self.value = value
    }
}

/// One field that differs between the two sides: `nil` where the field is absent on that side.
///
/// Field names: `label`, `kind`, `aliases`, `since`, `until`, `source`, `quote`, `confidence`
/// (or `evidence` when either side rests on several items), `weight`, `from`, `to`, `relation`
/// (edges matched by id), and `attributes.NAME` for each attribute.
public struct FieldChange: Sendable, Hashable {
    /// The field's name (`label`, `weight`, `attributes.seats`…).
    public var field: String
    /// The value on the before side, `nil` when the field is absent there.
    public var before: FieldValue?
    /// The value on the after side, `nil` when the field is absent there.
    public var after: FieldValue?
    /// A change of `field` from `before` to `after`.
    public init(field: String, before: FieldValue?, after: FieldValue?) {
        self.field = field
        self.before = before
        self.after = after
    }
}

/// The fields of a node or an edge in the order a diff compares and reports them.
enum Fields {
    static func node(_ n: Node) -> [(String, FieldValue?)] {
        var f: [(String, FieldValue?)] = [
            ("label", n.label.map(FieldValue.string)),
            ("kind", n.kind.map(FieldValue.string)),
            ("aliases", n.aliases.isEmpty ? nil : .list(n.aliases.map(FieldValue.string))),
            ("since", n.validity.since.map(FieldValue.date)),
            ("until", n.validity.until.map(FieldValue.date)),
        ]
        f += attributes(n.attributes)
        return f
    }

    static func edge(_ e: Edge) -> [(String, FieldValue?)] {
        var f: [(String, FieldValue?)] = [
            ("from", .string(e.from)), ("to", .string(e.to)), ("relation", .string(e.relation)),
            ("weight", e.weight.map(FieldValue.number)),
            ("since", e.validity.since.map(FieldValue.date)),
            ("until", e.validity.until.map(FieldValue.date)),
        ]
        f += attributes(e.attributes)
        return f
    }

    static func attributes(_ a: Attributes) -> [(String, FieldValue?)] {
        a.map { ("attributes." + $0.key, FieldValue($0.value)) }
    }

    /// Evidence fields: `source`, `quote`, `confidence` when both sides have at most one item,
    /// else the whole `evidence` list.
    static func evidence(_ before: [Evidence], _ after: [Evidence]) -> [FieldChange] {
        guard before != after else { return [] }
        if before.count <= 1 && after.count <= 1 {
            let b = before.first, a = after.first
            var changes: [FieldChange] = []
            if b?.source != a?.source {
                changes.append(FieldChange(field: "source", before: b?.source.map(FieldValue.string), after: a?.source.map(FieldValue.string)))
            }
            if b?.quote != a?.quote {
                changes.append(FieldChange(field: "quote", before: b?.quote.map(FieldValue.string), after: a?.quote.map(FieldValue.string)))
            }
            if b?.confidence != a?.confidence {
                changes.append(FieldChange(field: "confidence", before: b?.confidence.map { .string($0.rawValue) },
                                           after: a?.confidence.map { .string($0.rawValue) }))
            }
            return changes
        }
        return [FieldChange(field: "evidence", before: .list(before.map(FieldValue.init)), after: .list(after.map(FieldValue.init)))]
    }

    /// The fields that differ, in `before`'s order and then the fields only `after` has.
    static func changes(_ before: [(String, FieldValue?)], _ after: [(String, FieldValue?)]) -> [FieldChange] {
        var afterByName: [String: FieldValue?] = [:]
        for (k, v) in after { afterByName[k] = v }
        var seen = Set<String>()
        var result: [FieldChange] = []
        for (k, v) in before {
            seen.insert(k)
            let w = afterByName[k] ?? nil
            if v != w { result.append(FieldChange(field: k, before: v, after: w)) }
        }
        for (k, w) in after where !seen.contains(k) && w != nil {
            result.append(FieldChange(field: k, before: nil, after: w))
        }
        return result
    }
}
