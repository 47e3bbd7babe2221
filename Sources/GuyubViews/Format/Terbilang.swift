/// An amount in words, as a receipt or a bank slip writes it under the figures ("terbilang"):
/// `1.250.000` → "satu juta dua ratus lima puluh ribu rupiah", or in English "one million two hundred
/// fifty thousand rupiah". Whole rupiah only (rupiah has no cents in practice); the whole `Int64`
/// range is covered, up to kuintiliun (10¹⁸).
extension Format {
    /// The amount in words in the page's language, followed by "rupiah".
    package func amountInWords(_ rupiah: Int64) -> String {
        let words = language == .id ? Self.indonesianWords(rupiah) : Self.englishWords(rupiah)
        return "\(words) rupiah"
    }

    // MARK: Indonesian

    private static let satuan = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
    /// 10³ⁿ: ribu, juta, miliar (KBBI spelling, not "milyar"), triliun, kuadriliun, kuintiliun.
    private static let skalaID = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun", "kuintiliun"]

    /// A number in Indonesian words, without a unit: 0 is "nol"; "se-" stands for one before ratus,
    /// ribu, puluh and belas ("seratus", "seribu", "sepuluh", "sebelas") but not before juta and
    /// above ("satu juta", as banks write it).
    package static func indonesianWords(_ number: Int64) -> String {
        if number == 0 { return "nol" }
        var words: [String] = []
        for (scale, group) in groupsOfThousand(number.magnitude).enumerated().reversed() where group > 0 {
            if scale == 1 && group == 1 {
                words.append("seribu")
            } else {
                words += indonesianBelowThousand(group)
                if scale > 0 { words.append(skalaID[scale]) }
            }
        }
        return (number < 0 ? "minus " : "") + words.joined(separator: " ")
    }

    private static func indonesianBelowThousand(_ n: Int) -> [String] {
        var words: [String] = []
        let hundreds = n / 100
        let rest = n % 100
        if hundreds == 1 { words.append("seratus") } else if hundreds > 1 { words += [satuan[hundreds], "ratus"] }
        switch rest {
        case 0: break
        case 1...9: words.append(satuan[rest])
        case 10: words.append("sepuluh")
        case 11: words.append("sebelas")
        case 12...19: words += [satuan[rest - 10], "belas"]
        default:
            words += [satuan[rest / 10], "puluh"]
            if rest % 10 > 0 { words.append(satuan[rest % 10]) }
        }
        return words
    }

    // MARK: English

    private static let small = [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen",
    ]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    /// The short scale, as English uses it today.
    private static let scaleEN = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"]

    /// A number in English words, without a unit, the way a cheque writes it: no "and", compound tens
    /// hyphenated ("one million two hundred fifty thousand", "twenty-one"); 0 is "zero".
    package static func englishWords(_ number: Int64) -> String {
        if number == 0 { return "zero" }
        var words: [String] = []
        for (scale, group) in groupsOfThousand(number.magnitude).enumerated().reversed() where group > 0 {
            let hundreds = group / 100
            let rest = group % 100
            if hundreds > 0 { words += [small[hundreds], "hundred"] }
            if rest >= 20 {
                words.append(tens[rest / 10] + (rest % 10 > 0 ? "-" + small[rest % 10] : ""))
            } else if rest > 0 {
                words.append(small[rest])
            }
            if scale > 0 { words.append(scaleEN[scale]) }
        }
        return (number < 0 ? "minus " : "") + words.joined(separator: " ")
    }

    // MARK: Both

    /// The groups of three digits, lowest first: 1.250.000 → [0, 250, 1].
    private static func groupsOfThousand(_ magnitude: UInt64) -> [Int] {
        var groups: [Int] = []
        var rest = magnitude
        repeat {
            groups.append(Int(rest % 1000))
            rest /= 1000
        } while rest > 0
        return groups
    }
}
