/// What to buy again: a product at or below its reorder point is topped up to cover the point and the last
/// 30 days' sales, so a fast seller is not reordered one sack at a time.
package enum Reorder {
    /// The days of sales a reorder covers.
    package static let coverDays = 30

    /// How much to order (thousandths of the base unit), or nil while stock is above the reorder point.
    package static func suggestion(onHand: Int64, reorderPoint: Int64, sold: Int64) -> Int64? {
        guard reorderPoint > 0, onHand <= reorderPoint else { return nil }
        let wanted = reorderPoint + max(0, sold) - max(0, onHand)
        return wanted > 0 ? wanted : nil
    }

    /// Whether cash and bank on hand pay for the suggestions, and what would be left (negative: short).
    package static func covered(total: Int64, cashAndBank: Int64) -> (covered: Bool, left: Int64) {
        (total <= cashAndBank, cashAndBank - total)
    }
}
