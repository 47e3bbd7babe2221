/// Sales over some span: how many, what buyers paid less what came back (revenue), what the goods cost,
/// and the margin between them.
package struct SalesFigures: Sendable, Equatable {
    package var sales = 0
    package var revenue: Int64 = 0
    package var cost: Int64 = 0
    package var margin: Int64 { revenue - cost }
    /// The margin's share of revenue in basis points, rounded half up; nil without revenue.
    package var marginBasisPoints: Int? { Self.basisPoints(margin, of: revenue) }

    package init(sales: Int = 0, revenue: Int64 = 0, cost: Int64 = 0) {
        self.sales = sales
        self.revenue = revenue
        self.cost = cost
    }

    /// One more sale.
    package mutating func add(revenue: Int64, cost: Int64) {
        sales += 1
        self.revenue += revenue
        self.cost += cost
    }

    /// `part` of `whole` in basis points, rounded half up; nil when `whole` is not above zero.
    package static func basisPoints(_ part: Int64, of whole: Int64) -> Int? {
        whole > 0 ? Int(RoundingRule.halfUp.multiplyDivide(part, 10_000, whole)) : nil
    }
}
