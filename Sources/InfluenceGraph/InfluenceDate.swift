/// A calendar date as analysts write it: a year, a month or a day.
///
/// Influence networks are dated from articles and reports, which often give only
/// "in November" or "in 2023". An `InfluenceDate` keeps that precision:
///
///     InfluenceDate("2025")        // year precision
///     InfluenceDate("2025-11")     // month precision
///     InfluenceDate("2025-11-18")  // day precision
///
/// ## Meaning of a partial date
/// A partial date stands for the **first day** of the period it names. In a validity
/// interval `[since, until)`, `since: 2025-11` starts on 2025-11-01 and
/// `until: 2025-11` ends *before* 2025-11-01 (`until` is exclusive). A query date
/// (`snapshot(at:)`, `--at 2025-11`) is likewise read as the first day of its period.
///
/// Dates are proleptic Gregorian, years 1 to 9999, written with four digits.
/// Ordering is by first day, then coarser precision first (`2025` < `2025-01` < `2025-01-01`),
/// so that `==` and `<` agree with the written form.
public struct InfluenceDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: UInt8, Sendable, Hashable, Comparable {
        case year, month, day
        /// Coarser first: `year` < `month` < `day`.
        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    @usableFromInline let _year: Int16
    @usableFromInline let _month: UInt8   // 0 when absent
    @usableFromInline let _day: UInt8     // 0 when absent

    /// The year, 1…9999.
    public var year: Int { Int(_year) }
    /// The month, 1…12, or `nil` at year precision.
    public var month: Int? { _month == 0 ? nil : Int(_month) }
    /// The day of the month, or `nil` at year or month precision.
    public var day: Int? { _day == 0 ? nil : Int(_day) }
    /// Year, month or day precision.
    public var precision: Precision { _day != 0 ? .day : (_month != 0 ? .month : .year) }

    /// Creates a date, or returns `nil` if the fields do not name a real calendar date.
    ///
    /// A `day` requires a `month`.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let day {
            guard let month else { return nil }
            guard (1...12).contains(month), day >= 1, day <= InfluenceDate.daysIn(month: month, year: year) else { return nil }
        } else if let month {
            guard (1...12).contains(month) else { return nil }
        }
        _year = Int16(year)
        _month = UInt8(month ?? 0)
        _day = UInt8(day ?? 0)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (exactly these digits, nothing else).
    ///
    /// Returns `nil` for anything else, including impossible dates such as `2025-02-30`.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let b = bytes[i]
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
            }
            return value
        }
        switch bytes.count {
        case 4:
            guard let y = digits(0..<4) else { return nil }
            self.init(year: y)
        case 7:
            guard bytes[4] == 45, let y = digits(0..<4), let m = digits(5..<7) else { return nil }
            self.init(year: y, month: m)
        case 10:
            guard bytes[4] == 45, bytes[7] == 45, let y = digits(0..<4), let m = digits(5..<7),
                  let d = digits(8..<10) else { return nil }
            self.init(year: y, month: m, day: d)
        default:
            return nil
        }
    }

    /// The canonical written form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var s = pad(year, 4)
        if let month { s += "-" + pad(month, 2) }
        if let day { s += "-" + pad(day, 2) }
        return s
    }

    /// The first day of the period, as days since 1970-01-01 (negative before).
    ///
    /// This is the instant a partial date stands for in `since`, `until` and queries.
    public var firstDay: Int {
        InfluenceDate.daysFromCivil(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// Orders by first day, then coarser precision first (`2025` < `2025-01` < `2025-01-01`).
    public static func < (a: InfluenceDate, b: InfluenceDate) -> Bool {
        let da = a.firstDay, db = b.firstDay
        return da != db ? da < db : a.precision < b.precision
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date.
    ///
    /// H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", `days_from_civil`.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

/// A half-open validity interval `[since, until)`; either end may be open.
///
/// `since` is inclusive and `until` exclusive, both read as the first day of their
/// period (see ``InfluenceDate``). An interval with neither end is valid at every date.
public struct Validity: Sendable, Hashable {
    /// First date at which the element holds, or `nil` for "always before".
    public var since: InfluenceDate?
    /// First date at which the element no longer holds, or `nil` for "still holds".
    public var until: InfluenceDate?

    /// An interval; `since` must come before `until` (see ``isWellFormed``).
    public init(since: InfluenceDate? = nil, until: InfluenceDate? = nil) {
        self.since = since
        self.until = until
    }

    /// Valid at every date.
    public static let always = Validity()

    /// True when the interval is open at both ends.
    public var isAlways: Bool { since == nil && until == nil }

    /// False when `until` does not start strictly after `since`, which would make
    /// the interval empty (the element could never hold).
    public var isWellFormed: Bool {
        guard let since, let until else { return true }
        return since.firstDay < until.firstDay
    }

    /// Whether the interval holds on the first day of `date`.
    public func contains(_ date: InfluenceDate) -> Bool {
        let d = date.firstDay
        if let since, d < since.firstDay { return false }
        if let until, d >= until.firstDay { return false }
        return true
    }
}
