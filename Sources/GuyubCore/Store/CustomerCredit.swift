/// What a customer buying on credit owes: a sale adds to it within the limit, a payment takes it down,
/// never below nothing.
package enum CustomerCredit {
    /// What is owed after paying `amount` of `owed`; refused above what is owed.
    package static func paying(_ amount: Int64, owed: Int64) throws(StoreError) -> Int64 {
        guard amount > 0, amount <= Amount.ceiling else { throw .priceInvalid("amount") }
        guard amount <= owed else { throw .overpayment(owed: owed) }
        return owed - amount
    }

    /// Money given back for goods a credit customer returns: first off what they owe, the rest in cash, so
    /// what they owe never falls below nothing.
    package static func refunding(_ amount: Int64, owed: Int64) -> (offOwed: Int64, inCash: Int64) {
        let off = min(max(0, amount), max(0, owed))
        return (off, max(0, amount) - off)
    }
}
