/// What the board decides about buying: orders above `approvalAbove` wait for a board member's approval;
/// none, and no order waits.
package struct PurchasingSettings: Codable, Sendable, Equatable {
    package var approvalAbove: Int64?

    package init(approvalAbove: Int64? = nil) { self.approvalAbove = approvalAbove }

    package func validated() throws(SupplyError) -> PurchasingSettings {
        if let above = approvalAbove, above < 0 || above > Amount.ceiling { throw .amountInvalid("approvalAbove") }
        return self
    }
}
