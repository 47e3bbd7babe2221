import Foundation

/// An interest rate in millionths a year: 12 % a year is 120_000, 1,25 % a month is 150_000.
/// Six decimal places of a fraction (four of a percentage) hold every rate a product states exactly.
package enum InterestRate {
    package static let scale: Int64 = 1_000_000
    /// No product charges more than 100 % a year; anything above is a typing error.
    package static let maximum: Int64 = scale

    package enum Per: String, Codable, Sendable, CaseIterable {
        case year, month
    }

    /// Reads a percentage as people write it — `12`, `1.25`, `1,25` — per year or per month, into
    /// millionths a year. A sign, more than four decimals or more than 100 % a year is refused.
    package static func parse(_ text: String?, per: Per) throws(LoanError) -> Int64 {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { throw .field(.required("rate")) }
        let normalised = text.replacingOccurrences(of: ",", with: ".")
        let parts = normalised.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 4, whole.allSatisfy(\.isASCIIDigit),
            parts.count == 1 || (1...4).contains(parts[1].count) && parts[1].allSatisfy(\.isASCIIDigit)
        else {
            throw .invalidRate
        }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        // Percent with four decimals is millionths of one.
        let perPeriod = Int64(whole)! * 10_000 + Int64(fraction.padding(toLength: 4, withPad: "0", startingAt: 0))!
        let yearly = per == .month ? perPeriod * 12 : perPeriod
        guard yearly <= maximum else { throw .rateTooHigh }
        return yearly
    }

    /// Writes millionths a year as a percentage per `per`, without trailing zeros: `12`, `1.25`.
    package static func percent(_ yearly: Int64, per: Per = .year) -> String {
        let value = per == .month ? yearly / 12 : yearly
        let whole = value / 10_000
        let fraction = value % 10_000
        guard fraction != 0 else { return String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 4 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }
}
