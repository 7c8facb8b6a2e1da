import InfluenceGraph
import Testing

@Suite("InfluenceDate and Validity")
struct DateTests {
    @Test("parses the three precisions", arguments: [
        ("2025", 2025, nil, nil), ("2025-11", 2025, 11, nil), ("2025-11-18", 2025, 11, 18),
        ("2024-02-29", 2024, 2, 29), ("0001-01-01", 1, 1, 1), ("9999-12-31", 9999, 12, 31),
    ] as [(String, Int, Int?, Int?)])
    func parses(text: String, year: Int, month: Int?, day: Int?) throws {
        let d = try #require(InfluenceDate(text))
        #expect(d.year == year)
        #expect(d.month == month)
        #expect(d.day == day)
        #expect(d.description == text)
    }

    @Test("refuses what is not a real date", arguments: [
        "", "25", "20251", "2025-1", "2025-13", "2025-00", "2025-02-29", "2023-02-29", "1900-02-29",
        "2025-04-31", "2025-11-00", "0000", "2025/11/18", "2025-11-18T00:00", " 2025", "２０２５", "-2025", "2025-1a",
    ])
    func refuses(text: String) {
        #expect(InfluenceDate(text) == nil)
    }

    @Test("first day counts days since 1970-01-01 (proleptic Gregorian)")
    func firstDay() throws {
        #expect(InfluenceDate("1970")!.firstDay == 0)
        #expect(InfluenceDate("1970-01-02")!.firstDay == 1)
        #expect(InfluenceDate("1969-12-31")!.firstDay == -1)
        #expect(InfluenceDate("2000-03-01")!.firstDay == 11_017)
        #expect(InfluenceDate("2025-12-12")!.firstDay == 20_434)
        #expect(InfluenceDate("2025-11")!.firstDay == InfluenceDate("2025-11-01")!.firstDay)
        // Consecutive days across many years: no gaps or repeats.
        var previous = InfluenceDate("1899-12-31")!.firstDay
        for year in 1900 ... 2100 {
            for month in 1 ... 12 {
                for day in 1 ... 31 {
                    guard let d = InfluenceDate(year: year, month: month, day: day) else { continue }
                    #expect(d.firstDay == previous + 1, "\(d)")
                    previous = d.firstDay
                }
            }
        }
    }

    @Test("orders by first day, coarser precision first")
    func ordering() {
        let dates = ["2025-01-01", "2024-12-31", "2025", "2025-01", "2025-11-18", "2025-11"].map { InfluenceDate($0)! }
        #expect(dates.sorted().map(\.description) == ["2024-12-31", "2025", "2025-01", "2025-01-01", "2025-11", "2025-11-18"])
        #expect(InfluenceDate("2025") != InfluenceDate("2025-01-01"))
    }

    @Test("validity is [since, until) on first days")
    func validity() {
        let v = Validity(since: InfluenceDate("2025-11"), until: InfluenceDate("2025-12-12"))
        #expect(!v.contains(InfluenceDate("2025-10-31")!))
        #expect(v.contains(InfluenceDate("2025-11-01")!))
        #expect(v.contains(InfluenceDate("2025-11")!))
        #expect(v.contains(InfluenceDate("2025-12-11")!))
        #expect(!v.contains(InfluenceDate("2025-12-12")!))
        #expect(!v.contains(InfluenceDate("2026")!))
        #expect(Validity.always.contains(InfluenceDate("0001")!))
        #expect(v.isWellFormed)
        #expect(!Validity(since: InfluenceDate("2025-11"), until: InfluenceDate("2025-11-01")).isWellFormed)
        #expect(!Validity(since: InfluenceDate("2025-12"), until: InfluenceDate("2025-11")).isWellFormed)
        // until: 2025-09 means "no longer on 2025-09-01".
        let captivity = Validity(until: InfluenceDate("2025-09"))
        #expect(captivity.contains(InfluenceDate("2025-08-31")!))
        #expect(!captivity.contains(InfluenceDate("2025-09-01")!))
    }
}
