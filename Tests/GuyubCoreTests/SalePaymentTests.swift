import GuyubCore
import Testing

/// A sale paid several ways at once, and money going back the ways it came: off what is owed first, then
/// into savings, to QRIS, and in cash.
@Suite("Split payments")
struct SalePaymentTests {
    @Test("Rp 50.000 from savings and the rest of Rp 80.000 in cash")
    func restInCash() throws {
        let split = try SalePayment([(.savings, 50_000), (.cash, nil)], total: 80_000)
        #expect(split[.savings] == 50_000)
        #expect(split[.cash] == 30_000)
        #expect(split.method == .split)
        #expect(try SalePayment([(.qris, 80_000)], total: 80_000).method == .qris)
    }

    @Test("parts that do not add up, a way twice, two open parts or a split inside are refused")
    func refused() {
        #expect(throws: StoreError.splitMismatch(total: 80_000)) {
            try SalePayment([(.savings, 50_000), (.cash, 20_000)], total: 80_000)
        }
        #expect(throws: StoreError.splitMismatch(total: 80_000)) {
            try SalePayment([(.savings, 80_000), (.cash, nil)], total: 80_000)
        }
        #expect(throws: StoreError.splitInvalid) { try SalePayment([(.cash, 40_000), (.cash, 40_000)], total: 80_000) }
        #expect(throws: StoreError.splitInvalid) { try SalePayment([(.cash, nil), (.qris, nil)], total: 80_000) }
        #expect(throws: StoreError.splitInvalid) { try SalePayment([(.split, 80_000)], total: 80_000) }
        #expect(throws: StoreError.splitInvalid) { try SalePayment([], total: 80_000) }
        #expect(throws: StoreError.priceInvalid("payments")) { try SalePayment([(.qris, 0), (.cash, nil)], total: 80_000) }
    }

    @Test("a refund goes off what is owed first, then to savings, QRIS and cash")
    func refundOrder() throws {
        let split = try SalePayment([(.credit, 20_000), (.savings, 30_000), (.qris, 10_000), (.cash, nil)], total: 100_000)
        // The warung owes only Rp 5.000 now: the rest of the credit part comes back in cash.
        #expect(split.refund(25_000, after: 0, owed: 5_000) == Refund(offOwed: 5_000, toSavings: 5_000, inCash: 15_000))
        #expect(split.refund(30_000, after: 25_000, owed: 0) == Refund(toSavings: 25_000, toQRIS: 5_000))
        #expect(split.refund(45_000, after: 55_000, owed: 0) == Refund(toQRIS: 5_000, inCash: 40_000))
    }

    @Test("one way: all comes back that way, as before splits")
    func single() {
        let cash = SalePayment(single: .cash, total: 10_000)
        #expect(cash.refund(4_000, after: 0, owed: 0) == Refund(inCash: 4_000))
        let credit = SalePayment(single: .credit, total: 10_000)
        #expect(credit.refund(4_000, after: 0, owed: 3_000) == Refund(offOwed: 3_000, inCash: 1_000))
    }

    @Test("property: refunds in any pieces give back exactly what came in, no way more than it took")
    func property() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let total = Int64.random(in: 4...10_000_000, using: &generator)
            var left = total
            var asked: [(method: PaymentMethod, amount: Int64?)] = []
            for method in [PaymentMethod.credit, .savings, .qris].shuffled(using: &generator)
            where Bool.random(using: &generator) && left > 1 {
                let amount = Int64.random(in: 1...(left - 1), using: &generator)
                asked.append((method, amount))
                left -= amount
            }
            asked.append((.cash, nil))
            let split = try SalePayment(asked, total: total)
            #expect(split.parts.values.reduce(0, +) == total)
            var back: [PaymentMethod: Int64] = [:]
            var refunded: Int64 = 0
            while refunded < total {
                let amount = Int64.random(in: 1...(total - refunded), using: &generator)
                let refund = split.refund(amount, after: refunded, owed: Int64.max)
                #expect(refund.total == amount)
                back[.credit, default: 0] += refund.offOwed
                back[.savings, default: 0] += refund.toSavings
                back[.qris, default: 0] += refund.toQRIS
                back[.cash, default: 0] += refund.inCash
                refunded += amount
            }
            for method in SalePayment.refundOrder { #expect(back[method] ?? 0 == split[method]) }
        }
    }
}
