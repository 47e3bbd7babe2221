/// Percentages as the bylaws and people write them, kept in basis points (5,5 % is 550).
package enum Percent {
    /// Reads `5`, `5.5`, `5,5`, `5,50 %`: at most two decimals, nothing but the number and its sign.
    package static func basisPoints(_ text: String) throws(AmountError) -> Int {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if body.hasSuffix("%") { body = body.dropLast().drop(while: \.isWhitespace) }
        while body.last?.isWhitespace == true { body = body.dropLast() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }) else { throw .invalid }
        let value = try Amount.parse(String(body), decimals: 2)
        guard value <= Int64(Int32.max) else { throw .tooLarge }
        return Int(value)
    }
}
