/// One line of a sale as goods come back from it: what was sold, paid and costed, and how much of each
/// has come back already. A return gives back its share of what is left, rounded half up, and the last
/// of the line takes back exactly what remains — so however a line comes back, in one return or many,
/// the refunds add up to what the buyer paid and the costs to what the goods cost.
package struct SoldLine: Sendable, Equatable {
    package let quantity: Int64
    package let amount: Int64
    package let cost: Int64
    package private(set) var returnedQuantity: Int64
    package private(set) var returnedAmount: Int64
    package private(set) var returnedCost: Int64

    package init(
        quantity: Int64, amount: Int64, cost: Int64, returnedQuantity: Int64 = 0, returnedAmount: Int64 = 0,
        returnedCost: Int64 = 0
    ) {
        self.quantity = quantity
        self.amount = amount
        self.cost = cost
        self.returnedQuantity = returnedQuantity
        self.returnedAmount = returnedAmount
        self.returnedCost = returnedCost
    }

    /// What may still come back, in thousandths of the base unit.
    package var returnable: Int64 { quantity - returnedQuantity }

    /// Takes `quantity` back: returns what the buyer gets back and what the goods cost when sold.
    package mutating func takeBack(_ quantity: Int64) throws(StoreError) -> (amount: Int64, cost: Int64) {
        guard quantity > 0 else { throw .quantityNotPositive }
        guard quantity <= returnable else { throw .returnExceedsSale(available: returnable) }
        let (amountLeft, costLeft) = (amount - returnedAmount, cost - returnedCost)
        let share =
            quantity == returnable
            ? (amountLeft, costLeft)
            : (
                RoundingRule.halfUp.multiplyDivide(amountLeft, quantity, returnable),
                RoundingRule.halfUp.multiplyDivide(costLeft, quantity, returnable)
            )
        returnedQuantity += quantity
        returnedAmount += share.0
        returnedCost += share.1
        return share
    }
}
