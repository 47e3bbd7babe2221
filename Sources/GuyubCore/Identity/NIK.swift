import Foundation

/// Nomor Induk Kependudukan: 16 digits = province(2) regency(2) district(2) DDMMYY serial(4).
/// Women's day of birth is written plus 40. There is no check digit and the century is not encoded.
package struct NIK: Hashable, Sendable, CustomStringConvertible {
    package let digits: String
    package let birthDay: Int
    package let birthMonth: Int
    /// The last two digits of the birth year.
    package let birthYearSuffix: Int
    package let gender: Gender

    package var description: String { digits }
    package var provinceCode: Int { Int(digits.prefix(2))! }

    /// Province codes of the Ministry of Home Affairs (Kemendagri), Aceh (11) to Papua Barat Daya (96).
    static let provinces: Set<Int> = [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21,
        31, 32, 33, 34, 35, 36,
        51, 52, 53,
        61, 62, 63, 64, 65,
        71, 72, 73, 74, 75, 76,
        81, 82,
        91, 92, 93, 94, 95, 96,
    ]

    package init(_ raw: String) throws(NIKError) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.range(of: #"^[0-9]+([.,][0-9]+)?[eE]\+?[0-9]+$"#, options: .regularExpression) != nil {
            throw .spreadsheetNumber
        }
        // Separators people type for readability ("3507 1201 9000 0001") are dropped; nothing else is.
        let compact = text.filter { $0 != " " && $0 != "-" && $0 != "." }
        guard !compact.isEmpty, compact.allSatisfy(\.isASCIIDigit) else { throw .notDigits }
        guard compact.count == 16 else { throw .wrongLength(compact.count) }

        func number(_ offset: Int, _ length: Int) -> Int {
            let start = compact.index(compact.startIndex, offsetBy: offset)
            return Int(compact[start..<compact.index(start, offsetBy: length)])!
        }
        guard Self.provinces.contains(number(0, 2)) else { throw .unknownProvince }
        guard number(2, 2) != 0, number(4, 2) != 0 else { throw .unknownRegion }

        var day = number(6, 2)
        let month = number(8, 2)
        let yy = number(10, 2)
        let gender: Gender = day > 40 ? .female : .male
        if gender == .female { day -= 40 }
        // The century is unknown, so 29 February is valid whenever the two-digit year is a multiple of 4
        // (1900 was not leap, but 2000 was).
        guard (1...12).contains(month), day >= 1,
            day <= CivilDate.daysIn(month: month, year: yy % 4 == 0 ? 2000 : 2001)
        else {
            throw .invalidBirthDate
        }
        guard number(12, 4) != 0 else { throw .zeroSerial }

        self.digits = compact
        self.birthDay = day
        self.birthMonth = month
        self.birthYearSuffix = yy
        self.gender = gender
    }

    /// True when `date` is the birth date the NIK encodes (day, month, and the year's last two digits).
    package func matches(birthDate date: CivilDate) -> Bool {
        date.day == birthDay && date.month == birthMonth && date.year % 100 == birthYearSuffix
    }

    /// Checks a stated gender and birth date against what the NIK encodes.
    package func crossCheck(gender stated: Gender?, birthDate: CivilDate?) throws(NIKError) {
        if let stated, stated != gender { throw .genderMismatch }
        if let birthDate, !matches(birthDate: birthDate) { throw .birthDateMismatch }
    }
}

package enum NIKError: DomainError, Equatable {
    case spreadsheetNumber // "3.51514E+15": a spreadsheet turned it into a number
    case notDigits
    case wrongLength(Int)
    case unknownProvince
    case unknownRegion
    case invalidBirthDate
    case zeroSerial
    case genderMismatch
    case birthDateMismatch

    package var code: String {
        switch self {
        case .genderMismatch: "nik_gender_mismatch"
        case .birthDateMismatch: "nik_birth_date_mismatch"
        default: "invalid_nik"
        }
    }

    package var field: String? {
        switch self {
        case .genderMismatch: "gender"
        case .birthDateMismatch: "birthDate"
        default: "nik"
        }
    }

    package var kind: ErrorKind { .invalid }
}
