/// A quantity of a product in thousandths of its base unit, so that 2,5 kg of rice and 3 cylinders of
/// LPG are both exact integers (2500 and 3000).
package enum Quantity {
    /// Thousandths per base unit.
    package static let scale: Int64 = 1000
    /// The most any line, movement or stock level may hold: a billion base units.
    package static let ceiling: Int64 = 1_000_000_000 * scale

    /// Reads a quantity written in base units, as amounts are read (`2`, `2.5`, `2,5`), above zero.
    package static func parse(_ text: String?) throws(StoreError) -> Int64 {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw .quantityRequired }
        let value: Int64
        do { value = try Amount.parse(text, decimals: 3) } catch { throw .quantityInvalid }
        guard value > 0 else { throw .quantityNotPositive }
        guard value <= ceiling else { throw .quantityInvalid }
        return value
    }

    /// Base units with only the decimals needed: `"2"`, `"2.5"`, `"0.125"`.
    package static func string(_ thousandths: Int64) -> String {
        var text = Amount.string(thousandths, decimals: 3)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// What `quantity` base units cost at `price` a base unit, rounded half up to minor units; refused
    /// beyond what the books hold (`Amount.ceiling`).
    package static func amount(_ quantity: Int64, at price: Int64) throws(StoreError) -> Int64 {
        guard quantity >= 0, price >= 0 else { throw .quantityInvalid }
        let product = price.multipliedFullWidth(by: quantity)
        guard product.high == 0, product.low / UInt64(scale) <= UInt64(Amount.ceiling) else { throw .amountTooLarge }
        return RoundingRule.halfUp.multiplyDivide(price, quantity, scale)
    }
}
