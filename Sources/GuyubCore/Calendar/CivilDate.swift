/// A calendar date without time or zone (a birth date, a joining date), written `YYYY-MM-DD`.
package struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    /// Nil when the day does not exist (31 April, 29 February of a common year).
    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    package init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Reads a date typed by a person or sent by a program: `05/08/2026`, `5-8-2026`, `05082026`,
    /// `5 Agustus 2026` or `2026-08-05` (see `WrittenDate`). Every date a form or the API takes is read here.
    package init?(written text: some StringProtocol) {
        guard let date = WrittenDate.parse(String(text)) else { return nil }
        self = date
    }

    package var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// `05/08/2026`: how the app writes a date into a form, day first.
    package var slashed: String { "\(Self.pad(day, 2))/\(Self.pad(month, 2))/\(Self.pad(year, 4))" }

    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    package static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected a date as YYYY-MM-DD"))
        }
        self = date
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

extension Character {
    /// Exactly one of 0–9: not a digit with a combining mark, which compares between "0" and "9".
    package var isASCIIDigit: Bool { asciiValue.map { (48...57).contains($0) } ?? false }
}

extension CivilDate {
    /// The date `days` later (or earlier, when negative).
    package func adding(days: Int) -> CivilDate? {
        var (y, m, d) = (year, month, day + days)
        while d < 1 {
            m -= 1
            if m < 1 {
                m = 12
                y -= 1
            }
            d += CivilDate.daysIn(month: m, year: y)
        }
        while d > CivilDate.daysIn(month: m, year: y) {
            d -= CivilDate.daysIn(month: m, year: y)
            m += 1
            if m > 12 {
                m = 1
                y += 1
            }
        }
        return CivilDate(year: y, month: m, day: d)
    }
}

extension CivilDate {
    /// The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 → 28/29 Feb).
    package func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))!
    }

    package var yearMonth: YearMonth { YearMonth(year: year, month: month)! }
}

/// A calendar month, written `YYYY-MM`: a wajib period, a month the books close.
package struct YearMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package let year: Int
    package let month: Int

    package init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses exactly `YYYY-MM`.
    package init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        self.init(year: Int(parts[0])!, month: Int(parts[1])!)
    }

    package var first: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    package var last: CivilDate { CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))! }
    package var days: Int { last.day }
    package var next: YearMonth { first.adding(months: 1).yearMonth }
    package var previous: YearMonth { first.adding(months: -1).yearMonth }
    package var description: String { "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))" }

    package static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = YearMonth(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM"))
        }
        self = value
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
