/// Why stock is put right by hand: goods damaged, expired or lost go out; goods found come in; a count
/// (stock take) sets the level to what was counted, in or out by the difference.
package enum AdjustmentReason: String, Codable, Sendable, CaseIterable {
    case damaged
    case expired
    case lost
    case found
    case count
}

extension StockPosition {
    /// Puts the stock right for `reason`: `quantity` out or in, or, for a count, to `quantity`. What comes in
    /// is valued at the moving average, or at `unitCost` a base unit when there is none on hand. Returns the
    /// change in quantity and in value (negative out).
    package mutating func adjust(
        _ reason: AdjustmentReason, quantity: Int64, unitCost: Int64? = nil
    ) throws(StoreError) -> (quantity: Int64, value: Int64) {
        guard quantity >= 0, quantity <= Quantity.ceiling, reason == .count || quantity > 0 else {
            throw .quantityNotPositive
        }
        let change: Int64 =
            switch reason {
            case .damaged, .expired, .lost: -quantity
            case .found: quantity
            case .count: quantity - self.quantity
            }
        if change < 0 { return (change, -(try issue(-change))) }
        guard change > 0 else { return (0, 0) }
        let cost: Int64
        if self.quantity > 0 {
            // What came in at the average, refused when beyond what the books hold.
            let product = value.multipliedFullWidth(by: change)
            guard UInt64(product.high) < UInt64(self.quantity),
                UInt64(self.quantity).dividingFullWidth((UInt64(product.high), product.low)).quotient < UInt64(Amount.ceiling)
            else { throw .amountTooLarge }
            cost = RoundingRule.halfUp.multiplyDivide(value, change, self.quantity)
        } else if let unitCost, unitCost > 0 {
            cost = try Quantity.amount(change, at: unitCost)
        } else {
            throw .unitCostRequired
        }
        try receive(change, costing: cost)
        return (change, cost)
    }
}
