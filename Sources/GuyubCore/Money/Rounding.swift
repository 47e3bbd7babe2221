import Foundation

/// How a computed amount becomes whole minor units: half up (the default, as people round by hand),
/// half to even (banker's rounding), or down (truncated, in the cooperative's favour of the member).
package enum RoundingRule: String, Codable, Sendable, CaseIterable {
    case halfUp = "half-up"
    case halfEven = "half-even"
    case down

    /// `a × b ÷ c` for non-negative `a`, `b` and positive `c`, exact in between (128-bit), rounded by
    /// this rule. Amounts stay under `Amount.ceiling` and rates under 100 %, so a result beyond 64 bits
    /// is a fault in the caller: it stops there rather than returning a wrong figure.
    package func multiplyDivide(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
        precondition(a >= 0 && b >= 0 && c > 0, "multiplyDivide takes non-negative factors and a positive divisor")
        let product = UInt64(a).multipliedFullWidth(by: UInt64(b))
        precondition(product.high < UInt64(c), "multiplyDivide overflows 64 bits")
        let (quotient, remainder) = UInt64(c).dividingFullWidth(product)
        let up: Bool =
            switch self {
            case .down: false
            case .halfUp: remainder >= UInt64(c) - remainder
            case .halfEven: remainder > UInt64(c) - remainder || (remainder == UInt64(c) - remainder && quotient % 2 == 1)
            }
        let rounded = up ? quotient + 1 : quotient
        precondition(rounded <= UInt64(Int64.max), "multiplyDivide overflows 64 bits")
        return Int64(rounded)
    }

    /// A non-negative decimal rounded to a whole number of minor units.
    package func round(_ value: Decimal) -> Int64 {
        var input = value
        var result = Decimal()
        let mode: Decimal.RoundingMode =
            switch self {
            case .halfUp: .plain
            case .halfEven: .bankers
            case .down: .down
            }
        NSDecimalRound(&result, &input, 0, mode)
        guard let whole = Int64(result.description) else { preconditionFailure("\(value) is beyond 64 bits") }
        return whole
    }
}
