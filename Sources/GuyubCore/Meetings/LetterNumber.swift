/// The number of a cooperative's letter as Indonesian offices write it: the letter's sequence in the
/// year, its kind, the month in Roman numerals and the year — `003/UND-RAT/II/2026`.
package enum LetterNumber {
    package static func make(sequence: Int, kind: String, on date: CivilDate) -> String {
        let digits = String(sequence)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits + "/\(kind)/\(roman(date.month))/\(date.year)"
    }

    /// I … XII.
    package static func roman(_ month: Int) -> String {
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][(month - 1) % 12]
    }
}
