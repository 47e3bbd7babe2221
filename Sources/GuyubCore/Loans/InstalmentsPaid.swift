/// Which instalments a payment settled, read from the schedule: what was paid before it and with it,
/// against each instalment's principal and interest in order. A payment that settles none in full is
/// part of the next one.
package struct InstalmentsPaid: Sendable, Equatable {
    /// The first instalment the payment went to (1-based).
    package let first: Int
    /// The last instalment settled in full once the payment was made; below `first` when it settled none.
    package let last: Int

    /// `dues`: each instalment's principal and interest, in order; `paidBefore`, `paid`: principal and
    /// interest paid before this payment and with it.
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
