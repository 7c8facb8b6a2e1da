import InfluenceGraph
import InfluenceSerialization

/// One span of numeric GEXF time (`timeformat="double"`, `"float"`, `"integer"` or `"long"`, or no
/// `timeformat` and times that are not dates): the bounds as written, kept as text because a
/// network's validity is over calendar dates (see ``GEXFFormat``, *Numeric time*).
///
/// The text follows Gephi's own notation for dynamic values (what its spreadsheet export writes):
/// a timestamp set `<[2004, 2005]>`, an interval set `<[1, 5]; [10, 10.5]>`, an interval map
/// `<[1, 2, "a"]; [2, 3, "b"]>`, a timestamp map `<[2004, 1]; [2005, 2]>`. A missing bound is
/// `-inf` or `inf`; GEXF 1.2's open bounds (`startopen`, `endopen`) are written `(` and `)`.
struct _NumericSpan {
    /// The start as written and its value; `nil` for an open-ended start.
    var start: (text: String, value: Double)?
    /// The end as written and its value; `nil` for an open-ended end.
    var end: (text: String, value: Double)?
    /// `startopen`: the start itself is excluded.
    var startOpen = false
    /// `endopen`: the end itself is excluded.
    var endOpen = false
    /// A `timestamp`: `start` and `end` are the same instant.
    var isTimestamp = false

    /// Sort key: by start (open starts first), then by end (open ends last).
    var key: (Double, Double) { (start?.value ?? -.infinity, end?.value ?? .infinity) }

    /// `[s, e]` (or `t` for a timestamp when `bare`), with `-inf`/`inf` for missing bounds.
    func text(bare: Bool) -> String {
        if isTimestamp, let s = start { return bare ? s.text : "[\(s.text)]" }
        return "\(startOpen ? "(" : "[")\(start?.text ?? "-inf"), \(end?.text ?? "inf")\(endOpen ? ")" : "]")"
    }

    /// The inside of `[…]` for a value at this span: `t, v` for a timestamp, `s, e, v` otherwise.
    func bounds(with value: String) -> String {
        if isTimestamp, let s = start { return "[\(s.text), \(value)]" }
        return "\(startOpen ? "(" : "[")\(start?.text ?? "-inf"), \(end?.text ?? "inf"), \(value)\(endOpen ? ")" : "]")"
    }

    /// The element's own times as Gephi writes a time set: `<[t1, t2]>` when every span is a
    /// timestamp, else `<[s, e]; …>` (a timestamp then reads `[t, t]`). Sorted by start.
    static func timeSet(_ spans: [_NumericSpan]) -> String {
        let sorted = spans.indices.sorted { (spans[$0].key.0, spans[$0].key.1, $0) < (spans[$1].key.0, spans[$1].key.1, $1) }.map { spans[$0] }
        if sorted.allSatisfy(\.isTimestamp) {
            return "<[" + sorted.map { $0.text(bare: true) }.joined(separator: ", ") + "]>"
        }
        return "<" + sorted.map { s in
            s.isTimestamp && s.start != nil ? "[\(s.start!.text), \(s.start!.text)]" : s.text(bare: false)
        }.joined(separator: "; ") + ">"
    }

    /// A value as Gephi's parser reads it back: bare when it holds none of `,;[]()<>"'` and no
    /// surrounding space, else in double quotes with `\"` and `\\` escaped.
    static func quoted(_ value: String) -> String {
        let special = Set(",;[]()<>\"'\\".unicodeScalars)
        let plain = !value.isEmpty && !value.unicodeScalars.contains(where: special.contains)
            && value.first?.isWhitespace == false && value.last?.isWhitespace == false
        if plain { return value }
        var out = "\""
        for c in value {
            if c == "\"" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out + "\""
    }

    /// A dynamic attribute's values over numeric time as Gephi writes them, `<[2004, 1]; [2005, 2]>`
    /// (an undated value reads `[-inf, inf, v]`), and the position of the value at the latest time:
    /// the greatest start, then the greatest end, then the last written.
    static func series(_ values: [(text: String, span: _NumericSpan?)]) -> (text: String, latest: Int) {
        let order = values.indices.sorted {
            let a = values[$0].span?.key ?? (-.infinity, .infinity), b = values[$1].span?.key ?? (-.infinity, .infinity)
            return (a.0, a.1, $0) < (b.0, b.1, $1)
        }
        let parts = order.map { k in
            let v = quoted(values[k].text)
            return values[k].span.map { $0.bounds(with: v) } ?? "[-inf, inf, \(v)]"
        }
        return ("<" + parts.joined(separator: "; ") + ">", order.last ?? 0)
    }
}
