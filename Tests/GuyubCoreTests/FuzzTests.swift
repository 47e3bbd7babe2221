import Foundation
import GuyubCore
import PropertyBased
import Testing

// Hostile input for the parsers of untrusted text: what members, tellers and spreadsheets type (NIKs,
// phone numbers, amounts, dates, whole member lists), generated near the valid forms and far from them.
// Each parser is checked against an oracle written here from the rules in its documentation, sharing
// no code with it, so a parser that crashes, accepts what the rules refuse or refuses what they accept
// fails, with the generated text in the message.

/// Pieces that hostile and careless input is made of: digits, signs, separators, every kind of white
/// space, NUL and other controls, a combining mark, digits of other scripts, month names, quotes, very
/// long digit runs, emoji.
enum Hostile {
    static let pieces: [String] = [
        "0", "1", "2", "3", "5", "8", "9", "00", "08", "12", "29", "31", "35", "62", "2024", "1968", "0001",
        "+", "-", ".", ",", "/", "(", ")", "e", "E", "E+15", "+62", "0062", "Rp", "IDR",
        " ", "  ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2007}", "\u{3000}", "\u{FEFF}", "\u{200B}",
        "\u{0000}", "\u{0007}", "\u{0301}", "\u{20E3}", "\u{FE0F}", "١", "٣", "०", "５", "٫",
        "Agustus", "agt.", "Feb", "Pebruari", "DES", "x", "O", "l", "\"", "'", ";", "💰", "👨‍👩‍👧",
        "99999999999999999999", "9223372036854775808",
    ]

    /// Text made of `pieces`, up to 24 of them.
    static let text: Generator<String, some SendableSequenceType> = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...24).map {
        picks in
        picks.map { pieces[$0] }.joined()
    }

    /// One edit of a text: (what, where, which piece). What: 0 insert, 1 delete, 2 replace, 3 duplicate.
    static let edits: Generator<[(Int, Int, Int)], some SendableSequenceType> = zip(
        Gen.int(in: 0...3), Gen.int(in: 0...63), Gen.int(in: 0...(pieces.count - 1))
    )
    .array(of: 0...4)

    /// `base` with `edits` applied, position by position on its characters.
    static func apply(_ edits: [(Int, Int, Int)], to base: String) -> String {
        var characters = Array(base)
        for (what, at, piece) in edits {
            let position = characters.isEmpty ? 0 : at % (characters.count + (what == 0 ? 1 : 0))
            switch what {
            case 0: characters.insert(contentsOf: Array(pieces[piece]), at: position)
            case 1 where !characters.isEmpty: characters.remove(at: position)
            case 2 where !characters.isEmpty: characters.replaceSubrange(position...position, with: Array(pieces[piece]))
            case 3 where !characters.isEmpty: characters.insert(characters[position], at: position)
            default: break
            }
        }
        return String(characters)
    }
}

/// The unicode scalars of `text` that are not in `removed`.
private func scalars(_ text: String, removing removed: Set<Unicode.Scalar> = []) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { !removed.contains($0) }
}

private func isDigit(_ s: Unicode.Scalar) -> Bool { (48...57).contains(s.value) }

// MARK: - NIK

/// The NIK's rules (NIK.swift's documentation, Dukcapil's structure): blanks around it and the
/// separators space, dash and dot dropped; then 16 ASCII digits: a Kemendagri province, a regency and
/// a district other than 00, a birth date DDMMYY (women's day + 40; 29 February whenever YY is a
/// multiple of 4), a serial other than 0000. A spreadsheet's scientific notation is named as such.
enum NIKOracle {
    enum Verdict: Equatable {
        case accepted(String), spreadsheetNumber, notDigits, wrongLength(Int), unknownProvince, unknownRegion,
            invalidBirthDate, zeroSerial
    }

    static func judge(_ raw: String) -> Verdict {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if isScientific(Array(text.unicodeScalars)) { return .spreadsheetNumber }
        let compact = scalars(text, removing: [" ", "-", "."])
        guard !compact.isEmpty, compact.allSatisfy(isDigit) else { return .notDigits }
        guard compact.count == 16 else { return .wrongLength(compact.count) }
        let d = compact.map { Int($0.value) - 48 }
        func number(_ at: Int, _ length: Int) -> Int { d[at..<(at + length)].reduce(0) { $0 * 10 + $1 } }
        guard NIKFixture.provinces.contains(number(0, 2)) else { return .unknownProvince }
        guard number(2, 2) != 0, number(4, 2) != 0 else { return .unknownRegion }
        let written = number(6, 2)
        let month = number(8, 2)
        let yy = number(10, 2)
        let day = written > 40 ? written - 40 : written
        let lengths = [31, yy % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), day >= 1, day <= lengths[month - 1] else { return .invalidBirthDate }
        guard number(12, 4) != 0 else { return .zeroSerial }
        return .accepted(String(String.UnicodeScalarView(compact)))
    }

    /// digits, optionally [.,] and digits, then e or E, an optional +, and digits; then nothing, or one
    /// line break (the parser's regular expression ends in `$`, which allows one; the text is refused
    /// either way, and naming the spreadsheet is the more helpful reason).
    static func isScientific(_ text: [Unicode.Scalar]) -> Bool {
        var s = text
        if s.last == "\n" || s.last == "\r" || s.last == "\u{85}" || s.last == "\u{2028}" || s.last == "\u{2029}" {
            if s.count >= 2, s[s.count - 2] == "\r", s.last == "\n" { s.removeLast() }
            s.removeLast()
        }
        var i = 0
        func digits() -> Bool {
            let start = i
            while i < s.count, isDigit(s[i]) { i += 1 }
            return i > start
        }
        guard digits() else { return false }
        if i < s.count, s[i] == "." || s[i] == "," {
            i += 1
            guard digits() else { return false }
        }
        guard i < s.count, s[i] == "e" || s[i] == "E" else { return false }
        i += 1
        if i < s.count, s[i] == "+" { i += 1 }
        return digits() && i == s.count
    }

    static func verdict(of text: String) -> Verdict {
        do {
            return .accepted(try NIK(text).digits)
        } catch {
            switch error {
            case .spreadsheetNumber: return .spreadsheetNumber
            case .notDigits: return .notDigits
            case .wrongLength(let n): return .wrongLength(n)
            case .unknownProvince: return .unknownProvince
            case .unknownRegion: return .unknownRegion
            case .invalidBirthDate: return .invalidBirthDate
            case .zeroSerial: return .zeroSerial
            case .genderMismatch, .birthDateMismatch: return .notDigits // never thrown by init
            }
        }
    }

    /// Valid NIKs, built from their parts.
    static let valid: Generator<String, some SendableSequenceType> = zip(
        Gen<Int?>.element(of: NIKFixture.provinces).map { $0! }, Gen.int(in: 1...99), Gen.int(in: 1...99),
        Gens.civilDate(years: 1930...2029), Gen.bool(), Gen.int(in: 1...9999)
    )
    .map { province, regency, district, date, female, serial in
        NIKFixture.nik(
            province: province, regency: regency, district: district, day: date.day, month: date.month,
            yearSuffix: date.year, female: female, serial: serial)
    }
}

@Suite("Fuzz: NIK")
struct NIKFuzzTests {
    @Test("valid NIKs with hostile edits: the parser agrees with the rules on every one")
    func mutated() async {
        await propertyCheck(count: 4000, input: NIKOracle.valid, Hostile.edits) { nik, edits in
            // given
            let text = Hostile.apply(edits, to: nik)
            // when
            let verdict = NIKOracle.verdict(of: text)
            // then
            #expect(verdict == NIKOracle.judge(text), "\(text.debugDescription)")
        }
    }

    @Test("hostile text: the parser agrees with the rules, and what it accepts parses again to itself")
    func hostile() async {
        await propertyCheck(count: 4000, input: Hostile.text) { text in
            // when
            let verdict = NIKOracle.verdict(of: text)
            // then
            #expect(verdict == NIKOracle.judge(text), "\(text.debugDescription)")
            if case .accepted(let digits) = verdict { #expect((try? NIK(digits))?.digits == digits) }
        }
    }

    @Test("any 16 ASCII digits, separated or not: the parser agrees with the rules")
    func digits() async {
        await propertyCheck(count: 4000, input: Gen.number.string(of: 16), Gen.int(in: 0...4)) { digits, style in
            // given: as typed, grouped 4-4-4-4, as province.regency.district.birth.serial, padded
            let d = Array(digits)
            let text =
                switch style {
                case 0: digits
                case 1: [d[0..<4], d[4..<8], d[8..<12], d[12..<16]].map { String($0) }.joined(separator: " ")
                case 2: [d[0..<2], d[2..<4], d[4..<6], d[6..<12], d[12..<16]].map { String($0) }.joined(separator: ".")
                case 3: "  " + digits + "\t"
                default: [d[0..<6], d[6..<12], d[12..<16]].map { String($0) }.joined(separator: "-")
                }
            // then
            #expect(NIKOracle.verdict(of: text) == NIKOracle.judge(text), "\(text.debugDescription)")
        }
    }
}

// MARK: - Phone numbers

/// PhoneNumber's rules: the characters space - . ( ) / and no-break space dropped; "+" or "00" must be
/// followed by 62; then ASCII digits only; 62 or one 0 in front dropped; what is left starts with 8 and
/// has 9 to 12 digits; written +62 and that.
enum PhoneOracle {
    static func judge(_ raw: String) -> String? {
        var s = scalars(raw, removing: [" ", "-", ".", "(", ")", "/", "\u{00A0}"])
        var international = false
        if s.first == "+" {
            s.removeFirst()
            international = true
        } else if s.starts(with: ["0", "0"]) {
            s.removeFirst(2)
            international = true
        }
        guard !s.isEmpty, s.allSatisfy(isDigit) else { return nil }
        let national: ArraySlice<Unicode.Scalar>
        if s.starts(with: ["6", "2"]) {
            national = s.dropFirst(2)
        } else if international {
            return nil
        } else if s.first == "0" {
            national = s.dropFirst()
        } else {
            national = s[...]
        }
        guard national.first == "8", (9...12).contains(national.count) else { return nil }
        return "+62" + String(String.UnicodeScalarView(Array(national)))
    }

    /// Mobile numbers written the ways people write them.
    static let written: Generator<String, some SendableSequenceType> = zip(
        Gen.number.string(of: 8...11), Gen.int(in: 0...5), Gen<String?>.element(of: [" ", "-", ".", "", " - ", "/"]).map { $0! }
    )
    .map { rest, form, separator -> String in
        let n = "8" + rest
        let grouped = stride(from: 0, to: n.count, by: 4).map { i -> String in
            let start = n.index(n.startIndex, offsetBy: i)
            return String(n[start..<n.index(start, offsetBy: min(4, n.count - i))])
        }.joined(separator: separator)
        return ["0" + n, "+62" + n, "62" + n, "0062 " + grouped, "(0" + grouped + ")", "+62 " + grouped][form]
    }
}

@Suite("Fuzz: phone numbers")
struct PhoneFuzzTests {
    @Test("mobile numbers with hostile edits: the parser agrees with the rules on every one")
    func mutated() async {
        await propertyCheck(count: 4000, input: PhoneOracle.written, Hostile.edits) { phone, edits in
            // given
            let text = Hostile.apply(edits, to: phone)
            // when
            let parsed = try? PhoneNumber(text)
            // then
            #expect(parsed?.e164 == PhoneOracle.judge(text), "\(text.debugDescription)")
        }
    }

    @Test("hostile text: the parser agrees with the rules, and the national form reads back to the same number")
    func hostile() async {
        await propertyCheck(count: 4000, input: Hostile.text) { text in
            // when
            let parsed = try? PhoneNumber(text)
            // then
            #expect(parsed?.e164 == PhoneOracle.judge(text), "\(text.debugDescription)")
            if let parsed { #expect((try? PhoneNumber(parsed.national)) == parsed) }
        }
    }
}

// MARK: - Amounts

/// Amount's rules, written as the patterns people use rather than as the parser's steps: blanks around it
/// dropped; an optional `Rp` (or `Rp.`) and blanks before, an optional `,-` after; then plain digits, or
/// digits with one decimal comma or dot (a dot before exactly three digits groups thousands when the
/// currency has fewer than three decimals and at most three digits come before it), or thousands grouped by
/// dots (decimal comma) or by commas
/// (decimal dot). Decimals beyond the currency's must be zeros; less than 10^18 minor units.
enum AmountOracle {
    enum Verdict: Equatable { case value(Int64), invalid, tooManyDecimals, tooLarge }

    static func judge(_ raw: String, decimals: Int) -> Verdict {
        var s = Substring(raw.trimmingCharacters(in: .whitespacesAndNewlines))
        if s.count >= 2, ["rp"].contains(s.prefix(2).lowercased()) {
            s = s.dropFirst(2)
            if s.first == "." { s = s.dropFirst() }
            s = s.drop { $0.isWhitespace }
        }
        if s.hasSuffix(",-") || s.hasSuffix(".-") { s = s.dropLast(2) }
        let text = String(s)
        // The whole text, not up to a final line break (which `$` lets through).
        func matches(_ pattern: String) -> Bool {
            text.range(of: pattern, options: .regularExpression) == text.startIndex..<text.endIndex
        }
        let whole: String
        let fraction: String
        if matches("^[0-9]+$") {
            (whole, fraction) = (text, "")
        } else if matches("^[0-9]{1,3},[0-9]{3}$") && decimals < 3 {
            return .invalid // 250,000: thousands or decimals — refused as ambiguous
        } else if matches("^[0-9]+,[0-9]+$") || matches("^[0-9]{1,3}(\\.[0-9]{3})+,[0-9]+$") {
            let halves = text.split(separator: ",")
            (whole, fraction) = (halves[0].replacingOccurrences(of: ".", with: ""), String(halves[1]))
        } else if matches("^[0-9]+\\.[0-9]+$") {
            let halves = text.split(separator: ".")
            let grouped = halves[0].count <= 3 && halves[1].count == 3 && decimals < 3
            (whole, fraction) = grouped ? (halves.joined(), "") : (String(halves[0]), String(halves[1]))
        } else if matches("^[0-9]{1,3}(\\.[0-9]{3}){2,}$") || matches("^[0-9]{1,3}(,[0-9]{3}){2,}$") {
            (whole, fraction) = (text.filter(\.isNumber), "")
        } else if matches("^[0-9]{1,3}(,[0-9]{3})+\\.[0-9]+$") {
            let halves = text.split(separator: ".")
            (whole, fraction) = (halves[0].replacingOccurrences(of: ",", with: ""), String(halves[1]))
        } else {
            return .invalid
        }
        guard fraction.dropFirst(min(decimals, fraction.count)).allSatisfy({ $0 == "0" }) else { return .tooManyDecimals }
        let kept = fraction.prefix(decimals)
        var value: UInt64 = 0 // below 10^18 before each step, so never above 10^19 + 9 < UInt64.max
        for digit in (whole + kept + String(repeating: "0", count: decimals - kept.count)).unicodeScalars {
            value = value * 10 + UInt64(digit.value - 48)
            if value >= 1_000_000_000_000_000_000 { return .tooLarge }
        }
        return .value(Int64(value))
    }

    static func verdict(of text: String, decimals: Int) -> Verdict {
        do { return .value(try Amount.parse(text, decimals: decimals)) } catch {
            switch error {
            case .tooManyDecimals: return .tooManyDecimals
            case .tooLarge: return .tooLarge
            default: return .invalid
            }
        }
    }

    /// Amounts as clients and people write them: digits, maybe grouped by dots or commas, maybe a fraction
    /// after a dot or a comma, maybe `Rp` before or `,-` after, maybe blanks around.
    static let written: Generator<String, some SendableSequenceType> = zip(
        Gen.number.string(of: 1...20), Gen.number.string(of: 0...5).optional(), Gen.int(in: 0...2), Gen.int(in: 0...5)
    )
    .map { whole, fraction, pad, style -> String in
        let blank = ["", " ", "\t"][pad]
        let group: String? = [nil, ".", ","][style % 3]
        var written = whole
        if let group {
            var grouped = ""
            for (i, c) in whole.enumerated() {
                if i > 0 && (whole.count - i) % 3 == 0 { grouped += group }
                grouped.append(c)
            }
            written = grouped
        }
        let mark = group == "." || (group == nil && style > 2) ? "," : "."
        let prefix = ["", "Rp ", "Rp", "rp. "][style % 4]
        return blank + prefix + written + (fraction.map { mark + $0 } ?? "") + (style == 5 ? ",-" : "") + blank
    }
}

@Suite("Fuzz: amounts")
struct AmountFuzzTests {
    @Test("written amounts, with and without hostile edits: the parser agrees with the rules")
    func mutated() async {
        await propertyCheck(count: 4000, input: AmountOracle.written, Hostile.edits, Gen.int(in: 0...4)) {
            amount, edits, decimals in
            for text in [amount, Hostile.apply(edits, to: amount)] {
                #expect(
                    AmountOracle.verdict(of: text, decimals: decimals) == AmountOracle.judge(text, decimals: decimals),
                    "\(text.debugDescription) with \(decimals) decimals")
            }
        }
    }

    @Test("hostile text: the parser agrees with the rules")
    func hostile() async {
        await propertyCheck(count: 4000, input: Hostile.text, Gen.int(in: 0...4)) { text, decimals in
            #expect(
                AmountOracle.verdict(of: text, decimals: decimals) == AmountOracle.judge(text, decimals: decimals),
                "\(text.debugDescription) with \(decimals) decimals")
        }
    }

    @Test("any Int64 is written with exactly the currency's decimals, and what can be parsed reads back to itself")
    func roundTrip() async {
        await propertyCheck(count: 4000, input: Gen.int64(), Gen.int(in: 0...4)) { minor, decimals in
            // when
            let text = Amount.string(minor, decimals: decimals)
            // then: the form the API description states for money
            let pattern = decimals == 0 ? "^-?[0-9]+$" : "^-?[0-9]+\\.[0-9]{\(decimals)}$"
            #expect(text.range(of: pattern, options: .regularExpression) != nil, "\(minor) → \(text)")
            if minor >= 0, minor < 1_000_000_000_000_000_000 {
                #expect((try? Amount.parse(text, decimals: decimals)) == minor, "\(text)")
            } else if minor < 0 {
                #expect(throws: AmountError.invalid, "a sign is refused: \(text)") { try Amount.parse(text, decimals: decimals) }
            }
        }
    }

    @Test(
        "a positive amount is one the parser reads as more than zero and at most the ceiling; nothing, zero or more is refused with its reason"
    )
    func positive() async {
        await propertyCheck(count: 3000, input: AmountOracle.written.optional(), Gen.int(in: 0...2)) { text, decimals in
            // when
            let result = Result { () throws(AmountError) in try Amount.positive(text, decimals: decimals) }
            // then
            switch (text, AmountOracle.judge(text ?? "", decimals: decimals), result) {
            case (nil, _, .failure(let error)), ("", _, .failure(let error)): #expect(error == .missing)
            case (_, .value(0), .failure(let error)): #expect(error == .notPositive)
            case (_, .value(let v), .failure(let error)) where v > Amount.ceiling: #expect(error == .tooLarge)
            case (_, .value(let v), .success(let parsed)): #expect(parsed == v && v > 0 && v <= Amount.ceiling)
            case (_, .value, .failure(let error)): Issue.record("\(text.debugDescription) refused: \(error)")
            case (_, _, .success(let v)): Issue.record("\(text.debugDescription) accepted as \(v)")
            case (_, _, .failure): break
            }
        }
    }
}

// MARK: - Written dates

@Suite("Fuzz: written dates")
struct WrittenDateFuzzTests {
    static let monthNames = [
        "januari", "jan", "February", "peb", "MARET", "apr", "mei", "Juni", "jul", "Agustus", "agt.",
        "sept", "okt", "Nopember", "des", "december",
    ]
    static let monthOfName = [1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 12]

    @Test("day, month and year in every written form, possible or not: read exactly when the date exists")
    func forms() async {
        await propertyCheck(
            count: 5000, input: Gen.int(in: 0...40), Gen.int(in: 0...14), Gen.int(in: 0...10_050),
            Gen.int(in: 0...5), Gen.int(in: 0...(Self.monthNames.count - 1))
        ) { day, month, year, form, name in
            // given
            func pad(_ n: Int, _ width: Int) -> String {
                String(repeating: "0", count: max(0, width - String(n).count)) + String(n)
            }
            let (text, expected): (String, CivilDate?) =
                switch form {
                case 0: ("\(pad(day, 2))/\(pad(month, 2))/\(pad(year, 4))", CivilDate(year: year, month: month, day: day))
                case 1: ("\(day)-\(month)-\(pad(year, 4))", CivilDate(year: year, month: month, day: day))
                case 2: ("\(day).\(month).\(pad(year, 4))", CivilDate(year: year, month: month, day: day))
                case 3: ("\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))", CivilDate(year: year, month: month, day: day))
                case 4:
                    (
                        "\(day) \(Self.monthNames[name]) \(pad(year, 4))",
                        CivilDate(year: year, month: Self.monthOfName[name], day: day)
                    )
                default:
                    (
                        "\(day)-\(Self.monthNames[name])-\(pad(year, 4))",
                        CivilDate(year: year, month: Self.monthOfName[name], day: day)
                    )
                }
            // then: CivilDate(year:month:day:) is nil for a date that does not exist or lies outside 1–9999
            let exists = expected != nil && DayNumber.exists(year: year, month: expected!.month, day: day)
            #expect(WrittenDate.parse(text) == (exists ? expected : nil), "\(text)")
        }
    }

    @Test("real dates with hostile edits, and hostile text: never a crash, and what is read exists")
    func hostile() async {
        await propertyCheck(count: 4000, input: Gens.civilDate(years: 1900...2100), Hostile.edits, Hostile.text) {
            date, edits, text in
            for input in [
                Hostile.apply(edits, to: "\(date.day) Agustus \(date.year)"),
                Hostile.apply(edits, to: date.description), text, "Malang, " + text,
            ] {
                // when
                let read = WrittenDate.parse(input)
                let split = WrittenDate.parsePlaceAndDate(input)
                // then
                if let read {
                    #expect(DayNumber.exists(year: read.year, month: read.month, day: read.day), "\(input.debugDescription)")
                }
                if let split { #expect(DayNumber.exists(year: split.date.year, month: split.date.month, day: split.date.day)) }
                if read != nil { #expect(split?.date == read && split?.place == "", "\(input.debugDescription)") }
            }
        }
    }

    @Test("a day and a year are read only from ASCII digits, with no sign")
    func yearDigits() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 1...28), Gen.int(in: 1...999), Gen.int(in: 0...2)) {
            day, year, sign in
            // given: a sign in front of a number that Int(_:) would read
            let text = [
                "\(day) Agustus +\(String(repeating: "0", count: 3 - String(year).count))\(year)",
                "+\(day) Agustus 1968", "\(day) Agustus 1968",
            ][sign]
            // then
            #expect((WrittenDate.parse(text) != nil) == (sign == 2), "\(text)")
        }
    }
}

// MARK: - Member lists

/// Member lists as careless and hostile spreadsheets hold them: columns under any of their spellings,
/// in any order, among others; rows short, long, blank, padded, with valid and broken cells, and NIKs
/// that repeat.
enum SheetFuzz {
    static let spellings: [MemberSheet.Column: [String]] = [
        .name: ["Nama", "NAMA LENGKAP", "name", "Nama Anggota"],
        .nik: ["NIK", "No. KTP", "nik", "Nomor Induk Kependudukan"],
        .phone: ["No. HP", "No. WA", "phone", "Telepon", "No HP/WA"],
        .address: ["Alamat", "address", "Alamat Lengkap"],
        .birthPlace: ["Tempat Lahir", "place of birth"],
        .birthDate: ["Tgl Lahir", "birth date", "Tanggal Lahir"],
        .birthPlaceAndDate: ["Tempat/Tgl Lahir", "TTL"],
        .gender: ["L/P", "JK", "gender", "Jenis Kelamin"],
        .joinedOn: ["Tgl Masuk", "joined", "Tanggal Masuk"],
    ]
    /// Headers no column is known by.
    static let others = ["No", "Simp. Pokok", "Keterangan", "", "RT/RW", "Catatan 2"]

    /// Per column: values a careful clerk writes (the first list; "" is a cell left empty), and broken
    /// ones. A cell is valid seven times in ten, broken a quarter of the time, hostile text otherwise.
    static let cells: [MemberSheet.Column: (valid: [String], broken: [String])] = [
        .name: (
            ["Budi Santoso", "  Siti   Aminah ", "Ñoño", "A"],
            ["", "\n", String(repeating: "x", count: 121), "Ani \u{0000}", "👨‍👩‍👧"]
        ),
        .nik: (
            ["3507241208900001", "3507 2412 0890 0002", "3507245012720003", "3507240101850003", "1107010101010001"],
            ["3.51514E+15", "350724120890001", "3507241308900004", "35072412089O0005", "", "3507241208900000"]
        ),
        .phone: (
            ["0812-3456-7890", "+62 813 9876 5432", "(0812) 3456 7890", "085712345678"],
            ["12345", "", "08123456789012345", "+81 90 1234 5678", "0212345678"]
        ),
        .address: (
            ["Dusun Krajan RT 02/RW 01", "Jl. \"Mawar\"; 5", "Ngemplak"],
            ["", " ", String(repeating: "Jl. ", count: 130)]
        ),
        .birthPlace: (["Malang", ""], [String(repeating: "M", count: 121)]),
        .birthDate: (["", "", "12-08-1990"], ["10/12/1972", "31/02/2021", "kemarin", "1990-08-13"]),
        .birthPlaceAndDate: (
            ["", "Malang, 12-08-1990", "12 Agustus 1990"], ["Malang", "Blitar 10 Desember 1972", ", 1-1-1985"]
        ),
        .gender: (["", "", "L", "laki-laki "], ["P", "X", " perempuan "]),
        .joinedOn: (["", "05/01/2019", "2020-03-01"], ["31/02/2021", "besok"]),
    ]
    static let junk = Hostile.pieces

    struct Sheet: CustomStringConvertible, Sendable {
        let header: [String]
        let columns: [MemberSheet.Column?]
        let rows: [[String]]
        var description: String {
            ([header] + rows).map { $0.map(\.debugDescription).joined(separator: ",") }.joined(separator: "\n")
        }
    }

    static func cell(_ column: MemberSheet.Column?, _ pick: Int) -> String {
        guard let column, pick % 20 != 19 else { return junk[pick % junk.count] }
        let (valid, broken) = cells[column]!
        return pick % 20 < 14 ? valid[(pick / 20) % valid.count] : broken[(pick / 20) % broken.count]
    }

    /// Which optional columns a sheet has (a bit each), spellings, the order, and the rows: a shape
    /// (0 short, 1 blank, 2 with two cells too many, otherwise full) and a pick per cell.
    static let sheet: Generator<Sheet, some SendableSequenceType> = zip(
        Gen.int(in: 0...31), Gen.int(in: 0...99).array(of: 13),
        zip(Gen.int(in: 0...9), Gen.int(in: 0...9999).array(of: 13)).array(of: 0...10)
    ).map { optional, spellingPicks, rowPicks -> Sheet in
        var columns: [MemberSheet.Column?] = MemberSheet.requiredColumns
        for (bit, column) in [MemberSheet.Column.birthPlace, .birthDate, .birthPlaceAndDate, .gender, .joinedOn].enumerated()
        where optional & (1 << bit) != 0 { columns.append(column) }
        columns += [nil, nil] // two columns nobody reads
        // A shuffle decided by the picks, so the same picks give the same sheet.
        columns = columns.enumerated().sorted {
            (spellingPicks[$0.offset] * 31 + $0.offset) % 13 < (spellingPicks[$1.offset] * 31 + $1.offset) % 13
        }
        .map(\.element)
        let header = columns.enumerated().map { i, column in
            column.map { spellings[$0]![spellingPicks[i] % spellings[$0]!.count] } ?? others[spellingPicks[i] % others.count]
        }
        let rows = rowPicks.map { shape, picks -> [String] in
            switch shape {
            case 0: return (0..<(picks[0] % columns.count)).map { cell(columns[$0], picks[$0]) }
            case 1: return columns.indices.map { ["", " ", "\t", "\n", "\r\n"][picks[$0] % 5] }
            case 2:
                return columns.indices.map { cell(columns[$0], picks[$0]) } + [
                    junk[picks[11] % junk.count], junk[picks[12] % junk.count],
                ]
            default: return columns.indices.map { cell(columns[$0], picks[$0]) }
            }
        }
        return Sheet(header: header, columns: columns, rows: rows)
    }
}

@Suite("Fuzz: member lists")
struct MemberSheetFuzzTests {
    /// Counts what the generated sheets held, so that a generator that stops producing valid rows or
    /// repeated NIKs fails the test instead of quietly testing less.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var counts: [String: Int] = [:]
        func add(_ key: String) { lock.withLock { counts[key, default: 0] += 1 } }
    }

    @Test("random sheets: one answer per row with content, each as the row alone reads, NIKs used once")
    func sheets() async {
        let tally = Tally()
        await propertyCheck(count: 1500, input: SheetFuzz.sheet, Gen.int(in: 1...3)) { sheet, firstLine in
            // given
            let reader = try #require(try? MemberSheet(header: sheet.header), "\(sheet)")
            // when
            let results = reader.readAll(sheet.rows, firstLine: firstLine)
            // then: rows with content, in order, with their lines
            let withContent = sheet.rows.enumerated().filter { _, row in
                !row.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            }
            try #require(results.count == withContent.count, "\(sheet)")
            var firstUse: [String: Int] = [:]
            for (result, (offset, row)) in zip(results, withContent) {
                let line = firstLine + offset
                let alone = reader.read(row, line: line)
                switch result {
                case .valid(let member):
                    tally.add("valid")
                    #expect(member.line == line)
                    #expect(alone == result, "a row reads as it does alone: \(row)")
                    #expect(firstUse[member.details.nik.digits] == nil, "\(sheet)")
                    firstUse[member.details.nik.digits] = line
                    Self.checkAgainstCells(member, row: row, columns: sheet.columns)
                case .rejected(let rejectedLine, .duplicateInSheet(let first)):
                    tally.add("duplicate")
                    #expect(rejectedLine == line)
                    guard case .valid(let member) = alone else {
                        Issue.record("a duplicate must be valid alone: \(row)")
                        continue
                    }
                    #expect(firstUse[member.details.nik.digits] == first, "\(sheet)")
                case .rejected(let rejectedLine, _):
                    tally.add("rejected")
                    #expect(rejectedLine == line)
                    #expect(alone == result, "a row reads as it does alone: \(row)")
                }
            }
        }
        #expect(tally.counts["valid", default: 0] >= 200, "\(tally.counts)")
        #expect(tally.counts["duplicate", default: 0] >= 20, "\(tally.counts)")
        #expect(tally.counts["rejected", default: 0] >= 200, "\(tally.counts)")
    }

    /// A valid row's member holds what its cells say.
    static func checkAgainstCells(
        _ member: SheetMember, row: [String], columns: [MemberSheet.Column?],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        func cell(_ column: MemberSheet.Column) -> String? {
            guard let i = columns.firstIndex(of: column), i < row.count else { return nil }
            let text = row[i].trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
        let d = member.details
        #expect(
            d.name == cell(.name)?.split(whereSeparator: \.isWhitespace).joined(separator: " "), sourceLocation: sourceLocation)
        #expect(!d.name.isEmpty && d.name.count <= FieldLimit.name, sourceLocation: sourceLocation)
        #expect(d.nik.digits == cell(.nik)?.filter(\.isASCIIDigit), sourceLocation: sourceLocation)
        let phone = cell(.phone)?.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(d.phone.e164 == phone.flatMap(PhoneOracle.judge), sourceLocation: sourceLocation)
        #expect(!d.address.isEmpty && d.address.count <= FieldLimit.address, sourceLocation: sourceLocation)
        #expect(d.gender == d.nik.gender, "the gender agrees with the NIK", sourceLocation: sourceLocation)
        if let text = cell(.gender) { #expect(Gender(loose: text) == d.gender, sourceLocation: sourceLocation) }
        if let date = d.birthDate { #expect(d.nik.matches(birthDate: date), sourceLocation: sourceLocation) }
        #expect(member.joinedOn == cell(.joinedOn).flatMap(WrittenDate.parse), sourceLocation: sourceLocation)
    }
}
