/// `a × b ÷ c` for non-negative amounts, exact in between (128-bit) and rounded down, as cooperatives
/// round interest and shares: the remainder is what the caller accounts for.
package func multiplyDivide(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
    precondition(a >= 0 && b >= 0 && c > 0, "multiplyDivide takes non-negative amounts and a positive divisor")
    let product = UInt64(a).multipliedFullWidth(by: UInt64(b))
    guard product.high < UInt64(c) else { return Int64.max }
    let (quotient, _) = UInt64(c).dividingFullWidth(product)
    return quotient > UInt64(Int64.max) ? Int64.max : Int64(quotient)
}
