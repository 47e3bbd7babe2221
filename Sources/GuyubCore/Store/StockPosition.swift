/// A product's stock in one unit's location: how much is on hand and what it cost, valued at moving
/// average cost. The value is kept as a total, not as a unit cost, so that what goes out and what
/// stays always add up to what came in: an issue takes its share of the value rounded half up, and
/// the last unit out takes whatever value is left (DOMAIN.md: 100 @ 900, then 100 @ 1.200 and
/// 100 @ 1.125 gives 300 @ 1.075, and each sale of 100 then costs 107.500).
package struct StockPosition: Sendable, Equatable, Codable {
    /// On hand, in thousandths of the base unit.
    package private(set) var quantity: Int64
    /// What the stock on hand cost, in minor units.
    package private(set) var value: Int64

    package init(quantity: Int64 = 0, value: Int64 = 0) {
        self.quantity = quantity
        self.value = value
    }

    /// The moving average cost of one base unit, rounded half up (for display; costing uses the total).
    package var averageCost: Int64 {
        quantity > 0 ? RoundingRule.halfUp.multiplyDivide(value, Quantity.scale, quantity) : 0
    }

    /// Goods in, at what they cost in all.
    package mutating func receive(_ quantity: Int64, costing cost: Int64) throws(StoreError) {
        guard quantity > 0, cost >= 0 else { throw .quantityNotPositive }
        guard self.quantity + quantity <= Quantity.ceiling, value + cost <= Amount.ceiling else { throw .quantityInvalid }
        self.quantity += quantity
        value += cost
    }

    /// Goods out (sold, written off, moved away): returns what they cost at the moving average.
    /// Refused when there is not that much on hand.
    @discardableResult
    package mutating func issue(_ quantity: Int64) throws(StoreError) -> Int64 {
        guard quantity > 0 else { throw .quantityNotPositive }
        guard quantity <= self.quantity else { throw .insufficientStock(available: self.quantity) }
        let cost = quantity == self.quantity ? value : RoundingRule.halfUp.multiplyDivide(value, quantity, self.quantity)
        self.quantity -= quantity
        value -= cost
        return cost
    }
}
