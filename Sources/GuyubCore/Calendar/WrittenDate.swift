import Foundation

/// Reads a date the way Indonesians write it, in a spreadsheet or a form: `05/08/1968`, `05-08-1968`,
/// `5.8.1968`, `05081968`, `5 Agustus 1968`, `5 Agt 1968`, `5 August 1968` or `1968-08-05`. Day comes
/// before month; a two-digit year is refused rather than guessed.
package enum WrittenDate {
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["januari", "jan", "january"], ["februari", "feb", "pebruari", "peb", "february"],
            ["maret", "mar", "march"], ["april", "apr"], ["mei", "may"], ["juni", "jun", "june"],
            ["juli", "jul", "july"], ["agustus", "agu", "agt", "agus", "ags", "aug", "august"],
            ["september", "sep", "sept"], ["oktober", "okt", "oct", "october"],
            ["november", "nov", "nop", "nopember"], ["desember", "des", "dec", "december"],
        ]
        var map: [String: Int] = [:]
        for (index, words) in names.enumerated() { for word in words { map[word] = index + 1 } }
        return map
    }()

    package static func parse(_ raw: String) -> CivilDate? {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if let iso = CivilDate(iso: text) { return iso }
        if text.count == 8, let day = number(String(text.prefix(2)), digits: 2...2),
            let month = number(String(text.dropFirst(2).prefix(2)), digits: 2...2),
            let year = number(String(text.suffix(4)), digits: 4...4)
        {
            return CivilDate(year: year, month: month, day: day)
        }
        let numeric = text.split(whereSeparator: { "/-.".contains($0) }).map(String.init)
        if numeric.count == 3, let day = number(numeric[0], digits: 1...2), let month = number(numeric[1], digits: 1...2),
            let year = number(numeric[2], digits: 4...4)
        {
            return CivilDate(year: year, month: month, day: day)
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
        if words.count == 3, let day = number(words[0], digits: 1...2),
            let month = months[words[1].trimmingCharacters(in: ["."])],
            let year = number(words[2], digits: 4...4)
        {
            return CivilDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// `text` as a number when it is only ASCII digits, as many as `digits` allows (no sign, unlike `Int(_:)`).
    private static func number(_ text: String, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.count), text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    /// Splits "Malang, 05-08-1968" or "Malang 5 Agustus 1968" into place and date; a cell holding only
    /// the date gives an empty place.
    package static func parsePlaceAndDate(_ raw: String) -> (place: String, date: CivilDate)? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        func place(_ part: some StringProtocol) -> String {
            part.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",")))
        }
        if let date = parse(text) { return ("", date) }
        if let comma = text.lastIndex(of: ","), let date = parse(String(text[text.index(after: comma)...])) {
            return (place(text[..<comma]), date)
        }
        let words = text.split(separator: " ")
        for count in [3, 1] where words.count > count {
            if let date = parse(words.suffix(count).joined(separator: " ")) {
                return (place(words.dropLast(count).joined(separator: " ")), date)
            }
        }
        return nil
    }
}
