/// QRIS money arrives at the bank later than the sale, less the acquirer's fee (MDR), which the cooperative
/// bears: it may never be passed on to the buyer (DOMAIN.md). A settlement takes `amount` off what is in
/// transit; the bank gets `amount − fee`, the fee is an expense.
package enum QRISSettlement {
    /// What goes to the bank; refused for an amount not above zero or above what is in transit, and a fee
    /// below zero or not below the amount.
    package static func credited(_ amount: Int64, fee: Int64, inTransit: Int64) throws(StoreError) -> Int64 {
        guard amount > 0, amount <= Amount.ceiling else { throw .priceInvalid("amount") }
        guard fee >= 0, fee < amount else { throw .priceInvalid("fee") }
        guard amount <= inTransit else { throw .overQRISInTransit(available: max(0, inTransit)) }
        return amount - fee
    }
}
