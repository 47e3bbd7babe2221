import Foundation
import GuyubCore
import GuyubViews
import Testing

@Suite("Format: amounts, numbers and dates")
struct FormatTests {
    let id = Format(.id)
    let en = Format(.en)

    @Test(
        "numbers group thousands with dots, in both languages",
        arguments: [
            (Int64(0), "0"), (7, "7"), (999, "999"), (1_000, "1.000"), (1_234, "1.234"), (12_345, "12.345"),
            (1_250_000, "1.250.000"), (-1, "-1"), (-999, "-999"), (-1_234, "-1.234"), (-1_250_000, "-1.250.000"),
            (Int64.min, "-9.223.372.036.854.775.808"),
        ])
    func number(value: Int64, expected: String) {
        // when and check: the same grouping whatever the language.
        #expect(id.number(value) == expected)
        #expect(en.number(value) == expected)
    }

    @Test func numberFromInt() {
        #expect(id.number(52) == "52")
        #expect(id.number(48_000) == "48.000")
    }

    @Test(
        "money in rupiah and with decimals",
        arguments: [
            (Int64(0), 0, "Rp 0"),
            (1_250_000, 0, "Rp 1.250.000"),
            (-2_500, 0, "Rp -2.500"),
            (0, 2, "Rp 0,00"),
            (5, 2, "Rp 0,05"),
            (125_000_000, 2, "Rp 1.250.000,00"),
            (431_440_715, 2, "Rp 4.314.407,15"),
            (-150, 2, "Rp -1,50"),
            (-5, 2, "Rp -0,05"),
        ])
    func money(minorUnits: Int64, decimals: Int, expected: String) {
        // when and check
        #expect(id.money(minorUnits: minorUnits, decimals: decimals) == expected)
    }

    @Test func moneyWithAnotherSymbol() {
        #expect(en.money(minorUnits: 1_999, decimals: 2, symbol: "USD") == "USD 19,99")
    }

    @Test(
        "dates name the month in the page's language",
        arguments: [
            (2026, 11, 23, "23 Nov 2026", "23 Nov 2026"),
            (1985, 8, 5, "5 Agu 1985", "5 Aug 1985"),
            (2024, 5, 1, "1 Mei 2024", "1 May 2024"),
            (2024, 10, 31, "31 Okt 2024", "31 Oct 2024"),
            (2024, 12, 25, "25 Des 2024", "25 Dec 2024"),
            (2024, 1, 15, "15 Jan 2024", "15 Jan 2024"),
        ])
    func date(year: Int, month: Int, day: Int, indonesian: String, english: String) throws {
        // given
        let date = try #require(CivilDate(year: year, month: month, day: day))
        // when and check
        #expect(id.date(date) == indonesian)
        #expect(en.date(date) == english)
    }

    @Test func dateTimeInJakarta() throws {
        // given: 2026-11-23 02:13:20 UTC is 09:13 in Jakarta (UTC+7).
        let instant = Date(timeIntervalSince1970: 1_795_400_000)
        let jakarta = try #require(TimeZone(identifier: "Asia/Jakarta"))
        // when and check: Indonesian clocks use a dot, English a colon.
        #expect(id.dateTime(instant, timeZone: jakarta) == "23 Nov 2026 09.13")
        #expect(en.dateTime(instant, timeZone: jakarta) == "23 Nov 2026 09:13")
    }

    @Test func dateTimeCrossesMidnightByTimeZone() throws {
        // given: 2026-11-22 20:30 UTC is already the 23rd in Indonesia.
        let instant = Date(timeIntervalSince1970: 1_795_379_400)
        // when
        let utc = id.dateTime(instant, timeZone: try #require(TimeZone(identifier: "UTC")))
        let jakarta = id.dateTime(instant, timeZone: try #require(TimeZone(identifier: "Asia/Jakarta")))
        let jayapura = id.dateTime(instant, timeZone: try #require(TimeZone(identifier: "Asia/Jayapura")))
        // then
        #expect(utc == "22 Nov 2026 20.30")
        #expect(jakarta == "23 Nov 2026 03.30")
        #expect(jayapura == "23 Nov 2026 05.30")
    }

    @Test func dateTimePadsHoursAndMinutes() throws {
        // given: 2026-01-02 00:05 in Jakarta.
        let instant = Date(timeIntervalSince1970: 1_767_287_100)
        // when and check
        #expect(en.dateTime(instant, timeZone: try #require(TimeZone(identifier: "Asia/Jakarta"))) == "2 Jan 2026 00:05")
    }
}
