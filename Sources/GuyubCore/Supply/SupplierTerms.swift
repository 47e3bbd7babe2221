/// How a supplier is paid: in cash when ordering or at the door, or on credit by a due date.
package enum SupplierTerms: String, Codable, Sendable, CaseIterable {
    /// Paid in cash when the goods come.
    case cash
    /// Paid later, `creditDays` after the goods came.
    case credit
    /// Cash on delivery: paid to the one who brings the goods.
    case cod

    /// What the cooperative owes for goods received on these terms: all of it on credit, nothing otherwise.
    package var buysOnCredit: Bool { self == .credit }

    /// Terms as given, with the credit days they need (1 to 365) and none they do not.
    package static func read(_ terms: SupplierTerms, creditDays: Int?) throws(SupplyError) -> (SupplierTerms, Int?) {
        guard terms == .credit else { return (terms, nil) }
        guard let days = creditDays, (1...365).contains(days) else { throw .creditDaysRequired }
        return (terms, days)
    }
}
