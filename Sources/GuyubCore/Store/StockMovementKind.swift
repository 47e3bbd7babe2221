/// Why stock moved in or out of a unit's location.
package enum StockMovementKind: String, Codable, Sendable, CaseIterable {
    case receipt
    case sale
    case saleReturn = "sale-return"
    case adjustment
    case transferIn = "transfer-in"
    case transferOut = "transfer-out"
    /// A consignor's goods in or given back: held for sale, worth nothing to the cooperative until sold.
    case consignmentIn = "consignment-in"
    case consignmentOut = "consignment-out"
    /// Goods used up and made in processing (gabah milled into beras).
    case processedOut = "processed-out"
    case processedIn = "processed-in"
    /// Goods given away as a promotion (a member's reward package collected).
    case promotion
}

/// How a buyer pays at the counter.
package enum PaymentMethod: String, Codable, Sendable, CaseIterable {
    case cash
    /// From the member's sukarela savings, balance-checked as the sale posts.
    case savings
    /// By QR: the cashier confirms the money arrived, and it waits in transit until the bank credits it.
    case qris
    /// On account, for a registered customer within their limit.
    case credit
    /// Several of the above at once (`SalePayment`).
    case split

    /// The ways a buyer pays, one at a time.
    package static let single: [PaymentMethod] = [.cash, .savings, .qris, .credit]
}
