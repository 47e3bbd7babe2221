/// Goods sold on consignment (titip jual): the consignor's until sold, so they add nothing to the
/// cooperative's inventory; what sold is settled at the agreed price, and what did not is given back.
package enum Consignment {
    /// What a settlement owes for one product: what sold (less what came back) and is not yet settled, at the
    /// agreed price a base unit, rounded half up. Nothing when nothing new sold.
    package static func settling(sold: Int64, settled: Int64, price: Int64) throws(SupplyError) -> (
        quantity: Int64, amount: Int64
    ) {
        let quantity = max(0, sold - settled)
        guard quantity > 0 else { return (0, 0) }
        do { return (quantity, try Quantity.amount(quantity, at: price)) } catch { throw .quantityInvalid }
    }
}
