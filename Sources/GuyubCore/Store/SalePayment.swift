/// How a sale was paid: one way, or several at once (part from savings, the rest in cash). What comes back
/// on a return goes back the ways it was paid, always in one order — first off what a customer owes, then
/// into savings, then to QRIS, then in cash — so what each way has given back follows from the total given
/// back, and nothing more than a way took is ever returned through it.
package struct SalePayment: Sendable, Equatable {
    /// What each way paid, in minor units; only the ways that paid something.
    package private(set) var parts: [PaymentMethod: Int64]

    /// The order refunds go back in.
    package static let refundOrder: [PaymentMethod] = [.credit, .savings, .qris, .cash]

    package init(single method: PaymentMethod, total: Int64) {
        parts = [method: total]
    }

    /// Parts from storage, as they were checked when the sale was made.
    package init(stored parts: [PaymentMethod: Int64]) {
        self.parts = parts.filter { $0.value > 0 }
    }

    /// The parts a buyer asked for, for a sale of `total`: each way once, each above zero; one part may leave
    /// its amount out to take the rest. Refused when they do not add up to the total.
    package init(_ asked: [(method: PaymentMethod, amount: Int64?)], total: Int64) throws(StoreError) {
        guard !asked.isEmpty, asked.count <= Self.refundOrder.count,
            asked.allSatisfy({ $0.method != .split }),
            Set(asked.map(\.method)).count == asked.count
        else { throw .splitInvalid }
        guard asked.allSatisfy({ ($0.amount ?? 1) > 0 && ($0.amount ?? 0) <= Amount.ceiling }) else {
            throw .priceInvalid("payments")
        }
        let open = asked.filter { $0.amount == nil }
        guard open.count <= 1 else { throw .splitInvalid }
        let given = asked.reduce(Int64(0)) { $0 + ($1.amount ?? 0) }
        var parts = Dictionary(uniqueKeysWithValues: asked.compactMap { part in part.amount.map { (part.method, $0) } })
        if let rest = open.first {
            guard given < total else { throw .splitMismatch(total: total) }
            parts[rest.method] = total - given
        } else {
            guard given == total else { throw .splitMismatch(total: total) }
        }
        self.parts = parts
    }

    /// The one way it was paid, or `.split`.
    package var method: PaymentMethod { parts.count == 1 ? parts.keys.first! : .split }

    package subscript(method: PaymentMethod) -> Int64 { parts[method] ?? 0 }

    /// What each way has given back once `total` in all has been refunded.
    package func refunded(_ total: Int64) -> [PaymentMethod: Int64] {
        var left = max(0, total)
        var back: [PaymentMethod: Int64] = [:]
        for method in Self.refundOrder {
            let part = min(left, self[method])
            if part > 0 { back[method] = part }
            left -= part
        }
        return back
    }

    /// Where `amount` goes back to, after `already` was refunded before: off what the customer owes (no more
    /// than `owed`; beyond it, in cash), into savings, to QRIS, in cash.
    package func refund(_ amount: Int64, after already: Int64, owed: Int64) -> Refund {
        let before = refunded(already)
        let after = refunded(already + amount)
        func back(_ method: PaymentMethod) -> Int64 { (after[method] ?? 0) - (before[method] ?? 0) }
        let credit = CustomerCredit.refunding(back(.credit), owed: owed)
        return Refund(
            offOwed: credit.offOwed, toSavings: back(.savings), toQRIS: back(.qris), inCash: back(.cash) + credit.inCash)
    }
}

/// Money given back for goods returned, by where it goes.
package struct Refund: Sendable, Equatable {
    package var offOwed: Int64
    package var toSavings: Int64
    package var toQRIS: Int64
    package var inCash: Int64

    package init(offOwed: Int64 = 0, toSavings: Int64 = 0, toQRIS: Int64 = 0, inCash: Int64 = 0) {
        self.offOwed = offOwed
        self.toSavings = toSavings
        self.toQRIS = toQRIS
        self.inCash = inCash
    }

    package var total: Int64 { offOwed + toSavings + toQRIS + inCash }
}
