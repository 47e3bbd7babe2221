import Foundation
import GuyubCore
import PropertyBased
import Testing

// Gregorian calendar rules: a year is leap when divisible by 4, except centuries, except every 400th
// (so 1900 is not leap, 2000 is). Dates are written ISO 8601 `YYYY-MM-DD` (DESIGN.md, Conventions).

@Suite("CivilDate: examples")
struct CivilDateTests {
    @Test(
        "leap years",
        arguments: [
            (1900, false), (2000, true), (2024, true), (2023, false), (2100, false), (2400, true),
            (1996, true), (1999, false), (1600, true), (1700, false), (4, true), (1, false),
        ])
    func leap(year: Int, isLeap: Bool) {
        #expect(CivilDate.isLeap(year) == isLeap)
        #expect(CivilDate.daysIn(month: 2, year: year) == (isLeap ? 29 : 28))
    }

    @Test("days in each month of a common year")
    func monthLengths() {
        let lengths = (1...12).map { CivilDate.daysIn(month: $0, year: 2023) }
        #expect(lengths == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(lengths.reduce(0, +) == 365)
        #expect((1...12).map { CivilDate.daysIn(month: $0, year: 2024) }.reduce(0, +) == 366)
    }

    @Test(
        "days that do not exist make no date",
        arguments: [
            (2023, 2, 29), (1900, 2, 29), (2024, 2, 30), (2024, 4, 31), (2024, 6, 31), (2024, 9, 31),
            (2024, 11, 31), (2024, 1, 32), (2024, 1, 0), (2024, 0, 1), (2024, 13, 1), (2024, -1, 1),
            (0, 1, 1), (10000, 1, 1), (-5, 1, 1),
        ])
    func impossible(year: Int, month: Int, day: Int) {
        #expect(CivilDate(year: year, month: month, day: day) == nil)
    }

    @Test(
        "the extremes and leap days exist",
        arguments: [
            (1, 1, 1), (9999, 12, 31), (2000, 2, 29), (2024, 2, 29), (1996, 2, 29), (2023, 12, 31),
        ])
    func possible(year: Int, month: Int, day: Int) throws {
        // when
        let date = try #require(CivilDate(year: year, month: month, day: day))
        // then
        #expect(date.year == year)
        #expect(date.month == month)
        #expect(date.day == day)
    }

    @Test(
        "written as YYYY-MM-DD with zero padding",
        arguments: [
            (2026, 1, 5, "2026-01-05"), (1968, 8, 5, "1968-08-05"), (5, 1, 2, "0005-01-02"), (9999, 12, 31, "9999-12-31"),
        ])
    func description(year: Int, month: Int, day: Int, text: String) throws {
        let date = try #require(CivilDate(year: year, month: month, day: day))
        #expect(date.description == text)
        #expect(CivilDate(iso: text) == date)
    }

    @Test(
        "ISO parsing accepts exactly YYYY-MM-DD",
        arguments: [
            "2026-1-05", "2026-01-5", "26-01-05", "02026-01-05", "2026/01/05", "05-01-2026", "2026-01-05 ",
            " 2026-01-05", "2026-01-05T00:00:00Z", "2026-0105", "20260105", "2026--01-05", "2026-01-05-",
            "+026-01-05", "-026-01-05", "2026-+1-05", "2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01",
            "", "--", "２０２６-01-05", "2026-O1-05",
        ])
    func isoRefused(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test(
        "ISO parsing reads the parts",
        arguments: [("2026-01-05", 2026, 1, 5), ("2024-02-29", 2024, 2, 29), ("0001-01-01", 1, 1, 1)])
    func isoAccepted(text: String, year: Int, month: Int, day: Int) {
        #expect(CivilDate(iso: text) == CivilDate(year: year, month: month, day: day))
        #expect(CivilDate(iso: Substring(text)) == CivilDate(year: year, month: month, day: day))
    }

    @Test("ordering is by year, then month, then day")
    func ordering() throws {
        // given
        let dates = try ["2024-02-29", "1999-12-31", "2024-03-01", "2024-01-31", "2000-01-01", "2024-02-01"]
            .map { try #require(CivilDate(iso: $0)) }
        // when
        let sorted = dates.sorted()
        // then
        #expect(
            sorted.map(\.description) == ["1999-12-31", "2000-01-01", "2024-01-31", "2024-02-01", "2024-02-29", "2024-03-01"])
        #expect(CivilDate(iso: "2024-12-01")! > CivilDate(iso: "2024-02-28")!) // month before day
        #expect(CivilDate(iso: "2025-01-01")! > CivilDate(iso: "2024-12-31")!) // year before month
        #expect(!(CivilDate(iso: "2024-05-05")! < CivilDate(iso: "2024-05-05")!))
    }

    @Test("encodes as an ISO string and decodes back")
    func codable() throws {
        // given
        struct Holder: Codable, Equatable {
            let born: CivilDate
            let joined: CivilDate?
        }
        let holder = Holder(born: CivilDate(year: 1968, month: 8, day: 5)!, joined: CivilDate(year: 2024, month: 2, day: 29)!)
        // when
        let data = try JSONEncoder().encode(holder)
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: String])
        let back = try JSONDecoder().decode(Holder.self, from: data)
        // then
        #expect(json == ["born": "1968-08-05", "joined": "2024-02-29"])
        #expect(back == holder)
    }

    @Test(
        "decoding anything but a real YYYY-MM-DD fails with dataCorrupted",
        arguments: [
            #"["2024-02-30"]"#, #"["29/02/2024"]"#, #"["2024-2-29"]"#, #"[""]"#,
        ])
    func decodingError(json: String) {
        // when
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data(json.utf8))
        }
        // then
        guard case .dataCorrupted = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
    }

    @Test("decoding a number is a type mismatch")
    func decodingNumber() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CivilDate].self, from: Data("[20240229]".utf8)) }
    }
}

@Suite("CivilDate: adding days")
struct AddingDaysTests {
    @Test(
        "across month, year and leap-day boundaries",
        arguments: [
            ("2024-02-28", 1, "2024-02-29"),
            ("2024-02-28", 2, "2024-03-01"),
            ("2023-02-28", 1, "2023-03-01"),
            ("1900-02-28", 1, "1900-03-01"),
            ("2000-02-28", 1, "2000-02-29"),
            ("2024-03-01", -1, "2024-02-29"),
            ("2023-03-01", -1, "2023-02-28"),
            ("2025-12-31", 1, "2026-01-01"),
            ("2026-01-01", -1, "2025-12-31"),
            ("2024-01-31", 1, "2024-02-01"),
            ("2024-04-30", 1, "2024-05-01"),
            ("2024-01-31", 366, "2025-01-31"),
            ("2023-01-31", 365, "2024-01-31"),
            ("2024-02-29", 365, "2025-02-28"),
            ("2024-02-29", 1461, "2028-02-29"),
            ("2024-05-05", 0, "2024-05-05"),
            ("2000-01-01", 36524, "2099-12-31"),
            ("2026-01-05", -45, "2025-11-21"),
        ])
    func examples(from: String, days: Int, to: String) throws {
        // given
        let start = try #require(CivilDate(iso: from))
        // when
        let result = start.adding(days: days)
        // then
        #expect(result?.description == to)
    }

    @Test("leaving years 1–9999 gives nil")
    func outOfRange() {
        #expect(CivilDate(year: 1, month: 1, day: 1)!.adding(days: -1) == nil)
        #expect(CivilDate(year: 9999, month: 12, day: 31)!.adding(days: 1) == nil)
        #expect(CivilDate(year: 9999, month: 12, day: 30)!.adding(days: 1)?.description == "9999-12-31")
    }

    @Test("adding n then -n gives the date back")
    func inverse() async {
        await propertyCheck(count: 2000, input: Gens.civilDate(years: 1900...2200), Gen.int(in: -5000...5000)) { date, n in
            // when
            let there = try #require(date.adding(days: n))
            let back = there.adding(days: -n)
            // then
            #expect(back == date)
        }
    }

    @Test("adding n moves the day number by exactly n")
    func dayNumber() async {
        await propertyCheck(count: 2000, input: Gens.civilDate(years: 1800...2200), Gen.int(in: -5000...5000)) { date, n in
            // when
            let there = try #require(date.adding(days: n))
            // then
            #expect(DayNumber.of(there) == DayNumber.of(date) + n)
            #expect((there > date) == (n > 0))
            #expect((there == date) == (n == 0))
        }
    }

    @Test("the order of dates is the order of their day numbers; description round-trips")
    func orderAndText() async {
        await propertyCheck(count: 2000, input: Gens.civilDate(years: 1...9999), Gens.civilDate(years: 1...9999)) { a, b in
            #expect((a < b) == (DayNumber.of(a) < DayNumber.of(b)))
            #expect((a == b) == (DayNumber.of(a) == DayNumber.of(b)))
            #expect(CivilDate(iso: a.description) == a)
        }
    }

    @Test("CivilDate(year:month:day:) exists exactly for the real days")
    func existence() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 1...9999), Gen.int(in: 0...13), Gen.int(in: 0...32)) { y, m, d in
            #expect(
                (CivilDate(year: y, month: m, day: d) != nil) == DayNumber.exists(year: y, month: m, day: d),
                "\(y)-\(m)-\(d)")
        }
    }
}
