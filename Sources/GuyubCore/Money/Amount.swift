/// Exact money: an integer count of the currency's minor units (rupiah have none, so one unit is
/// Rp 1; a currency with 2 decimals counts cents). No floating point comes near it.
package enum Amount {
    /// The largest amount any line, entry or balance may hold: 10^15 minor units (Rp 1.000 triliun),
    /// far above any cooperative's books and far below where 64-bit arithmetic overflows, so sums of
    /// a few such amounts stay exact on both engines.
    package static let ceiling: Int64 = 1_000_000_000_000_000

    /// Reads an amount in major units as people and programs write it: `2800000`, `4314407.15`,
    /// `1.250.000`, `Rp 50.000`, `Rp50000`, `50.000,00`, `Rp 50.000,-`, `2,5`, `1,250,000.50`.
    /// A single dot between one to three digits and exactly three groups thousands (in a currency with
    /// fewer than three decimals); a single comma is the decimal mark, as Indonesians write it — but a
    /// single comma before exactly three digits (`250,000`) could be either and is refused as ambiguous,
    /// never read as Rp 250; when both appear, the last one is the decimal mark. Groups must be of three, decimals beyond the currency's must be
    /// zeros; a sign, an exponent or anything else is refused rather than guessed.
    package static func parse(_ text: String, decimals: Int) throws(AmountError) -> Int64 {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if body.lowercased().hasPrefix("rp") {
            body = body.dropFirst(2)
            if body.first == "." { body = body.dropFirst() }
            body = body.drop { $0.isWhitespace }
        }
        if body.hasSuffix(",-") || body.hasSuffix(".-") { body = body.dropLast(2) }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }) else { throw .invalid }

        let dots = body.filter { $0 == "." }.count
        let commas = body.filter { $0 == "," }.count
        let decimalMark: Character?
        let groupMark: Character?
        switch (dots, commas) {
        case (0, 0): (decimalMark, groupMark) = (nil, nil)
        case (_, 0) where dots > 1: (decimalMark, groupMark) = (nil, ".")
        case (1, 0):
            let halves = body.split(separator: ".", omittingEmptySubsequences: false)
            let grouped = (1...3).contains(halves[0].count) && halves[1].count == 3 && decimals < 3
            (decimalMark, groupMark) = grouped ? (nil, ".") : (".", nil)
        case (0, 1):
            let halves = body.split(separator: ",", omittingEmptySubsequences: false)
            if decimals < 3, (1...3).contains(halves[0].count), halves[1].count == 3 {
                throw .ambiguous(String(halves[0]), String(halves[1]))
            }
            (decimalMark, groupMark) = (",", nil)
        case (0, _): (decimalMark, groupMark) = (nil, ",")
        default:
            let last: Character = body.lastIndex(of: ".")! > body.lastIndex(of: ",")! ? "." : ","
            guard body.filter({ $0 == last }).count == 1 else { throw .invalid }
            (decimalMark, groupMark) = (last, last == "." ? "," : ".")
        }

        let halves = decimalMark.map { body.split(separator: $0, omittingEmptySubsequences: false) } ?? [body]
        let whole = halves[0]
        let fraction = halves.count == 2 ? halves[1] : ""
        guard halves.count <= 2, halves.count == 1 || !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else {
            throw .invalid
        }
        var digits = ""
        if let groupMark {
            let groups = whole.split(separator: groupMark, omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
            else { throw .invalid }
            digits = groups.joined()
        } else {
            guard !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit) else { throw .invalid }
            digits = String(whole)
        }
        guard fraction.dropFirst(min(decimals, fraction.count)).allSatisfy({ $0 == "0" }) else {
            throw .tooManyDecimals(
                decimals, read: digits.drop { $0 == "0" }.isEmpty ? "0" : String(digits.drop { $0 == "0" }),
                fraction: String(fraction))
        }
        let kept = fraction.prefix(decimals)
        let all = digits.drop { $0 == "0" } + kept + String(repeating: "0", count: decimals - kept.count)
        guard all.count <= 18, let value = Int64(all.isEmpty ? "0" : String(all)) else { throw .tooLarge }
        return value
    }

    /// Parses an amount that must be more than zero (a deposit, a payment).
    package static func positive(_ text: String?, decimals: Int) throws(AmountError) -> Int64 {
        guard let text, !text.isEmpty else { throw .missing }
        let value = try parse(text, decimals: decimals)
        guard value > 0 else { throw .notPositive }
        guard value <= ceiling else { throw .tooLarge }
        return value
    }

    /// Writes minor units as major units with exactly `decimals` decimals: `"2800000"`, `"-12.50"`.
    package static func string(_ minor: Int64, decimals: Int) -> String {
        let digits = String(minor.magnitude)
        let sign = minor < 0 ? "-" : ""
        guard decimals > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        return sign + padded.dropLast(decimals) + "." + padded.suffix(decimals)
    }
}

package enum AmountError: DomainError, Equatable {
    case missing
    case invalid
    /// More decimals than the currency has, with what was read: the whole part's digits and the fraction.
    case tooManyDecimals(Int, read: String, fraction: String)
    case tooLarge
    case notPositive
    /// `250,000`: thousands to one reader, decimals to another.
    case ambiguous(String, String)

    package var code: String {
        switch self {
        case .missing: "required"
        case .invalid: "invalid_amount"
        case .ambiguous: "ambiguous_amount"
        case .tooManyDecimals: "too_many_decimals"
        case .tooLarge: "amount_too_large"
        case .notPositive: "amount_not_positive"
        }
    }
    package var field: String? { "amount" }
    package var kind: ErrorKind { .invalid }
}
