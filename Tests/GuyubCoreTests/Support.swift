import Foundation
import GuyubCore
import PropertyBased
import Testing

// Shared fixtures and independent oracles for the core tests.

/// Builds NIKs from their parts, independently of the parser.
///
/// Structure of the 16 digits (province 2, regency/city 2, district 2, DDMMYY with women's day + 40,
/// serial 4 starting at 0001) as published by Dukcapil (Direktorat Jenderal Kependudukan dan Pencatatan
/// Sipil, Kemendagri), e.g. Dukcapil Kabupaten Klaten, "Arti 16 digit Nomor Induk Kependudukan (NIK)",
/// https://dukcapil.klaten.go.id/arti-16-digit-nomor-induk-kependudukan-nik ; the NIK itself is
/// established by UU No. 23 Tahun 2006 on Administrasi Kependudukan, as amended by UU No. 24 Tahun 2013.
enum NIKFixture {
    /// The 38 province codes of the Ministry of Home Affairs (Kemendagri), as listed in NIK.swift:
    /// Aceh (11) … Kepulauan Riau (21), DKI Jakarta (31) … Banten (36), Bali (51) … NTT (53),
    /// Kalimantan (61–65), Sulawesi (71–76), Maluku (81–82) and the six Papua provinces (91–96).
    static let provinces: [Int] = [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21,
        31, 32, 33, 34, 35, 36,
        51, 52, 53,
        61, 62, 63, 64, 65,
        71, 72, 73, 74, 75, 76,
        81, 82,
        91, 92, 93, 94, 95, 96,
    ]

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func four(_ n: Int) -> String { String(repeating: "0", count: 4 - String(n).count) + String(n) }

    static func nik(
        province: Int = 35, regency: Int = 7, district: Int = 24,
        day: Int, month: Int, yearSuffix: Int, female: Bool = false, serial: Int = 1
    ) -> String {
        two(province) + two(regency) + two(district)
            + two(female ? day + 40 : day) + two(month) + two(yearSuffix % 100) + four(serial)
    }
}

/// Proleptic Gregorian day numbers after Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms"
/// (days_from_civil / civil_from_days): an oracle that shares no code with CivilDate.
enum DayNumber {
    static func from(year y0: Int, month m: Int, day d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }

    static func of(_ date: CivilDate) -> Int { from(year: date.year, month: date.month, day: date.day) }

    /// A date exists when it survives the round trip through its day number.
    static func exists(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), (1...31).contains(day) else { return false }
        let back = civil(from(year: year, month: month, day: day))
        return back.year == year && back.month == month && back.day == day
    }
}

enum Gens {
    /// Real dates in `years`, uniformly by day number (so 29 February turns up at its natural rate).
    static func civilDate(years: ClosedRange<Int>) -> Generator<CivilDate, some SendableSequenceType> {
        let first = DayNumber.from(year: years.lowerBound, month: 1, day: 1)
        let last = DayNumber.from(year: years.upperBound, month: 12, day: 31)
        return Gen.int(in: first...last).map { n in
            let c = DayNumber.civil(n)
            return CivilDate(year: c.year, month: c.month, day: c.day)!
        }
    }

    /// Any Unicode scalar except the surrogate range (which has no scalar).
    static let scalar: Generator<Character, some SendableSequenceType> = Gen.int(in: 0...(0x10FFFF - 0x800)).map { v in
        Character(Unicode.Scalar(UInt32(v < 0xD800 ? v : v + 0x800))!)
    }

    /// Arbitrary text: plain ASCII, Latin-1, any scalar, or digit-heavy text with separators.
    static let anyText: Generator<String, some SendableSequenceType> =
        zip(Gen.int(in: 0...3), Gen.uint32(in: 0...(0x10FFFF - 0x800))).array(of: 0...40).map { picks in
            let digitish = Array("0123456789 -.,+eE/()")
            return String(
                picks.map { pick, raw -> Character in
                    switch pick {
                    case 0: Character(Unicode.Scalar(UInt8(raw % 128)))
                    case 1: Character(Unicode.Scalar(UInt8(raw % 256)))
                    case 2: Character(Unicode.Scalar(raw < 0xD800 ? raw : raw + 0x800)!)
                    default: digitish[Int(raw) % digitish.count]
                    }
                })
        }
}
