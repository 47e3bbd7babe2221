/// Exact money: an integer count of the currency's minor units (rupiah have none, so one unit is
/// Rp 1; a currency with 2 decimals counts cents). No floating point comes near it.
package enum Amount {
    /// Reads an amount written in major units with at most `decimals` decimals: `"2800000"`,
    /// `"4314407.15"`. A thousands separator, a sign, an exponent or one decimal too many is refused
    /// rather than guessed.
    package static func parse(_ text: String, decimals: Int) throws(AmountError) -> Int64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard !trimmed.isEmpty, parts.count <= 2, let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy(\.isASCIIDigit) else { throw .invalid }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { throw .invalid }
        guard fraction.count <= decimals else { throw .tooManyDecimals(decimals) }
        let digits = whole.drop { $0 == "0" } + fraction + String(repeating: "0", count: decimals - fraction.count)
        guard digits.count <= 18, let value = Int64(digits.isEmpty ? "0" : String(digits)) else { throw .tooLarge }
        return value
    }

    /// Parses an amount that must be more than zero (a deposit, a payment).
    package static func positive(_ text: String?, decimals: Int) throws(AmountError) -> Int64 {
        guard let text, !text.isEmpty else { throw .missing }
        let value = try parse(text, decimals: decimals)
        guard value > 0 else { throw .notPositive }
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
    case tooManyDecimals(Int)
    case tooLarge
    case notPositive

    package var code: String {
        switch self {
        case .missing: "required"
        case .invalid: "invalid_amount"
        case .tooManyDecimals: "too_many_decimals"
        case .tooLarge: "amount_too_large"
        case .notPositive: "amount_not_positive"
        }
    }
    package var field: String? { "amount" }
    package var kind: ErrorKind { .invalid }
}
