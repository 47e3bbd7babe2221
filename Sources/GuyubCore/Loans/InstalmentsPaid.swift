/// Which instalments a payment settled, read from the schedule: what was paid before it and with it,
/// against each instalment in order (the store counts principal, which waived or added interest does
/// not move). A payment that settles none in full is part of the next one.
package struct InstalmentsPaid: Sendable, Equatable {
    /// The first instalment the payment went to (1-based).
    package let first: Int
    /// The last instalment settled in full once the payment was made; below `first` when it settled none.
    package let last: Int

    /// `dues`: what each instalment asks, in order; `paidBefore`, `paid`: what was paid towards them
    /// before this payment and with it.
    package init(dues: [Int64], paidBefore: Int64, paid: Int64) {
        func settled(by amount: Int64) -> Int {
            var total: Int64 = 0
            for (index, due) in dues.enumerated() {
                total += due
                if total > amount { return index }
            }
            return dues.count
        }
        let before = settled(by: paidBefore)
        first = min(before + 1, max(dues.count, 1))
        last = settled(by: paidBefore + paid)
    }

    package init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    package var settlesAny: Bool { last >= first }
}
