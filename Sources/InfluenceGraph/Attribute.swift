import OrderedCollections

/// One typed value of a node or edge attribute.
public enum AttributeValue: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    /// A finite number (integers are stored exactly up to 2⁵³).
    case number(Double)
    case bool(Bool)
    /// A calendar date at year, month or day precision.
    case date(InfluenceDate)

    /// The type's name as the network file spells it: `string`, `number`, `bool`, `date`.
    public var typeName: String {
        switch self {
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .date: "date"
        }
    }

    public var description: String {
        switch self {
        case .string(let s): s
        case .number(let x): formatNumber(x)
        case .bool(let b): b ? "true" : "false"
        case .date(let d): d.description
        }
    }
}

/// The shortest text that reads back as the same `Double`; integral values print without `.0`.
///
/// Used by every writer so that numbers are byte-stable and round-trip exactly.
public func formatNumber(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 {
        return String(Int64(x))
    }
    return x.description
}

/// A value together with the interval in which it holds, such as seats won at an election.
public struct DatedValue: Sendable, Hashable {
    /// What the attribute equals while ``validity`` holds.
    public var value: AttributeValue
    /// The interval `[since, until)` in which ``value`` holds; ``Validity/always`` when undated.
    public var validity: Validity

    /// A value that holds during `validity`.
    ///
    /// - Parameters:
    ///   - value: The attribute's value.
    ///   - validity: The interval `[since, until)` in which it holds; by default every date.
    public init(_ value: AttributeValue, validity: Validity = .always) {
        self.value = value
        self.validity = validity
    }
}

/// An attribute: one undated value, or a series of dated values.
///
/// In the network file an attribute is written `seats: 27`, `seats: {value: 27, since: 2025-11}`,
/// or as a list of such dated values for a quantity that changes over time.
public struct Attribute: Sendable, Hashable {
    /// The values, in file order. Never empty.
    public var values: [DatedValue]

    /// An attribute made of the given values, in file order.
    ///
    /// - Precondition: `values` is not empty.
    public init(_ values: [DatedValue]) {
        precondition(!values.isEmpty, "an attribute needs at least one value")
        self.values = values
    }

    /// A single value valid at every date.
    public init(_ value: AttributeValue) {
        self.values = [DatedValue(value)]
    }

    /// The attribute restricted to the values valid at `date`, or `nil` if none is.
    public func at(_ date: InfluenceDate) -> Attribute? {
        let kept = values.filter { $0.validity.contains(date) }
        return kept.isEmpty ? nil : Attribute(kept)
    }
}

/// Attributes by name, in the order the file gives them.
public typealias Attributes = OrderedDictionary<String, Attribute>

/// How sure the analyst is that a piece of evidence supports the element.
public enum Confidence: String, Sendable, Hashable, CaseIterable {
    case low, medium, high
}

/// What a node or an edge rests on: a source document, the sentence quoted from it, and a confidence.
public struct Evidence: Sendable, Hashable {
    /// Key into ``Network/sources``.
    public var source: String?
    /// The sentence (or passage) of the source that states the relation.
    public var quote: String?
    /// How sure the analyst is that the quote supports the element; `nil` when not stated.
    public var confidence: Confidence?

    /// A piece of evidence; every part is optional.
    ///
    /// - Parameters:
    ///   - source: Key into ``Network/sources``.
    ///   - quote: The passage of the source that states the node or relation.
    ///   - confidence: How sure the analyst is; `nil` when not stated.
    public init(source: String? = nil, quote: String? = nil, confidence: Confidence? = nil) {
        self.source = source
        self.quote = quote
        self.confidence = confidence
    }
}

/// A citable document that evidence refers to by key.
public struct Source: Sendable, Hashable {
    /// The document's title.
    public var title: String?
    /// Who wrote the document.
    public var author: String?
    /// The outlet or organisation that issued the document.
    public var publisher: String?
    /// When the document appeared; not an event of the network (see ``Network/eventDates()``).
    public var published: InfluenceDate?
    /// Where the document can be read.
    public var url: String?

    /// A source document; every field is optional.
    ///
    /// - Parameters:
    ///   - title: The document's title.
    ///   - author: Who wrote it.
    ///   - publisher: The outlet or organisation that issued it.
    ///   - published: When it appeared.
    ///   - url: Where it can be read.
    public init(title: String? = nil, author: String? = nil, publisher: String? = nil,
                published: InfluenceDate? = nil, url: String? = nil) {
        self.title = title
        self.author = author
        self.publisher = publisher
        self.published = published
        self.url = url
    }
}

/// Descriptive and drawing hints for a node kind (`kinds:` in the network file).
public struct KindInfo: Sendable, Hashable {
    /// Display name of the kind, shown in legends and cluster titles instead of its key.
    public var label: String?
    /// Free text on what the kind covers.
    public var description: String?
    /// A Graphviz shape name, used by the renderer.
    public var shape: String?
    /// A colour, `#rrggbb` or a Graphviz colour name, used by the renderer.
    public var color: String?

    /// Hints for a node kind; every field is optional.
    ///
    /// - Parameters:
    ///   - label: Display name of the kind.
    ///   - description: Free text on what the kind covers.
    ///   - shape: A Graphviz shape name.
    ///   - color: `#rrggbb` or a Graphviz colour name.
    public init(label: String? = nil, description: String? = nil, shape: String? = nil, color: String? = nil) {
        self.label = label
        self.description = description
        self.shape = shape
        self.color = color
    }
}
