import Foundation
import GuyubCore
import PropertyBased
import Testing

// Dates as Indonesian member spreadsheets write them (DOMAIN.md, "What cooperatives already keep"):
// 05/08/1968, 05-08-1968, 5 Agustus 1968; day before month; a two-digit year is refused, never guessed.

@Suite("WrittenDate: parse")
struct WrittenDateTests {
    static let fifthOfAugust1968 = CivilDate(year: 1968, month: 8, day: 5)!

    @Test(
        "5 August 1968 in all the ways spreadsheets write it",
        arguments: [
            "05/08/1968", "5/8/1968", "05-08-1968", "5-8-1968", "05.08.1968", "5.8.1968",
            "5 Agustus 1968", "05 Agustus 1968", "5 agustus 1968", "5 AGUSTUS 1968",
            "5 Agt 1968", "5 Agt. 1968", "5 Agu 1968", "5 Agus 1968", "5 Ags 1968",
            "5 August 1968", "5 Aug 1968", "5-Agustus-1968", "5 Agustus, 1968",
            "1968-08-05",
            "  05/08/1968  ",
        ])
    func forms(text: String) {
        #expect(WrittenDate.parse(text) == Self.fifthOfAugust1968)
    }

    @Test(
        "Indonesian and English month names and abbreviations",
        arguments: [
            ("januari", 1), ("jan", 1), ("january", 1),
            ("februari", 2), ("pebruari", 2), ("feb", 2), ("peb", 2), ("february", 2),
            ("maret", 3), ("mar", 3), ("march", 3),
            ("april", 4), ("apr", 4),
            ("mei", 5), ("may", 5),
            ("juni", 6), ("jun", 6), ("june", 6),
            ("juli", 7), ("jul", 7), ("july", 7),
            ("agustus", 8), ("agu", 8), ("agt", 8), ("agus", 8), ("aug", 8), ("august", 8),
            ("september", 9), ("sep", 9), ("sept", 9),
            ("oktober", 10), ("okt", 10), ("oct", 10), ("october", 10),
            ("november", 11), ("nopember", 11), ("nov", 11), ("nop", 11),
            ("desember", 12), ("des", 12), ("dec", 12), ("december", 12),
        ])
    func monthNames(name: String, month: Int) {
        // given
        let text = "14 \(name.prefix(1).uppercased() + name.dropFirst()) 2001"
        // then
        #expect(WrittenDate.parse(text) == CivilDate(year: 2001, month: month, day: 14))
    }

    @Test("day comes before month in numeric dates")
    func dayFirst() {
        #expect(WrittenDate.parse("01/02/2003") == CivilDate(year: 2003, month: 2, day: 1))
        #expect(WrittenDate.parse("12/08/1990") == CivilDate(year: 1990, month: 8, day: 12))
        #expect(WrittenDate.parse("08/13/1990") == nil) // month 13, not 13 August
    }

    @Test("leap days follow the calendar")
    func leapDays() {
        #expect(WrittenDate.parse("29/02/2000") == CivilDate(year: 2000, month: 2, day: 29))
        #expect(WrittenDate.parse("29 Februari 2024") == CivilDate(year: 2024, month: 2, day: 29))
        #expect(WrittenDate.parse("29/02/1900") == nil)
        #expect(WrittenDate.parse("29 Feb 2023") == nil)
    }

    @Test(
        "unreadable or impossible dates are nil",
        arguments: [
            "31/02/1990", "31 April 1990", "00/01/1990", "32/01/1990", "15/13/1990", "15/00/1990",
            "05/08/68", "05-08-68", "5 Agustus 68", "5.8.68", // two-digit years are refused
            "1968/08/05", "08/05", "05/08/1968/12", "5 Agustus", "Agustus 1968",
            "5 Agustusan 1968", "5 Ags. 19 68", "5 8 1968",
            "kemarin", "", "   ", "-", "//", "1968", "19680805",
            "2026-1-05", "05/08/19680",
        ])
    func refused(text: String) {
        #expect(WrittenDate.parse(text) == nil)
    }

    @Test("any real date written in each form reads back as itself")
    func writtenForms() async {
        await propertyCheck(count: 1000, input: Gens.civilDate(years: 1000...9999)) { date in
            // given
            let dd = NIKFixture.two(date.day)
            let mm = NIKFixture.two(date.month)
            let yyyy = String(date.year)
            let names = [
                "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                "September", "Oktober", "November", "Desember",
            ]
            let forms = [
                "\(dd)/\(mm)/\(yyyy)", "\(date.day)-\(date.month)-\(yyyy)", "\(dd).\(mm).\(yyyy)",
                "\(date.day) \(names[date.month - 1]) \(yyyy)",
                "\(date.day) \(names[date.month - 1].prefix(3)) \(yyyy)",
                date.description,
            ]
            for form in forms {
                // then
                #expect(WrittenDate.parse(form) == date, "\(form)")
            }
        }
    }

    @Test("random text never crashes the reader")
    func fuzz() async {
        await propertyCheck(count: 5000, input: Gens.anyText) { text in
            // when
            guard let date = WrittenDate.parse(text) else { return }
            // then: whatever it reads is a real date
            #expect(DayNumber.exists(year: date.year, month: date.month, day: date.day))
        }
    }

    @Test("a digit carrying a combining mark is refused, not a crash")
    func combiningMark() async {
        // "6\u{301}" sorts between "0" and "9"; were it taken for a digit, WrittenDate.parse would force-unwrap
        // Int("196\u{301}8") and trap, so this runs in a child process.
        await #expect(processExitsWith: .success) {
            for text in ["05/08/196\u{301}8", "0\u{301}5/08/1968", "05-0\u{FE0F}8-1968", "5 Agustus 196\u{301}8"] {
                guard WrittenDate.parse(text) == nil else { exit(1) }
            }
        }
    }
}

@Suite("WrittenDate: place and date")
struct PlaceAndDateTests {
    @Test(
        "place and date split",
        arguments: [
            ("Malang, 05-08-1968", "Malang", 1968, 8, 5),
            ("Malang,05-08-1968", "Malang", 1968, 8, 5),
            ("Malang , 05/08/1968", "Malang", 1968, 8, 5),
            ("Malang 05-08-1968", "Malang", 1968, 8, 5),
            ("Malang 5 Agustus 1968", "Malang", 1968, 8, 5),
            ("Malang, 5 Agustus 1968", "Malang", 1968, 8, 5),
            ("Kota Batu, 1 Januari 1980", "Kota Batu", 1980, 1, 1),
            ("Kota Batu 1 Januari 1980", "Kota Batu", 1980, 1, 1),
            ("Kota  Batu   1 Jan 1980", "Kota Batu", 1980, 1, 1),
            ("Tanjung Karang Barat, 31/12/1999", "Tanjung Karang Barat", 1999, 12, 31),
            ("Tanjung Karang Barat 31.12.1999", "Tanjung Karang Barat", 1999, 12, 31),
            ("Batu, Malang, 1 Januari 1980", "Batu, Malang", 1980, 1, 1),
            ("  Blitar, 1980-01-01  ", "Blitar", 1980, 1, 1),
        ])
    func split(text: String, place: String, year: Int, month: Int, day: Int) throws {
        // when
        let both = try #require(WrittenDate.parsePlaceAndDate(text))
        // then
        #expect(both.place == place)
        #expect(both.date == CivilDate(year: year, month: month, day: day))
    }

    @Test(
        "no readable date, no split",
        arguments: [
            "Malang", "Malang, kemarin", "Malang, 05/08/68", "Malang 5 Agustus 68", "Malang, 31/02/1990", "", ",",
        ])
    func refused(text: String) {
        #expect(WrittenDate.parsePlaceAndDate(text) == nil)
    }

    @Test("random text never crashes the splitter")
    func fuzz() async {
        await propertyCheck(count: 3000, input: Gens.anyText) { text in
            guard let both = WrittenDate.parsePlaceAndDate(text) else { return }
            #expect(DayNumber.exists(year: both.date.year, month: both.date.month, day: both.date.day))
        }
    }
}

@Suite("Dates and times typed into forms") struct TypedDateAndTimeTests {
    @Test(arguments: [
        ("05/08/2026", "2026-08-05"), ("05082026", "2026-08-05"), ("5-8-2026", "2026-08-05"),
        ("5.8.2026", "2026-08-05"), ("5 Agustus 2026", "2026-08-05"), ("2026-08-05", "2026-08-05"),
    ])
    func dayComesFirst(typed: String, iso: String) {
        #expect(CivilDate(written: typed)?.description == iso)
        #expect(CivilDate(written: typed)?.slashed == "05/08/2026")
    }

    @Test func whatIsNotADateIsRefused() {
        for typed in ["31/02/2026", "31022026", "5/8/26", "0508202", "13/13/2026", "2026/08/05", ""] {
            #expect(CivilDate(written: typed) == nil, "\(typed)")
        }
    }

    @Test func timesAsIndonesiansWriteThem() {
        for (typed, kept) in [
            ("13.30", "13:30"), ("13:30", "13:30"), ("1330", "13:30"), ("9.00", "09:00"), ("9", "09:00"),
            ("09:05", "09:05"), (" 7.15 ", "07:15"),
        ] {
            #expect(ClockTime.parse(typed) == kept, "\(typed)")
        }
        for typed in ["24.00", "13.60", "13.3", "1.30.00", "", "jam 9", "-1"] {
            #expect(ClockTime.parse(typed) == nil, "\(typed)")
        }
    }
}
