import GuyubCore
import PropertyBased
import Testing

/// Goods coming back from a sale: each return takes its share of what is left, and the last takes the rest.
@Suite("Sale returns: what comes back")
struct SoldLineTests {
    @Test("3 kg sold for Rp 10.000 (cost Rp 7.000), back a kilo at a time: 3.333, 3.334, 3.333 — Rp 10.000 in all")
    func thirds() throws {
        // given
        var line = SoldLine(quantity: 3_000, amount: 10_000, cost: 7_000)
        // when
        let back = try (1...3).map { _ in try line.takeBack(1_000) }
        // then
        #expect(back.map(\.amount) == [3_333, 3_334, 3_333])
        #expect(back.map(\.cost) == [2_333, 2_334, 2_333])
        #expect(line.returnable == 0 && line.returnedAmount == 10_000 && line.returnedCost == 7_000)
    }

    @Test("more back than is left is refused with what is left, and changes nothing")
    func overReturn() throws {
        // given
        var line = SoldLine(quantity: 2_500, amount: 30_863, cost: 25_000)
        _ = try line.takeBack(1_000)
        let before = line
        // when / then
        #expect(throws: StoreError.returnExceedsSale(available: 1_500)) { try line.takeBack(2_000) }
        #expect(throws: StoreError.quantityNotPositive) { try line.takeBack(0) }
        #expect(line == before)
    }

    @Test("any returns in any pieces: never more than paid, and all of it once everything is back")
    func conservation() async {
        // given: a line and the pieces it comes back in
        await propertyCheck(
            count: 500, input: Gen.int64(in: 1...100_000), Gen.int64(in: 0...5_000_000), Gen.int64(in: 0...5_000_000),
            Gen.int64(in: 1...40_000).array(of: 1...20)
        ) { quantity, amount, cost, pieces in
            var line = SoldLine(quantity: quantity, amount: amount, cost: cost)
            var refunded: Int64 = 0
            var costed: Int64 = 0
            // when
            for piece in pieces {
                guard let back = try? line.takeBack(min(piece, line.returnable)) else { break }
                refunded += back.amount
                costed += back.cost
                // then
                #expect(back.amount >= 0 && back.cost >= 0)
                #expect(refunded <= amount && costed <= cost)
            }
            if line.returnable > 0 {
                let rest = try line.takeBack(line.returnable)
                refunded += rest.amount
                costed += rest.cost
            }
            #expect(refunded == amount && costed == cost)
        }
    }
}
