import Foundation
import GuyubCore
import GuyubViews
import Testing

/// The amount in words under the figures of a receipt ("terbilang"), checked against the forms
/// Indonesian schoolbooks and bank slips use: "se-" before ratus, ribu, puluh and belas only
/// ("seratus", "seribu", "sepuluh", "sebelas", but "satu juta"), "belas" for 11–19, "miliar" as
/// KBBI spells it.
@Suite("Amounts in words (terbilang)")
struct TerbilangTests {
    @Test(
        "Indonesian, as slips and schoolbooks write them",
        arguments: [
            (Int64(0), "nol"),
            (1, "satu"), (9, "sembilan"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"), (19, "sembilan belas"),
            (20, "dua puluh"), (21, "dua puluh satu"), (99, "sembilan puluh sembilan"),
            (100, "seratus"), (101, "seratus satu"), (110, "seratus sepuluh"), (111, "seratus sebelas"),
            (200, "dua ratus"), (999, "sembilan ratus sembilan puluh sembilan"),
            (1_000, "seribu"), (1_001, "seribu satu"), (1_010, "seribu sepuluh"), (1_100, "seribu seratus"),
            (2_000, "dua ribu"), (2_019, "dua ribu sembilan belas"), (11_000, "sebelas ribu"),
            (11_111, "sebelas ribu seratus sebelas"), (21_000, "dua puluh satu ribu"),
            (50_000, "lima puluh ribu"), (100_000, "seratus ribu"), (101_000, "seratus satu ribu"),
            (175_500, "seratus tujuh puluh lima ribu lima ratus"), (201_000, "dua ratus satu ribu"),
            (1_000_000, "satu juta"), (1_001_000, "satu juta seribu"), (1_500_000, "satu juta lima ratus ribu"),
            (1_250_000, "satu juta dua ratus lima puluh ribu"), (10_000_000, "sepuluh juta"),
            (100_000_000, "seratus juta"), (1_000_000_000, "satu miliar"),
            (2_500_000_000, "dua miliar lima ratus juta"), (1_000_000_000_000, "satu triliun"),
            (1_000_000_001, "satu miliar satu"),
            (
                999_999_999_999_999,
                "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar "
                    + "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu "
                    + "sembilan ratus sembilan puluh sembilan"
            ),
            (1_000_000_000_000_000, "satu kuadriliun"),
        ] as [(Int64, String)])
    func indonesian(value: Int64, words: String) {
        #expect(Format.indonesianWords(value) == words)
    }

    @Test(
        "English, as a cheque writes them",
        arguments: [
            (Int64(0), "zero"), (7, "seven"), (13, "thirteen"), (21, "twenty-one"), (40, "forty"), (100, "one hundred"),
            (101, "one hundred one"), (999, "nine hundred ninety-nine"), (1_000, "one thousand"),
            (1_001, "one thousand one"), (250_000, "two hundred fifty thousand"),
            (1_250_000, "one million two hundred fifty thousand"), (2_000_000_000, "two billion"),
            (
                999_999_999_999_999,
                "nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred ninety-nine "
                    + "million nine hundred ninety-nine thousand nine hundred ninety-nine"
            ),
        ] as [(Int64, String)])
    func english(value: Int64, words: String) {
        #expect(Format.englishWords(value) == words)
    }

    @Test func receiptsSayRupiahInThePagesLanguage() {
        // when and check: the example of the brief, and zero.
        #expect(Format(.id).amountInWords(1_250_000) == "satu juta dua ratus lima puluh ribu rupiah")
        #expect(Format(.en).amountInWords(1_250_000) == "one million two hundred fifty thousand rupiah")
        #expect(Format(.id).amountInWords(0) == "nol rupiah")
        #expect(Format(.en).amountInWords(0) == "zero rupiah")
    }

    @Test func theWholeRangeOfAmounts() {
        // when and check: the ends of Int64 neither crash nor lose their sign.
        #expect(Format.indonesianWords(.max).hasPrefix("sembilan kuintiliun dua ratus dua puluh tiga kuadriliun"))
        #expect(Format.indonesianWords(.max).hasSuffix("delapan ratus tujuh"))
        #expect(Format.indonesianWords(.min).hasPrefix("minus sembilan kuintiliun"))
        #expect(Format.indonesianWords(.min).hasSuffix("delapan ratus delapan"))
        #expect(Format.englishWords(.max).hasPrefix("nine quintillion two hundred twenty-three quadrillion"))
        #expect(Format.indonesianWords(-1_500) == "minus seribu lima ratus")
    }

    @Test func readingTheWordsBackGivesTheNumber() {
        // given: many amounts, from a fixed-seed generator so a failure can be repeated, plus every
        // number below 2.000 and the edges of each scale.
        var generator = SplitMix64(seed: 20_261_123)
        var values: [Int64] = Array(0..<2_000)
        var power: Int64 = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, power * 9 / 10 + 11]
        }
        for _ in 0..<3_000 {
            let digits = Int(generator.next() % 18) + 1
            var limit: UInt64 = 1
            for _ in 0..<digits { limit *= 10 }
            values.append(Int64(generator.next() % limit))
        }
        for value in values {
            // when
            let indonesian = Format.indonesianWords(value)
            let english = Format.englishWords(value)
            // then: the words say the number, and never a form no one writes.
            #expect(Self.readIndonesian(indonesian) == value, "\(value): \(indonesian)")
            #expect(Self.readEnglish(english) == value, "\(value): \(english)")
            for wrong in ["satu ratus", "satu puluh", "satu belas", "sepuluh satu", "  "] {
                #expect(!indonesian.contains(wrong), "\(value): \(indonesian)")
            }
            #expect(!indonesian.hasPrefix("satu ribu"), "\(value): \(indonesian)")
            #expect(!english.contains(" and "))
        }
    }

    // MARK: Readers, written independently of the writer

    static func readIndonesian(_ words: String) -> Int64? {
        let units = [
            "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
            "sembilan": 9,
        ]
        let scales: [String: Int64] = [
            "ribu": 1_000, "juta": 1_000_000, "miliar": 1_000_000_000,
            "triliun": 1_000_000_000_000, "kuadriliun": 1_000_000_000_000_000,
            "kuintiliun": 1_000_000_000_000_000_000,
        ]
        var total: Int64 = 0
        var group: Int64 = 0
        var current: Int64 = 0
        for word in words.split(separator: " ").map(String.init) {
            if let unit = units[word] {
                current += Int64(unit)
            } else if word == "sepuluh" {
                current += 10
            } else if word == "sebelas" {
                current += 11
            } else if word == "seratus" {
                group += 100
            } else if word == "seribu" {
                total += 1_000
            } else if word == "belas" {
                current += 10
            } else if word == "puluh" {
                current *= 10
            } else if word == "ratus" {
                group += current * 100
                current = 0
            } else if let scale = scales[word] {
                total += (group + current) * scale
                group = 0
                current = 0
            } else {
                return nil
            }
        }
        return total + group + current
    }

    static func readEnglish(_ words: String) -> Int64? {
        let small = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        let tens = [
            "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90,
        ]
        let scales: [String: Int64] = [
            "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
            "trillion": 1_000_000_000_000, "quadrillion": 1_000_000_000_000_000,
            "quintillion": 1_000_000_000_000_000_000,
        ]
        var total: Int64 = 0
        var current: Int64 = 0
        for word in words.split(separator: " ").map(String.init) {
            if let index = small.firstIndex(of: word) {
                current += Int64(index)
            } else if let ten = tens[word] {
                current += Int64(ten)
            } else if word.contains("-") {
                let parts = word.split(separator: "-").map(String.init)
                guard parts.count == 2, let ten = tens[parts[0]], let unit = small.firstIndex(of: parts[1]), unit > 0
                else { return nil }
                current += Int64(ten + unit)
            } else if word == "hundred" {
                current *= 100
            } else if let scale = scales[word] {
                total += current * scale
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }
}

/// A small, well-known pseudo-random generator (Steele, Lea and Flood 2014), seeded so that every run
/// checks the same numbers.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
